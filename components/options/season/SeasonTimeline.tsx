// The season drawn: one row per open letter request on a shared time axis, today marked. Each row
// is a link to the letter; its text says what matters, and the drawing is hidden from screen
// readers, who get every date from the table below it.
import { format } from 'date-fns';
import type { ReactNode } from 'react';
import { relativeDays, shortDate } from '@/lib/format/dates';
import { localDay, plusDays } from '@/lib/schedule/dates';
import type { Severity } from '@/lib/schedule';
import type { StepSpan } from '@/lib/schedule/season';
import { routeHash } from '../useHashRoute';
import { positionOf, type Season, type SeasonGroup, type SeasonRow } from './season-model';

export const SEVERITY_WORDS: Record<Severity | 'none', string> = { overdue: 'Overdue', due: 'Due', upcoming: 'Soon', none: 'On track' };

const pct = (n: number) => `${n.toFixed(3)}%`;

export function SeasonTimeline({ season, byMentor, now }: { season: Season; byMentor: boolean; now: Date }) {
  return (
    <div className="season" data-testid="season-timeline">
      <div className="tl-row tl-axis" aria-hidden="true">
        <span className="tl-label" />
        <Track season={season} axis>
          <MonthTicks season={season} />
          <text className="today-label" x={pct(positionOf(season, season.today, true)!)} y={14} dx={4}>
            Today
          </text>
        </Track>
      </div>
      {byMentor ? (
        season.groups.map((g, i) => <MentorGroup key={g.mentor.id} group={g} season={season} now={now} index={i} />)
      ) : (
        <ul className="tl-letters" aria-label="Open letter requests, soonest deadline first">
          {season.rows.map((r) => (
            <LetterRow key={r.letter.id} row={r} season={season} now={now} showWriter />
          ))}
        </ul>
      )}
    </div>
  );
}

function MentorGroup({ group, season, now, index }: { group: SeasonGroup; season: Season; now: Date; index: number }) {
  const { mentor, checkinDay, checkinSeverity } = group;
  // By position: an id of the data may hold spaces, which aria-labelledby would split.
  const headId = `tl-mentor-${index}`;
  const checkinAt = checkinDay ? positionOf(season, checkinDay) : null;
  return (
    <div role="group" aria-labelledby={headId} className="tl-group">
      <div className="tl-row tl-mentor">
        <span className="tl-label">
          <a id={headId} href={routeHash('mentor', mentor.id)}>
            {mentor.name}
          </a>
          <small className={checkinSeverity && checkinSeverity !== 'upcoming' ? `sev sev-${checkinSeverity}` : 'muted'}>
            Last contact {relativeDays(group.lastContact, now)}
            {checkinDay && (checkinSeverity && checkinSeverity !== 'upcoming' ? ' \u00b7 check-in ' + SEVERITY_WORDS[checkinSeverity].toLowerCase() : ` \u00b7 next check-in ${shortDate(checkinDay, now)}`)}
          </small>
        </span>
        <Track season={season}>
          {checkinAt !== null && (
            <circle className={`checkin sev-${checkinSeverity ?? 'none'}`} cx={pct(checkinAt)} cy={22} r={5}>
              <title>Check-in due {shortDate(checkinDay!, now)}</title>
            </circle>
          )}
        </Track>
      </div>
      <ul className="tl-letters" aria-label={`Letter requests with ${mentor.name}`}>
        {group.rows.map((r) => (
          <LetterRow key={r.letter.id} row={r} season={season} now={now} />
        ))}
      </ul>
    </div>
  );
}

function LetterRow({ row, season, now, showWriter }: { row: SeasonRow; season: Season; now: Date; showWriter?: boolean }) {
  const { letter, mentor, plan, history, severity, next } = row;
  const sev = severity ?? 'none';
  const x = (day: string) => positionOf(season, day);
  const deadlineAt = positionOf(season, letter.deadline, true)!;
  // The line runs from the first thing drawn to the deadline.
  const firsts = [plan.ask[0]?.from, plan.reminders[0]?.from, plan.askBy, history[0]?.at].flatMap((d) => (d ? [positionOf(season, d, true)!] : []));
  const lineFrom = Math.min(deadlineAt, ...firsts);
  return (
    <li>
      <a className={`tl-row tl-letter sev-${sev}`} href={routeHash('letter', letter.id)} data-testid="timeline-letter" data-letter-id={letter.id} data-severity={sev}>
        <span className="tl-label">
          <span className="tl-program">{letter.program}</span>
          <small>
            <span className={`sev sev-${sev}`}>{SEVERITY_WORDS[sev]}</span>: {next} &middot; due {shortDate(letter.deadline, now)} ({relativeDays(letter.deadline, now)})
            {showWriter && <> &middot; {mentor.name}</>}
          </small>
        </span>
        <Track season={season}>
          <line className="base" x1={pct(lineFrom)} x2={pct(deadlineAt)} y1={22} y2={22} />
          <Bands spans={plan.ask} season={season} y={9} what="Ask" now={now} />
          <Bands spans={plan.reminders} season={season} y={28} what="Reminder" now={now} />
          {plan.askBy && x(plan.askBy) !== null && (
            <line className="askby" x1={pct(x(plan.askBy)!)} x2={pct(x(plan.askBy)!)} y1={4} y2={40}>
              <title>Ask by {shortDate(plan.askBy, now)}</title>
            </line>
          )}
          {history.map((e) => {
            const at = x(e.at);
            return (
              at !== null && (
                <circle key={e.label} className="event" cx={pct(at)} cy={22} r={4} data-event={e.label}>
                  <title>
                    {e.label} {shortDate(e.at, now)}
                  </title>
                </circle>
              )
            );
          })}
          <svg x={pct(deadlineAt)} y={22} overflow="visible" className="deadline-mark" data-testid="timeline-deadline">
            <rect className={`deadline sev-${sev}`} x={-6} y={-6} width={12} height={12} transform="rotate(45)">
              <title>Deadline {shortDate(letter.deadline, now)}</title>
            </rect>
          </svg>
        </Track>
      </a>
    </li>
  );
}

function Bands({ spans, season, y, what, now }: { spans: StepSpan[]; season: Season; y: number; what: string; now: Date }) {
  return spans.map((s) => {
    const from = positionOf(season, s.from, true)!;
    const to = positionOf(season, dayAfter(s.to), true)!;
    if (to <= from) return null;
    return (
      <rect key={s.from} className={`band sev-${s.severity}`} x={pct(from)} width={pct(to - from)} y={y} height={7} rx={2}>
        <title>
          {what} {SEVERITY_WORDS[s.severity].toLowerCase()} {shortDate(s.from, now)} to {shortDate(s.to, now)}
        </title>
      </rect>
    );
  });
}

/** The drawing area of a row: the shared axis, today's line on top. */
function Track({ season, children, axis }: { season: Season; children?: ReactNode; axis?: boolean }) {
  const today = positionOf(season, season.today, true)!;
  return (
    <svg className="tl-track" aria-hidden="true" focusable="false">
      {children}
      <rect className="today" x={pct(today)} width={2} y={0} height="100%" data-testid={axis ? 'timeline-today' : undefined} data-day={season.today} />
    </svg>
  );
}

function MonthTicks({ season }: { season: Season }) {
  const ticks: { at: number; label: string }[] = [];
  const first = localDay(format(season.start, 'yyyy-MM-01'));
  for (let m = first; ; m = new Date(m.getFullYear(), m.getMonth() + 1, 1)) {
    const at = positionOf(season, format(m, 'yyyy-MM-dd'));
    if (at === null) {
      if (m > season.start) break;
      continue;
    }
    ticks.push({ at, label: format(m, m.getMonth() === 0 || ticks.length === 0 ? 'MMM yyyy' : 'MMM') });
  }
  // Labels closer than this (in percent) would overlap: keep every other one.
  const step = ticks.length > 1 && ticks[1].at - ticks[0].at < 6 ? 2 : 1;
  return ticks.map((t, i) => (
    <g key={t.label + i}>
      <line className="month" x1={pct(t.at)} x2={pct(t.at)} y1={18} y2={44} />
      {i % step === 0 && (
        <text className="month-label" x={pct(t.at)} y={32} dx={3}>
          {t.label}
        </text>
      )}
    </g>
  ));
}

function dayAfter(day: string): string {
  return format(plusDays(localDay(day), 1), 'yyyy-MM-dd');
}
