// Backup: the whole database to one JSON file, a file restored or merged back, and open letter
// requests as a calendar file. Files are made and read inside this page: nothing is uploaded.
import { useState } from 'react';
import { db } from '@/lib/db';
import { backupFileName, exportBackup, importBackup, markBackedUp, serializeBackup, type ImportReport, type ImportTable } from '@/lib/backup';
import { icsFileName, lettersToIcs } from '@/lib/backup/ics';
import { isOpen } from '@/lib/schedule';
import { relativeDays, shortDate } from '@/lib/format';
import { writeThenNotify } from '../notify-background';
import type { ScheduleState } from '../useSchedule';
import { Field } from './Field';

interface Note {
  role: 'status' | 'alert';
  text: string;
}

export function BackupPage({ state }: { state: ScheduleState }) {
  const { data, settings, now } = state;
  // Controls stay enabled while busy (disabling would drop keyboard focus); a second click meanwhile is ignored.
  const [busy, setBusy] = useState(false);
  const [exportNote, setExportNote] = useState<Note | null>(null);
  const [imported, setImported] = useState<{ fileName: string; report: ImportReport } | null>(null);
  const openLetters = data.letters.filter(isOpen).length;

  async function exportNow() {
    if (busy) return;
    setBusy(true);
    try {
      const at = new Date();
      const name = backupFileName(at);
      download(serializeBackup(await exportBackup(db, at)), name, 'application/json');
      await writeThenNotify(() => markBackedUp(db, at));
      setExportNote({ role: 'status', text: `Downloaded ${name}.` });
    } catch (e) {
      setExportNote({ role: 'alert', text: `The backup could not be made: ${message(e)}` });
    } finally {
      setBusy(false);
    }
  }

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared at once so choosing the same file again fires another change.
    input.value = '';
    if (!file || busy) return;
    setBusy(true);
    setImported(null);
    try {
      const run = importBackup(db, await file.text());
      // The worker recomputes the badge after the import, whatever its outcome.
      await writeThenNotify(() => run);
      setImported({ fileName: file.name, report: await run });
    } catch (e) {
      setImported({ fileName: file.name, report: { ok: false, errors: [`The file could not be read: ${message(e)}`] } });
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
      <Field label="Backup file (.json)" hint="Choose a file exported by FollowThrough, on this computer or another">
        {(id, d) => (
          <input
            id={id}
            aria-describedby={d}
            type="file"
            accept="application/json,.json"
            aria-busy={busy}
            onChange={(e) => void importFile(e.currentTarget)}
            data-testid="import-backup"
          />
        )}
      </Field>
      {imported && <ImportOutcome fileName={imported.fileName} report={imported.report} />}

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

const TABLE_LABELS: Record<ImportTable, string> = {
  mentors: 'Mentors',
  threads: 'Email threads',
  letters: 'Letter requests',
  activities: 'Activities',
  goals: 'Goals',
  templates: 'Templates',
  settings: 'Settings',
};

function ImportOutcome({ fileName, report }: { fileName: string; report: ImportReport }) {
  if (!report.ok) {
    return (
      <div role="alert" className="banner" data-testid="import-result">
        <p>
          <strong>{fileName} was not imported. Nothing was changed.</strong>
        </p>
        <ul>
          {report.errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      </div>
    );
  }
  const lines = (Object.keys(TABLE_LABELS) as ImportTable[])
    .map((table) => {
      const added = report.added[table];
      const updated = report.updated[table];
      const parts = [...(added ? [`${added} added`] : []), ...(updated ? [`${updated} updated`] : [])];
      return parts.length ? `${TABLE_LABELS[table]}: ${parts.join(', ')}` : null;
    })
    .filter((line): line is string => line !== null);
  return (
    <div role="status" data-testid="import-result">
      <p>
        <strong>Imported {fileName}.</strong> {lines.length === 0 && 'Nothing new: everything in it was already here.'}
      </p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
        {report.unchanged > 0 && <li>{report.unchanged === 1 ? '1 record was already up to date' : `${report.unchanged} records were already up to date`}</li>}
        {report.merged.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </div>
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
