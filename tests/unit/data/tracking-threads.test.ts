// A thread seen in the mail becomes records: one row per thread and mentor, each message once;
// a correspondent becomes a mentor once, found again by any of their addresses.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { mentorsByEmail, recordThread, trackMentor } from '@/lib/data/mail-records';
import { at, mentor, patel, thread } from '../factories';

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`tracking-threads-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('finding mentors', () => {
  it('finds a mentor by any of their addresses in one indexed lookup', async () => {
    await db.mentors.add(mentor({ emails: ['mpatel@med.example.edu', 'maya.patel@gmail.com'] }));
    expect((await mentorsByEmail(['Maya.Patel@gmail.com'], db)).map((m) => m.id)).toEqual(['m1']);
    expect(await mentorsByEmail(['someone@else.org'], db)).toEqual([]);
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
