// What the rules need of the activity history, kept per mentor: the newest contact and the few
// recent activities the meeting rules read. Each mentor's part depends on that mentor's
// activities only, so the worker rebuilds one mentor after a write about them and the whole map
// only when it reads everything. A new rule that needs more of a mentor's history adds a field
// here, computed in summarizeMentor; the worker keeps it current with no other change.
import type { Activity, Mentor } from '../data/model';
import type { RuleSettings } from './settings';
import { lastContact, newestContact } from './checkin';
import { meetingHorizon } from './meetings';
import { summarizeMail, type MailSummary } from './replies';

export interface MentorHistory {
  /** The newest contact at or before the time the summary was built (newestContact()). */
  last?: Activity;
  /** Every activity since the meeting horizon, future ones included. */
  recent: Activity[];
  /** The newest emails each way (the reply rules). */
  mail: MailSummary;
}

/** Per mentor id; a mentor with no activity has no entry. */
export type HistorySummary = Map<string, MentorHistory>;

/** One mentor's part, valid for `now` and any later time: contacts after it are all in `recent`. */
export function summarizeMentor(activities: readonly Activity[], rules: RuleSettings, now: Date): MentorHistory {
  // Timestamps compare as strings (lib/data/model.ts): no parsing over a long history.
  const horizon = meetingHorizon(rules, now);
  return { last: newestContact(activities, now.toISOString()), recent: activities.filter((a) => a.at >= horizon), mail: summarizeMail(activities) };
}

/** Every mentor's part, in one pass over the history. */
export function summarizeHistory(activities: readonly Activity[], rules: RuleSettings, now: Date): HistorySummary {
  const byMentor = new Map<string, Activity[]>();
  for (const a of activities) {
    const list = byMentor.get(a.mentorId);
    if (list) list.push(a);
    else byMentor.set(a.mentorId, [a]);
  }
  const summary: HistorySummary = new Map();
  for (const [id, list] of byMentor) summary.set(id, summarizeMentor(list, rules, now));
  return summary;
}

/** The mentor's last contact as of `now` (lastContact()), from the summary's candidates: the
 * newest contact when it was built and the recent ones, which may have been ahead then. */
export function lastContactIn(history: Pick<MentorHistory, 'last' | 'recent'> | undefined, mentor: Mentor, now: Date): string {
  if (!history) return mentor.createdAt;
  return lastContact(mentor, history.last ? [history.last, ...history.recent] : history.recent, now);
}
