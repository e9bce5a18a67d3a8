// What the sidebar records from a thread: timestamps only ever move forward, and automated
// senders are never offered as mentors.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { isAutomated, recordThread } from '@/lib/data/mail-records';
import type { OpenThread } from '@/lib/mail/types';
import { mentor } from '../factories';

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`tracking-${++n}`);
  await db.mentors.add(mentor());
});
afterEach(() => db.delete());

const patel = { name: 'Dr. Maya Patel', email: 'mpatel@med.example.edu' };
const me = { name: 'Jordan Lee', email: 'jordan.lee@gmail.com' };
const messages = [
  { key: 'a', from: patel, at: '2026-11-10T15:00:00.000Z', fromMe: false },
  { key: 'b', from: me, at: '2026-11-11T14:00:00.000Z', fromMe: true },
  { key: 'c', from: patel, at: '2026-11-12T16:30:00.000Z', fromMe: false },
  { key: 'd', from: me, at: '2026-11-13T09:00:00.000Z', fromMe: true },
];
const seen = (count: number): OpenThread => ({
  provider: 'gmail',
  providerThreadId: '19a36435ce2f0ff3',
  subject: 'Research meeting follow-up',
  participants: [patel],
  messages: messages.slice(0, count),
});
const row = () => db.threads.get('gmail:19a36435ce2f0ff3:m1');

describe('a thread row', () => {
  it('only moves forward when a tab shows fewer messages (collapsed or still loading)', async () => {
    await recordThread(seen(4), db);
    const full = { lastMessageAt: messages[3].at, lastFromMentorAt: messages[2].at, lastFromMeAt: messages[3].at };
    expect(await row()).toMatchObject(full);
    await recordThread(seen(1), db);
    expect(await row()).toMatchObject(full);
  });

  it('moves each timestamp forward on its own as new messages arrive', async () => {
    await recordThread(seen(1), db);
    expect(await row()).toMatchObject({ lastMessageAt: messages[0].at, lastFromMentorAt: messages[0].at });
    expect((await row())?.lastFromMeAt).toBeUndefined();
    await recordThread(seen(2), db);
    expect(await row()).toMatchObject({ lastMessageAt: messages[1].at, lastFromMentorAt: messages[0].at, lastFromMeAt: messages[1].at });
  });
});

describe('automated senders', () => {
  it.each([
    'no-reply@accounts.google.com',
    'noreply@github.com',
    'do-not-reply@eras.aamc.org',
    'donotreply@hospital.example.org',
    'notifications@instructure.com',
    'notification@slack.com',
    'mailer-daemon@googlemail.com',
    'MAILER-DAEMON@outlook.com',
    'eras.noreply@aamc.org',
    'portal_no-reply@school.example.edu',
    'calendar-notification@google.com',
    'noreply.alerts@bank.example.com',
  ])('%s is automated', (email) => {
    expect(isAutomated(email)).toBe(true);
  });

  it.each([
    'mpatel@med.example.edu',
    'noreen.hall@hospital.example.org', // starts like "noreply", is a person
    'notaro@university.example.edu',
    'reply@lab.example.edu',
    'jnoreply@example.org', // "noreply" only counts as its own word
    'daemon.lee@example.org',
  ])('%s is a person', (email) => {
    expect(isAutomated(email)).toBe(false);
  });
});
