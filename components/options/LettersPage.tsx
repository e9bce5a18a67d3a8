// Every letter request, soonest deadline first; search, filter open or all, add a new one.
import { useState } from 'react';
import { addLetter, type LetterValues } from '@/lib/data/letters';
import { isOpen, nextStep } from '@/lib/schedule';
import { LETTER_STATUS_LABELS } from '@/lib/data/model';
import { relativeDays, shortDate } from '@/lib/format/dates';
import { writeThenNotify } from '../notify-background';
import type { ScheduleState } from '../useSchedule';
import { LetterForm, letterDraft } from './LetterForm';
import { go, routeHash } from './useHashRoute';

export function LettersPage({ state, newFor }: { state: ScheduleState; newFor?: string }) {
  const { data, settings, now, items } = state;
  const [adding, setAdding] = useState(newFor !== undefined);
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const mentors = new Map(data.mentors.map((m) => [m.id, m]));
  const q = query.trim().toLowerCase();
  const rows = data.letters
    .filter((l) => showAll || isOpen(l))
    .filter((l) => `${l.program} ${l.purpose} ${mentors.get(l.mentorId)?.name ?? ''}`.toLowerCase().includes(q))
    .sort((a, b) => a.deadline.localeCompare(b.deadline));

  async function add(values: LetterValues) {
    const { id } = await writeThenNotify(() => addLetter(values, new Date()));
    setAdding(false);
    go('letter', id);
  }

  return (
    <section aria-labelledby="letters-h">
      <div className="page-head">
        <h1 id="letters-h">Letters of recommendation</h1>
        {!adding && (
          <button className="primary" onClick={() => setAdding(true)} disabled={data.mentors.length === 0} data-testid="add-letter-button">
            New letter request
          </button>
        )}
      </div>
      {data.mentors.length === 0 && <p className="muted">Add a mentor first: every letter has a writer.</p>}
      {adding && (
        <LetterForm initial={letterDraft({ mentorId: newFor })} mentors={data.mentors.filter((m) => m.status !== 'ended')} submitLabel="Add request" onSubmit={add} onCancel={() => setAdding(false)} />
      )}
      <div className="toolbar">
        <input type="search" placeholder="Search letters" aria-label="Search letters" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label>
          <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} /> Show finished requests
        </label>
      </div>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Program</th>
            <th scope="col">Writer</th>
            <th scope="col">Deadline</th>
            <th scope="col">Next step</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((l) => {
            const item = items.find((i) => i.letterId === l.id);
            return (
              <tr key={l.id} data-testid="letter-row" className={item?.severity}>
                <td>
                  <a href={routeHash('letter', l.id)}>{l.program}</a>
                </td>
                <td>{mentors.get(l.mentorId)?.name}</td>
                <td>
                  {shortDate(l.deadline, now)} <span className="muted">({relativeDays(l.deadline, now)})</span>
                </td>
                <td>{isOpen(l) ? nextStep(l, settings) : LETTER_STATUS_LABELS[l.status]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p className="muted">No letter requests{q ? ' match' : ' open'}.</p>}
    </section>
  );
}
