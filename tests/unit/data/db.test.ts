import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB, getSettings, saveSettings } from '@/lib/data/db';
import { mentorsByEmail, recordThread, trackMentor } from '@/lib/data/mail-records';
import { sidebarView } from '@/lib/views/sidebar';
import { loadSchedule } from '@/lib/data/reads';
import { performLetterAction } from '@/lib/data/letters';
import { snooze } from '@/lib/data/snoozes';
import { computeDue } from '@/lib/schedule';

/** What the worker computes: every record, the settings and snoozes, at `now`. */
async function dueItems(now: Date, db: FollowThroughDB) {
  return computeDue(await loadSchedule(db), now, await getSettings(db), await db.snoozes.toArray());
}
import type { OpenThread } from '@/lib/mail/types';
import { at, letter, mentor } from '../factories';

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const patel = { name: 'Dr. Maya Patel', email: 'mpatel@med.example.edu' };
const me = { name: 'Jordan Lee', email: 'jordan.lee@gmail.com' };
function thread(over: Partial<OpenThread> = {}): OpenThread {
  return {
    provider: 'gmail',
    providerThreadId: '19a36435ce2f0ff3',
    subject: 'Research meeting follow-up',
    participants: [patel],
    messages: [
      { key: 'a', from: patel, at: '2026-11-10T15:00:00.000Z', fromMe: false },
      { key: 'b', from: me, at: '2026-11-11T14:00:00.000Z', fromMe: true },
      { key: 'c', from: patel, at: '2026-11-12T16:30:00.000Z', fromMe: false },
    ],
    ...over,
  };
}

describe('database', () => {
  it('finds a mentor by any of their addresses in one indexed lookup', async () => {
    await db.mentors.add(mentor({ emails: ['mpatel@med.example.edu', 'maya.patel@gmail.com'] }));
    expect((await mentorsByEmail(['Maya.Patel@gmail.com'], db)).map((m) => m.id)).toEqual(['m1']);
    expect(await mentorsByEmail(['someone@else.org'], db)).toEqual([]);
  });

  it('merges stored settings over the defaults', async () => {
    expect((await getSettings(db)).defaultCadenceDays).toBe(30);
    await saveSettings({ userName: 'Jordan Lee' }, db);
    await saveSettings({ askWarnDays: 56 }, db);
    const s = await getSettings(db);
    expect(s).toMatchObject({ userName: 'Jordan Lee', askWarnDays: 56, maxReminders: 2 });
  });
});

describe('tracking threads', () => {
  it('records each message date and direction once, however often the thread is opened', async () => {
    await db.mentors.add(mentor());
    expect(await recordThread(thread(), db)).toBe(3);
    expect(await recordThread(thread(), db)).toBe(0);
    // Gmail gives a just-sent message its legacy id later: a new key, the same message.
    const rekeyed = thread();
    rekeyed.messages[1] = { ...rekeyed.messages[1], key: 'legacy-b' };
    expect(await recordThread(rekeyed, db)).toBe(0);
    const acts = await db.activities.orderBy('at').toArray();
    expect(acts.map((a) => a.kind)).toEqual(['email-received', 'email-sent', 'email-received']);
    const row = await db.threads.get('gmail:19a36435ce2f0ff3:m1');
    expect(row).toMatchObject({ lastMessageAt: '2026-11-12T16:30:00.000Z', lastFromMentorAt: '2026-11-12T16:30:00.000Z', lastFromMeAt: '2026-11-11T14:00:00.000Z', subject: 'Research meeting follow-up' });
    expect(JSON.stringify(await db.activities.toArray())).not.toContain('body');
  });

  it('counts a thread with two mentors for each, only with their own messages', async () => {
    await db.mentors.bulkAdd([mentor(), mentor({ id: 'm2', name: 'Dr. Samuel Okafor', emails: ['sokafor@hospital.example.org'] })]);
    const okafor = { name: 'Dr. Samuel Okafor', email: 'sokafor@hospital.example.org' };
    const t = thread({ participants: [patel, okafor] });
    t.messages.push({ key: 'd', from: okafor, at: '2026-11-13T10:00:00.000Z', fromMe: false });
    await recordThread(t, db);
    expect(await db.activities.where('mentorId').equals('m1').count()).toBe(3);
    expect(await db.activities.where('mentorId').equals('m2').count()).toBe(2); // my reply + his
    expect(await db.threads.count()).toBe(2);
  });

  it('records nothing for a thread with no tracked mentor', async () => {
    expect(await recordThread(thread(), db)).toBe(0);
    expect(await db.threads.count()).toBe(0);
  });

  it('tracks a correspondent as a mentor, once, with the default cadence', async () => {
    const a = await trackMentor({ name: 'Dr. Elena Ruiz', email: 'ERuiz@university.example.edu' }, at(2026, 11, 22), db);
    const b = await trackMentor({ name: 'Elena', email: 'eruiz@university.example.edu' }, at(2026, 11, 22), db);
    expect(b.id).toBe(a.id);
    expect(a).toMatchObject({ name: 'Dr. Elena Ruiz', title: 'Dr.', emails: ['eruiz@university.example.edu'], cadenceDays: 30, status: 'active' });
  });

  it('names a correspondent whose display name holds markup by their address, so a backup restores', async () => {
    const m = await trackMentor({ name: '<img src=x onerror=alert(1)>', email: 'x@y.org' }, at(2026, 11, 22), db);
    expect((await db.mentors.get(m.id))?.name).toBe('x@y.org');
    const blank = await trackMentor({ name: '  ', email: 'blank@y.org' }, at(2026, 11, 22), db);
    expect(blank.name).toBe('blank@y.org');
  });
});

describe('sidebar view', () => {
  it('shows a card for each tracked person and offers to track the others', async () => {
    await db.mentors.add(mentor());
    await db.letters.add(letter({ status: 'materials-sent', deadline: '2026-11-28' }));
    await recordThread(thread(), db);
    const view = await sidebarView([patel, { name: 'Elena Ruiz', email: 'eruiz@university.example.edu' }, { name: 'Gmail', email: 'no-reply@accounts.google.com' }], at(2026, 11, 22), db);
    expect(view.unknown.map((p) => p.email)).toEqual(['eruiz@university.example.edu']);
    expect(view.cards).toHaveLength(1);
    const card = view.cards[0];
    expect(card.lastContactAt).toBe('2026-11-12T16:30:00.000Z');
    // 30 days after the last contact's local day: Nov 12 in New York, already Nov 13 in Auckland.
    expect(card.nextCheckinOn).toBe(process.env.TZ === 'Pacific/Auckland' ? '2026-12-13' : '2026-12-12');
    expect(card.letters.map((l) => l.nextStep)).toEqual(['Remind a week before the deadline']);
    // Dr. Patel wrote last, 10 days ago: a reply is overdue, ahead of the due reminder.
    expect(card.due.map((d) => `${d.kind}:${d.severity}`)).toEqual(['reply-owed:overdue', 'letter-reminder:due']);
  });

  it('does not take a scheduled meeting as the last contact (one rule with the due items)', async () => {
    await db.mentors.add(mentor());
    await recordThread(thread(), db);
    await db.activities.add({ id: 'booked', mentorId: 'm1', kind: 'meeting', at: at(2026, 11, 29, 9).toISOString() });
    const [card] = (await sidebarView([patel], at(2026, 11, 22), db)).cards;
    expect(card.lastContactAt).toBe('2026-11-12T16:30:00.000Z');
    expect(card.nextCheckinOn).toBe(process.env.TZ === 'Pacific/Auckland' ? '2026-12-13' : '2026-12-12');
  });
});

describe('store', () => {
  it('moves a letter along and logs contact in one transaction', async () => {
    await db.mentors.add(mentor());
    await db.letters.add(letter({ status: 'submitted', submittedAt: at(2026, 11, 20).toISOString() }));
    expect((await dueItems(at(2026, 11, 21), db)).map((i) => i.kind)).toContain('letter-thanks');
    await performLetterAction('l1', 'thanked', at(2026, 11, 21), db);
    expect((await db.letters.get('l1'))?.status).toBe('thanked');
    expect((await db.activities.toArray()).map((a) => a.kind)).toEqual(['thank-you']);
    expect((await dueItems(at(2026, 11, 21), db)).map((i) => i.kind)).not.toContain('letter-thanks');
    await expect(performLetterAction('nope', 'thanked', at(2026, 11, 21), db)).rejects.toThrow('no longer exists');
    // Any caller, not only the sidebar: a step the letter has moved past, or a third reminder, is refused.
    await expect(performLetterAction('l1', 'asked', at(2026, 11, 21), db)).rejects.toThrow('no longer applies');
    await db.letters.put(letter({ id: 'l2', status: 'materials-sent', remindersSent: 2 }));
    await expect(performLetterAction('l2', 'reminder-sent', at(2026, 11, 21), db)).rejects.toThrow('No more reminders');
    expect((await db.letters.get('l2'))?.remindersSent).toBe(2);
  });

  it('hides a snoozed item until the snooze ends', async () => {
    await db.mentors.add(mentor({ createdAt: at(2026, 9, 1).toISOString() }));
    const [item] = await dueItems(at(2026, 11, 22), db);
    await snooze(item.id, 1, at(2026, 11, 22), db);
    expect(await dueItems(at(2026, 11, 22, 20), db)).toEqual([]);
    expect((await dueItems(at(2026, 11, 23, 11), db)).map((i) => i.id)).toEqual([item.id]);
  });
});

describe('one sent email, one contact', () => {
  const sentAt = new Date('2026-11-20T15:00:00.000Z');
  const withSent = (): OpenThread => thread({ messages: [{ key: 'r', from: me, at: sentAt.toISOString(), fromMe: true }] });

  it('labels the recorded email when the letter step is confirmed after it', async () => {
    await db.mentors.add(mentor());
    await db.letters.add(letter({ status: 'materials-sent' }));
    await recordThread(withSent(), db);
    await performLetterAction('l1', 'reminder-sent', new Date(sentAt.getTime() + 5 * 60_000), db);
    const acts = await db.activities.toArray();
    expect(acts).toHaveLength(1);
    expect(acts[0]).toMatchObject({ kind: 'reminder', text: expect.stringContaining('Letter reminder'), threadId: expect.any(String) });
  });

  it('does not add the email from its thread when the step was recorded just after sending', async () => {
    await db.mentors.add(mentor());
    await db.letters.add(letter({ status: 'materials-sent' }));
    await performLetterAction('l1', 'reminder-sent', new Date(sentAt.getTime() + 3 * 60_000), db);
    expect(await recordThread(withSent(), db)).toBe(0);
    expect((await db.activities.toArray()).map((a) => a.kind)).toEqual(['reminder']);
  });

  it('keeps both when they are hours apart: two contacts', async () => {
    await db.mentors.add(mentor());
    await db.letters.add(letter({ status: 'materials-sent' }));
    await recordThread(withSent(), db);
    await performLetterAction('l1', 'reminder-sent', new Date(sentAt.getTime() + 5 * 3_600_000), db);
    expect(await db.activities.count()).toBe(2);
  });
});
