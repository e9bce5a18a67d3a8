// All mentors: search, sort, add. A row opens the mentor's page.
import { useState } from 'react';
import { roleLabel } from '@/lib/data/model';
import { addMentor, type MentorValues } from '@/lib/data/mentors';
import { lastContactIn, nextCheckinDay, summarizeHistory } from '@/lib/schedule';
import { dayKey } from '@/lib/schedule/dates';
import { relativeDays, shortDate } from '@/lib/format/dates';
import { writeThenNotify } from '../notify-background';
import type { ScheduleState } from '../useSchedule';
import { MentorForm, draftOf } from './MentorForm';
import { go, routeHash } from './useHashRoute';

type SortKey = 'name' | 'lastContact' | 'nextCheckin';

export function MentorsPage({ state }: { state: ScheduleState }) {
  const { data, settings, now } = state;
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SortKey>('nextCheckin');
  const [adding, setAdding] = useState(data.mentors.length === 0);

  // One pass over the whole history for every mentor's last contact (thousands of mentors).
  const history = summarizeHistory(data.activities, settings, now);
  const rows = data.mentors
    .filter((m) => `${m.name} ${m.emails.join(' ')} ${m.role ?? ''}`.toLowerCase().includes(query.trim().toLowerCase()))
    .map((m) => {
      const last = lastContactIn(history.get(m.id), m, now);
      return { m, last, next: m.status === 'active' ? dayKey(nextCheckinDay(m, last)) : '9999' };
    })
    .sort((a, b) =>
      sort === 'name' ? a.m.name.localeCompare(b.m.name) : sort === 'lastContact' ? b.last.localeCompare(a.last) : a.next.localeCompare(b.next),
    );

  async function add(values: MentorValues) {
    await writeThenNotify(() => addMentor(values, new Date()));
    setAdding(false);
  }

  return (
    <section aria-labelledby="mentors-h">
      <div className="page-head">
        <h1 id="mentors-h">Mentors</h1>
        {!adding && (
          <button className="primary" onClick={() => setAdding(true)} data-testid="add-mentor-button">
            Add mentor
          </button>
        )}
      </div>
      {adding && (
        <MentorForm initial={draftOf(undefined, settings.defaultCadenceDays)} submitLabel="Add mentor" onSubmit={add} onCancel={data.mentors.length ? () => setAdding(false) : undefined} />
      )}
      <div className="toolbar">
        <input type="search" placeholder="Search mentors" aria-label="Search mentors" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label>
          Sort by{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="nextCheckin">Next check-in</option>
            <option value="lastContact">Last contact</option>
            <option value="name">Name</option>
          </select>
        </label>
      </div>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
            <th scope="col">Last contact</th>
            <th scope="col">Next check-in</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ m, last, next }) => (
            <tr key={m.id} data-testid="mentor-row">
              <td>
                <a href={routeHash('mentor', m.id)} onClick={() => go('mentor', m.id)}>
                  {m.name}
                </a>
                {m.status !== 'active' && <span className="tag">{m.status}</span>}
              </td>
              <td>{roleLabel(m.role)}</td>
              <td>{relativeDays(last, now)}</td>
              <td>{m.status === 'active' ? `${shortDate(next, now)} (${relativeDays(next, now)})` : '-'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && !adding && <p className="muted">No mentors match.</p>}
    </section>
  );
}
