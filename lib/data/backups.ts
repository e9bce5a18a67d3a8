// The backup page's reads and writes on the extension's database; lib/backup does the work on
// whichever database it is given.
import { db as defaultDb, type FollowThroughDB } from './db';
import { exportBackup, importBackup, markBackedUp, type Backup, type ImportReport } from '../backup';

/** Every record as one backup, read in one transaction. */
export async function readBackup(now: Date, db: FollowThroughDB = defaultDb): Promise<Backup> {
  return exportBackup(db, now);
}

/** When the user last exported, for the backup reminder. */
export async function markBackupExported(now: Date, db: FollowThroughDB = defaultDb): Promise<void> {
  await markBackedUp(db, now);
}

/** Checks the whole file, then merges it; a refused file is a report, not a throw. */
export async function importBackupText(text: string, db: FollowThroughDB = defaultDb): Promise<ImportReport> {
  return importBackup(db, text);
}
