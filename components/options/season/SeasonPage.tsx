// The application season at a glance: every open letter request on one timeline, by writer or
// by deadline, and the same as a table.
import { useMemo, useState } from 'react';
import type { ScheduleState } from '../../useSchedule';
import { buildSeason, SEASON_ROW_LIMIT } from './season-model';
import { SeasonTimeline } from './SeasonTimeline';
import { SeasonTable } from './SeasonTable';
import './season.css';

export function SeasonPage({ state }: { state: ScheduleState }) {
  const [byMentor, setByMentor] = useState(true);
  const [all, setAll] = useState(false);
  const season = useMemo(() => buildSeason(state, all ? Infinity : SEASON_ROW_LIMIT), [state, all]);
  const { rows, groups } = season;
  return (
    <section aria-labelledby="season-h">
      <div className="page-head">
        <h1 id="season-h">Season at a glance</h1>
        {rows.length > 0 && (
          <fieldset className="segmented">
            <legend className="visually-hidden">Order</legend>
            <label>
              <input type="radio" name="season-order" checked={byMentor} onChange={() => setByMentor(true)} /> By writer
            </label>
            <label>
              <input type="radio" name="season-order" checked={!byMentor} onChange={() => setByMentor(false)} /> By deadline
            </label>
          </fieldset>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="muted" data-testid="season-empty">
          No open letter requests. <a href="#letters">Add a letter request</a> and its ask-by day, reminder window and deadline will show here.
        </p>
      ) : (
        <>
          <p className="muted">
            {season.open === 1 ? '1 open letter request' : `${season.open} open letter requests`} with{' '}
            {groups.length === 1 ? '1 writer' : `${groups.length} writers`}. Choose a letter to open it.
          </p>
          {season.open > rows.length && (
            <p className="banner" data-testid="season-limited">
              Showing the {rows.length} soonest deadlines of {season.open} open requests.{' '}
              <button onClick={() => setAll(true)}>Show all {season.open}</button>
            </p>
          )}
          <Legend />
          <SeasonTimeline season={season} byMentor={byMentor} now={state.now} />
          <h2 id="season-table-h">Every date, as a table</h2>
          <SeasonTable rows={byMentor ? groups.flatMap((g) => g.rows) : rows} now={state.now} />
        </>
      )}
    </section>
  );
}

function Legend() {
  return (
    <ul className="tl-legend" aria-label="How to read the timeline">
      <li>
        <svg aria-hidden="true" width="14" height="14">
          <rect className="deadline" x="3" y="3" width="8" height="8" transform="rotate(45 7 7)" />
        </svg>
        Deadline
      </li>
      <li>
        <svg aria-hidden="true" width="22" height="14">
          <rect className="band sev-upcoming" x="0" y="3" width="22" height="8" rx="2" />
        </svg>
        Upper band: asking; lower band: reminders (pale when coming up, strong when due, red when late)
      </li>
      <li>
        <svg aria-hidden="true" width="14" height="14">
          <line className="askby" x1="7" x2="7" y1="0" y2="14" />
        </svg>
        Ask-by day
      </li>
      <li>
        <svg aria-hidden="true" width="14" height="14">
          <circle className="event" cx="7" cy="7" r="4" />
        </svg>
        A step done (asked, agreed, packet, reminder, submitted)
      </li>
      <li>
        <svg aria-hidden="true" width="14" height="14">
          <rect className="today" x="6" y="0" width="2" height="14" />
        </svg>
        Today
      </li>
    </ul>
  );
}
