// Fills a template's {{placeholders}} from what the product knows. The output is plain text that is
// inserted as text, so values are used verbatim: nothing is escaped and nothing is interpreted.
// Whatever is unknown becomes a visible fill-in marker ("[program]") and is listed in `missing`,
// so a message never goes out with "{{...}}", "undefined" or a guessed value in it.
import type { Locale } from 'date-fns';
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { enUS } from 'date-fns/locale/en-US';
import type { LetterRequest, Mentor } from '../data/model';
import { daysUntil, localDay } from '../schedule/dates';

export const FILL_MARK_OPEN = '[';
export const FILL_MARK_CLOSE = ']';

export function fillMarker(label: string): string {
  return `${FILL_MARK_OPEN}${label}${FILL_MARK_CLOSE}`;
}

export interface RenderInput {
  mentor?: Pick<Mentor, 'name' | 'title'>;
  user: { name: string; stage: string };
  letter?: Pick<LetterRequest, 'program' | 'programs' | 'purpose' | 'deadline' | 'portal'>;
  /** ISO instant, or a YYYY-MM-DD date when the time is unknown. */
  meetingAt?: string;
  /** A short phrase, e.g. "choosing away rotations": it follows "your advice on". */
  takeaway?: string;
  lastContactAt?: string;
  /** The user's unanswered email a follow-up is about. */
  message?: { at?: string; subject?: string };
  now: Date;
  /** For dates; the default is en-US. */
  locale?: Locale;
}

export interface Rendered {
  subject: string;
  body: string;
  /** Placeholder names that had no value, in order of first appearance. */
  missing: string[];
}

// --- Names -----------------------------------------------------------------------------------------

const HONORIFIC = /^(dr|doctor|prof|professor|mr|mrs|ms|mx)\b\.?\s*/i;
const DOCTORAL = new Set(['MD', 'DO', 'PHD', 'MBBS', 'DNP', 'PHARMD', 'DDS', 'DMD', 'DPHIL', 'EDD', 'PSYD']);
const OTHER_CREDENTIALS = new Set(['MPH', 'MS', 'MSC', 'MBA', 'MA', 'MHS', 'FACS', 'FACP', 'FAAP', 'RN', 'NP', 'PAC']);
const GENERATIONAL = new Set(['JR', 'SR', 'II', 'III', 'IV']);
// Lower-case particles belong to the last name: "Dr. van der Berg", not "Dr. Berg".
const PARTICLES = new Set(['de', 'del', 'della', 'der', 'di', 'da', 'du', 'la', 'le', 'van', 'von', 'ten', 'ter', 'bin']);

export interface ParsedName {
  /** Given name first, without honorific or credentials: "Priya K. Patel". */
  full: string;
  first: string;
  last: string;
  /** A leading "Dr."/"Prof." or a doctoral credential ("MD", "PhD") was part of the name. */
  honorific?: string;
  doctoral: boolean;
}

function credentialKey(token: string): string {
  return token.replace(/[.\-]/g, '').toUpperCase();
}

// Degrees count only when written in capitals ("MD", "PhD"): "Anh Do" and "Yo-Yo Ma" are names.
function isCredential(token: string): boolean {
  const key = credentialKey(token);
  if (GENERATIONAL.has(key)) return true;
  const capitals = token.replace(/[^A-Z]/g, '').length;
  return capitals >= 2 && (DOCTORAL.has(key) || OTHER_CREDENTIALS.has(key));
}

/**
 * Reads names as mail clients show them: "Priya Patel", "Dr. Priya Patel", "Priya Patel, MD, PhD",
 * and "Patel, Priya". Returns undefined for a blank name.
 */
export function parseName(raw: string): ParsedName | undefined {
  let text = raw.trim().replace(/\s+/g, ' ');
  const lead = HONORIFIC.exec(text);
  if (lead) text = text.slice(lead[0].length);
  const [main = '', ...rest] = text.split(',').map((p) => p.trim());
  const restTokens = rest.flatMap((p) => p.split(' ')).filter(Boolean);
  let tokens = main.split(' ').filter(Boolean);
  // "Patel, Priya": a comma part that is not credentials holds the given name.
  if (tokens.length === 1 && restTokens.length > 0 && !restTokens.every(isCredential)) {
    tokens = [...restTokens.filter((t) => !isCredential(t)), tokens[0]];
  }
  const credentials = [...restTokens, ...tokens].filter(isCredential);
  while (tokens.length > 1 && isCredential(tokens[tokens.length - 1])) tokens.pop();
  if (tokens.length === 0) return undefined;
  let lastStart = tokens.length - 1;
  while (lastStart > 1 && PARTICLES.has(tokens[lastStart - 1])) lastStart--;
  return {
    full: tokens.join(' '),
    first: tokens[0],
    last: tokens.slice(lastStart).join(' '),
    honorific: lead?.[1],
    doctoral: credentials.some((c) => DOCTORAL.has(credentialKey(c))),
  };
}

/**
 * How the student addresses the mentor, from the title field and the name:
 * 1. a title or name starting with "Dr"/"Doctor" gives "Dr. Patel"; "Prof"/"Professor" gives
 *    "Professor Patel"; "Mr"/"Ms"/"Mrs"/"Mx" gives that honorific;
 * 2. any other title (a role: "Associate Professor of Medicine", "Program Director") or a doctoral
 *    credential in the name ("Priya Patel, MD") gives "Dr. Patel": mentors in academic medicine are
 *    nearly all doctors, and "Dr." is the respectful default there;
 * 3. no title and no credential gives the full name, "Priya Patel": we do not guess an honorific.
 */
export function salutation(mentor: Pick<Mentor, 'name' | 'title'>): string | undefined {
  const name = parseName(mentor.name);
  if (!name) return undefined;
  const title = mentor.title?.trim() ?? '';
  const lead = HONORIFIC.exec(title)?.[1] ?? name.honorific;
  if (lead) return `${honorificWord(lead)} ${name.last}`;
  if (title || name.doctoral) return `Dr. ${name.last}`;
  return name.full;
}

function honorificWord(word: string): string {
  const w = word.toLowerCase();
  if (w === 'dr' || w === 'doctor') return 'Dr.';
  if (w === 'prof' || w === 'professor') return 'Professor';
  return `${w[0].toUpperCase()}${w.slice(1)}.`;
}

// --- Dates -----------------------------------------------------------------------------------------

/** A stored date or instant as a local Date, or undefined when absent or unreadable. */
function readDate(iso: string | undefined): Date | undefined {
  if (!iso?.trim()) return undefined;
  const day = localDay(iso);
  return isValid(day) ? day : undefined;
}

// en-US's own long formats add ordinals ("January 1st"); a letter reads "January 1".
function longDate(date: Date, locale: Locale): string {
  return format(date, locale.code === 'en-US' ? 'EEEE, MMMM d, yyyy' : 'PPPP', { locale });
}

function mediumDate(date: Date, locale: Locale): string {
  return format(date, locale.code === 'en-US' ? 'MMMM d, yyyy' : 'PPP', { locale });
}

function daysLeft(deadline: Date, now: Date): string {
  // A passed deadline reads "0 days", never a negative count.
  const days = Math.max(0, daysUntil(deadline, now));
  return days === 1 ? '1 day' : `${days} days`;
}

function meetingTime(input: RenderInput, locale: Locale): string | undefined {
  // A date-only meeting has no time to show.
  if (!input.meetingAt?.includes('T')) return undefined;
  const at = parseISO(input.meetingAt);
  return isValid(at) ? format(at, 'p', { locale }) : undefined;
}

// --- Placeholders ----------------------------------------------------------------------------------

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function allPrograms(letter: NonNullable<RenderInput['letter']>): string[] {
  const names = [letter.program, ...(letter.programs ?? [])].map((p) => p?.trim() ?? '').filter(Boolean);
  return [...new Set(names)];
}

function portal(letter: NonNullable<RenderInput['letter']>): string | undefined {
  const name = letter.portal?.name.trim();
  if (!name) return undefined;
  const id = letter.portal?.letterId.trim();
  return id ? `${name} (letter ID ${id})` : name;
}

type Resolve = (input: RenderInput, locale: Locale) => string | undefined;
interface Placeholder {
  /** Shown in the fill-in marker when there is no value. */
  label: string;
  resolve: Resolve;
}

/** A placeholder shown from one of the input's dates; absent or unreadable dates have no value. */
const fromDate =
  (pick: (i: RenderInput) => string | undefined, show: (d: Date, l: Locale, i: RenderInput) => string): Resolve =>
  (input, locale) => {
    const date = readDate(pick(input));
    return date && show(date, locale, input);
  };

const PLACEHOLDERS: Record<string, Placeholder> = {
  'mentor.salutation': { label: "mentor's name", resolve: (i) => i.mentor && salutation(i.mentor) },
  'mentor.firstName': { label: "mentor's first name", resolve: (i) => i.mentor && parseName(i.mentor.name)?.first },
  'mentor.lastName': { label: "mentor's last name", resolve: (i) => i.mentor && parseName(i.mentor.name)?.last },
  'mentor.name': { label: "mentor's name", resolve: (i) => i.mentor?.name },
  'mentor.title': { label: "mentor's title", resolve: (i) => i.mentor?.title },
  'user.name': { label: 'your name', resolve: (i) => i.user.name },
  'user.firstName': { label: 'your first name', resolve: (i) => parseName(i.user.name)?.first },
  'user.stage': { label: 'your stage of training', resolve: (i) => i.user.stage },
  'letter.program': { label: 'program', resolve: (i) => i.letter?.program },
  'letter.programs': { label: 'programs', resolve: (i) => i.letter && joinList(allPrograms(i.letter)) },
  'letter.purpose': { label: 'residency, fellowship, ...', resolve: (i) => i.letter?.purpose },
  'letter.deadline': { label: 'deadline', resolve: fromDate((i) => i.letter?.deadline, longDate) },
  'letter.deadlineShort': { label: 'deadline', resolve: fromDate((i) => i.letter?.deadline, mediumDate) },
  'letter.portal': { label: 'how to submit', resolve: (i) => i.letter && portal(i.letter) },
  'letter.daysLeft': {
    label: 'days left',
    resolve: fromDate((i) => i.letter?.deadline, (d, _, i) => daysLeft(d, i.now)),
  },
  'meeting.date': { label: 'meeting date', resolve: fromDate((i) => i.meetingAt, longDate) },
  'meeting.time': { label: 'meeting time', resolve: meetingTime },
  takeaway: { label: 'specific takeaway', resolve: (i) => i.takeaway },
  lastContact: { label: 'date you last spoke', resolve: fromDate((i) => i.lastContactAt, mediumDate) },
  'message.date': { label: 'date of your email', resolve: fromDate((i) => i.message?.at, mediumDate) },
  'message.subject': { label: 'subject of your email', resolve: (i) => i.message?.subject },
};

/** Every placeholder a template may use. */
export const PLACEHOLDER_NAMES: readonly string[] = Object.keys(PLACEHOLDERS);

/** `{{name}}`, spaces inside allowed: the one pattern for the renderer and the template editor. */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** The placeholder names written in `text`, trimmed, in order ("{{ mentor.name }}" gives "mentor.name"). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1].trim());
}

function renderText(text: string, input: RenderInput, locale: Locale, missing: Set<string>): string {
  // One pass: a value that itself contains "{{...}}" is data and is left alone.
  return text.replace(PLACEHOLDER, (_, raw: string) => {
    const name = raw.trim();
    // Own keys only: "{{constructor}}" is an unknown placeholder, not Object's constructor.
    const placeholder = Object.hasOwn(PLACEHOLDERS, name) ? PLACEHOLDERS[name] : undefined;
    const value = placeholder?.resolve(input, locale)?.trim();
    if (value) return value;
    missing.add(name || 'blank');
    return fillMarker(placeholder?.label ?? (name || 'fill in'));
  });
}

export function renderTemplate(template: { subject: string; body: string }, input: RenderInput): Rendered {
  const locale = input.locale ?? enUS;
  const missing = new Set<string>();
  const subject = renderText(template.subject, input, locale, missing);
  const body = renderText(template.body, input, locale, missing);
  return { subject, body, missing: [...missing] };
}
