// "Write" (the suggested message, filled in, in a new compose) and "Open thread" (the last
// conversation) for a mentor or one of their steps: the popup rows and the mentor page.
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { writeLinks, type WriteTarget } from '@/lib/views/write';
import { openLink } from '@/lib/navigation/open-link';

export function WriteActions({ target, onOpened, explain = false }: { target: WriteTarget; onOpened?: () => void; explain?: boolean }) {
  const { mentorId, letterId, kind } = target;
  const links = useLiveQuery(() => writeLinks({ mentorId, letterId, kind }, new Date()), [mentorId, letterId, kind]);
  const [problem, setProblem] = useState('');
  if (!links) return null;
  const { message, threadUrl, mentorName } = links;

  async function open(url: string, copy?: string) {
    try {
      // Copied first, while this page still has the focus the clipboard needs.
      if (copy !== undefined) await navigator.clipboard.writeText(copy);
      await openLink(url);
      onOpened?.();
    } catch (err) {
      setProblem(copy !== undefined ? 'The message could not be copied; nothing was opened.' : err instanceof Error ? err.message : String(err));
    }
  }

  const compose = message?.compose;
  return (
    <>
      {message && compose && (
        <button
          data-testid="write-message"
          aria-label={`Write to ${mentorName}: ${message.templateName}`}
          title={compose.complete ? `${message.templateName}, to ${message.to}` : 'Too long for a link: copies the message, then opens the compose with the subject'}
          onClick={() => void open(compose.url, compose.complete ? undefined : compose.copy)}
        >
          {compose.complete ? 'Write' : 'Copy and write'}
        </button>
      )}
      {threadUrl && (
        <button data-testid="open-thread" aria-label={`Open the last thread with ${mentorName}`} onClick={() => void open(threadUrl)}>
          Open thread
        </button>
      )}
      {explain && compose && !compose.complete && (
        <p className="muted" data-testid="write-too-long">
          &ldquo;{message.templateName}&rdquo; is too long to pass in a link: Write copies it, then opens the compose with the subject. Paste it there.
        </p>
      )}
      {problem && <span role="alert">{problem}</span>}
    </>
  );
}
