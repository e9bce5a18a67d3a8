// One mentor: edit, pause or end gracefully (history kept), log contact, goals, their letters.
import { useState } from 'react';
import { ACTIVITY_KINDS, LETTER_STATUS_LABELS, type Activity, type Mentor, type MentorStatus } from '@/lib/data/model';
import { deleteMentor, updateMentor } from '@/lib/data/mentors';
import { logContact } from '@/lib/data/activities';
import { isOpen, lastContact, nextStep } from '@/lib/schedule';
import { relativeDays, shortDate } from '@/lib/format/dates';
import { writeThenNotify } from '../notify-background';
import type { ScheduleState } from '../useSchedule';
import { MentorForm, draftOf } from './MentorForm';
import { GoalsEditor } from './GoalsEditor';
import { go, routeHash } from './useHashRoute';
import { toDateTimeLocal, fromDateTimeLocal } from '@/lib/format/local-time';
import { failureMessage, useFailure } from '../failure';
import { KIND_LABELS } from './activity-kinds';
import { ContactHistory } from './ContactHistory';
import { MentorWrite } from './MentorWrite';

export function MentorPage({ state, id }: { state: ScheduleState; id: string }) {
  const { data, settings, now, items } = state;
  const [editing, setEditing] = useState(false);
  const { error, run } = useFailure();
  const mentor = data.mentors.find((m) => m.id === id);
  if (!mentor) return <p role="alert">That mentor no longer exists. <a href="#mentors">All mentors</a></p>;
  const history = data.activities.filter((a) => a.mentorId === id).sort((a, b) => b.at.localeCompare(a.at));
  const letters = data.letters.filter((l) => l.mentorId === id).sort((a, b) => a.deadline.localeCompare(b.deadline));
  const due = items.filter((i) => i.mentorId === id);

  const update = (patch: Partial<Mentor>) => writeThenNotify(() => updateMentor(id, patch));
  const setStatus = (status: MentorStatus) => run('The status was not changed', () => update({ status }));
  async function remove() {
    if (!confirm(`Delete ${mentor!.name} and all their letters and history? To keep the history, end the mentorship instead.`)) return;
    await run('Nothing was deleted', async () => {
      await writeThenNotify(() => deleteMentor(id));
      go('mentors');
    });
  }

  return (
    <section aria-labelledby="mentor-h" data-testid="mentor-page">
      <p>
        <a href="#mentors">All mentors</a>
      </p>
      <div className="page-head">
        <h1 id="mentor-h">{mentor.name}</h1>
        <span className="tag">{mentor.status}</span>
      </div>
      <p className="muted">
        {mentor.emails.join(', ')} &middot; last contact {relativeDays(lastContact(mentor, history, now), now)} &middot; every {mentor.cadenceDays} days
      </p>
      {mentor.notes && <p>{mentor.notes}</p>}
      <div className="buttons">
        <button onClick={() => setEditing(!editing)}>{editing ? 'Close editor' : 'Edit'}</button>
        {mentor.status === 'active' && <button onClick={() => setStatus('paused')}>Pause check-ins</button>}
        {mentor.status !== 'active' && <button onClick={() => setStatus('active')}>Resume</button>}
        {mentor.status !== 'ended' && (
          <button onClick={() => setStatus('ended')} title="Stops check-ins and letter reminders; keeps every record">
            End mentorship
          </button>
        )}
        <button className="danger" onClick={remove}>
          Delete
        </button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      <MentorWrite mentorId={id} />
      {editing && (
        <MentorForm
          initial={draftOf(mentor)}
          submitLabel="Save"
          onSubmit={async (values) => {
            await update({ ...values });
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}

      {due.length > 0 && (
        <>
          <h2>Due</h2>
          <ul>
            {due.map((i) => (
              <li key={i.id} className={`due ${i.severity}`}>
                {i.reason}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>Letters</h2>
      {letters.length === 0 && <p className="muted">No letter requests with {mentor.name}.</p>}
      <ul>
        {letters.map((l) => (
          <li key={l.id}>
            <a href={routeHash('letter', l.id)}>{l.program}</a> &middot; due {shortDate(l.deadline, now)} &middot; {isOpen(l) ? nextStep(l, settings) : LETTER_STATUS_LABELS[l.status]}
          </li>
        ))}
      </ul>
      <p>
        <a href={routeHash('new-letter', id)}>New letter request</a>
      </p>

      <GoalsEditor mentorId={id} goals={data.goals?.filter((g) => g.mentorId === id) ?? []} now={now} />

      <ContactHistory mentor={mentor} activities={history} now={now} />

      <h2>History</h2>
      <LogContact mentorId={id} />
      <ul className="history" data-testid="history">
        {history.map((a) => (
          <li key={a.id}>
            <time dateTime={a.at}>{shortDate(a.at, now)}</time> {KIND_LABELS[a.kind]}
            {a.text ? `: ${a.text}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

function LogContact({ mentorId }: { mentorId: string }) {
  const [kind, setKind] = useState<Activity['kind']>('meeting');
  // Local wall-clock time, as the input shows and returns it (not UTC: lib/format/local-time.ts).
  const [when, setWhen] = useState(() => toDateTimeLocal(new Date()));
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const at = fromDateTimeLocal(when);
    if (!at) {
      setError('Pick the date and time of the contact.');
      return;
    }
    try {
      await writeThenNotify(() => logContact(mentorId, kind, at, text.trim() || undefined));
      setText('');
      setError('');
    } catch (err) {
      setError(failureMessage('The contact was not logged', err));
    }
  }
  return (
    <form className="inline-form" onSubmit={submit} aria-label="Log contact">
      <select aria-label="Kind of contact" value={kind} onChange={(e) => setKind(e.target.value as Activity['kind'])}>
        {ACTIVITY_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      <input aria-label="When" type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} />
      <input aria-label="Note" placeholder="What happened (optional)" value={text} onChange={(e) => setText(e.target.value)} maxLength={5000} />
      <button type="submit">Log</button>
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}
