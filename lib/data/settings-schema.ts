// The one definition of what a setting may hold, used by the Settings page (lib forms there) and
// by a backup import, so the two can never disagree: whatever the page saves, a backup restores,
// and a backup can never store a value the page would then refuse (which used to block saving
// every other setting). Stored values from before this rule are brought back in bounds on read.
import { z } from 'zod';
import { DEFAULT_SETTINGS, type Settings } from '../schedule/settings';
import { WRITE_WITH } from '../mail/links';

// The extension's content security policy forbids eval: tell zod not to try its compiled fast path.
z.config({ jitless: true });

type NumberKey = { [K in keyof Settings]-?: Settings[K] extends number ? K : never }[keyof Settings];

/** Each number's bounds: where the guidance gives a range, around it (docs/rules.md). */
export const SETTING_BOUNDS: Record<NumberKey, { min: number; max: number }> = {
  defaultCadenceDays: { min: 7, max: 365 },
  upcomingDays: { min: 1, max: 30 },
  askWarnDays: { min: 14, max: 180 },
  askLateDays: { min: 7, max: 120 },
  packetDays: { min: 1, max: 14 },
  reminderDaysBefore: { min: 2, max: 21 },
  // "1 to 2 follow-ups in all, no more": never 0 (no reminder at all) nor a third.
  maxReminders: { min: 1, max: 2 },
  minDaysBetweenReminders: { min: 2, max: 14 },
  thankYouDays: { min: 1, max: 7 },
  agendaDaysBefore: { min: 0, max: 7 },
  outcomeDays: { min: 1, max: 60 },
  // Replies and follow-ups (GUIDANCE: "Replies and follow-ups between the milestones").
  earlyReminderDaysBefore: { min: 10, max: 42 },
  replyDueDays: { min: 1, max: 7 },
  replyOverdueDays: { min: 2, max: 21 },
  replyDropDays: { min: 7, max: 60 },
  askFollowUpDays: { min: 3, max: 21 },
  awaitingReplyDays: { min: 3, max: 30 },
  quietStartHour: { min: 0, max: 23 },
  quietEndHour: { min: 0, max: 23 },
};

const missingOr = (message: string) => (iss: { input?: unknown }) => (iss.input === undefined ? 'is missing' : message);

function bounded(key: NumberKey) {
  const { min, max } = SETTING_BOUNDS[key];
  const message = `must be a whole number from ${min} to ${max}`;
  return z.int({ error: missingOr(message) }).min(min, message).max(max, message);
}

const text = (max: number) =>
  z.string({ error: missingOr('must be text') }).max(max, `is too long (at most ${max} characters)`);

const fields = {
  defaultCadenceDays: bounded('defaultCadenceDays'),
  upcomingDays: bounded('upcomingDays'),
  askWarnDays: bounded('askWarnDays'),
  askLateDays: bounded('askLateDays'),
  packetDays: bounded('packetDays'),
  reminderDaysBefore: bounded('reminderDaysBefore'),
  maxReminders: bounded('maxReminders'),
  minDaysBetweenReminders: bounded('minDaysBetweenReminders'),
  thankYouDays: bounded('thankYouDays'),
  agendaDaysBefore: bounded('agendaDaysBefore'),
  outcomeDays: bounded('outcomeDays'),
  earlyReminderDaysBefore: bounded('earlyReminderDaysBefore'),
  replyDueDays: bounded('replyDueDays'),
  replyOverdueDays: bounded('replyOverdueDays'),
  replyDropDays: bounded('replyDropDays'),
  askFollowUpDays: bounded('askFollowUpDays'),
  awaitingReplyDays: bounded('awaitingReplyDays'),
  userName: text(200),
  userStage: text(200),
  notificationsEnabled: z.boolean({ error: missingOr('must be true or false') }),
  quietStartHour: bounded('quietStartHour'),
  quietEndHour: bounded('quietEndHour'),
  sidebarPlacement: z.enum(['beside', 'inside'], { error: missingOr("must be 'beside' or 'inside'") }),
  writeWith: z.enum(WRITE_WITH, { error: missingOr(`must be one of ${WRITE_WITH.join(', ')}`) }),
  // Stored the one way the product writes instants (toISOString), so they compare as strings.
  lastBackupAt: z.iso
    .datetime({ offset: true, error: missingOr('must be a date and time like 2026-11-22T15:00:00.000Z') })
    .transform((s) => new Date(s).toISOString())
    .optional(),
} satisfies Record<keyof Settings, z.ZodType>;

const LATE_BEFORE_WARN = 'must be fewer days than the ask-ahead figure (askWarnDays)';

/** "Late" must come after "ask now": checked whenever both are known. */
function lateBeforeWarn(s: { askWarnDays?: number; askLateDays?: number }, ctx: z.RefinementCtx) {
  if (s.askWarnDays !== undefined && s.askLateDays !== undefined && s.askLateDays >= s.askWarnDays) {
    ctx.addIssue({ code: 'custom', path: ['askLateDays'], message: LATE_BEFORE_WARN });
  }
}

/** Figures that must come in order: [earlier, later, message on the later]. */
const IN_ORDER: [NumberKey, NumberKey, string][] = [
  ['replyDueDays', 'replyOverdueDays', 'must be more days than a reply is due after (replyDueDays)'],
  ['replyOverdueDays', 'replyDropDays', 'must be more days than a reply is overdue after (replyOverdueDays)'],
  ['reminderDaysBefore', 'earlyReminderDaysBefore', 'must be more days than the final reminder (reminderDaysBefore)'],
];

/** Each pair in IN_ORDER, checked whenever both are known. */
function figuresInOrder(s: Partial<Settings>, ctx: z.RefinementCtx) {
  lateBeforeWarn(s, ctx);
  for (const [before, after, message] of IN_ORDER) {
    const [a, b] = [s[before], s[after]];
    if (a !== undefined && b !== undefined && b <= a) ctx.addIssue({ code: 'custom', path: [after], message });
  }
}

/** Every setting, as the Settings page saves them. */
export const settingsSchema: z.ZodType<Settings> = z.object(fields).superRefine(figuresInOrder);

/** Some settings, as a backup holds them (merged over the stored ones on import). */
export const storedSettingsSchema: z.ZodType<Partial<Settings>> = z
  .object(
    Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]>;
    },
    { error: missingOr('must be an object') },
  )
  .superRefine(figuresInOrder);

/**
 * Stored settings merged over the defaults, each value that is not a valid setting (an older
 * version's import, a hand-edited database) replaced by its default, so one bad value never
 * blocks the Settings page nor reaches the rules.
 */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(stored ?? {})) {
    const field = fields[key as keyof Settings];
    if (field && field.safeParse(value).success) merged[key] = value;
  }
  const settings = merged as unknown as Settings;
  // askWarnDays is at least 14, so this is always a valid askLateDays.
  if (settings.askLateDays >= settings.askWarnDays) settings.askLateDays = Math.min(DEFAULT_SETTINGS.askLateDays, settings.askWarnDays - 1);
  // The later of a pair out of order moves past the earlier; each bound leaves room for that.
  for (const [before, after] of IN_ORDER) {
    if (settings[after] <= settings[before]) settings[after] = Math.max(DEFAULT_SETTINGS[after], settings[before] + 1);
  }
  return settings;
}
