// Backup: the whole database to one JSON file, a file restored or merged back, and open letter
// requests as a calendar file. Files are made and read inside this page: nothing is uploaded.
import { useState } from 'react';
import { backupFileName, serializeBackup } from '@/lib/backup';
import { exportBackup, markBackedUp } from '@/lib/data/backup';
import { icsFileName, lettersToIcs } from '@/lib/backup/ics';
import { isOpen } from '@/lib/schedule';
import { relativeDays, shortDate } from '@/lib/format/dates';
import { writeThenNotify } from '../notify-background';
import type { ScheduleState } from '../useSchedule';
import { BackupImport } from './BackupImport';

interface Note {
  role: 'status' | 'alert';
  text: string;
}

export function BackupPage({ state }: { state: ScheduleState }) {
  const { data, settings, now } = state;
  // The button stays enabled while busy (disabling would drop keyboard focus); a second click meanwhile is ignored.
  const [busy, setBusy] = useState(false);
  const [exportNote, setExportNote] = useState<Note | null>(null);
  const openLetters = data.letters.filter(isOpen).length;

  async function exportNow() {
    if (busy) return;
    setBusy(true);
    try {
      const at = new Date();
      const name = backupFileName(at);
      download(serializeBackup(await exportBackup(at)), name, 'application/json');
      await writeThenNotify(() => markBackedUp(at));
      setExportNote({ role: 'status', text: `Downloaded ${name}.` });
    } catch (e) {
      setExportNote({ role: 'alert', text: `The backup could not be made: ${message(e)}` });
    } finally {
      setBusy(false);
    }
  }

  function exportCalendar() {
    const at = new Date();
    download(lettersToIcs(data.letters, data.mentors, settings, at), icsFileName(at), 'text/calendar');
  }

  return (
    <section aria-labelledby="backup-h">
      <h1 id="backup-h">Backup</h1>
      <p>
        A backup is one file with your mentors, email threads, letter requests, activity history, goals, your own templates and your settings.
        It is made and read in this browser: nothing leaves your computer.
      </p>

      <h2>Export</h2>
      <p className="muted" data-testid="last-backup">
        {settings.lastBackupAt ? `Last backup: ${shortDate(settings.lastBackupAt, now)} (${relativeDays(settings.lastBackupAt, now)}).` : 'You have not exported a backup yet.'}
      </p>
      <div className="buttons">
        <button className="primary" onClick={exportNow} aria-busy={busy} data-testid="export-backup">
          Export backup
        </button>
        {exportNote && <span role={exportNote.role}>{exportNote.text}</span>}
      </div>

      <h2>Restore or merge a backup</h2>
      <p>
        An import merges: records are matched by id, and mentors also by email address, so nothing is duplicated, even when the same file is
        imported twice. Nothing is deleted. The whole file is checked first: if any record is wrong, nothing at all is imported.
      </p>
      <BackupImport />

      <h2>Calendar</h2>
      <p>
        Open letter requests as all-day events (each deadline, and the day to ask or to remind) for any calendar app. Importing a newer file
        updates the events instead of duplicating them. <span className="muted">{openLetters === 1 ? '1 open request.' : `${openLetters} open requests.`}</span>
      </p>
      <div className="buttons">
        <button onClick={exportCalendar} data-testid="export-ics">
          Export calendar (.ics)
        </button>
      </div>
    </section>
  );
}

/** Saves `text` as a file through a temporary Blob URL: no network, no downloads permission. */
function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Not revoked at once: some browsers still read the blob after click() returns (FileSaver.js waits 40 s).
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
