import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB, getSettings } from '@/lib/data/db';
import { recordThread } from '@/lib/data/mail-records';
import { loadSchedule } from '@/lib/data/reads';
import { markReply } from '@/lib/data/mentors';
import { performLetterAction } from '@/lib/data/letters';
import { computeDue, lastContact } from '@/lib/schedule';
import type { OpenThread } from '@/lib/mail/types';
import type { ReplyMark } from '@/lib/schedule/reply-marks';
import { at, letter, mentor } from '../factories';

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`replies-${++n}`);
  await db.open();
  await db.mentors.add(mentor());
});
afterEach(async () => {
  await db.delete();
});

const patel = { name: 'Dr. Maya Patel', email: 'mpatel@med.example.edu' };
const me = { name: 'Jordan Lee', email: 'jordan.lee@gmail.com' };
const mine = { key: 'a', from: me, at: at(2026, 11, 2, 9).toISOString(), fromMe: true };
const thread = (messages: OpenThread['messages']): OpenThread => ({
  provider: 'gmail',
  providerThreadId: 't1',
  subject: 'Research project question',
  participants: [patel],
  messages,
});
const kinds = async (now: Date) =>
  computeDue(await loadSchedule(db), now, await getSettings(db), []).map((i) => `${i.kind}:${i.severity}`);

describe('automatic replies', () => {
  const outOfOffice = { key: 'b', from: patel, at: at(2026, 11, 3, 8).toISOString(), fromMe: false, automatic: true };

  it('are recorded neither as a reply nor as a contact', async () => {
    await recordThread(thread([mine]), db);
    const before = await db.activities.toArray();
    expect(await recordThread(thread([mine, outOfOffice]), db)).toBe(0);
    expect(await db.activities.toArray()).toEqual(before);
    expect((await db.threads.toArray())[0].lastFromMentorAt).toBeUndefined();
    expect(lastContact(mentor(), await db.activities.toArray(), at(2026, 11, 10))).toBe(mine.at);
  });

  it('change nothing that is due: the user is still waiting for an answer', async () => {
    await recordThread(thread([mine, outOfOffice]), db);
    expect(await kinds(at(2026, 11, 10))).toEqual(['awaiting-reply:upcoming']);
  });

  it('while their real answer cancels the wait and owes a reply', async () => {
    const answer = { key: 'c', from: patel, at: at(2026, 11, 4, 8).toISOString(), fromMe: false };
    await recordThread(thread([mine, outOfOffice, answer]), db);
    expect(await kinds(at(2026, 11, 10))).toEqual(['reply-owed:overdue']);
  });
});

describe('reply marks', () => {
  it('"They replied" cancels the ask follow-up and the waiting email at once', async () => {
    await db.letters.add(letter({ status: 'planned', deadline: '2027-06-01' }));
    await performLetterAction('l1', 'asked', at(2026, 11, 2, 9), db);
    expect(await kinds(at(2026, 11, 9))).toEqual(['letter-ask-followup:due']);
    await markReply('m1', 'they-replied', at(2026, 11, 9, 12), db);
    expect(await kinds(at(2026, 11, 10))).toEqual([]);
  });

  it('the ask follow-up, once sent, is one of the two: only the final deadline reminder remains', async () => {
    await db.letters.add(letter({ status: 'planned', deadline: '2027-01-15' }));
    await performLetterAction('l1', 'asked', at(2026, 11, 2, 9), db);
    await performLetterAction('l1', 'reminder-sent', at(2026, 11, 9, 9), db);
    await performLetterAction('l1', 'agreed', at(2026, 11, 12, 9), db);
    await performLetterAction('l1', 'materials-sent', at(2026, 11, 12, 10), db);
    expect((await kinds(at(2026, 12, 26))).filter((k) => k.startsWith('letter-'))).toEqual([]);
    expect(await kinds(at(2027, 1, 8))).toContain('letter-reminder:due');
    await performLetterAction('l1', 'reminder-sent', at(2027, 1, 8, 12), db);
    // Never a third, even past the deadline.
    await expect(performLetterAction('l1', 'reminder-sent', at(2027, 1, 20), db)).rejects.toThrow(/No more reminders/);
    expect((await kinds(at(2027, 1, 20))).filter((k) => k.startsWith('letter-'))).toEqual([]);
  });

  it('"No reply needed" sets aside their email until the next one', async () => {
    const theirs = { key: 'b', from: patel, at: at(2026, 11, 3, 8).toISOString(), fromMe: false };
    await recordThread(thread([mine, theirs]), db);
    expect(await kinds(at(2026, 11, 5))).toEqual(['reply-owed:due']);
    await markReply('m1', 'no-reply-needed', at(2026, 11, 5, 9), db);
    expect(await kinds(at(2026, 11, 6))).toEqual([]);
    const next = { key: 'c', from: patel, at: at(2026, 11, 6, 8).toISOString(), fromMe: false };
    await recordThread(thread([mine, theirs, next]), db);
    expect(await kinds(at(2026, 11, 8))).toEqual(['reply-owed:due']);
  });

  it('refuses an unknown mark or mentor with a clear message and changes nothing', async () => {
    const before = await db.mentors.toArray();
    await expect(markReply('m1', 'whatever' as ReplyMark, at(2026, 11, 5), db)).rejects.toThrow(/Unknown reply mark/);
    await expect(markReply('nobody', 'they-replied', at(2026, 11, 5), db)).rejects.toThrow(/no longer tracked/);
    expect(await db.mentors.toArray()).toEqual(before);
  });
});
