// People the page names without an address. Outlook shows only a display name for senders in the
// user's own organisation (a student and their mentors on one university or hospital tenant), and
// compose pills may hold a name alone. Such a Person has email '' (the one convention, everywhere)
// and is matched to a tracked mentor by name only in the background, never guessed otherwise.
import type { Person } from './types';

/** Titles and degrees that do not tell two people apart: "Dr. Maya Patel, MD" is Maya Patel. */
const HONORIFICS = new Set(['dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'mx', 'miss', 'sir', 'dame']);
const DEGREES = new Set(['md', 'phd', 'do', 'mbbs', 'mph', 'facs', 'facp', 'facep', 'rn', 'np', 'pa', 'mba', 'msc', 'jr', 'sr']);

function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '') // accents folded: "Zoë Müller" is "zoe muller"
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ') // "(She/Her)", "(Cardiology)"
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter(Boolean);
}

/**
 * The comparable form of a display name: case and accents folded, titles and degrees dropped,
 * and "Last, First" (as hospital and university directories write it) turned into "first last".
 * Empty when nothing is left (a name that was only a title).
 */
export function foldName(name: string): string {
  let text = name.replace(/\s+/g, ' ').trim();
  // "Okafor, Samuel" or "Okafor, Samuel (Cardiology)"; but not "Samuel Okafor, MD".
  const comma = /^([^,]+),\s*([^,]+)$/.exec(text);
  if (comma && !words(comma[2]).every((w) => DEGREES.has(w) || HONORIFICS.has(w))) {
    text = `${comma[2]} ${comma[1]}`;
  }
  const kept = words(text).filter((w) => !HONORIFICS.has(w) && !DEGREES.has(w));
  return kept.join(' ');
}

/** Whether two display names are the same person's, as far as names can tell. */
export function sameName(a: string, b: string): boolean {
  const fa = foldName(a);
  return fa !== '' && fa === foldName(b);
}

/** Whether the page gave this person without an address. */
export function isNameOnly(p: Person): boolean {
  return p.email === '';
}

/** A person without an address, or null when there is no name worth keeping. */
export function nameOnly(name: string): Person | null {
  const clean = name.replace(/\s+/g, ' ').trim();
  return foldName(clean) ? { name: clean, email: '' } : null;
}

/** What tells two people apart: the address, else the folded name. */
export function personKey(p: Person): string {
  return p.email || `name:${foldName(p.name)}`;
}
