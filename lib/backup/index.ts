// Export and import of the whole database as one JSON file (docs/architecture.md, "Backup format"). An import
// is checked in full before anything is written, then merged by id in one transaction: a file
// imported twice adds nothing, and a failure half-way leaves the database as it was.
import { format } from 'date-fns';
import { saveSettings, type FollowThroughDB } from '../data/db';
import type { Activity, LetterRequest, Mentor, Thread } from '../data/model';
import { daysUntil, latest, localDay } from '../schedule/dates';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './schema';
import { RECORD_TABLES, parseBackup, type RecordTable } from './parse';

export type { Backup };
export { parseBackup, type ParseResult } from './parse';

export type ImportTable = RecordTable | 'settings';
type Counts = Record<ImportTable, number>;

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

/** What a backup holds. Snoozes and notifications are transient state, not the user's data. */
function backupTables(db: FollowThroughDB) {
  return [db.mentors, db.threads, db.letters, db.activities, db.goals, db.templates, db.settings];
}

export async function exportBackup(db: FollowThroughDB, now: Date): Promise<Backup> {
  // One read transaction, so the file is a consistent snapshot.
  return db.transaction('r', backupTables(db), async () => ({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    mentors: await db.mentors.toArray(),
    threads: await db.threads.toArray(),
    letters: await db.letters.toArray(),
    activities: await db.activities.toArray(),
    goals: await db.goals.toArray(),
    templates: await db.templates.toArray(),
    settings: (await db.settings.get('settings'))?.value ?? {},
  }));
}

export function backupFileName(now: Date): string {
  return `followthrough-backup-${format(now, 'yyyy-MM-dd')}.json`;
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** Saves when the user last exported, for the backup reminder. */
export async function markBackedUp(db: FollowThroughDB, now: Date): Promise<void> {
  await saveSettings({ lastBackupAt: now.toISOString() }, db);
}

/** Whether to suggest a backup: there is something to lose and none was made for `days` days. */
export function backupReminderDue(lastBackupAt: string | undefined, hasData: boolean, now: Date, days = 30): boolean {
  if (!hasData) return false;
  const last = lastBackupAt ? localDay(lastBackupAt) : null;
  if (!last || Number.isNaN(last.getTime())) return true;
  return -daysUntil(last, now) >= days;
}

// ---- Writing it -----------------------------------------------------------------------------

/**
 * Validates `text`, then merges it by id in one transaction: a new id is added, a known id is
 * replaced only when it differs, and settings are merged over the stored ones. The clock plays
 * no part in a restore.
 */
export async function importBackup(db: FollowThroughDB, text: string): Promise<ImportReport> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  try {
    return await db.transaction('rw', backupTables(db), async () => {
      const { backup, merged } = await matchMentorsByEmail(db, parsed.backup);
      const added = zeroCounts();
      const updated = zeroCounts();
      let unchanged = 0;
      for (const table of RECORD_TABLES) {
        const rows = lastById<{ id: string }>(backup[table]);
        const store = db.table<{ id: string }, string>(table);
        const stored = await store.bulkGet(rows.map((r) => r.id));
        const changed: { id: string }[] = [];
        rows.forEach((incoming, i) => {
          const before = stored[i];
          const row = table === 'letters' && before ? keepProgress(before as LetterRequest, incoming as LetterRequest) : incoming;
          if (before && sameValue(before, row)) unchanged += 1;
          else {
            (before ? updated : added)[table] += 1;
            changed.push(row);
          }
        });
        await store.bulkPut(changed);
      }
      const row = await db.settings.get('settings');
      // An older file must not make the last backup look older than it is.
      const lastBackupAt = latest([row?.value.lastBackupAt, backup.settings.lastBackupAt]);
      const value = { ...row?.value, ...backup.settings, ...(lastBackupAt ? { lastBackupAt } : {}) };
      if (!row && Object.keys(value).length) added.settings = 1;
      else if (row && !sameValue(row.value, value)) updated.settings = 1;
      else if (row) unchanged += 1;
      if (added.settings || updated.settings) await db.settings.put({ key: 'settings', value });
      return { ok: true as const, added, updated, unchanged, merged };
    });
  } catch (e) {
    return { ok: false, errors: [`The import failed and nothing was changed: ${e instanceof Error ? e.message : String(e)}`] };
  }
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
function keepProgress(stored: LetterRequest, incoming: LetterRequest): LetterRequest {
  const base = PROGRESS[incoming.status] >= PROGRESS[stored.status] ? incoming : stored;
  const lastReminderAt = latest([stored.lastReminderAt, incoming.lastReminderAt]);
  return { ...base, remindersSent: Math.max(stored.remindersSent, incoming.remindersSent), ...(lastReminderAt ? { lastReminderAt } : {}) };
}

function zeroCounts(): Counts {
  return { mentors: 0, threads: 0, letters: 0, activities: 0, goals: 0, templates: 0, settings: 0 };
}

/** After remapping two rows may share an id: the later one wins, as a put would. */
function lastById<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}

/**
 * A file mentor with a new id but an address an existing mentor already has is the same person
 * (e.g. added on two computers): their records move to the existing mentor, who gains any new
 * addresses. Must run inside the import transaction.
 */
async function matchMentorsByEmail(db: FollowThroughDB, file: Backup): Promise<{ backup: Backup; merged: string[] }> {
  const known = await db.mentors.bulkGet(file.mentors.map((m) => m.id));
  let backup = file;
  const merged: string[] = [];
  for (const [i, mentor] of file.mentors.entries()) {
    if (known[i] || mentor.emails.length === 0) continue;
    const [existing] = await db.mentors.where('emails').anyOf(mentor.emails).toArray();
    if (!existing) continue;
    backup = moveToMentor(backup, mentor, existing);
    const shared = mentor.emails.find((e) => existing.emails.includes(e));
    merged.push(`${mentor.name} (${shared}) is already tracked as ${existing.name}: merged into that mentor`);
  }
  return { backup, merged };
}

/** Thread ids are `provider:providerThreadId:mentorId` (model.ts). */
function threadKey(thread: Thread, mentorId: string): string {
  return `${thread.provider}:${thread.providerThreadId}:${mentorId}`;
}

function moveToMentor(backup: Backup, from: Mentor, into: Mentor): Backup {
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
function sameValue(a: unknown, b: unknown): boolean {
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
