// Turns what the sidebar sees into records: threads with tracked mentors and each message's
// date and direction as an activity. Subjects and dates only: no body is ever stored.
import { db as defaultDb, getSettings, type FollowThroughDB } from './db';
import { addMentor } from './mentors';
import type { Activity, Mentor, Thread } from './model';
import type { OpenThread, Person } from '../mail/types';
import { latest } from '../schedule/dates';
import { personNameSchema } from '../backup/schema';
import { isAddress } from '../mail/address';
import { isNameOnly, personKey, sameName } from '../mail/names';

export async function mentorsByEmail(emails: string[], db: FollowThroughDB = defaultDb): Promise<Mentor[]> {
  if (emails.length === 0) return [];
  return db.mentors.where('emails').anyOf(emails.map((e) => e.toLowerCase())).distinct().toArray();
}

/**
 * Records the thread for each tracked mentor in it. Activity ids derive from the thread, the
 * mentor, the direction and the time, so re-visits (and a message's id changing once Gmail
 * syncs it) write nothing new. Returns how many activities were added.
 */
export async function recordThread(page: OpenThread, db: FollowThroughDB = defaultDb): Promise<number> {
  const thread = (await resolveNames(page.participants, page, db)).apply(page);
  const mentors = await mentorsByEmail(thread.participants.map((p) => p.email), db);
  if (mentors.length === 0) return 0;
  let added = 0;
  await db.transaction('rw', db.threads, db.activities, async () => {
    for (const mentor of mentors) {
      const emails = new Set(mentor.emails);
      // An automatic reply (out of office) is neither their answer nor a contact: not recorded.
      const fromMentor = thread.messages.filter((m) => !m.fromMe && !m.automatic && emails.has(m.from.email));
      const fromMe = thread.messages.filter((m) => m.fromMe);
      const row: Thread = {
        id: `${thread.provider}:${thread.providerThreadId}:${mentor.id}`,
        provider: thread.provider,
        providerThreadId: thread.providerThreadId,
        subject: thread.subject,
        mentorId: mentor.id,
        lastMessageAt: latest([...fromMentor, ...fromMe].map((m) => m.at)),
        lastFromMentorAt: latest(fromMentor.map((m) => m.at)),
        lastFromMeAt: latest(fromMe.map((m) => m.at)),
        // The page it was read on last; a thread reported without one keeps the one it had.
        ...(thread.url ? { url: thread.url } : {}),
      };
      const existing = await db.threads.get(row.id);
      // Only ever forward: a tab showing fewer messages (collapsed, still loading) must not undo
      // what another tab recorded, nor make two tabs rewrite each other.
      if (existing) {
        row.lastMessageAt = latest([existing.lastMessageAt, row.lastMessageAt]);
        row.lastFromMentorAt = latest([existing.lastFromMentorAt, row.lastFromMentorAt]);
        row.lastFromMeAt = latest([existing.lastFromMeAt, row.lastFromMeAt]);
        row.url ??= existing.url;
      }
      const changed = !existing || (Object.keys(row) as (keyof Thread)[]).some((k) => existing[k] !== row[k]);
      if (changed) await db.threads.put(row);

      const activities: Activity[] = [];
      for (const m of [...fromMentor, ...fromMe]) {
        if (!m.at) continue;
        const kind = m.fromMe ? 'email-sent' : 'email-received';
        activities.push({ id: `mail:${row.id}:${kind}:${m.at}`, mentorId: mentor.id, kind, at: m.at, threadId: row.id });
      }
      const present = await db.activities.bulkGet(activities.map((a) => a.id));
      const missing: Activity[] = [];
      for (const [i, a] of activities.entries()) {
        // A message the user already recorded as a letter step is that step, not a second contact.
        if (!present[i] && !(a.kind === 'email-sent' && (await stepRecordedNear(mentor.id, a.at, db)))) missing.push(a);
      }
      if (missing.length) await db.activities.bulkAdd(missing);
      added += missing.length;
    }
  });
  return added;
}

// A step recorded by hand ("I sent it: count this reminder") and the same message seen later in
// the thread are one contact: they match when the step comes up to two hours after the send.
const STEP_AFTER_SEND_MS = 2 * 3_600_000;
const STEP_BEFORE_SEND_MS = 10 * 60_000;
const OUTGOING_STEPS = new Set<Activity['kind']>(['email-sent', 'reminder', 'thank-you', 'update']);

function around(db: FollowThroughDB, mentorId: string, fromMs: number, toMs: number) {
  return db.activities
    .where('[mentorId+at]')
    .between([mentorId, new Date(fromMs).toISOString()], [mentorId, new Date(toMs).toISOString()], true, true);
}

/** A hand-recorded outgoing step near a sent message's time. */
async function stepRecordedNear(mentorId: string, sentAt: string, db: FollowThroughDB): Promise<boolean> {
  const ms = Date.parse(sentAt);
  const near = await around(db, mentorId, ms - STEP_BEFORE_SEND_MS, ms + STEP_AFTER_SEND_MS).toArray();
  return near.some((a) => !a.threadId && OUTGOING_STEPS.has(a.kind));
}

/** The sent message, already recorded from its thread, that a step recorded now refers to. */
export async function sentMailNear(mentorId: string, stepAt: Date, db: FollowThroughDB = defaultDb): Promise<Activity | undefined> {
  const ms = stepAt.getTime();
  const near = await around(db, mentorId, ms - STEP_AFTER_SEND_MS, ms + STEP_BEFORE_SEND_MS).toArray();
  return near.reverse().find((a) => a.threadId && a.kind === 'email-sent' && !a.text);
}

// ---------------------------------------------------------------- people named without an address

export interface NameChoice {
  person: Person;
  /** Two or more tracked mentors go by this name: the user picks. */
  mentors: Mentor[];
}

export interface NameResolution {
  /** The people, each name-only one replaced by its mentor when exactly one mentor has the name. */
  people: Person[];
  /** Names that fit more than one mentor: never guessed. Left out of `people`. */
  ambiguous: NameChoice[];
  /** The same replacement applied to a thread's participants and senders. */
  apply(thread: OpenThread): OpenThread;
}

/**
 * Matches people the page names without an address (Outlook, same organisation) to tracked
 * mentors by display name (titles, "Last, First", case and accents aside). One mentor: that
 * mentor. None: the person stays name-only (the sidebar asks for the address). Several: asked,
 * unless this very thread is already recorded with exactly one of them (the user's earlier pick).
 */
export async function resolveNames(
  people: Person[],
  thread: OpenThread | null | undefined,
  db: FollowThroughDB = defaultDb,
): Promise<NameResolution> {
  const resolved = new Map<string, Person | null>();
  const ambiguous: NameChoice[] = [];
  const named = people.filter(isNameOnly);
  const mentors = named.length ? await db.mentors.toArray() : [];
  for (const p of named) {
    if (resolved.has(personKey(p))) continue;
    let matches = mentors.filter((m) => sameName(m.name, p.name));
    if (matches.length > 1 && thread) {
      const rows = await db.threads.bulkGet(matches.map((m) => `${thread.provider}:${thread.providerThreadId}:${m.id}`));
      const recorded = matches.filter((_, i) => rows[i]);
      if (recorded.length === 1) matches = recorded;
    }
    if (matches.length > 1) ambiguous.push({ person: p, mentors: matches });
    resolved.set(personKey(p), matches.length === 1 ? { name: p.name, email: matches[0].emails[0] } : matches.length ? null : p);
  }
  const swap = (p: Person) => (isNameOnly(p) ? resolved.get(personKey(p)) ?? p : p);
  const unique = (list: Person[]) => {
    const seen = new Set<string>();
    return list.filter((p) => !seen.has(personKey(p)) && !!seen.add(personKey(p)));
  };
  return {
    people: unique(people.flatMap((p) => (isNameOnly(p) && resolved.get(personKey(p)) === null ? [] : [swap(p)]))),
    ambiguous,
    apply: (t) => ({
      ...t,
      participants: unique(t.participants.flatMap((p) => (isNameOnly(p) && resolved.get(personKey(p)) === null ? [] : [swap(p)]))),
      messages: t.messages.map((m) => ({ ...m, from: swap(m.from) })),
    }),
  };
}

/**
 * The user told us who a name-only person is (tracked them with an address, or picked one of two
 * mentors with that name): that person replaces the name in the people and the thread.
 */
export function withChoice(choice: Person, thread: OpenThread | null, people: Person[]): { thread: OpenThread | null; people: Person[] } {
  const swap = (p: Person) => (isNameOnly(p) && sameName(p.name, choice.name) ? { name: p.name, email: choice.email } : p);
  return {
    people: people.map(swap),
    thread: thread && {
      ...thread,
      participants: thread.participants.map(swap),
      messages: thread.messages.map((m) => ({ ...m, from: swap(m.from) })),
    },
  };
}

/** Addresses that are not people one would mentor with. */
export function isAutomated(email: string): boolean {
  return /(^|[._-])(no-?reply|do-?not-?reply|notifications?|mailer-daemon)@/i.test(email) || /^(no-?reply|notifications?)[@.]/i.test(email);
}

/** Creates a mentor from a correspondent, prefilled from their name and address. */
export async function trackMentor(person: Person, now: Date, db: FollowThroughDB = defaultDb): Promise<Mentor> {
  const email = person.email.trim().toLowerCase();
  // A name-only person (Outlook, same organisation) is tracked once the user gives the address.
  if (!isAddress(email)) throw new Error(`Add ${person.name || 'their'} email address to track them, like name@example.edu.`);
  const [existing] = await mentorsByEmail([email], db);
  if (existing) return existing;
  const settings = await getSettings(db);
  // A display name the backup format would refuse (markup, a huge string) falls back to the address.
  const name = personNameSchema.safeParse(person.name).success ? person.name.trim() : email;
  const title = /^(dr|prof|professor)\.?\s/i.exec(name)?.[0].trim();
  return addMentor({ name, ...(title ? { title } : {}), emails: [email], cadenceDays: settings.defaultCadenceDays }, now, db);
}
