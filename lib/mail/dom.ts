// Pure-DOM helpers shared by the mail adapters. Nothing provider-specific lives here: selectors
// stay in each adapter's SEL object.
import type { Person } from './types';
import { addressesIn } from './address';
import { personKey } from './names';

/** Runs fn and returns fallback if it throws: adapter code must never throw into the page. */
export function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

// ---------------------------------------------------------------- visibility and structure

/**
 * Whether el is shown. Webmail keeps stale views in the DOM, hidden. The ancestor walk catches
 * `hidden` and inline `display:none` without layout (happy-dom, detached documents);
 * checkVisibility, where the browser has it, also catches hiding done by stylesheets.
 */
export function isVisible(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || (node as HTMLElement).style?.display === 'none') return false;
  }
  return typeof el.checkVisibility === 'function' ? el.checkVisibility() : true;
}

export function visibleAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  return [...root.querySelectorAll<E>(selector)].filter(isVisible);
}

/**
 * The outermost ancestor of el, below limit, that holds no other element matching selector.
 * This finds one message's (or one compose's) own box without its obfuscated classes.
 */
export function ownBox(el: Element, selector: string, limit: Element): Element {
  const holdsOther = (scope: Element) =>
    [...scope.querySelectorAll(selector)].some((m) => !m.contains(el) && !el.contains(m));
  let box = el;
  while (box.parentElement && box.parentElement !== limit && !holdsOther(box.parentElement)) {
    box = box.parentElement;
  }
  return box;
}

/** Elements of box matching selector, leaving out those inside `skip` (e.g. a message body). */
export function outside(box: Element, selector: string, skip: Element): Element[] {
  return [...box.querySelectorAll(selector)].filter((el) => !skip.contains(el));
}

/**
 * The text a reader gets from root: without aria-hidden decoration (avatar initials, icons) and
 * without `skip` (a message header without its body).
 */
export function readableText(root: Element, skip?: Element): string {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const hidden = node.parentElement?.closest('[aria-hidden="true"]');
    if (!skip?.contains(node) && !(hidden && root.contains(hidden))) text += `${node.nodeValue} `;
  }
  return text.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------- people and addresses

const ADDRESS_ENTRY = /(?:"([^"]*)"|([^,;<>"]*?))\s*<([^<>]*)>|([^\s,;<>"]+@[^\s,;<>"]+)/g;

export { addressesIn };

export function firstAddress(text: string | null | undefined): string | null {
  return addressesIn(text)[0] ?? null;
}

/** A Person with tidy whitespace; the address stands in for a missing name. */
export function person(name: string, email: string): Person {
  const clean = name.replace(/\s+/g, ' ').trim();
  return { name: clean || email.toLowerCase(), email: email.toLowerCase() };
}

/** Parses `Maya Patel <mpatel@x.edu>, "Okafor, Samuel" <s@y.org>; c@d.com`. */
export function parseAddressList(text: string | null | undefined): Person[] {
  const people: Person[] = [];
  for (const m of (text ?? '').matchAll(ADDRESS_ENTRY)) {
    const email = firstAddress(m[3] ?? m[4]);
    // An unquoted name may carry the header's label ("To: Maya Patel"); labels end with a colon.
    if (email) people.push(person(m[1] ?? (m[2] ?? '').replace(/^.*:/, ''), email));
  }
  return people;
}

/**
 * The person an element names: "Name <a@b>" in its text, or a name whose address sits in the
 * title/aria-label of the element or an ancestor up to `within` (persona buttons, chips).
 */
export function personIn(el: Element, within: Element): Person | null {
  const text = readableText(el);
  const [written] = parseAddressList(text);
  if (written) return written;
  for (let node: Element | null = el; node; node = node.parentElement) {
    const email =
      firstAddress(node.getAttribute('title')) ?? firstAddress(node.getAttribute('aria-label'));
    if (email) return person(text, email);
    if (node === within) break;
  }
  return null;
}

/**
 * First occurrence of each person (by address, or by folded name for name-only people), leaving
 * out `exclude` (the user's address). A name-only person also named with an address is dropped.
 */
export function uniqueByEmail(people: Person[], exclude?: string | null): Person[] {
  const seen = new Set(exclude ? [exclude] : []);
  const named = new Set(people.filter((p) => p.email).map((p) => personKey({ ...p, email: '' })));
  return people.filter((p) => {
    const key = personKey(p);
    if (seen.has(key) || (!p.email && named.has(key))) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------- editing

/**
 * Inserts plain text at the caret in a contenteditable editor, or at its end when the caret is
 * elsewhere. execCommand goes through the editor's own input path (undo, autosave); where it is
 * missing or refused, text nodes and <br>s are inserted by hand and an input event is fired.
 */
export function insertPlainText(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  const selection = doc.defaultView?.getSelection() ?? null;
  const saved = selection?.rangeCount ? selection.getRangeAt(0) : null;
  const range = saved && editor.contains(saved.commonAncestorContainer) ? saved.cloneRange() : endOf(editor);
  editor.focus({ preventScroll: true });
  selection?.removeAllRanges();
  selection?.addRange(range);
  if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text)) return true;
  insertByHand(editor, selection?.rangeCount ? selection.getRangeAt(0) : range, text);
  return true;
}

function endOf(editor: HTMLElement): Range {
  const range = editor.ownerDocument.createRange();
  range.selectNodeContents(editor);
  range.collapse(false);
  return range;
}

function insertByHand(editor: HTMLElement, range: Range, text: string): void {
  const doc = editor.ownerDocument;
  const fragment = doc.createDocumentFragment();
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.deleteContents();
  range.insertNode(fragment);
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
    const selection = doc.defaultView?.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  const init = { bubbles: true, inputType: 'insertText', data: text };
  editor.dispatchEvent(typeof InputEvent === 'function' ? new InputEvent('input', init) : new Event('input', init));
}

/**
 * Sets an input's value when it is empty. The prototype's setter, not `input.value =`, because
 * React-controlled inputs (Outlook) only notice changes made through it.
 */
export function fillIfEmpty(input: HTMLInputElement | null, value: string): boolean {
  if (!input || input.value.trim() !== '') return false;
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

// ---------------------------------------------------------------- theme

/** Whether the first mostly-opaque background at or above el is dark. */
export function hasDarkBackground(start: Element | null): boolean {
  for (let el = start; el; el = el.parentElement) {
    const view = el.ownerDocument.defaultView;
    const color = view ? view.getComputedStyle(el).backgroundColor : (el as HTMLElement).style?.backgroundColor;
    const rgba = parseCssColor(color);
    if (rgba && rgba[3] >= 0.5) return (0.2126 * rgba[0] + 0.7152 * rgba[1] + 0.0722 * rgba[2]) / 255 < 0.4;
  }
  return false;
}

/** [r, g, b, alpha] from `#rgb(a)`, `#rrggbb(aa)`, `rgb()`/`rgba()`; null otherwise. */
export function parseCssColor(color: string | null | undefined): [number, number, number, number] | null {
  const value = color?.trim().toLowerCase() ?? '';
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const pairs = hex.length <= 4 ? [...hex].map((d) => d + d) : hex.match(/../g)!;
    const [r, g, b, a = 255] = pairs.map((p) => parseInt(p, 16));
    return [r, g, b, a / 255];
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(value)?.[1];
  if (!fn) return null;
  const parts = fn.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return null;
  const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
  const [r, g, b] = parts.slice(0, 3).map(Number);
  return [r, g, b, alpha].some(Number.isNaN) ? null : [r, g, b, alpha];
}

// ---------------------------------------------------------------- what could not be read

/**
 * A tally of what the adapter saw but could not read in its latest reading of the page (a
 * message without a sender, a date it could not parse), so a failure is counted and can be
 * reported (the page skeleton shows it) rather than swallowed. `reset` starts a new reading.
 */
export function misses() {
  let counts: Record<string, number> = {};
  return {
    reset: () => void (counts = {}),
    count: (what: string) => void (counts[what] = (counts[what] ?? 0) + 1),
    snapshot: (): Record<string, number> => ({ ...counts }),
  };
}
