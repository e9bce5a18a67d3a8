// The backup file: its format (schema.ts), how it is read (parse.ts) and merged (merge.ts), and a
// calendar export (ics.ts), all pure. The database side of export and import is lib/data/backup.ts.
import { format } from 'date-fns';
import type { Backup } from './schema';

export type { Backup };
export { parseBackup, type ParseResult } from './parse';
export { backupReminderDue, type ImportReport, type ImportTable } from './merge';

export function backupFileName(now: Date): string {
  return `followthrough-backup-${format(now, 'yyyy-MM-dd')}.json`;
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

