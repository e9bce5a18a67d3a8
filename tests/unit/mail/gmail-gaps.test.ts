// @vitest-environment happy-dom
// What real 2019-2025 Gmail fragments show that the first fixtures did not: CJK date titles,
// collapsed messages without ids, a popped-out reply, a compose before its first autosave.
process.env.TZ = 'America/New_York';

import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFixture } from './fixture-page';
import { gmailAdapter as gmail } from '../../../lib/mail/gmail';
import { FollowThroughDB } from '../../../lib/data/db';
import { recordThread } from '../../../lib/data/mail-records';
import { mentor } from '../factories';

const OKAFOR = { name: 'Samuel Okafor', email: 'sokafor@hospital.example.org' };
const ME = 'jordan.lee@gmail.com';

const load = (name: string) => loadFixture('gmail', name);

/** What Gmail does when a collapsed message is clicked: ids and the expanded classes appear. */
function expand(doc: Document, index: number) {
  const el = doc.querySelectorAll('div.adf')[index] as HTMLElement;
  el.className = 'adn ads';
  el.setAttribute('data-message-id', '#msg-f:1851000000000000001');
  el.setAttribute('data-legacy-message-id', '19b0aaaaaaaaaaa1');
}

let db: FollowThroughDB | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('Chinese date titles and collapsed messages', () => {
  it('reads every message with its date', () => {
    const thread = gmail.openThread(load('thread-cjk.html'))!;
    expect(thread.messages.map((m) => [m.from.email, m.at])).toEqual([
      [OKAFOR.email, '2026-11-02T15:20:00.000Z'],
      [ME, '2026-11-03T12:45:00.000Z'],
      [OKAFOR.email, '2026-11-13T21:02:00.000Z'],
    ]);
    expect(gmail.unread()).toEqual({});
  });

  it('keys a collapsed message the same before and after it is expanded: one contact, not two', async () => {
    const doc = load('thread-cjk.html');
    const before = gmail.openThread(doc)!;
    expand(doc, 0);
    const after = gmail.openThread(doc)!;
    expect(after.messages.map((m) => m.key)).toEqual(before.messages.map((m) => m.key));
    db = new FollowThroughDB('gmail-gaps');
    await db.mentors.add(mentor({ id: 'okafor', name: 'Dr. Samuel Okafor', emails: [OKAFOR.email] }));
    const first = await recordThread(before, db);
    expect(await recordThread(after, db)).toBe(0);
    expect(await db.activities.count()).toBe(first);
  });
});

describe('a reply popped out into its own window, before its first autosave', () => {
  it('is a reply, not a new message', () => {
    const [reply] = gmail.composeWindows(load('reply-popout.html'));
    expect(reply.kind).toBe('reply');
    expect(reply.subject).toBe('Re: Abstract accepted, next steps for the poster');
  });

  it('a new message in the same kind of window stays new', () => {
    const doc = load('reply-popout.html');
    doc.querySelector('.HQ')!.classList.remove('HQ');
    doc.querySelector<HTMLInputElement>('input[name=rt]')!.value = '';
    expect(gmail.composeWindows(doc)[0].kind).toBe('new');
  });

  it('keeps its key across the first autosave', () => {
    const doc = load('reply-popout.html');
    const draft = doc.querySelector<HTMLInputElement>('input[name=draft]')!;
    expect(draft.value).toBe('undefined');
    const before = gmail.composeWindows(doc)[0].key;
    draft.value = '#msg-a:r-1234567890';
    expect(gmail.composeWindows(doc)[0].key).toBe(before);
  });
});

describe('never silent', () => {
  it('says it cannot read a thread whose messages it cannot find', () => {
    const doc = load('thread-cjk.html');
    for (const compose of doc.querySelectorAll('div.M9')) compose.remove(); // a reply being written is readable
    expect(gmail.recognizes(doc)).toBe(true);
    for (const span of doc.querySelectorAll('span[email]')) span.removeAttribute('email');
    expect(gmail.openThread(doc)).toBeNull();
    expect(gmail.recognizes(doc)).toBe(false);
    expect(gmail.unread()).toMatchObject({ conversation: 1 });
  });
});
