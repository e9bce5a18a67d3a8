// @vitest-environment happy-dom
// Where each adapter puts the chip (lib/mail/anchor.ts with each adapter's own selectors): after
// the visible subject heading (Outlook: under the subject's row), else before the first compose
// editor, else nowhere (the edge tab). Never a throw into the page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadFixture } from './fixture-page';
import { isVisible } from '../../../lib/mail/dom';
import { gmailAdapter as gmail } from '../../../lib/mail/gmail';
import { outlookAdapter as outlook } from '../../../lib/mail/outlook';

// happy-dom lays nothing out and gives every element one rect: here only what is shown has one.
beforeEach(() => {
  const rects = Element.prototype.getClientRects;
  vi.spyOn(Element.prototype, 'getClientRects').mockImplementation(function (this: Element) {
    return isVisible(this) ? rects.call(this) : ([] as unknown as DOMRectList);
  });
});
afterEach(() => vi.restoreAllMocks());

describe('Gmail', () => {
  it('puts the chip right after the open thread subject, not a hidden earlier one', () => {
    const doc = loadFixture('gmail', 'thread.html');
    const anchor = gmail.anchor(doc)!;
    expect(anchor.where).toBe('after');
    // The first h2.hP is an earlier conversation Gmail keeps under display: none.
    const [hidden, shown] = doc.querySelectorAll('h2.hP');
    expect(isVisible(hidden)).toBe(false);
    expect(anchor.element).toBe(shown);
  });

  it('puts it just above the editor of a new message', () => {
    const anchor = gmail.anchor(loadFixture('gmail', 'compose.html'))!;
    expect(anchor.where).toBe('before');
    expect(anchor.element.matches('[g_editable=true]')).toBe(true);
  });

  it('leaves it at the edge in the inbox', () => {
    expect(gmail.anchor(loadFixture('gmail', 'inbox.html'))).toBeNull();
  });
});

describe('Outlook', () => {
  it('puts the chip under the subject row, which the subject shares with the print and more buttons', () => {
    const doc = loadFixture('outlook', 'reading-pane.html');
    const anchor = outlook.anchor(doc)!;
    expect(anchor.where).toBe('after');
    expect(anchor.element.firstElementChild!.matches('[role=heading][aria-level="2"]')).toBe(true);
  });

  it('puts it just above the editor of a popped-out message', () => {
    const anchor = outlook.anchor(loadFixture('outlook', 'compose-popout.html'))!;
    expect(anchor.where).toBe('before');
    expect(anchor.element.matches('[contenteditable=true][aria-multiline=true]')).toBe(true);
  });
});

it('gives the edge tab, never a throw, when the page cannot be searched', () => {
  const doc = loadFixture('gmail', 'thread.html');
  vi.spyOn(doc, 'querySelectorAll').mockImplementation(() => {
    throw new Error('markup changed');
  });
  expect(gmail.anchor(doc)).toBeNull();
  expect(outlook.anchor(doc)).toBeNull();
});
