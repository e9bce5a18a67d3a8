// Pure-DOM helpers shared by the mail adapters. Nothing provider-specific lives here: selectors
// stay in each adapter's SEL object.
import type { Person } from './types';

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

const ADDRESS = /[^\s<>()[\]{},;:"']+@[^\s<>()[\]{},;:"']+\.[^\s<>()[\]{},;:"'.]+/g;
const ADDRESS_ENTRY = /(?:"([^"]*)"|([^,;<>"]*?))\s*<([^<>]*)>|([^\s,;<>"]+@[^\s,;<>"]+)/g;

/** Every address in text, lower-cased, in order. */
export function addressesIn(text: string | null | undefined): string[] {
  return (text?.match(ADDRESS) ?? []).map((a) => a.toLowerCase());
}

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

/** First occurrence of each address, leaving out `exclude` (the user). */
export function uniqueByEmail(people: Person[], exclude?: string | null): Person[] {
  const seen = new Set(exclude ? [exclude] : []);
  return people.filter((p) => !seen.has(p.email) && !!seen.add(p.email));
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

// ---------------------------------------------------------------- dates

const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?/;
// Machine-readable (a <time datetime>): honour its zone instead of reading it as local time.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const NUMERIC_DATE = /(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})/;

interface Day {
  year: number;
  /** 0-based, as in Date. */
  month: number;
  day: number;
  /** For a numeric date read month-first (true) or day-first (false). */
  monthFirst?: boolean;
}

interface Names {
  months: Map<string, number>;
  weekdays: Map<string, number>;
}

/**
 * Parses the localized date a webmail page shows, in the browser's time zone, to ISO 8601:
 * "Thu, Nov 19, 2026, 3:05 PM", "Thu, Dec 18, 2014 at 12:35 PM", "19 Nov 2026, 15:05",
 * "Thu 11/19/2026 3:05 PM", "tor. 19. nov. 2026, 15:05", "2026-11-19 15:05". It needs a year
 * and a time. Month and weekday names come from Intl, for English and `locale`. A weekday in the
 * text must agree with the date; a numeric date that reads both ways (05/11) is settled by the
 * weekday, else by the locale's order. Anything unsure gives undefined: no date beats a wrong one.
 */
export function parseMailDate(raw: string | null | undefined, locale?: string): string | undefined {
  if (raw && ISO_DATE_TIME.test(raw)) return safe(() => new Date(raw).toISOString(), undefined);
  const text = (raw ?? '').toLowerCase();
  const time = TIME.exec(text);
  if (!time) return undefined;
  const [, h, minute, second = '0', half] = time;
  let hour = Number(h);
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  const rest = `${text.slice(0, time.index)} ${text.slice(time.index + time[0].length)}`;
  const { days, weekdays } = readDays(rest, namesFor(locale));
  const fits = days
    .map((d) => ({ d, date: new Date(d.year, d.month, d.day, hour, Number(minute), Number(second)) }))
    .filter(
      ({ d, date }) =>
        date.getFullYear() === d.year &&
        date.getMonth() === d.month &&
        date.getDate() === d.day &&
        date.getHours() === hour && // rejects 15:75 and times skipped by a DST change
        (weekdays.length === 0 || weekdays.includes(date.getDay())),
    );
  const order = fits.length > 1 ? monthFirst(locale) : undefined;
  const pick = fits.length === 1 ? fits[0] : fits.find((f) => order !== undefined && f.d.monthFirst === order);
  return pick?.date.toISOString();
}

function readDays(text: string, names: Names): { days: Day[]; weekdays: number[] } {
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const weekdays = weekdaysIn(words, names);
    const [, a, separator, b, c] = numeric;
    if (a.length === 4) return { days: [{ year: +a, month: +b - 1, day: +c }], weekdays };
    if (c.length !== 4 && c.length !== 2) return { days: [], weekdays };
    const year = c.length === 2 ? 2000 + +c : +c;
    const dayFirst: Day = { year, month: +b - 1, day: +a, monthFirst: false };
    // Dotted dates (19.11.2026) are day-first wherever they are written.
    if (separator === '.' || a === b) return { days: [dayFirst], weekdays };
    return { days: [{ year, month: +a - 1, day: +b, monthFirst: true }, dayFirst], weekdays };
  }
  // A word can be both a month and a weekday (Spanish "mar"): prefer words that are only months.
  const monthWords = words.filter((w) => names.months.has(w));
  const onlyMonths = monthWords.filter((w) => !names.weekdays.has(w));
  const candidates = onlyMonths.length ? onlyMonths : monthWords;
  const numbers = text.match(/\d+/g) ?? [];
  const years = numbers.filter((n) => n.length === 4);
  const dayNumbers = numbers.filter((n) => n.length <= 2);
  const months = new Set(candidates.map((w) => names.months.get(w)!));
  if (months.size !== 1 || years.length !== 1 || dayNumbers.length !== 1) return { days: [], weekdays: [] };
  return {
    days: [{ year: +years[0], month: [...months][0], day: +dayNumbers[0] }],
    weekdays: weekdaysIn(words.filter((w) => !candidates.includes(w)), names),
  };
}

function weekdaysIn(words: string[], names: Names): number[] {
  return words.flatMap((w) => (names.weekdays.has(w) ? [names.weekdays.get(w)!] : []));
}

const namesByLocale = new Map<string, Names>();

function namesFor(locale = 'en'): Names {
  let names = namesByLocale.get(locale);
  if (!names) {
    names = { months: new Map(), weekdays: new Map() };
    for (const tag of ['en', 'en-GB', locale]) addNames(names, tag);
    namesByLocale.set(locale, names);
  }
  return names;
}

function addNames(names: Names, tag: string): void {
  const key = (s: string) => s.toLowerCase().replace(/\./g, '').trim();
  safe(() => {
    for (const style of ['long', 'short'] as const) {
      const month = new Intl.DateTimeFormat(tag, { month: style, timeZone: 'UTC' });
      const weekday = new Intl.DateTimeFormat(tag, { weekday: style, timeZone: 'UTC' });
      for (let i = 0; i < 12; i++) names.months.set(key(month.format(Date.UTC(2021, i, 15))), i);
      // 7 Feb 2021 was a Sunday, so the i-th day from it has getDay() === i.
      for (let i = 0; i < 7; i++) names.weekdays.set(key(weekday.format(Date.UTC(2021, 1, 7 + i))), i);
    }
  }, undefined); // an unknown locale tag leaves the English names
}

/** Whether the locale writes numeric dates month first; undefined when unknown. */
function monthFirst(locale?: string): boolean | undefined {
  if (!locale) return undefined;
  return safe<boolean | undefined>(() => {
    const order = new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric' })
      .formatToParts(0)
      .map((p) => p.type);
    return order.indexOf('month') < order.indexOf('day');
  }, undefined);
}
