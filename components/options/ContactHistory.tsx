// A mentor's last 12 months of contact, by kind, against their check-in cadence: every contact a
// dot in its kind's lane, every stretch past the cadence with no contact shaded, so a gap shows at
// a glance. The drawing is hidden from screen readers; the summary and table below say the same.
import { format } from 'date-fns';
import { ACTIVITY_KINDS, type Activity, type Mentor } from '@/lib/data/model';
import { shortDate } from '@/lib/format/dates';
import { contactYear, type ContactGap } from '@/lib/schedule/contact-year';
import { daysUntil, localDay, plusDays } from '@/lib/schedule/dates';
import { KIND_LABELS } from './activity-kinds';
import './contact-history.css';

const pct = (n: number) => `${n.toFixed(3)}%`;

export function ContactHistory({ mentor, activities, now }: { mentor: Mentor; activities: Activity[]; now: Date }) {
  const year = contactYear(mentor, activities, now);
  const start = localDay(year.from);
  const span = daysUntil(localDay(year.to), start) + 1;
  const x = (iso: string) => (daysUntil(localDay(iso), start) / span) * 100;
  const kinds = ACTIVITY_KINDS.filter((kind) => year.contacts.some((a) => a.kind === kind));
  const byKind = (kind: Activity['kind']) => year.contacts.filter((a) => a.kind === kind);
  const gapRects = (kind: string) =>
    year.gaps.map((g) => <rect key={`${kind}${g.from}`} className={`gap${g.open ? ' open' : ''}`} x={pct(x(g.from))} width={pct(x(dayAfter(g.to)) - x(g.from))} y={0} height="100%" />);

  return (
    <section aria-labelledby="contact-history-h" data-testid="contact-history" className="contact-history">
      <h2 id="contact-history-h">Contact in the last 12 months</h2>
      <p data-testid="contact-summary">
        {year.contacts.length === 1 ? '1 contact' : `${year.contacts.length} contacts`} since {shortDate(year.from, now)}. You check in every{' '}
        {mentor.cadenceDays} days{mentor.status !== 'active' ? ` (check-ins are ${mentor.status === 'paused' ? 'paused' : 'over'})` : ''}:{' '}
        {gapSentence(year.gaps)}
      </p>
      {kinds.length > 0 && (
        <div className="ch" aria-hidden="true">
          <div className="ch-row ch-axis">
            <span />
            <svg className="ch-track">
              {gapRects('axis')}
              {months(start, span).map((m) => (
                <g key={m.label}>
                  <line className="month" x1={pct(m.at)} x2={pct(m.at)} y1={14} y2={26} />
                  <text className="month-label" x={pct(m.at)} y={22} dx={3}>
                    {m.label}
                  </text>
                </g>
              ))}
            </svg>
          </div>
          {kinds.map((kind) => (
            <div className="ch-row" key={kind}>
              <span className="ch-kind">{KIND_LABELS[kind]}</span>
              <svg className="ch-track">
                {gapRects(kind)}
                {byKind(kind).map((a) => (
                  <circle key={a.id} className="dot" cx={pct(x(a.at))} cy={12} r={4.5} data-testid="contact-dot" data-kind={a.kind}>
                    <title>
                      {KIND_LABELS[kind]} {shortDate(a.at, now)}
                    </title>
                  </circle>
                ))}
              </svg>
            </div>
          ))}
        </div>
      )}
      <table className="list ch-table" data-testid="contact-table">
        <caption className="visually-hidden">Contacts by kind in the last 12 months</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">Contacts</th>
            <th scope="col">Most recent</th>
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind}>
              <th scope="row">{KIND_LABELS[kind]}</th>
              <td>{byKind(kind).length}</td>
              <td>{shortDate(byKind(kind).at(-1)!.at, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {year.gaps.length > 0 && (
        <ul className="ch-gaps" aria-label="Gaps past the cadence" data-testid="contact-gaps">
          {year.gaps.map((g) => (
            <li key={g.from}>
              {g.open
                ? `Since ${shortDate(g.from, now)}: ${g.days} ${g.days === 1 ? 'day' : 'days'} past the check-in, still open`
                : `${shortDate(g.from, now)} to ${shortDate(g.to, now)}: ${g.days} ${g.days === 1 ? 'day' : 'days'} past the check-in`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function gapSentence(gaps: ContactGap[]): string {
  if (gaps.length === 0) return 'no gap past that this year.';
  return `${gaps.length === 1 ? '1 gap' : `${gaps.length} gaps`} past that (shaded), the longest ${Math.max(...gaps.map((g) => g.days))} days.`;
}

function months(start: Date, span: number): { at: number; label: string }[] {
  const out: { at: number; label: string }[] = [];
  for (let m = new Date(start.getFullYear(), start.getMonth() + 1, 1); ; m = new Date(m.getFullYear(), m.getMonth() + 1, 1)) {
    const at = (daysUntil(m, start) / span) * 100;
    if (at > 100) break;
    out.push({ at, label: format(m, m.getMonth() === 0 ? 'MMM yyyy' : 'MMM') });
  }
  return out;
}

function dayAfter(day: string): string {
  return format(plusDays(localDay(day), 1), 'yyyy-MM-dd');
}
