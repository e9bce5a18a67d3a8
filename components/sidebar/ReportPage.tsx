// "Show us this page": the private skeleton of the view on screen (structure kept, everything
// personal masked), for the user to read and attach to a bug report. Nothing is sent anywhere.
import { useState } from 'react';

export interface ReportPageProps {
  /** The skeleton of the page on screen (lib/mail/skeleton.ts), fetched from its tab. */
  getSkeleton(): Promise<string>;
}

export function ReportPage({ getSkeleton }: ReportPageProps) {
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const build = async () => {
    setStatus('');
    try {
      setText(await getSkeleton());
    } catch (err) {
      setText(null);
      setStatus(err instanceof Error ? err.message : 'This page could not be read.');
    }
  };

  const copy = async (textarea: HTMLTextAreaElement | null) => {
    if (!text) return;
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied. Paste it into your bug report.');
    } catch {
      // Clipboard permission refused: select the text so Ctrl+C copies it.
      textarea?.select();
      setStatus('Select all the text and copy it by hand (Ctrl+C).');
    }
  };

  let area: HTMLTextAreaElement | null = null;
  return (
    <section className="report" aria-label="Report this page">
      <button className="secondary" data-testid="report-page" onClick={() => void build()}>
        Show the page's structure for a bug report
      </button>
      {text !== null && (
        <>
          <p className="muted">
            Every text, name, address, subject and date is replaced by its shape (letters a/A, digits 0). Only the
            page's structure is left. Read it before you share it.
          </p>
          <textarea
            data-testid="report-text"
            readOnly
            rows={8}
            value={text}
            aria-label="Page structure, personal content masked"
            ref={(el) => {
              area = el;
            }}
          />
          <button className="primary" data-testid="report-copy" onClick={() => void copy(area)}>
            Copy
          </button>
        </>
      )}
      {status && (
        <p role="status" className="muted">
          {status}
        </p>
      )}
    </section>
  );
}
