// The season as a table: every date the timeline draws, in words, in the same order. It is the
// timeline's equivalent for screen readers, and handy for anyone who wants exact dates.
import { LETTER_STATUS_LABELS } from '@/lib/data/model';
import { relativeDays, shortDate } from '@/lib/format/dates';
import type { StepSpan } from '@/lib/schedule/season';
import { routeHash } from '../useHashRoute';
import type { SeasonRow } from './season-model';
import { SEVERITY_WORDS } from './SeasonTimeline';

export function SeasonTable({ rows, now }: { rows: SeasonRow[]; now: Date }) {
  return (
    <table className="list season-table" data-testid="season-table">
      <caption className="visually-hidden">Open letter requests, with the dates of each step</caption>
      <thead>
        <tr>
          <th scope="col">Program</th>
          <th scope="col">Writer</th>
          <th scope="col">Deadline</th>
          <th scope="col">Ask by</th>
          <th scope="col">Reminder window</th>
          <th scope="col">What happened</th>
          <th scope="col">Now</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ letter, mentor, plan, history, severity, next }) => (
          <tr key={letter.id} data-testid="season-table-row">
            <th scope="row">
              <a href={routeHash('letter', letter.id)}>{letter.program}</a>
            </th>
            <td>{mentor.name}</td>
            <td>
              {shortDate(letter.deadline, now)} <span className="muted">({relativeDays(letter.deadline, now)})</span>
            </td>
            <td>{plan.askBy ? shortDate(plan.askBy, now) : 'None'}</td>
            <td>{windowText(plan.reminders, now)}</td>
            <td>{history.length ? history.map((e) => `${e.label} ${shortDate(e.at, now)}`).join(', ') : LETTER_STATUS_LABELS[letter.status]}</td>
            <td>
              <span className={`sev sev-${severity ?? 'none'}`}>{SEVERITY_WORDS[severity ?? 'none']}</span>: {next}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Dec 6 to Dec 20, due from Dec 13", from the reminder spans. */
function windowText(spans: StepSpan[], now: Date): string {
  if (spans.length === 0) return 'None';
  const due = spans.find((s) => s.severity !== 'upcoming');
  const range = `${shortDate(spans[0].from, now)} to ${shortDate(spans.at(-1)!.to, now)}`;
  return due && due !== spans[0] ? `${range}, due from ${shortDate(due.from, now)}` : range;
}
