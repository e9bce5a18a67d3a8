// What the season view draws, from the live schedule: each open letter request with its plan and
// history, grouped by writer, and the span of days the timeline covers.
import type { LetterRequest, Mentor } from '@/lib/data/model';
import { isOpen, nextCheckinDay, nextStep, summarizeHistory, type Severity } from '@/lib/schedule';
import { lastContactIn } from '@/lib/schedule/contact-summary';
import { dayKey, daysUntil, localDay, plusDays } from '@/lib/schedule/dates';
import { letterHistory, letterPlan, type LetterEvent, type LetterPlan } from '@/lib/schedule/season';
import type { ScheduleState } from '../../useSchedule';

export interface SeasonRow {
  letter: LetterRequest;
  mentor: Mentor;
  plan: LetterPlan;
  history: LetterEvent[];
  /** The most pressing step's severity; undefined when nothing is due soon. */
  severity?: Severity;
  next: string;
}

export interface SeasonGroup {
  mentor: Mentor;
  rows: SeasonRow[];
  lastContact: string;
  /** The day the next check-in falls due (YYYY-MM-DD), for an active mentor. */
  checkinDay?: string;
  checkinSeverity?: Severity;
}

export interface Season {
  /** The open requests drawn, soonest deadline first. */
  rows: SeasonRow[];
  /** How many requests are open in all (more than drawn when over the limit). */
  open: number;
  /** The same, by writer: writers in order of their soonest deadline. */
  groups: SeasonGroup[];
  today: string;
  /** The first day drawn and how many days are drawn. */
  start: Date;
  days: number;
}

/** A month before today at most: older steps are in the table, not the picture. */
const MAX_PAST_DAYS = 35;
const MARGIN_DAYS = 7;

/** A season is a few dozen requests; past this many, the soonest are drawn unless asked for all
 * (each row asks the rules about every day of its window, a few milliseconds a row). */
export const SEASON_ROW_LIMIT = 100;

export function buildSeason({ data, settings, now, items }: ScheduleState, limit = SEASON_ROW_LIMIT): Season {
  const today = localDay(now.toISOString());
  const mentors = new Map(data.mentors.map((m) => [m.id, m]));
  const open = data.letters.filter((l) => isOpen(l) && mentors.has(l.mentorId));
  const rows: SeasonRow[] = open
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.program.localeCompare(b.program))
    .slice(0, limit)
    .flatMap((letter) => {
      const mentor = mentors.get(letter.mentorId);
      if (!mentor) return [];
      // Items come worst first: the first for this letter is its most pressing step.
      const item = items.find((i) => i.letterId === letter.id);
      return [{ letter, mentor, plan: letterPlan(letter, mentor, settings, now), history: letterHistory(letter), severity: item?.severity, next: nextStep(letter, settings) }];
    });

  const writers = new Set(rows.map((r) => r.mentor.id));
  const history = summarizeHistory(data.activities.filter((a) => writers.has(a.mentorId)), settings, now);
  const groups: SeasonGroup[] = [];
  for (const row of rows) {
    const group = groups.find((g) => g.mentor.id === row.mentor.id);
    if (group) {
      group.rows.push(row);
      continue;
    }
    const last = lastContactIn(history.get(row.mentor.id), row.mentor, now);
    const active = row.mentor.status === 'active';
    groups.push({
      mentor: row.mentor,
      rows: [row],
      lastContact: last,
      checkinDay: active ? dayKey(nextCheckinDay(row.mentor, last)) : undefined,
      checkinSeverity: items.find((i) => i.kind === 'checkin' && i.mentorId === row.mentor.id)?.severity,
    });
  }

  // From the earliest thing worth seeing (not long past) to just after the last deadline.
  const days = rows.flatMap((r) => [r.plan.ask[0]?.from, r.plan.reminders[0]?.from, r.plan.askBy, r.history[0]?.at, r.letter.deadline, r.plan.reminders.at(-1)?.to]);
  const known = days.filter((d): d is string => !!d).map((d) => localDay(d)).filter((d) => !Number.isNaN(d.getTime()));
  const earliest = Math.min(plusDays(today, -MARGIN_DAYS).getTime(), ...known.map((d) => d.getTime()));
  const latest = Math.max(plusDays(today, 4 * MARGIN_DAYS).getTime(), ...known.map((d) => d.getTime()));
  const start = new Date(Math.max(earliest, plusDays(today, -MAX_PAST_DAYS).getTime()));
  const end = plusDays(new Date(latest), MARGIN_DAYS);
  return { rows, open: open.length, groups, today: dayKey(today), start: localDay(dayKey(start)), days: daysUntil(end, start) };
}

/** Where a day (YYYY-MM-DD or ISO instant) falls across the timeline, in percent; null outside it. */
export function positionOf(season: Pick<Season, 'start' | 'days'>, day: string, clamp = false): number | null {
  const at = localDay(day);
  if (Number.isNaN(at.getTime())) return null;
  const pct = (daysUntil(at, season.start) / season.days) * 100;
  if (clamp) return Math.min(100, Math.max(0, pct));
  return pct < 0 || pct > 100 ? null : pct;
}
