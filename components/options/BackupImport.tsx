// Choosing a backup file to restore or merge, and what the import did: on the Backup page and on
// the welcome page. The file is read inside the page; nothing is uploaded.
import { useState } from 'react';
import type { ImportReport, ImportTable } from '@/lib/backup';
import { importBackup } from '@/lib/data/backup';
import { writeThenNotify } from '../notify-background';
import { Field } from './Field';

export function BackupImport() {
  // The input stays enabled while busy (disabling would drop keyboard focus); a change meanwhile is ignored.
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState<{ fileName: string; report: ImportReport } | null>(null);

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared at once so choosing the same file again fires another change.
    input.value = '';
    if (!file || busy) return;
    setBusy(true);
    setImported(null);
    try {
      const run = importBackup(await file.text());
      // The worker recomputes the badge after the import, whatever its outcome.
      await writeThenNotify(() => run);
      setImported({ fileName: file.name, report: await run });
    } catch (e) {
      setImported({ fileName: file.name, report: { ok: false, errors: [`The file could not be read: ${e instanceof Error ? e.message : String(e)}`] } });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
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
    </>
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
