// @vitest-environment happy-dom
process.env.TZ = 'America/New_York';

import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixture, setUrl } from './fixture-page';
import { outlookAdapter as outlook } from '../../../lib/mail/outlook';
import { adapterFor } from '../../../lib/mail/registry';

const PATEL = { name: 'Maya Patel', email: 'mpatel@med.example.edu' };
const OKAFOR = { name: 'Samuel Okafor', email: 'sokafor@hospital.example.org' };
const ME = 'jordan.lee@outlook.com';
/** The list row writes %2F; every way of opening the conversation gives the decoded id. */
const CONV_OKAFOR = 'AAQkADAwATM0MDAAMS1hNzE0LTFkNjMtMDACLTAwCgAQAKd3/z5Rk0pFh0lP8cN2x9Q=';
const CONV_PATEL = 'AAQkADAwATM0MDAAMS1hNzE0LTFkNjMtMDACLTAwCgAQAJb1Xq7Yc0tGi3mE4aP0r2M=';

const load = (name: string) => loadFixture('outlook', name);


afterEach(() => {
  vi.restoreAllMocks();
  setUrl('http://localhost:3000/');
});

describe('matches', () => {
  it.each([
    'https://outlook.office.com/mail/inbox',
    'https://outlook.office365.com/mail/',
    'https://outlook.live.com/mail/0/inbox/id/AAQk',
    'https://outlook.cloud.microsoft/mail/',
  ])('matches %s', (url) => {
    const doc = load('reading-pane.html');
    expect(outlook.matches(new URL(url), doc)).toBe(true);
    expect(adapterFor(new URL(url), doc)).toBe(outlook);
  });

  it("recognises a custom domain by OWA's own assets", () => {
    const doc = load('reading-pane.html');
    const custom = new URL('https://mail.university.example.edu/mail/');
    expect(outlook.matches(custom, doc)).toBe(true);
    doc.querySelector('meta[name=cdnUrl]')!.remove();
    expect(outlook.matches(custom, doc)).toBe(false);
    expect(adapterFor(custom, doc)).toBeNull();
  });
});

describe('userEmail', () => {
  it('reads the primary mailbox node', () => {
    expect(outlook.userEmail(load('reading-pane.html'))).toBe(ME);
  });

  it("reads a pop-out's From field", () => {
    expect(outlook.userEmail(load('compose-popout.html'))).toBe(ME);
  });

  it('is null when nothing on the page names the user', () => {
    expect(outlook.userEmail(load('broken.html'))).toBeNull();
  });
});

describe('openThread', () => {
  it('reads the conversation with Dr. Okafor, oldest first', () => {
    const thread = outlook.openThread(load('reading-pane.html'))!;
    expect(thread.provider).toBe('outlook');
    expect(thread.providerThreadId).toBe(CONV_OKAFOR);
    expect(thread.subject).toBe('Letter of recommendation for EM residency');
    expect(thread.participants).toEqual([OKAFOR]);
    expect(thread.messages).toEqual([
      { key: '3c7e6b2f9a4', from: { name: 'Jordan Lee', email: ME }, at: '2026-11-11T01:02:00.000Z', fromMe: true },
      { key: '5e2a9d7c013', from: OKAFOR, at: '2026-11-11T12:41:00.000Z', fromMe: false },
      { key: '9b1f04c2e7a', from: { name: 'Jordan Lee', email: ME }, at: '2026-11-12T23:30:00.000Z', fromMe: true },
    ]);
  });

  it('reads "Name <address>" headers and short dates next to an inline reply', () => {
    const thread = outlook.openThread(load('compose-inline.html'))!;
    expect(thread.providerThreadId).toBe(CONV_PATEL);
    expect(thread.subject).toBe('Research elective in January');
    expect(thread.participants).toEqual([PATEL]);
    expect(thread.messages.map((m) => [m.from.email, m.at, m.fromMe])).toEqual([
      [ME, '2026-11-16T15:05:00.000Z', true],
      [PATEL.email, '2026-11-17T21:20:00.000Z', false],
    ]);
  });

  it('falls back to the conversation id in the URL when the list is hidden', () => {
    const doc = load('reading-pane.html');
    doc.getElementById('MailList')!.remove();
    expect(outlook.openThread(doc)).toBeNull();
    setUrl(`https://outlook.office.com/mail/inbox/id/${encodeURIComponent(CONV_OKAFOR)}`);
    expect(outlook.openThread(doc)!.providerThreadId).toBe(CONV_OKAFOR);
    setUrl(`https://outlook.office.com/mail/inbox/id/${encodeURIComponent(encodeURIComponent(CONV_OKAFOR))}`);
    expect(outlook.openThread(doc)!.providerThreadId).toBe(CONV_OKAFOR);
    setUrl('https://outlook.office.com/mail/id/AAQkADAwATM0MDAAMS1hNzE0LTFkNjMtMDACLTAwCgAQAKd3%2Fz5R');
    expect(outlook.openThread(doc)!.providerThreadId).toBe('AAQkADAwATM0MDAAMS1hNzE0LTFkNjMtMDACLTAwCgAQAKd3/z5R');
  });

  it('keeps page order and leaves dates undefined when it cannot read them', () => {
    const doc = load('reading-pane.html');
    for (const el of doc.querySelectorAll('.AL_OM')) el.setAttribute('title', 'Yesterday');
    const thread = outlook.openThread(doc)!;
    expect(thread.messages.map((m) => [m.key, m.from.email, m.at])).toEqual([
      ['9b1f04c2e7a', ME, undefined],
      ['5e2a9d7c013', OKAFOR.email, undefined],
      ['3c7e6b2f9a4', ME, undefined],
    ]);
    expect(outlook.unread()).toEqual({ 'message date': 3 });
  });

  it('is null in a pop-out compose window', () => {
    expect(outlook.openThread(load('compose-popout.html'))).toBeNull();
  });
});

describe('composeWindows', () => {
  it('reads an inline reply in the reading pane', () => {
    const doc = load('compose-inline.html');
    const [reply, ...rest] = outlook.composeWindows(doc);
    expect(rest).toEqual([]);
    expect(reply.kind).toBe('reply');
    expect(reply.key).toBe('7f3e2a91c4d');
    expect(reply.recipients).toEqual([PATEL]);
    expect(reply.subject).toBe('');
    expect(reply.setSubjectIfEmpty('Anything')).toBe(false); // inline replies have no subject field
    expect(reply.element.id).toBe('docking_InitVisiblePart_0');
  });

  it('reads a pop-out new message', () => {
    const doc = load('compose-popout.html');
    const [popout] = outlook.composeWindows(doc);
    expect(popout.kind).toBe('popout');
    expect(popout.key).toBe('2b8d0c14e6a');
    expect(popout.recipients).toEqual([OKAFOR]);
    expect(popout.subject).toBe('');
    expect(popout.element.getAttribute('data-app-section')).toBe('Form_Content');
  });

  it('calls a compose with no conversation around it new', () => {
    const doc = load('compose-inline.html');
    for (const body of doc.querySelectorAll('[id^="UniqueMessageBody_"]')) body.closest('.aVla3')!.remove();
    expect(outlook.composeWindows(doc)[0].kind).toBe('new');
  });

  it('finds the compose box by structure when the docking id is gone', () => {
    const doc = load('compose-inline.html');
    doc.getElementById('docking_InitVisiblePart_0')!.removeAttribute('id');
    const [reply] = outlook.composeWindows(doc);
    expect(reply.recipients).toEqual([PATEL]);
    expect(reply.key).toBe('7f3e2a91c4d');
    expect(reply.element.contains(doc.querySelector('[id^="UniqueMessageBody_"]'))).toBe(false);
  });

  it('inserts plain text after what the user typed', () => {
    const doc = load('compose-inline.html');
    const [reply] = outlook.composeWindows(doc);
    expect(reply.insertText('\nThank you, January works for me.\n<b>Jordan</b>')).toBe(true);
    const body = doc.querySelector('[aria-multiline=true]')!;
    expect(body.textContent).toBe('Dear Dr. Patel,Thank you, January works for me.<b>Jordan</b>');
    expect(body.querySelectorAll('br')).toHaveLength(2);
    expect(body.querySelector('b')).toBeNull();
  });

  it('fills an empty subject through the native setter', () => {
    const doc = load('compose-popout.html');
    const [popout] = outlook.composeWindows(doc);
    const input = doc.querySelector<HTMLInputElement>('input[maxlength="255"]')!;
    const changes: string[] = [];
    input.addEventListener('input', () => changes.push(input.value));
    expect(popout.setSubjectIfEmpty('Thank you for the letter')).toBe(true);
    expect(input.value).toBe('Thank you for the letter');
    expect(changes).toEqual(['Thank you for the letter']);
    expect(popout.setSubjectIfEmpty('Again')).toBe(false);
  });

  it('reads recipients from persona titles when chips lose their classes', () => {
    const doc = load('compose-inline.html');
    for (const el of doc.querySelectorAll('[class*="individualText-"], [class*="textContainer-"]')) el.className = 'q1';
    expect(outlook.composeWindows(doc)[0].recipients).toEqual([PATEL]);
  });
});

describe('theme and observation', () => {
  it('is light on every fixture and dark on a dark page', () => {
    for (const name of ['reading-pane.html', 'compose-inline.html', 'compose-popout.html']) {
      expect(outlook.isDark(load(name)), name).toBe(false);
    }
    const doc = load('reading-pane.html');
    doc.body.style.backgroundColor = '#292929';
    expect(outlook.isDark(doc)).toBe(true);
  });

  it('observes the main region, or the pop-out form', () => {
    let doc = load('reading-pane.html');
    expect(outlook.observeRoot(doc)).toBe(doc.querySelector('[role=main]'));
    doc = load('compose-popout.html');
    expect(outlook.observeRoot(doc)).toBe(doc.querySelector('[data-app-section="Form_Content"]'));
  });
});

describe('when Outlook changes', () => {
  it('returns nothing on a page whose markup changed', () => {
    const doc = load('broken.html');
    expect(outlook.openThread(doc)).toBeNull();
    expect(outlook.composeWindows(doc)).toEqual([]);
  });

  it('returns null when the conversation id is gone', () => {
    const doc = load('reading-pane.html');
    for (const row of doc.querySelectorAll('[data-convid]')) row.removeAttribute('data-convid');
    expect(outlook.openThread(doc)).toBeNull();
  });

  it('reads the older markup from message bodies when the header ids are gone', () => {
    const doc = load('reading-pane.html');
    for (const el of doc.querySelectorAll('[id^="MSG_"]')) el.removeAttribute('id');
    expect(outlook.openThread(doc)!.messages.map((m) => m.from.email)).toEqual([ME, OKAFOR.email, ME]);
    expect(outlook.recognizes(doc)).toBe(true);
  });

  it('says it cannot read a conversation whose messages it cannot find', () => {
    const doc = load('reading-pane.html');
    for (const el of doc.querySelectorAll('[id^="MSG_"], [id^="UniqueMessageBody_"]')) el.removeAttribute('id');
    expect(outlook.openThread(doc)).toBeNull();
    // The pane still shows a conversation (its subject heading): unreadable, not "nobody here".
    expect(outlook.recognizes(doc)).toBe(false);
    expect(outlook.unread()).toEqual({ conversation: 1 });
  });

  it('never throws, even when the DOM API does', () => {
    const doc = load('compose-popout.html');
    const [popout] = outlook.composeWindows(doc);
    const boom = () => {
      throw new Error('SelectorError');
    };
    vi.spyOn(doc, 'querySelectorAll').mockImplementation(boom);
    vi.spyOn(doc, 'querySelector').mockImplementation(boom);
    vi.spyOn(Element.prototype, 'querySelectorAll').mockImplementation(boom);
    vi.spyOn(HTMLInputElement.prototype, 'dispatchEvent').mockImplementation(boom);
    expect(outlook.openThread(doc)).toBeNull();
    expect(outlook.composeWindows(doc)).toEqual([]);
    expect(outlook.userEmail(doc)).toBeNull();
    expect(outlook.observeRoot(doc)).toBeNull();
    expect(outlook.isDark(doc)).toBe(false);
    expect(outlook.matches(new URL('https://mail.example.org/'), doc)).toBe(false);
    expect(popout.setSubjectIfEmpty('x')).toBe(false);
  });
});
