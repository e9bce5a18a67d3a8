import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB, saveSettings } from '@/lib/data/db';
import { recordThread } from '@/lib/data/mail-records';
import { writeLinks } from '@/lib/views/write';
import { PASTE_MARKER } from '@/lib/mail/links';
import type { OpenThread } from '@/lib/mail/types';
import type { Thread } from '@/lib/data/model';
import { at, letter, mentor } from '../factories';

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`write-${++n}`);
  await db.open();
  await saveSettings({ userName: 'Jordan Lee' }, db);
});
afterEach(async () => {
  await db.delete();
});

const now = at(2027, 1, 10);
const threadRow = (over: Partial<Thread>): Thread => ({
  id: `t-${over.provider}-${over.lastMessageAt}`,
  provider: 'gmail',
  providerThreadId: 'x',
  subject: 'Hello',
  mentorId: 'm1',
  ...over,
});
const params = (url: string) => new URL(url).searchParams;

describe('Write and Open thread for a mentor', () => {
  it('a letter due in 5 days with the packet sent: the reminder, filled in, in the Gmail account the thread was read under', async () => {
    await db.mentors.add(mentor());
    await db.letters.add(letter({ status: 'materials-sent', deadline: '2027-01-15', materialsSentAt: at(2026, 12, 1).toISOString() }));
    await db.threads.add(threadRow({ lastMessageAt: at(2026, 12, 1).toISOString(), url: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJ' }));
    const links = await writeLinks({ mentorId: 'm1', letterId: 'l1' }, now, db);
    const compose = links!.message!.compose;
    expect(compose.kind).toBe('gmail');
    expect(compose.url.startsWith('https://mail.google.com/mail/u/1/?view=cm&fs=1&to=mpatel@med.example.edu&')).toBe(true);
    const body = params(compose.url).get('body')!;
    expect(body).toContain('Dr. Patel');
    expect(body).toContain('Internal Medicine, Mass General');
    expect(body).toContain('Jordan Lee');
    expect(body).not.toMatch(/\{\{|undefined/);
    expect(links!.message!.templateName.toLowerCase()).toContain('reminder');
    expect(links!.threadUrl).toBe('https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJ');
  });

  it('a letter only asked, not yet answered, has no message to write; the thread is still there', async () => {
    await db.mentors.add(mentor());
    await db.letters.add(letter({ status: 'asked', askedAt: at(2027, 1, 8).toISOString() }));
    await db.threads.add(threadRow({ lastMessageAt: at(2027, 1, 8).toISOString(), provider: 'outlook', url: 'https://outlook.live.com/mail/0/inbox/id/AAQ' }));
    const links = await writeLinks({ mentorId: 'm1', letterId: 'l1' }, now, db);
    expect(links!.message).toBeUndefined();
    expect(links!.threadUrl).toBe('https://outlook.live.com/mail/0/inbox/id/AAQ');
  });

  it('a check-in writes an update, not the letter step the mentor also has', async () => {
    await db.mentors.add(mentor());
    await db.letters.add(letter({ status: 'agreed', agreedAt: at(2027, 1, 1).toISOString() }));
    const links = await writeLinks({ mentorId: 'm1', kind: 'checkin' }, now, db);
    expect(links!.message!.templateName).not.toMatch(/packet/i);
    expect((await writeLinks({ mentorId: 'm1', letterId: 'l1' }, now, db))!.message!.templateName).toMatch(/packet|materials/i);
    expect((await writeLinks({ mentorId: 'm1', kind: 'letter-find-writer' }, now, db))!.message).toBeUndefined();
  });

  it('auto writes where the user last read this mentor; a setting overrides it; no mail known is mailto: and no thread', async () => {
    await db.mentors.add(mentor());
    expect((await writeLinks({ mentorId: 'm1' }, now, db))!.message!.compose.kind).toBe('mailto');
    expect((await writeLinks({ mentorId: 'm1' }, now, db))!.threadUrl).toBeUndefined();
    // Another mentor's Outlook thread tells which webmail and account the user has.
    await db.threads.add(threadRow({ mentorId: 'm2', provider: 'outlook', lastMessageAt: at(2026, 12, 2).toISOString(), url: 'https://outlook.live.com/mail/inbox/id/Q' }));
    const outlook = (await writeLinks({ mentorId: 'm1' }, now, db))!;
    expect(outlook.message!.compose.url.startsWith('https://outlook.live.com/mail/deeplink/compose?to=mpatel@med.example.edu&subject=')).toBe(true);
    expect(outlook.threadUrl).toBe('https://outlook.live.com/mail/deeplink/search?query=from%3Ampatel%40med.example.edu');
    await saveSettings({ writeWith: 'gmail' }, db);
    expect((await writeLinks({ mentorId: 'm1' }, now, db))!.message!.compose.url.startsWith('https://mail.google.com/mail/?view=cm')).toBe(true);
    await saveSettings({ writeWith: 'mailto' }, db);
    const mailto = (await writeLinks({ mentorId: 'm1' }, now, db))!;
    expect(mailto.message!.compose.url.startsWith('mailto:mpatel@med.example.edu?subject=')).toBe(true);
    // Writing in the mail app does not hide where the mail is.
    expect(mailto.threadUrl).toContain('outlook.live.com');
  });

  it('a template too long for a link is copied, and the compose opens with the subject', async () => {
    await db.mentors.add(mentor());
    const long = 'Thank you for everything. '.repeat(400);
    await db.templates.add({ id: 'u1', name: 'Long update', subject: 'An update', body: long, builtinId: 'progress-update', updatedAt: now.toISOString() });
    await db.threads.add(threadRow({ lastMessageAt: at(2026, 12, 1).toISOString(), url: 'https://mail.google.com/mail/u/0/#inbox/abc' }));
    const compose = (await writeLinks({ mentorId: 'm1', kind: 'checkin' }, now, db))!.message!.compose;
    expect(compose.complete).toBe(false);
    expect(compose.copy).toBe(long);
    expect(params(compose.url).get('su')).toBe('An update');
    expect(params(compose.url).get('body')).toBe(PASTE_MARKER);
  });

  it('an unknown mentor has nothing', async () => {
    expect(await writeLinks({ mentorId: 'nobody' }, now, db)).toBeNull();
  });
});

describe('the thread address is kept when a thread is read', () => {
  const open = (url?: string): OpenThread => ({
    provider: 'gmail',
    providerThreadId: '19a36435ce2f0ff3',
    subject: 'Research',
    participants: [{ name: 'Maya Patel', email: 'mpatel@med.example.edu' }],
    messages: [{ key: 'a', from: { name: 'Maya Patel', email: 'mpatel@med.example.edu' }, at: '2026-11-10T15:00:00.000Z', fromMe: false }],
    ...(url ? { url } : {}),
  });

  it('the latest page wins; a report without one keeps it', async () => {
    await db.mentors.add(mentor());
    await recordThread(open('https://mail.google.com/mail/u/0/#inbox/FMfcgzA'), db);
    await recordThread(open('https://mail.google.com/mail/u/1/#inbox/FMfcgzA'), db);
    await recordThread(open(), db);
    expect((await db.threads.toArray()).map((t) => t.url)).toEqual(['https://mail.google.com/mail/u/1/#inbox/FMfcgzA']);
  });
});
