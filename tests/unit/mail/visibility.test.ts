// @vitest-environment happy-dom
// Gmail and Outlook keep elements in the DOM that the user no longer sees (earlier conversations,
// closed composes, replaced panes). The adapters read only what is shown: hiding one element
// that was read must make it disappear from what they return.
process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import { loadFixture } from './fixture-page';
import { gmailAdapter as gmail } from '../../../lib/mail/gmail';
import { outlookAdapter as outlook } from '../../../lib/mail/outlook';

const load = loadFixture;

/** Hides the last element matching selector that is not already hidden. */
function hideLast(doc: Document, selector: string): void {
  const shown = [...doc.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.closest('[hidden], [style*="display: none"], [style*="display:none"]'));
  const el = shown.at(-1);
  if (!el) throw new Error(`nothing shown matches ${selector}`);
  el.style.display = 'none';
}

describe('only what is shown is read', () => {
  it('Gmail: a hidden message inside the open thread is not read', () => {
    const before = gmail.openThread(load('gmail', 'thread.html'))!.messages.length;
    expect(before).toBeGreaterThan(1);
    const doc = load('gmail', 'thread.html');
    hideLast(doc, 'div.adn, div.adf');
    expect(gmail.openThread(doc)!.messages).toHaveLength(before - 1);
  });

  it('Gmail: a hidden compose window is not offered for insertion', () => {
    const before = gmail.composeWindows(load('gmail', 'reply.html')).length;
    expect(before).toBeGreaterThan(1);
    const doc = load('gmail', 'reply.html');
    hideLast(doc, 'div.M9');
    expect(gmail.composeWindows(doc)).toHaveLength(before - 1);
  });

  it('Outlook today: a hidden message header is not read', () => {
    const before = outlook.openThread(load('outlook', 'conversation-2025.html'))!.messages.length;
    expect(before).toBeGreaterThan(1);
    const doc = load('outlook', 'conversation-2025.html');
    hideLast(doc, '[id^="MSG_"][id$="_FROM"]');
    expect(outlook.openThread(doc)!.messages).toHaveLength(before - 1);
  });

  it('Outlook without header ids: a hidden message body is not read', () => {
    // Pages without the MSG_ header ids are read from the message bodies.
    const bodiesOnly = () => {
      const doc = load('outlook', 'reading-pane.html');
      for (const el of doc.querySelectorAll('[id^="MSG_"]')) el.removeAttribute('id');
      return doc;
    };
    const before = outlook.openThread(bodiesOnly())!.messages.length;
    expect(before).toBeGreaterThan(1);
    const doc = bodiesOnly();
    hideLast(doc, '[id^="UniqueMessageBody_"]');
    expect(outlook.openThread(doc)!.messages).toHaveLength(before - 1);
  });

  it('Outlook: a hidden compose is not offered for insertion', () => {
    const doc = load('outlook', 'compose-inline.html');
    const before = outlook.composeWindows(doc).length;
    expect(before).toBeGreaterThan(0);
    hideLast(doc, '[contenteditable=true][aria-multiline=true]');
    expect(outlook.composeWindows(doc)).toHaveLength(before - 1);
  });
});
