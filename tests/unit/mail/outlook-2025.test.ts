// @vitest-environment happy-dom
// Outlook as it is in 2025-2026: header fields by MSG_ ids, collapsed messages, name-only senders,
// one conversation id however the conversation was opened, the deeplink view, a German page.
process.env.TZ = 'America/New_York';

import { afterEach, describe, expect, it } from 'vitest';
import { loadFixture, setUrl } from './fixture-page';
import { outlookAdapter as outlook } from '../../../lib/mail/outlook';

const ME = 'jordan.lee@hospital.example.org';
const PATEL = { name: 'Maya Patel', email: 'mpatel@med.example.edu' };
const CONV = 'AAQkADAwATM0MDAAMS1hNzE0LTFkNjMtMDACLTAwCgAQAE3k/q9Zr0tMs8vX1yF6w7H=';

const load = (name: string) => loadFixture('outlook', name);


afterEach(() => setUrl('http://localhost:3000/'));

describe('reading pane, today', () => {
  it('reads every message, collapsed ones included, with sender and date', () => {
    const thread = outlook.openThread(load('conversation-2025.html'))!;
    expect(thread.subject).toBe('Letter for EM residency: packet');
    expect(thread.messages).toEqual([
      { key: 'QAEIJBK8QAA', from: { name: 'Jordan Lee', email: ME }, at: '2026-11-10T04:58:00.000Z', fromMe: true },
      // 12:15 AM is a quarter past midnight.
      { key: 'QAEIJBK8QAB', from: { name: 'Samuel Okafor', email: '' }, at: '2026-11-10T05:15:00.000Z', fromMe: false },
      { key: 'QAEIJBK8QAC', from: PATEL, at: '2026-11-12T23:30:00.000Z', fromMe: false },
    ]);
    expect(outlook.unread()).toEqual({});
  });

  it('lists the same-organisation mentor by name and the outside one with the address, never the user', () => {
    const thread = outlook.openThread(load('conversation-2025.html'))!;
    expect(thread.participants).toEqual([{ name: 'Samuel Okafor', email: '' }, PATEL]);
  });

  it('reads the user from the folder tree, else from the account control, else not at all', () => {
    const doc = load('conversation-2025.html');
    expect(outlook.userEmail(doc)).toBe(ME);
    doc.querySelector('[id^=primaryMailboxRoot]')!.remove();
    expect(outlook.userEmail(doc)).toBeNull();
    doc.getElementById('mectrl_main_body')!.insertAdjacentHTML('beforeend', `<div id="mectrl_currentAccount_secondary">${ME}</div>`);
    expect(outlook.userEmail(doc)).toBe(ME);
  });

  it('keeps the user out by name when no address of theirs is on the page', () => {
    const doc = load('conversation-2025.html');
    doc.querySelector('[id^=primaryMailboxRoot]')!.remove();
    const thread = outlook.openThread(doc)!;
    expect(thread.messages[0]).toMatchObject({ from: { name: 'Jordan Lee', email: '' }, fromMe: true });
    expect(thread.participants).toEqual([{ name: 'Samuel Okafor', email: '' }, PATEL]);
  });

  it('gives one conversation id whichever way the conversation was opened', () => {
    const doc = load('conversation-2025.html');
    // From the list, with a message id in the URL.
    setUrl('https://outlook.office.com/mail/inbox/id/AAMkADAwATM0MDAAMS1hNzE0LTFkNjMtMDACLTAwCgBGAAAD%2Bx');
    expect(outlook.openThread(doc)!.providerThreadId).toBe(CONV);
    // Full page: the list is gone.
    doc.getElementById('MailList')!.remove();
    expect(outlook.openThread(doc)!.providerThreadId).toBe(CONV);
    // Without the subject's id, the list row (URL-encoded there) gives the same id.
    const doc2 = load('conversation-2025.html');
    doc2.querySelector('[id^=CONV_]')!.removeAttribute('id');
    expect(outlook.openThread(doc2)!.providerThreadId).toBe(CONV);
    // And the deeplink view, whose only id is its subject's.
    expect(outlook.openThread(load('deeplink-de.html'))!.providerThreadId).toBe(CONV);
  });

  it('marks an automatic reply from its first line, without keeping the body', () => {
    const doc = load('conversation-2025.html');
    const body = doc.querySelector('[id^=UniqueMessageBody_]')!;
    expect(outlook.openThread(doc)!.messages[2].automatic).toBeUndefined();
    body.innerHTML = '<p>Automatic reply: I am away until December 1 with limited access to email.</p>';
    const thread = outlook.openThread(doc)!;
    expect(thread.messages[2].automatic).toBe(true);
    expect(JSON.stringify(thread)).not.toContain('December');
  });

  it('counts a header it cannot read instead of swallowing it', () => {
    const doc = load('conversation-2025.html');
    doc.getElementById('MSG_QAEIJBK8QAB_FROM')!.textContent = '';
    doc.getElementById('MSG_QAEIJBK8QAB_FROM')!.removeAttribute('aria-label');
    doc.getElementById('MSG_QAEIJBK8QAA_DATETIME')!.textContent = 'Yesterday';
    const thread = outlook.openThread(doc)!;
    expect(thread.messages.map((m) => m.key)).toEqual(['QAEIJBK8QAA', 'QAEIJBK8QAC']);
    expect(outlook.unread()).toEqual({ 'message without a sender': 1, 'message date': 1 });
  });

  it('says it cannot read a conversation whose header ids changed', () => {
    const doc = load('conversation-2025.html');
    expect(outlook.recognizes(doc)).toBe(true);
    for (const el of doc.querySelectorAll('[id^=MSG_], [id^=UniqueMessageBody_]')) el.removeAttribute('id');
    expect(outlook.openThread(doc)).toBeNull();
    expect(outlook.recognizes(doc)).toBe(false);
    // The content script passes what it already read, and that reading decides.
    expect(outlook.recognizes(doc, { thread: null, composeCount: 0 })).toBe(false);
    expect(outlook.recognizes(doc, { thread: null, composeCount: 1 })).toBe(true);
  });

  it('observes the reading pane, and a new one when Outlook replaces it', () => {
    const doc = load('conversation-2025.html');
    const first = outlook.observeRoot(doc)!;
    expect(first.getAttribute('data-app-section')).toBe('MailReadCompose');
    const next = first.cloneNode(true) as Element;
    first.replaceWith(next);
    expect(outlook.observeRoot(doc)).toBe(next);
  });
});

describe('deeplink read view, German', () => {
  it('reads the view without list or main region, dates in 24-hour German', () => {
    setUrl('https://outlook.office.com/mail/deeplink/read/AAMkADAwATM0MDAAMS1hNzE0LTFkNjMtMDACLTAwCgBGAAAD%2Bx?ItemID=x');
    const doc = load('deeplink-de.html');
    expect(outlook.recognizes(doc)).toBe(true);
    expect(outlook.userEmail(doc)).toBe(ME);
    const thread = outlook.openThread(doc)!;
    expect(thread.messages.map((m) => [m.key, m.from, m.at, m.fromMe])).toEqual([
      ['QAEIJBK8QAA', { name: 'Jordan Lee', email: ME }, '2026-11-10T05:00:00.000Z', true], // midnight
      ['QAEIJBK8QAB', { name: 'Okafor, Samuel', email: '' }, '2026-11-11T12:41:00.000Z', false],
      ['QAEIJBK8QAD', { name: 'Okafor, Samuel', email: '' }, '2026-11-12T23:30:00.000Z', false],
    ]);
    expect(thread.participants).toEqual([{ name: 'Samuel Okafor', email: '' }]);
    expect(outlook.observeRoot(doc)!.id).toBe('ItemReadingPaneContainer');
  });

  it('falls back to the id in the deeplink when the subject has none', () => {
    setUrl('https://outlook.office.com/mail/deeplink/read/AAMkAD%252Bx%253D');
    const doc = load('deeplink-de.html');
    doc.querySelector('[id^=CONV_]')!.removeAttribute('id');
    expect(outlook.openThread(doc)!.providerThreadId).toBe('AAMkAD+x=');
  });
});

describe('composes with name-only pills', () => {
  it('reads the inline reply: a name-only pill and a "Name <address>" pill', () => {
    const doc = load('compose-inline-2025.html');
    const [reply, ...rest] = outlook.composeWindows(doc);
    expect(rest).toEqual([]);
    expect(reply.kind).toBe('reply');
    expect(reply.key).toBe('7f3e2a91c4d');
    expect(reply.recipients).toEqual([{ name: 'Okafor, Samuel', email: '' }, PATEL]);
  });

  it('reads the conversation beside it, dates in the dd-MMM-yy form', () => {
    const thread = outlook.openThread(load('compose-inline-2025.html'))!;
    expect(thread.messages.map((m) => [m.key, m.at])).toEqual([
      ['QAEIJBK8QAA', '2026-11-11T04:58:00.000Z'],
      ['QAEIJBK8QAB', '2026-11-11T12:41:00.000Z'],
    ]);
    expect(thread.providerThreadId).toBe(CONV);
  });

  it('reads a pop-out with name-only pills; its own From field is not a message', () => {
    const doc = load('compose-popout-2025.html');
    const [popout] = outlook.composeWindows(doc);
    expect(popout.kind).toBe('popout');
    expect(popout.key).toBe('2b8d0c14e6a');
    expect(popout.recipients).toEqual([
      { name: 'Okafor, Samuel', email: '' },
      { name: 'Dr. Maya Patel', email: '' },
    ]);
    expect(outlook.openThread(doc)).toBeNull();
    expect(outlook.recognizes(doc)).toBe(true);
    expect(outlook.userEmail(doc)).toBe(ME);
  });
});
