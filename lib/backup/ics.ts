// Open letter requests as an iCalendar file (RFC 5545) for any calendar app: the deadline and the
// next dated step, each an all-day event. UIDs are stable, so importing a newer file updates the
// events instead of duplicating them.
import { format } from 'date-fns';
import type { LetterRequest, Mentor } from '../data/model';
import { localDay, plusDays } from '../schedule/dates';
import { isOpen, nextStep, reminderPlan } from '../schedule/letters';
import type { RuleSettings } from '../schedule/settings';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

interface CalendarEvent {
  uid: string;
  day: Date;
  summary: string;
  description: string;
}

export function icsFileName(now: Date): string {
  return `followthrough-letters-${format(now, 'yyyy-MM-dd')}.ics`;
}

export function lettersToIcs(letters: LetterRequest[], mentors: Mentor[], settings: RuleSettings, now: Date): string {
  const names = new Map(mentors.map((m) => [m.id, m.name]));
  const events = letters
    .filter(isOpen)
    .flatMap((l) => letterEvents(l, names.get(l.mentorId), settings))
    .sort((a, b) => a.day.getTime() - b.day.getTime() || a.uid.localeCompare(b.uid));
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//FollowThrough//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:FollowThrough letters',
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${format(e.day, 'yyyyMMdd')}`,
      `DTEND;VALUE=DATE:${format(plusDays(e.day, 1), 'yyyyMMdd')}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      // A reminder in the calendar, not a busy block.
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

/** The deadline, plus the ask-by day (not yet asked) or the reminder day (agreed, not yet submitted). */
function letterEvents(letter: LetterRequest, mentorName: string | undefined, rules: RuleSettings): CalendarEvent[] {
  const deadline = localDay(letter.deadline);
  const who = mentorName ? ` (${mentorName})` : '';
  const about = [
    `${letter.purpose.charAt(0).toUpperCase()}${letter.purpose.slice(1)} letter${mentorName ? ` from ${mentorName}` : ''} for ${letter.program}`,
    ...(letter.programs?.length ? [`Also for: ${letter.programs.join(', ')}`] : []),
    `Deadline: ${format(deadline, 'MMMM d, yyyy')}`,
    ...(letter.portal ? [`Submitted through ${letter.portal.name} (letter ID ${letter.portal.letterId})`] : []),
    `Next step: ${nextStep(letter, rules)}`,
  ].join('\n');
  const event = (step: string, day: Date, summary: string, why?: string): CalendarEvent => ({
    uid: `${letter.id}-${step}@followthrough`,
    day,
    summary: `${summary}: ${letter.program}${who}`,
    description: why ? `${why}\n${about}` : about,
  });

  const events = [event('deadline', deadline, 'Letter deadline')];
  if (letter.status === 'planned') {
    events.push(event('ask', plusDays(deadline, -rules.askWarnDays), 'Ask for a letter', `Ask by today: ${rules.askWarnDays} days before the deadline gives them time to write.`));
  }
  // The same plan the due items follow (lib/schedule/letters.ts reminderPlan).
  const plan = reminderPlan(letter, rules);
  for (const [i, { phase, day }] of plan.entries()) {
    const n = letter.remindersSent + i + 1;
    const why = `Follow-up ${n} of ${rules.maxReminders}, only if the letter is not yet submitted: polite, offering any help.`;
    const summary = phase === 'early' ? 'Early letter reminder (optional)' : phase === 'final' ? 'Letter reminder' : 'Last letter follow-up (if not submitted)';
    events.push(event(phase === 'early' ? 'reminder-early' : 'reminder', day, summary, why));
  }
  return events;
}

/** RFC 5545 TEXT: backslash, semicolon, comma and line breaks are escaped. */
function escapeText(s: string): string {
  return s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets of UTF-8, never inside a character (RFC 5545 3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Octets(ch.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      parts.push(part);
      // The continuation's leading space counts toward its 75.
      part = ' ';
      octets = 1;
    }
    part += ch;
    octets += size;
  }
  parts.push(part);
  return parts.join(CRLF);
}

function utf8Octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
