// Writes of letter requests: each step of a letter's life is checked against the letter as it is
// now, and the email it sent is one contact with the step, whichever is recorded first.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB, getSettings } from '@/lib/data/db';
import { recordThread } from '@/lib/data/mail-records';
import { loadSchedule } from '@/lib/data/reads';
import { addLetter, deleteLetter, performLetterAction, updateLetter } from '@/lib/data/letters';
import { computeDue } from '@/lib/schedule';
import type { OpenThread } from '@/lib/mail/types';
import { at, letter, me, mentor, thread } from '../factories';

/** What the worker computes: every record, the settings and snoozes, at `now`. */
async function dueItems(now: Date, db: FollowThroughDB) {
  return computeDue(await loadSchedule(db), now, await getSettings(db), await db.snoozes.toArray());
}

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`letters-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('letter requests', () => {
  it('adds a request as planned, no reminder sent yet, with a fresh id', async () => {
    const values = { mentorId: 'm1', purpose: 'residency', program: 'Internal Medicine', deadline: '2027-01-15' };
    const a = await addLetter(values, at(2026, 11, 20), db);
    const b = await addLetter(values, at(2026, 11, 20), db);
    expect(a.id).not.toBe(b.id);
    expect(await db.letters.get(a.id)).toEqual({ id: a.id, ...values, status: 'planned', remindersSent: 0, createdAt: at(2026, 11, 20).toISOString() });
  });

  it('changes only the fields it is given, and deletes only the one request', async () => {
    await db.letters.bulkAdd([letter(), letter({ id: 'l2', program: 'Surgery' })]);
    await updateLetter('l1', { materials: { cv: true } }, db);
    expect(await db.letters.get('l1')).toEqual({ ...letter(), materials: { cv: true } });
    await deleteLetter('l1', db);
    expect((await db.letters.toArray()).map((l) => l.id)).toEqual(['l2']);
  });
});

describe('letter steps', () => {
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
