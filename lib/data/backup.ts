// Export and import of the whole database as one JSON file (docs/architecture.md, "Backup format"). An import
// is checked in full before anything is written, then merged by id in one transaction: a file
// imported twice adds nothing, and a failure half-way leaves the database as it was. The format
// and the merge rules are lib/backup/'s; this is where they meet the tables.
import { db as defaultDb, saveSettings, type FollowThroughDB } from './db';
import type { LetterRequest } from './model';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../backup/schema';
import { RECORD_TABLES, parseBackup } from '../backup/parse';
import { keepProgress, lastById, mergeSettings, moveToMentor, sameValue, zeroCounts, type ImportReport } from '../backup/merge';

/** What a backup holds. Snoozes and notifications are transient state, not the user's data. */
function backupTables(db: FollowThroughDB) {
  return [db.mentors, db.threads, db.letters, db.activities, db.goals, db.templates, db.settings];
}

export async function exportBackup(now: Date, db: FollowThroughDB = defaultDb): Promise<Backup> {
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

/** Saves when the user last exported, for the backup reminder. */
export async function markBackedUp(now: Date, db: FollowThroughDB = defaultDb): Promise<void> {
  await saveSettings({ lastBackupAt: now.toISOString() }, db);
}

/**
 * Validates `text`, then merges it by id in one transaction: a new id is added, a known id is
 * replaced only when it differs, and settings are merged over the stored ones. The clock plays
 * no part in a restore.
 */
export async function importBackup(text: string, db: FollowThroughDB = defaultDb): Promise<ImportReport> {
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
      const value = mergeSettings(row?.value, backup.settings);
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

