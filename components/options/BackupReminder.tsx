// A gentle nudge when there is data to lose and no recent backup: the data lives only in this
// browser, so a lost profile or computer would take it all.
import { backupReminderDue } from '@/lib/backup';
import { relativeDays } from '@/lib/format/dates';
import type { ScheduleState } from '../useSchedule';

export function BackupReminder({ state }: { state: ScheduleState }) {
  const { data, settings, now } = state;
  const hasData = data.mentors.length > 0 || data.letters.length > 0;
  if (!backupReminderDue(settings.lastBackupAt, hasData, now)) return null;
  const last = settings.lastBackupAt;
  // An unreadable date counts as no backup, as backupReminderDue reads it.
  const since = last && !Number.isNaN(Date.parse(last)) ? relativeDays(last, now) : null;
  return (
    <p className="banner" data-testid="backup-reminder">
      {since ? `Your last backup was ${since}.` : 'You have never exported a backup.'} Everything lives only in this browser.{' '}
      <a href="#backup">Export a backup</a>
    </p>
  );
}
