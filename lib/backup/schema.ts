// The backup file, version 1 (docs/architecture.md, "Backup format": a public interface). Every field is typed
// and bounded so a hand-edited or foreign file is refused with a reason instead of corrupting the
// database. Unknown fields are dropped, not refused: a later version may add fields.
import { isAddress, MAX_ADDRESS_LENGTH } from '../mail/address';
import { z } from 'zod';
import {
  ACTIVITY_KINDS,
  LETTER_STATUSES,
  PACKET_ITEMS,
  type Activity,
  type Goal,
  type LetterRequest,
  type Mentor,
  type Thread,
  type UserTemplate,
} from '../data/model';
import type { Settings } from '../schedule/settings';
import { storedSettingsSchema } from '../data/settings-schema';
import { mailUrl } from '../mail/links';

// The extension's content security policy forbids eval: tell zod not to try its compiled fast path.
z.config({ jitless: true });

export const BACKUP_FORMAT = 'followthrough-backup';
export const BACKUP_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  mentors: Mentor[];
  threads: Thread[];
  letters: LetterRequest[];
  activities: Activity[];
  goals: Goal[];
  templates: UserTemplate[];
  settings: Partial<Settings>;
}

/** A schema-level message, except for an absent value, which always reads "is missing". */
const says = (message: string) => (iss: { input?: unknown }) => (iss.input === undefined ? 'is missing' : message);

export const LIMITS = { name: 200, subject: 1000, text: 5000, body: 20000, list: 100, emails: 50 } as const;

/** Text of at most `max` characters; the message gives the length so a huge field is obvious. */
const text = (max: number) =>
  z.string({ error: says('must be text') }).max(max, {
    error: (iss) => `is too long (${String(iss.input).length.toLocaleString('en-US')} characters; at most ${max.toLocaleString('en-US')})`,
  });
const filled = (max: number) => text(max).refine((s) => s.trim() !== '', 'must not be empty');

// Ids are usually UUIDs, but thread and mail-activity ids embed the provider's conversation id,
// and Outlook's run past 100 characters: 1000 still refuses a runaway value.
const id = filled(1000);

const wholeNumber = (min: number, max: number) =>
  z.int({ error: says(`must be a whole number from ${min} to ${max}`) })
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

// Stored the one way the product writes them (toISOString: UTC, "Z"), so they compare as strings.
const timestamp = z.iso
  .datetime({ offset: true, error: says('must be a date and time like 2026-11-22T15:00:00.000Z') })
  .transform((s) => new Date(s).toISOString());
/** A calendar date; z.iso.date also refuses days a month lacks (2027-02-30). */
const calendarDate = z.iso.date({ error: says('must be a date like 2027-01-15') });
const bool = z.boolean({ error: says('must be true or false') });
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: says(`must be one of ${values.join(', ')}`) });

// The one address rule (lib/mail/address.ts): whatever address the mail adapters read and
// stored (non-ASCII, RFC 5322 punctuation such as o'neil+lor@...) must come back from a backup.
const email = z
  .string({ error: says('must be an email address') })
  .trim()
  .toLowerCase()
  .max(MAX_ADDRESS_LENGTH, `must be an email address (at most ${MAX_ADDRESS_LENGTH} characters)`)
  .refine(isAddress, 'must be an email address like name@example.edu');

// `<b`, `</`, `<!`: markup, not a name. "a < b" or "<3" are left alone.
const HTML_MARKUP = /<[a-z!/]/i;

/** A person's name or title; also used by the options page's forms. */
export const personNameSchema = filled(LIMITS.name).refine((s) => !HTML_MARKUP.test(s), 'contains HTML markup');

/**
 * A schema for every field of T: a field added to the model without one fails to compile here,
 * instead of being silently dropped from every restored backup.
 */
type Shape<T> = Record<keyof T, z.ZodType>;

const list = <T extends z.ZodType>(item: T, max: number = LIMITS.list) =>
  z.array(item, { error: says('must be a list') }).max(max, `has more than ${max} entries`);

const mentorSchema: z.ZodType<Mentor> = z.object({
  id,
  name: personNameSchema,
  title: personNameSchema.optional(),
  emails: list(email, LIMITS.emails),
  role: text(LIMITS.name).optional(),
  cadenceDays: wholeNumber(1, 365),
  status: oneOf(['active', 'paused', 'ended']),
  notes: text(LIMITS.text).optional(),
  createdAt: timestamp,
  theyRepliedAt: timestamp.optional(),
  replyDismissedAt: timestamp.optional(),
} satisfies Shape<Mentor>);

const threadSchema: z.ZodType<Thread> = z.object({
  id,
  provider: oneOf(['gmail', 'outlook']),
  providerThreadId: id,
  // A mail subject has no fixed length; only a runaway one is refused.
  subject: text(LIMITS.text),
  mentorId: id,
  lastMessageAt: timestamp.optional(),
  lastFromMentorAt: timestamp.optional(),
  lastFromMeAt: timestamp.optional(),
  // Opened by "Open thread": only an https page of a webmail host is ever restored.
  url: text(LIMITS.text).refine((s) => mailUrl(s) !== undefined, 'must be a Gmail or Outlook page address').optional(),
} satisfies Shape<Thread>);

const ticked = bool.optional();
const materials = z.object({
  cv: ticked,
  statement: ticked,
  programDetails: ticked,
  summary: ticked,
  attributes: ticked,
  instructions: ticked,
} satisfies Shape<typeof PACKET_ITEMS>);

const letterSchema: z.ZodType<LetterRequest> = z.object({
  id,
  mentorId: id,
  purpose: filled(LIMITS.name),
  program: filled(LIMITS.name),
  programs: list(filled(LIMITS.name)).optional(),
  deadline: calendarDate,
  status: oneOf(LETTER_STATUSES),
  askedAt: timestamp.optional(),
  agreedAt: timestamp.optional(),
  declinedAt: timestamp.optional(),
  declineHandledAt: timestamp.optional(),
  materialsSentAt: timestamp.optional(),
  // The rules stop at 2 reminders, but a backup restores what was stored.
  remindersSent: wholeNumber(0, 10),
  lastReminderAt: timestamp.optional(),
  submittedAt: timestamp.optional(),
  thankedAt: timestamp.optional(),
  outcome: text(LIMITS.text).optional(),
  outcomeKnownAt: timestamp.optional(),
  outcomeSharedAt: timestamp.optional(),
  portal: z.object({ name: text(LIMITS.name), letterId: text(LIMITS.name) }, { error: says('must be an object') }).optional(),
  materials: materials.optional(),
  createdAt: timestamp.optional(),
} satisfies Shape<LetterRequest>);

const activitySchema: z.ZodType<Activity> = z.object({
  id,
  mentorId: id,
  kind: oneOf(ACTIVITY_KINDS),
  at: timestamp,
  threadId: id.optional(),
  text: text(LIMITS.text).optional(),
} satisfies Shape<Activity>);

const goalSchema: z.ZodType<Goal> = z.object({
  id,
  mentorId: id,
  text: filled(LIMITS.text),
  revisitOn: calendarDate,
  done: bool.optional(),
  createdAt: timestamp,
} satisfies Shape<Goal>);

export const templateSchema: z.ZodType<UserTemplate> = z.object({
  id,
  name: filled(LIMITS.name),
  subject: text(LIMITS.subject),
  body: text(LIMITS.body),
  builtinId: id.optional(),
  updatedAt: timestamp,
} satisfies Shape<UserTemplate>);

/** The records of a backup; `format` and `version` are checked before this, with their own messages. */
export const backupSchema: z.ZodType<Backup> = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: timestamp,
  mentors: z.array(mentorSchema, { error: says('must be a list') }),
  threads: z.array(threadSchema, { error: says('must be a list') }),
  letters: z.array(letterSchema, { error: says('must be a list') }),
  activities: z.array(activitySchema, { error: says('must be a list') }),
  // Optional: the format's first description had no goals, so a version 1 file without them is still whole.
  goals: z.array(goalSchema, { error: says('must be a list') }).default([]),
  templates: z.array(templateSchema, { error: says('must be a list') }),
  // The Settings page's own schema: a backup holds only what the page could have saved.
  settings: storedSettingsSchema,
});
