// How a backup merges into what is stored, as pure rules: a letter never moves back a step, a
// mentor already here by address absorbs the file's copy, and equal rows count as unchanged.
import type { Activity, LetterRequest, Mentor, Thread } from '../data/model';
import { daysUntil, latest, localDay } from '../schedule/dates';
import type { Backup } from './schema';
import type { RecordTable } from './parse';

export type ImportTable = RecordTable | 'settings';
export type Counts = Record<ImportTable, number>;

export type ImportReport =
  | {
      ok: true;
      added: Counts;
      updated: Counts;
      unchanged: number;
      /** One sentence for each file mentor recognised by email as a mentor already here. */
      merged: string[];
    }
  | { ok: false; errors: string[] };

/** Whether to suggest a backup: there is something to lose and none was made for `days` days. */
export function backupReminderDue(lastBackupAt: string | undefined, hasData: boolean, now: Date, days = 30): boolean {
  if (!hasData) return false;
  const last = lastBackupAt ? localDay(lastBackupAt) : null;
  if (!last || Number.isNaN(last.getTime())) return true;
  return -daysUntil(last, now) >= days;
}

/** How far along a request is; a decline ends it at the same stage as an agreement. */
const PROGRESS: Record<LetterRequest['status'], number> = {
  planned: 0,
  asked: 1,
  agreed: 2,
  declined: 2,
  'materials-sent': 3,
  submitted: 4,
  thanked: 5,
  'outcome-shared': 6,
};

/**
 * An older backup must not move a letter backwards: the further-along version wins, and the
 * reminder count never drops (a lower count would allow a third reminder).
 */
export function keepProgress(stored: LetterRequest, incoming: LetterRequest): LetterRequest {
  const base = PROGRESS[incoming.status] >= PROGRESS[stored.status] ? incoming : stored;
  const lastReminderAt = latest([stored.lastReminderAt, incoming.lastReminderAt]);
  return { ...base, remindersSent: Math.max(stored.remindersSent, incoming.remindersSent), ...(lastReminderAt ? { lastReminderAt } : {}) };
}

export function zeroCounts(): Counts {
  return { mentors: 0, threads: 0, letters: 0, activities: 0, goals: 0, templates: 0, settings: 0 };
}

/** After remapping two rows may share an id: the later one wins, as a put would. */
export function lastById<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}

/** Thread ids are `provider:providerThreadId:mentorId` (model.ts). */
function threadKey(thread: Thread, mentorId: string): string {
  return `${thread.provider}:${thread.providerThreadId}:${mentorId}`;
}

export function moveToMentor(backup: Backup, from: Mentor, into: Mentor): Backup {
  const owned = <T extends { mentorId: string }>(r: T) => r.mentorId === from.id;
  // Rename derived ids too, so a thread recorded on both sides is one row, not two.
  const threadIds = new Map<string, string>();
  const threads = backup.threads.map((t) => {
    if (!owned(t)) return t;
    const id = t.id === threadKey(t, from.id) ? threadKey(t, into.id) : t.id;
    threadIds.set(t.id, id);
    return { ...t, id, mentorId: into.id };
  });
  const activities = backup.activities.map((a): Activity => {
    if (!owned(a)) return a;
    const threadId = a.threadId && threadIds.get(a.threadId);
    if (!a.threadId || !threadId) return { ...a, mentorId: into.id };
    // Mail activity ids are `mail:<threadId>:...` (tracking.ts).
    const prefix = `mail:${a.threadId}:`;
    const id = a.id.startsWith(prefix) ? `mail:${threadId}:${a.id.slice(prefix.length)}` : a.id;
    return { ...a, id, mentorId: into.id, threadId };
  });
  const target = backup.mentors.find((m) => m.id === into.id) ?? into;
  const emails = [...new Set([...target.emails, ...from.emails])];
  return {
    ...backup,
    mentors: [...backup.mentors.filter((m) => m.id !== from.id && m.id !== into.id), { ...target, emails }],
    threads,
    activities,
    letters: backup.letters.map((l) => (owned(l) ? { ...l, mentorId: into.id } : l)),
    goals: backup.goals.map((g) => (owned(g) ? { ...g, mentorId: into.id } : g)),
  };
}

/** Deep equality of stored records; a key holding undefined counts as absent. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = keys(x);
  return kx.length === keys(y).length && kx.every((k) => sameValue(x[k], y[k]));
}

/** Settings from a file over the stored ones; an older file never makes the last backup look older. */
export function mergeSettings(stored: Partial<Backup['settings']> | undefined, incoming: Backup['settings']): Backup['settings'] {
  const lastBackupAt = latest([stored?.lastBackupAt, incoming.lastBackupAt]);
  return { ...stored, ...incoming, ...(lastBackupAt ? { lastBackupAt } : {}) };
}
