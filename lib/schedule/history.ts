// What the rules need of the activity history, found in one pass: each mentor's last contact
// and the few recent activities the meeting rules read. The worker keeps it between recomputes
// and rebuilds it only when activities change, so most recomputes never read the history.
import type { Activity, Mentor } from '../model';
import type { RuleSettings } from './settings';
import { CONTACT_KINDS } from './checkin';
import { meetingHorizon } from './meetings';

export interface HistorySummary {
  /** Each mentor's newest contact at or before the time the summary was built. */
  last: Map<string, string>;
  /** Per mentor, every activity since the meeting horizon, scheduled ones included. */
  recent: Map<string, Activity[]>;
}

/** Valid for `now` and any later time: contacts after it are all in `recent`. */
export function summarizeHistory(activities: readonly Activity[], rules: RuleSettings, now: Date): HistorySummary {
  // Timestamps compare as strings (lib/model.ts): no parsing over a long history.
  const nowIso = now.toISOString();
  const horizon = meetingHorizon(rules, now);
  const last = new Map<string, string>();
  const recent = new Map<string, Activity[]>();
  for (const a of activities) {
    if (CONTACT_KINDS.has(a.kind) && a.at <= nowIso && a.at > (last.get(a.mentorId) ?? '')) last.set(a.mentorId, a.at);
    if (a.at >= horizon) {
      const list = recent.get(a.mentorId);
      if (list) list.push(a);
      else recent.set(a.mentorId, [a]);
    }
  }
  return { last, recent };
}

/** The mentor's last contact as of `now`, counting recent contacts that were still ahead when built. */
export function lastContactIn(history: HistorySummary, mentor: Mentor, nowIso: string): string {
  let best = history.last.get(mentor.id) ?? mentor.createdAt;
  for (const a of history.recent.get(mentor.id) ?? []) {
    if (CONTACT_KINDS.has(a.kind) && a.at <= nowIso && a.at > best) best = a.at;
  }
  return best;
}
