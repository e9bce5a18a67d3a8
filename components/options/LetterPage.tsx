// One letter request through its whole life: the steps, the packet checklist, reminders sent
// (never more than the cap), the outcome; details editable.
import { useState } from 'react';
import { LETTER_STATUS_LABELS, PACKET_ITEMS, type LetterRequest, type PacketItem } from '@/lib/data/model';
import { isOpen, nextStep } from '@/lib/schedule';
import { ACTION_LABELS, letterActions } from '@/lib/schedule/letter-actions';
import { deleteLetter, performLetterAction, updateLetter } from '@/lib/data/letters';
import { relativeDays, shortDate } from '@/lib/format/dates';
import { writeThenNotify } from '../notify-background';
import type { ScheduleState } from '../useSchedule';
import { LetterForm, letterDraft } from './LetterForm';
import { go, routeHash } from './useHashRoute';
import { useFailure } from '../failure';

const STEPS: { label: string; at: keyof LetterRequest }[] = [
  { label: 'Asked', at: 'askedAt' },
  { label: 'Agreed', at: 'agreedAt' },
  { label: 'Declined', at: 'declinedAt' },
  { label: 'Packet sent', at: 'materialsSentAt' },
  { label: 'Last reminder', at: 'lastReminderAt' },
  { label: 'Submitted', at: 'submittedAt' },
  { label: 'Thanked', at: 'thankedAt' },
  { label: 'Outcome shared', at: 'outcomeSharedAt' },
];

export function LetterPage({ state, id }: { state: ScheduleState; id: string }) {
  const { data, settings, now, items } = state;
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [outcomeError, setOutcomeError] = useState('');
  const { error, run } = useFailure();
  const letter = data.letters.find((l) => l.id === id);
  if (!letter) return <p role="alert">That letter request no longer exists. <a href="#letters">All letters</a></p>;
  const mentor = data.mentors.find((m) => m.id === letter.mentorId);
  const update = (patch: Partial<LetterRequest>) => writeThenNotify(() => updateLetter(id, patch));
  const due = items.filter((i) => i.letterId === id);

  return (
    <section aria-labelledby="letter-h" data-testid="letter-page">
      <p>
        <a href="#letters">All letters</a>
      </p>
      <div className="page-head">
        <h1 id="letter-h">{letter.program}</h1>
        <span className="tag" data-testid="letter-status" data-status={letter.status}>
          {LETTER_STATUS_LABELS[letter.status]}
        </span>
      </div>
      <p className="muted">
        {letter.purpose} letter from <a href={routeHash('mentor', letter.mentorId)}>{mentor?.name ?? 'an unknown mentor'}</a> &middot; due{' '}
        {shortDate(letter.deadline, now)} ({relativeDays(letter.deadline, now)})
        {letter.portal && ` \u00b7 via ${letter.portal.name}${letter.portal.letterId ? ` (ID ${letter.portal.letterId})` : ''}`}
      </p>
      {letter.programs?.length ? <p>Also for: {letter.programs.join(', ')}</p> : null}
      <p>
        <strong>Next:</strong> <span data-testid="letter-next">{isOpen(letter) ? nextStep(letter, settings) : 'Done'}</span>
      </p>
      {due.map((i) => (
        <p key={i.id} className={`due ${i.severity}`}>
          {i.reason}
        </p>
      ))}
      <div className="buttons" data-testid="letter-actions">
        {letterActions(letter, settings, now).map((action) => (
          <button key={action} onClick={() => run(`"${ACTION_LABELS[action]}" was not recorded`, () => writeThenNotify(() => performLetterAction(id, action, new Date())))}>
            {ACTION_LABELS[action]}
          </button>
        ))}
        <button onClick={() => setEditing(!editing)}>{editing ? 'Close editor' : 'Edit details'}</button>
        <button
          className="danger"
          onClick={() => {
            if (!confirm('Delete this letter request?')) return;
            void run('The letter request was not deleted', async () => {
              await writeThenNotify(() => deleteLetter(id));
              go('letters');
            });
          }}
        >
          Delete
        </button>
      </div>
      {error && (
        <p role="alert" className="error" data-testid="letter-error">
          {error}
        </p>
      )}
      {editing && (
        <LetterForm
          initial={letterDraft(letter)}
          mentors={data.mentors}
          submitLabel="Save"
          onSubmit={async (v) => {
            await update(v);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}

      <h2>Reminders</h2>
      <p data-testid="reminders-sent">
        {letter.remindersSent} of {settings.maxReminders} sent
        {letter.remindersSent >= settings.maxReminders && ': that is enough; FollowThrough will not suggest another.'}
      </p>

      <h2>Packet</h2>
      <ul className="checklist">
        {(Object.keys(PACKET_ITEMS) as PacketItem[]).map((key) => (
          <li key={key}>
            <label>
              <input
                type="checkbox"
                checked={Boolean(letter.materials?.[key])}
                onChange={(e) => run('The checklist was not saved', () => update({ materials: { ...letter.materials, [key]: e.target.checked } }))}
              />{' '}
              {PACKET_ITEMS[key]}
            </label>
          </li>
        ))}
      </ul>

      {(letter.status === 'submitted' || letter.status === 'thanked') && (
        <form
          className="inline-form"
          aria-label="Record the outcome"
          onSubmit={(e) => {
            e.preventDefault();
            if (!outcome.trim()) {
              setOutcomeError('Write the outcome first (an interview, an acceptance, a match...).');
              return;
            }
            setOutcomeError('');
            void run('The outcome was not saved', () => update({ outcome: outcome.trim(), outcomeKnownAt: new Date().toISOString() }));
          }}
        >
          <input aria-label="Outcome" placeholder={letter.outcome ?? 'Interview, acceptance, match...'} value={outcome} onChange={(e) => setOutcome(e.target.value)} maxLength={500} />
          <button type="submit">Record outcome</button>
          {outcomeError && <p role="alert" className="error">{outcomeError}</p>}
        </form>
      )}

      <h2>Timeline</h2>
      <ol className="timeline">
        {STEPS.filter((s) => letter[s.at]).map((s) => (
          <li key={s.label}>
            {s.label}: {shortDate(String(letter[s.at]), now)}
          </li>
        ))}
      </ol>
    </section>
  );
}
