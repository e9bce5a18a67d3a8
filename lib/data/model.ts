// The product's records, as stored in IndexedDB and as written in a backup (docs/architecture.md).
// Timestamps are ISO 8601 strings as Date#toISOString writes them (UTC, ending in "Z"), so two
// of them compare as strings; a deadline is a calendar date (YYYY-MM-DD) in the user's zone.

export type Provider = 'gmail' | 'outlook';
export type MentorStatus = 'active' | 'paused' | 'ended';
export const MENTOR_ROLES = ['specialty', 'research', 'personal', 'other'] as const;
export const MENTOR_ROLE_LABELS: Record<(typeof MENTOR_ROLES)[number], string> = {
  specialty: 'Specialty / academic',
  research: 'Research',
  personal: 'Personal and professional development',
  other: 'Other',
};

/** A role as a person reads it; a role from elsewhere (an import) shows as it is. */
export function roleLabel(role: string | undefined): string | undefined {
  return role && (MENTOR_ROLE_LABELS[role as keyof typeof MENTOR_ROLE_LABELS] ?? role);
}

export interface Mentor {
  id: string;
  name: string;
  title?: string;
  /** Lower-cased addresses; the multi-entry index finds a mentor by any of them. */
  emails: string[];
  role?: string;
  cadenceDays: number;
  status: MentorStatus;
  notes?: string;
  createdAt: string;
  /** "They replied": the mentor answered somewhere we cannot see (phone, in person). */
  theyRepliedAt?: string;
  /** "No reply needed": their emails up to this time need no answer. */
  replyDismissedAt?: string;
}

export interface Thread {
  /** `${provider}:${providerThreadId}:${mentorId}`: a thread with two mentors is a row for each. */
  id: string;
  provider: Provider;
  providerThreadId: string;
  subject: string;
  mentorId: string;
  lastMessageAt?: string;
  lastFromMentorAt?: string;
  lastFromMeAt?: string;
  /** The page address the thread was last read on: "Open thread" goes back there. */
  url?: string;
}

export const LETTER_STATUSES = [
  'planned',
  'asked',
  'agreed',
  'declined',
  'materials-sent',
  'submitted',
  'thanked',
  'outcome-shared',
] as const;
type LetterStatus = (typeof LETTER_STATUSES)[number];

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  planned: 'Planned',
  asked: 'Asked',
  agreed: 'Agreed',
  declined: 'Declined',
  'materials-sent': 'Packet sent',
  submitted: 'Submitted',
  thanked: 'Thanked',
  'outcome-shared': 'Outcome shared',
};

/** The packet the advice asks for once a writer agrees (docs/rules.md). */
export const PACKET_ITEMS = {
  cv: 'Updated CV / resume',
  statement: 'Personal statement or draft',
  programDetails: 'Program details and why you want them',
  summary: 'Summary of your work together',
  attributes: 'Attributes to highlight',
  instructions: 'Instructions: deadline, how to submit, waiver',
} as const;
export type PacketItem = keyof typeof PACKET_ITEMS;

export interface LetterRequest {
  id: string;
  mentorId: string;
  purpose: string;
  program: string;
  /** Other programs the same letter serves (the advice: one letter, several programs). */
  programs?: string[];
  deadline: string;
  status: LetterStatus;
  askedAt?: string;
  agreedAt?: string;
  declinedAt?: string;
  /** Set when the user has dealt with a decline (thanked, found another writer). */
  declineHandledAt?: string;
  materialsSentAt?: string;
  remindersSent: number;
  lastReminderAt?: string;
  submittedAt?: string;
  thankedAt?: string;
  /** What happened (interview, acceptance, match), once known: the outcome update is then due. */
  outcome?: string;
  outcomeKnownAt?: string;
  outcomeSharedAt?: string;
  portal?: { name: string; letterId: string };
  materials?: Partial<Record<PacketItem, boolean>>;
  createdAt?: string;
}

export const ACTIVITY_KINDS = [
  'email-sent',
  'email-received',
  'meeting',
  'update',
  'thank-you',
  'reminder',
  'note',
] as const;
type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface Activity {
  /** For mail: derived from provider, message and mentor so a re-visit writes nothing new. */
  id: string;
  mentorId: string;
  kind: ActivityKind;
  at: string;
  threadId?: string;
  text?: string;
}

export interface Goal {
  id: string;
  mentorId: string;
  text: string;
  revisitOn: string;
  done?: boolean;
  createdAt: string;
}

export interface UserTemplate {
  id: string;
  name: string;
  subject: string;
  body: string;
  /** Set when this customises a built-in; removing it restores the built-in. */
  builtinId?: string;
  updatedAt: string;
}

export interface Snooze {
  /** The due item's id. */
  itemId: string;
  until: string;
}
