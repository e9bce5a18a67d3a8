// Every figure of the rules, named once; docs/rules.md gives each one's source. Where two pieces
// of advice differ the stricter one is the default and the other is a setting away. The bounds of
// each are in lib/data/settings-schema.ts.
import type { WriteWith } from '../mail/links';

export interface RuleSettings {
  /** "At least once a month" vs "every 1 to 3 months": 30 days, settable per mentor. */
  defaultCadenceDays: number;
  /** A check-in shows as upcoming this many days before it is due. */
  upcomingDays: number;
  /** "Ideally 6 to 8 weeks" vs "at least 4 to 6": warn when fewer than 6 weeks remain... */
  askWarnDays: number;
  /** ...and call it late under 4 weeks. */
  askLateDays: number;
  /** Send the packet "promptly" once they agree: overdue after this many days. */
  packetDays: number;
  /** "One polite reminder about a week before the deadline." */
  reminderDaysBefore: number;
  /** "Follow up 1 to 2 times in all, no more." */
  maxReminders: number;
  /** Never two reminders within a few days. */
  minDaysBetweenReminders: number;
  /** "A short thank-you within a day or two" (meetings) and after a letter is submitted. */
  thankYouDays: number;
  /** Send a meeting agenda: due this many days before the meeting. */
  agendaDaysBefore: number;
  /** A reported outcome should reach the mentor within this many days. */
  outcomeDays: number;
  /** When two follow-ups are possible, the optional early one: "about three weeks before". */
  earlyReminderDaysBefore: number;
  /** A mentor's email: a reply is due this many days after it... */
  replyDueDays: number;
  /** ...overdue after this many... */
  replyOverdueDays: number;
  /** ...and dropped after this many, when the check-in cadence takes over. */
  replyDropDays: number;
  /** A letter request with no answer: one polite follow-up after this many days. */
  askFollowUpDays: number;
  /** Any other email with no answer: a quiet suggestion to follow up after this many days. */
  awaitingReplyDays: number;
}

interface UserProfile {
  userName: string;
  /** Premed, medical student, resident, fellow. */
  userStage: string;
}

interface NotificationSettings {
  notificationsEnabled: boolean;
  /** Hours (0-23) between which no notification is raised; equal means none. */
  quietStartHour: number;
  quietEndHour: number;
}

export interface DisplaySettings {
  /** The sidebar in the browser's side panel beside the mail, or inside the page (an iframe the
   * page cannot read). Browsers without a side panel always use the page. */
  sidebarPlacement: 'beside' | 'inside';
}

export interface WriteSettings {
  /** Which compose a "Write" button opens: the webmail of the mentor's last thread ('auto'), a
   * fixed webmail, or the user's mail app through mailto:. */
  writeWith: WriteWith;
}

export type Settings = RuleSettings & UserProfile & NotificationSettings & DisplaySettings & WriteSettings & { lastBackupAt?: string };

export const DEFAULT_RULES: RuleSettings = {
  defaultCadenceDays: 30,
  upcomingDays: 7,
  askWarnDays: 42,
  askLateDays: 28,
  packetDays: 3,
  reminderDaysBefore: 7,
  maxReminders: 2,
  minDaysBetweenReminders: 4,
  thankYouDays: 2,
  agendaDaysBefore: 1,
  outcomeDays: 7,
  earlyReminderDaysBefore: 21,
  replyDueDays: 2,
  replyOverdueDays: 5,
  replyDropDays: 14,
  askFollowUpDays: 7,
  awaitingReplyDays: 7,
};

export const DEFAULT_SETTINGS: Settings = {
  ...DEFAULT_RULES,
  userName: '',
  userStage: 'medical student',
  notificationsEnabled: true,
  quietStartHour: 22,
  quietEndHour: 7,
  sidebarPlacement: 'beside',
  writeWith: 'auto',
};
