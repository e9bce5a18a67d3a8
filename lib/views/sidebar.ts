// What the sidebar shows for the people in the open thread or compose window, computed in the
// background so the content script carries no database, no rules and no templates.
import type { FollowThroughDB } from '../data/db';
import { recordsOf, threadsById } from '../data/reads';
import type { LetterRequest, Mentor } from '../data/model';
import type { OpenThread, Person } from '../mail/types';
import { computeDue, isOpen, lastContact, nextCheckinDay, nextStep, type DueItem } from '../schedule';
import { dayKey } from '../schedule/dates';
import { isAutomated, mentorsByEmail, resolveNames } from '../data/mail-records';
import { isNameOnly } from '../mail/names';
import { relativeDays, shortDate } from '../format/dates';
import { lastSentMessage, suggestionsFor, templateLibrary, type SuggestionView, type TemplateChoice } from './suggestions';
import { ACTION_LABELS, letterActions, type LetterAction } from '../schedule/letter-actions';

const dateLabel = (isoOrDay: string, now: Date) => `${shortDate(isoOrDay, now)} (${relativeDays(isoOrDay, now)})`;

/** Dates arrive written out ("Nov 12 (10 days ago)"), so the content script carries no date code. */
export interface MentorCardView {
  mentor: Mentor;
  lastContactAt: string;
  lastContactLabel: string;
  /** YYYY-MM-DD; absent for a paused or ended mentor. */
  nextCheckinOn?: string;
  nextCheckinLabel: string;
  letters: { letter: LetterRequest; nextStep: string; deadlineLabel: string; actions: LetterActionView[] }[];
  due: DueItem[];
  suggestions: SuggestionView[];
}

/** A letter step the user can record from the sidebar, with its button label. */
export interface LetterActionView {
  action: LetterAction;
  label: string;
}

export interface SidebarView {
  cards: MentorCardView[];
  /** Correspondents who could be tracked as mentors; name-only ones (email '') need an address. */
  unknown: Person[];
  /** Names that fit two or more tracked mentors: the sidebar shows them all and the user picks. */
  ambiguous?: { person: Person; mentors: { id: string; name: string; email: string }[] }[];
  /** Every template, for the picker. */
  templates: TemplateChoice[];
}

export async function sidebarView(
  page: Person[],
  now: Date,
  db?: FollowThroughDB,
  thread?: OpenThread | null,
): Promise<SidebarView> {
  const names = await resolveNames(page, thread, db);
  const people = names.people;
  const ambiguous = names.ambiguous.map(({ person, mentors }) => ({
    person,
    mentors: mentors.map((m) => ({ id: m.id, name: m.name, email: m.emails[0] })),
  }));
  const mentors = await mentorsByEmail(people.flatMap((p) => p.email || []), db);
  const tracked = new Set(mentors.flatMap((m) => m.emails));
  const unknown = people.filter((p) => isNameOnly(p) || (!tracked.has(p.email.toLowerCase()) && !isAutomated(p.email)));
  const library = await templateLibrary(db);
  const templates = library.map((t) => ({ id: t.id, name: t.name }));
  if (mentors.length === 0) return { cards: [], unknown, ambiguous, templates };
  const ids = mentors.map((m) => m.id);
  const threadRows = thread ? ids.map((id) => `${thread.provider}:${thread.providerThreadId}:${id}`) : [];
  const [{ letters, activities, goals, snoozes, settings }, threads] = await Promise.all([
    recordsOf(ids, db),
    threadsById(threadRows, db),
  ]);
  const due = computeDue({ mentors, letters, activities, goals }, now, settings, snoozes);
  const sent = await Promise.all(mentors.map((m) => lastSentMessage(activities.filter((a) => a.mentorId === m.id), db)));
  const cards = mentors.map((mentor, i): MentorCardView => {
    const own = activities.filter((a) => a.mentorId === mentor.id);
    const ownLetters = letters.filter((l) => l.mentorId === mentor.id);
    const ownDue = due.filter((d) => d.mentorId === mentor.id);
    const last = lastContact(mentor, own, now);
    const next = mentor.status === 'active' ? dayKey(nextCheckinDay(mentor, last)) : undefined;
    const threadRow = threads.find((t) => t?.mentorId === mentor.id);
    const context = { mentor, letters: ownLetters, activities: own, due: ownDue, thread: threadRow, lastContactAt: last, lastSent: sent[i] };
    return {
      mentor,
      lastContactAt: last,
      lastContactLabel: dateLabel(last, now),
      nextCheckinOn: next,
      nextCheckinLabel: next ? dateLabel(next, now) : mentor.status === 'paused' ? 'Paused' : 'Ended',
      letters: ownLetters
        .filter(isOpen)
        .sort((a, b) => a.deadline.localeCompare(b.deadline))
        .map((letter) => ({
          letter,
          nextStep: nextStep(letter, settings),
          deadlineLabel: dateLabel(letter.deadline, now),
          actions: letterActions(letter, settings, now).map((action) => ({ action, label: ACTION_LABELS[action] })),
        })),
      due: ownDue,
      suggestions: suggestionsFor(context, library, settings, now),
    };
  });
  // The order people appear in (sender first), not the database's.
  const order = (m: Mentor) => people.findIndex((p) => m.emails.includes(p.email.toLowerCase()));
  return { cards: cards.sort((a, b) => order(a.mentor) - order(b.mentor)), unknown, ambiguous, templates };
}
