// Who owes a reply (docs/rules.md, "Replies and follow-ups"): a mentor's
// email the user has not answered, and the user's email the mentor has not answered. Emails
// only: notes and meetings neither owe nor answer. Automatic replies never reach the history
// (lib/data/mail-records.ts), so an out-of-office changes nothing here.
import type { Activity, Mentor } from '../data/model';
import type { RuleSettings } from './settings';
import type { DueItem, Severity } from './types';
import { dayKey, daysUntil, localDay } from './dates';
import { plural } from './severity';

/** Kinds that are an email from the user to the mentor (letter steps record theirs as these). */
export const OUTGOING_MAIL = new Set<Activity['kind']>(['email-sent', 'reminder', 'thank-you', 'update']);

/** The newest emails each way, per mentor: all the reply rules read. */
export interface MailSummary {
  /** The mentor's newest email. */
  lastIn?: string;
  /** The user's newest email to them, and the one before it. */
  lastOut?: string;
  prevOut?: string;
  /** The user's newest plain email (not a letter step), the one "awaiting a reply" is about. */
  lastSent?: string;
}

/** Folds one activity into a mentor's summary; the order of activities does not matter. */
export function addToMail(summary: MailSummary, a: Pick<Activity, 'kind' | 'at'>): void {
  if (a.kind === 'email-received') {
    if (!summary.lastIn || a.at > summary.lastIn) summary.lastIn = a.at;
    return;
  }
  if (!OUTGOING_MAIL.has(a.kind)) return;
  if (!summary.lastOut || a.at > summary.lastOut) {
    summary.prevOut = summary.lastOut;
    summary.lastOut = a.at;
  } else if (a.at !== summary.lastOut && (!summary.prevOut || a.at > summary.prevOut)) {
    summary.prevOut = a.at;
  }
  if (a.kind === 'email-sent' && (!summary.lastSent || a.at > summary.lastSent)) summary.lastSent = a.at;
}

export function summarizeMail(activities: readonly Pick<Activity, 'kind' | 'at'>[]): MailSummary {
  const summary: MailSummary = {};
  for (const a of activities) addToMail(summary, a);
  return summary;
}

/** The latest sign that the mentor answered: an email seen from them, or "They replied". */
export function lastAnswer(mentor: Pick<Mentor, 'theyRepliedAt'>, mail: MailSummary): string | undefined {
  const { lastIn } = mail;
  const marked = mentor.theyRepliedAt;
  if (!lastIn) return marked;
  return marked && marked > lastIn ? marked : lastIn;
}

/** Whether the mentor answered after `since` (an ISO instant). */
export function answeredSince(mentor: Pick<Mentor, 'theyRepliedAt'>, mail: MailSummary, since: string): boolean {
  const answer = lastAnswer(mentor, mail);
  return !!answer && answer > since;
}

const daysSince = (iso: string, now: Date) => -daysUntil(localDay(iso), now);

/**
 * Reply owed: the mentor's newest email is newer than the user's newest to them. Upcoming until
 * `replyDueDays` after it, due until `replyOverdueDays`, overdue until `replyDropDays`, then
 * dropped (the check-in takes over). "No reply needed" hides it until their next email.
 */
export function replyOwedItem(mentor: Mentor, mail: MailSummary, rules: RuleSettings, now: Date): DueItem | null {
  const { lastIn, lastOut } = mail;
  if (!lastIn || (lastOut && lastOut >= lastIn)) return null;
  if (mentor.replyDismissedAt && mentor.replyDismissedAt >= lastIn) return null;
  const since = daysSince(lastIn, now);
  if (since >= rules.replyDropDays) return null;
  const severity: Severity = since >= rules.replyOverdueDays ? 'overdue' : since >= rules.replyDueDays ? 'due' : 'upcoming';
  const ago = since <= 0 ? 'today' : `${plural(since, 'day')} ago`;
  const reason =
    severity === 'upcoming'
      ? `${mentor.name} wrote ${ago}: reply within ${plural(rules.replyDueDays, 'day')}`
      : `${mentor.name} wrote ${ago} and has no reply yet: answer them (or mark "No reply needed")`;
  return {
    id: `reply-owed:${mentor.id}:${lastIn}`,
    kind: 'reply-owed',
    mentorId: mentor.id,
    mentorName: mentor.name,
    dueDate: dayKey(localDay(lastIn)),
    severity,
    reason,
  };
}

/**
 * Awaiting a reply: the user's newest email, not yet answered, `awaitingReplyDays` old. Always
 * quiet (upcoming: no badge, no notification), offered once: an unanswered follow-up is not
 * followed up again, and after `replyDropDays` the check-in takes over. `skip` is true when a
 * letter request follow-up already covers the same silence.
 */
export function awaitingReplyItem(mentor: Mentor, mail: MailSummary, rules: RuleSettings, now: Date, skip = false): DueItem | null {
  const { lastSent, lastOut, prevOut } = mail;
  if (skip || mentor.status !== 'active' || !lastSent || lastSent !== lastOut) return null;
  const answer = lastAnswer(mentor, mail);
  if (answer && answer >= lastSent) return null;
  // A second unanswered email is already the follow-up.
  if (prevOut && (!answer || prevOut > answer)) return null;
  const since = daysSince(lastSent, now);
  if (since < rules.awaitingReplyDays || since >= rules.replyDropDays) return null;
  return {
    id: `awaiting-reply:${mentor.id}:${lastSent}`,
    kind: 'awaiting-reply',
    mentorId: mentor.id,
    mentorName: mentor.name,
    dueDate: dayKey(localDay(lastSent)),
    severity: 'upcoming',
    reason: `No answer from ${mentor.name} to your email of ${plural(since, 'day')} ago: follow up once if it needed an answer`,
  };
}
