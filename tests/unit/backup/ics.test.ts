// The calendar file: read back with a tiny RFC 5545 reader (unfold, split name;params:value).
import { describe, expect, it } from 'vitest';
import { icsFileName, lettersToIcs } from '@/lib/backup/ics';
import type { LetterRequest } from '@/lib/data/model';
import { at, letter, mentor, rules } from '../factories';

interface Property {
  params: string[];
  value: string;
}
type Component = Record<string, Property>;

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The VEVENTs of a calendar, each as its properties by name. */
function readEvents(ics: string): Component[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  expect(lines.pop()).toBe('');
  const events: Component[] = [];
  let current: Component | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).split(';');
    const value = line.slice(colon + 1);
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) current[name] = { params, value };
  }
  return events;
}

const now = at(2026, 11, 22);
const oneil = mentor({ id: 'm1', name: "Dr. O'Neil, MD; Chief" });
const patel = mentor({ id: 'm2', name: 'Dr. Maya Patel' });
const letters: LetterRequest[] = [
  letter({ id: 'planned', mentorId: 'm1', program: 'Internal Medicine, Penn', deadline: '2027-01-15', status: 'planned' }),
  letter({ id: 'sent', mentorId: 'm2', deadline: '2026-12-10', status: 'materials-sent', portal: { name: 'ERAS', letterId: 'L-123' } }),
  letter({ id: 'agreed-once', mentorId: 'm2', deadline: '2026-12-20', status: 'agreed', remindersSent: 1 }),
  letter({ id: 'reminded-twice', mentorId: 'm2', deadline: '2026-12-18', status: 'materials-sent', remindersSent: 2 }),
  letter({ id: 'declined', mentorId: 'm2', deadline: '2027-03-01', status: 'declined' }),
  letter({ id: 'declined-handled', mentorId: 'm2', status: 'declined', declineHandledAt: now.toISOString() }),
  letter({ id: 'shared', mentorId: 'm2', status: 'outcome-shared' }),
  letter({ id: 'thanked', mentorId: 'm2', deadline: '2026-11-01', status: 'thanked' }),
];
const ics = lettersToIcs(letters, [oneil, patel], rules, now);
const events = readEvents(ics);
const byUid = new Map(events.map((e) => [e.UID.value, e]));
const day = (uid: string) => byUid.get(uid)?.DTSTART;

describe('letters as a calendar', () => {
  it('is a VCALENDAR with CRLF line endings and no line over 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//FollowThrough//EN\r\nCALSCALE:GREGORIAN\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('holds one all-day deadline event per open request', () => {
    const deadlines = events.filter((e) => e.UID.value.endsWith('-deadline@followthrough'));
    expect(deadlines.map((e) => e.UID.value.replace('-deadline@followthrough', '')).sort()).toEqual(['agreed-once', 'declined', 'planned', 'reminded-twice', 'sent', 'thanked']);
    expect(day('planned-deadline@followthrough')).toEqual({ params: ['VALUE=DATE'], value: '20270115' });
    expect(byUid.get('planned-deadline@followthrough')?.DTEND).toEqual({ params: ['VALUE=DATE'], value: '20270116' });
    // The export time in UTC, whatever the zone (10:00 on Nov 22 in New York is 15:00Z).
    expect(byUid.get('sent-deadline@followthrough')?.DTSTAMP.value).toBe(now.toISOString().replace(/[-:]|\.\d{3}/g, ''));
  });

  it('adds the ask-by day for a planned request and the reminder day while reminders remain', () => {
    // 42 days before Jan 15, and 7 before Dec 10.
    expect(day('planned-ask@followthrough')?.value).toBe('20261204');
    expect(day('sent-reminder@followthrough')?.value).toBe('20261203');
    // Two possible: an optional early one three weeks ahead as well as the final one.
    expect(day('sent-reminder-early@followthrough')?.value).toBe('20261119');
    // After one reminder only the final one remains, a week before (lib/schedule/letters.ts).
    expect(day('agreed-once-reminder@followthrough')?.value).toBe('20261213');
    expect(byUid.has('agreed-once-reminder-early@followthrough')).toBe(false);
    expect(byUid.has('reminded-twice-reminder@followthrough')).toBe(false);
    expect(byUid.has('sent-ask@followthrough')).toBe(false);
    expect(events).toHaveLength(10);
  });

  it('escapes text and reads it back as written', () => {
    expect(ics).toContain("SUMMARY:Letter deadline: Internal Medicine\\, Penn (Dr. O'Neil\\, MD\\; Chief)");
    expect(unescapeText(byUid.get('planned-ask@followthrough')!.SUMMARY.value)).toBe("Ask for a letter: Internal Medicine, Penn (Dr. O'Neil, MD; Chief)");
    const description = unescapeText(byUid.get('sent-deadline@followthrough')!.DESCRIPTION.value);
    expect(description.split('\n')).toEqual([
      'Residency letter from Dr. Maya Patel for Internal Medicine, Mass General',
      'Deadline: December 10, 2026',
      'Submitted through ERAS (letter ID L-123)',
      'Next step: Remind a week before the deadline',
    ]);
  });

  it('folds by UTF-8 octets without splitting a character', () => {
    const program = 'Médecine interne — Hôpital universitaire de Montréal, programme de résidence 🩺 '.repeat(3);
    const out = lettersToIcs([letter({ program, status: 'submitted' })], [mentor({ name: 'Dr. Zoë Ågren\\Øberg' })], rules, now);
    for (const line of out.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A split surrogate pair would leave a half character on each side of the fold.
      expect(line.isWellFormed()).toBe(true);
    }
    const [event] = readEvents(out);
    expect(unescapeText(event.SUMMARY.value)).toBe(`Letter deadline: ${program} (Dr. Zoë Ågren\\Øberg)`);
  });

  it('keeps the same UIDs from one export to the next', () => {
    const later = readEvents(lettersToIcs(letters, [oneil, patel], rules, at(2026, 12, 1)));
    expect(later.map((e) => e.UID.value)).toEqual(events.map((e) => e.UID.value));
  });

  it('names the file after the local day', () => {
    expect(icsFileName(now)).toBe('followthrough-letters-2026-11-22.ics');
  });
});
