// "Write" on a due item: the background opens a new compose with the suggested message filled in
// (or, when it is too long for a link or no message is due, the mentor's page in options).
import { useState } from 'react';
import { send } from '@/lib/messaging/protocol';
import type { DueItem } from '@/lib/schedule/types';

const NOTES = {
  compose: '',
  'too-long': 'Too long for a link: copy it from the mentor page that opened.',
  'no-message': 'No message is due for this step now; the mentor page opened.',
} as const;

export function WriteDue({ item }: { item: DueItem }) {
  const [note, setNote] = useState('');
  // Finding another writer is a message to someone else.
  if (item.kind === 'letter-find-writer') return null;
  const write = () =>
    send({ type: 'write', mentorId: item.mentorId, letterId: item.letterId, kind: item.kind }).then(
      (opened) => setNote(NOTES[opened]),
      (err: Error) => setNote(err.message),
    );
  return (
    <>
      {' '}
      <button className="secondary" data-testid="write-message" onClick={() => void write()}>
        Write
      </button>
      {note && <span role="status"> {note}</span>}
    </>
  );
}
