import type { Activity, Goal, LetterRequest, Mentor } from '../data/model';

export type DueKind =
  | 'checkin'
  | 'letter-ask'
  | 'letter-packet'
  | 'letter-reminder'
  | 'letter-thanks'
  | 'letter-outcome'
  | 'letter-find-writer'
  | 'meeting-agenda'
  | 'meeting-thanks'
  | 'goal-revisit'
  | 'reply-owed'
  | 'awaiting-reply'
  | 'letter-ask-followup';

/** upcoming: soon, shown but not counted; due: act now; overdue: past its date. */
export type Severity = 'upcoming' | 'due' | 'overdue';

export interface DueItem {
  /** Stable while the same step is pending, so a notification is raised once per item. */
  id: string;
  kind: DueKind;
  mentorId: string;
  mentorName: string;
  letterId?: string;
  /** Calendar date (YYYY-MM-DD) the step is due. */
  dueDate: string;
  severity: Severity;
  /** One line a person understands. */
  reason: string;
}

export interface ScheduleData {
  mentors: Mentor[];
  letters: LetterRequest[];
  activities: Activity[];
  goals?: Goal[];
}

export const SEVERITY_ORDER: Record<Severity, number> = { overdue: 0, due: 1, upcoming: 2 };
