// Calendar-day results depend on the zone: pin one (a test below switches to another and restores it).
process.env.TZ = 'America/New_York';

import { fr } from 'date-fns/locale/fr';
import { describe, expect, it } from 'vitest';
import {
  fillMarker,
  parseName,
  PLACEHOLDER_NAMES,
  renderTemplate,
  salutation,
  type RenderInput,
} from '../../../lib/templates';

const now = new Date(2026, 11, 20, 9, 0); // Sunday, December 20, 2026, 09:00 local

const full: RenderInput = {
  mentor: { name: 'Priya Patel', title: 'Associate Professor of Medicine' },
  user: { name: 'Sam Lee', stage: 'medical student' },
  letter: {
    program: 'Mass General Brigham',
    programs: ['UCSF', 'Stanford'],
    purpose: 'residency',
    deadline: '2027-01-01',
    portal: { name: 'ERAS', letterId: 'L-123' },
  },
  meetingAt: '2026-12-31T15:30:00-05:00',
  takeaway: 'choosing away rotations',
  lastContactAt: '2026-11-02T10:00:00-05:00',
  message: { at: '2026-12-10T16:00:00-05:00', subject: 'Poster abstract' },
  now,
};

/** Renders one placeholder on its own. */
function one(name: string, input: RenderInput = full) {
  const r = renderTemplate({ subject: '', body: `{{${name}}}` }, input);
  return { text: r.body, missing: r.missing };
}

describe('renderTemplate: values', () => {
  it('fills every placeholder from full data, with nothing missing', () => {
    const body = PLACEHOLDER_NAMES.map((n) => `${n}={{${n}}}`).join('\n');
    const r = renderTemplate({ subject: 'For {{letter.program}}', body }, full);
    expect(r.missing).toEqual([]);
    expect(r.subject).toBe('For Mass General Brigham');
    expect(r.body).toBe(
      [
        'mentor.salutation=Dr. Patel',
        'mentor.firstName=Priya',
        'mentor.lastName=Patel',
        'mentor.name=Priya Patel',
        'mentor.title=Associate Professor of Medicine',
        'user.name=Sam Lee',
        'user.firstName=Sam',
        'user.stage=medical student',
        'letter.program=Mass General Brigham',
        'letter.programs=Mass General Brigham, UCSF and Stanford',
        'letter.purpose=residency',
        'letter.deadline=Friday, January 1, 2027',
        'letter.deadlineShort=January 1, 2027',
        'letter.portal=ERAS (letter ID L-123)',
        'letter.daysLeft=12 days',
        'meeting.date=Thursday, December 31, 2026',
        'meeting.time=3:30 PM',
        'takeaway=choosing away rotations',
        'lastContact=November 2, 2026',
        'message.date=December 10, 2026',
        'message.subject=Poster abstract',
      ].join('\n'),
    );
  });

  it('accepts spaces inside the braces', () => {
    expect(renderTemplate({ subject: '{{ user.name }}', body: '' }, full).subject).toBe('Sam Lee');
  });

  it('joins programs as "A", "A and B", "A, B and C", without repeats or blanks', () => {
    const programs = (program: string, others?: string[]) =>
      one('letter.programs', { ...full, letter: { ...full.letter!, program, programs: others } }).text;
    expect(programs('MGH')).toBe('MGH');
    expect(programs('MGH', ['UCSF'])).toBe('MGH and UCSF');
    expect(programs('MGH', ['UCSF', 'MGH', ' ', 'Yale'])).toBe('MGH, UCSF and Yale');
  });

  it('shows the portal without a letter id when there is none', () => {
    expect(one('letter.portal', { ...full, letter: { ...full.letter!, portal: { name: 'Interfolio', letterId: '' } } }).text).toBe(
      'Interfolio',
    );
  });

  it('writes dates in the given locale', () => {
    expect(one('letter.deadline', { ...full, locale: fr }).text).toBe('vendredi 1 janvier 2027');
  });

  it('has no meeting time for a date-only meeting', () => {
    expect(one('meeting.time', { ...full, meetingAt: '2027-01-04' })).toEqual({
      text: '[meeting time]',
      missing: ['meeting.time'],
    });
  });
});

describe('renderTemplate: dates at month and year boundaries', () => {
  const at = (deadline: string, when: Date) => ({ ...full, letter: { ...full.letter!, deadline }, now: when });

  it('writes out Dec 31 and Jan 1 in the right year', () => {
    expect(one('letter.deadline', at('2026-12-31', now)).text).toBe('Thursday, December 31, 2026');
    expect(one('letter.deadline', at('2027-01-01', now)).text).toBe('Friday, January 1, 2027');
    expect(one('letter.deadlineShort', at('2027-01-01', now)).text).toBe('January 1, 2027');
    expect(one('lastContact', { ...full, lastContactAt: '2026-12-31T23:59:00-05:00' }).text).toBe('December 31, 2026');
  });

  it('counts days left in calendar days, not 24-hour periods', () => {
    expect(one('letter.daysLeft', at('2027-01-01', new Date(2026, 11, 31, 23, 59))).text).toBe('1 day');
    expect(one('letter.daysLeft', at('2027-01-01', new Date(2027, 0, 1, 0, 1))).text).toBe('0 days');
    expect(one('letter.daysLeft', at('2027-03-01', new Date(2027, 1, 28, 12))).text).toBe('1 day');
    expect(one('letter.daysLeft', at('2027-01-01', new Date(2026, 11, 1, 0, 0))).text).toBe('31 days');
  });

  it('never shows a negative count for a passed deadline', () => {
    expect(one('letter.daysLeft', at('2026-12-01', now)).text).toBe('0 days');
  });

  it("uses the user's own zone: the same instant is another day in Auckland", () => {
    const instant = new Date('2026-12-31T20:00:00Z'); // Dec 31, 15:00 in New York; Jan 1, 09:00 in Auckland
    const input = { ...at('2027-01-01', instant), meetingAt: instant.toISOString() };
    expect(one('letter.daysLeft', input).text).toBe('1 day');
    expect(one('meeting.date', input).text).toBe('Thursday, December 31, 2026');
    const saved = process.env.TZ;
    process.env.TZ = 'Pacific/Auckland';
    try {
      expect(one('letter.daysLeft', input).text).toBe('0 days');
      expect(one('meeting.date', input).text).toBe('Friday, January 1, 2027');
      expect(one('meeting.time', input).text).toBe('9:00 AM');
      expect(one('letter.deadline', input).text).toBe('Friday, January 1, 2027');
    } finally {
      process.env.TZ = saved;
    }
    expect(one('letter.daysLeft', input).text).toBe('1 day');
  });
});

describe('renderTemplate: missing data', () => {
  const bad = /\{\{|\}\}|undefined|null|NaN|Invalid Date/;

  it('turns an unknown placeholder into a marker and reports it', () => {
    const r = renderTemplate({ subject: 'Hi {{mentor.nickname}}', body: 'Text {{}} end' }, full);
    expect(r.subject).toBe('Hi [mentor.nickname]');
    expect(r.body).toBe('Text [fill in] end');
    expect(r.missing).toEqual(['mentor.nickname', 'blank']);
  });

  it('treats names of built-in object properties as unknown', () => {
    const r = renderTemplate({ subject: '', body: '{{constructor}} {{__proto__}} {{toString}}' }, full);
    expect(r.body).toBe('[constructor] [__proto__] [toString]');
  });

  it('marks whatever has no value, each name reported once in order', () => {
    const input: RenderInput = { user: { name: '', stage: ' ' }, now };
    const body = PLACEHOLDER_NAMES.map((n) => `{{${n}}}`).join(' ') + ' {{user.name}}';
    const r = renderTemplate({ subject: '{{letter.program}}', body }, input);
    expect(r.subject).toBe(fillMarker('program'));
    expect(r.body).not.toMatch(bad);
    expect(r.body).toContain("[mentor's name] [mentor's first name]");
    expect(r.body).toContain('[your name]');
    expect(r.body).toContain('[deadline]');
    expect(r.missing).toEqual(['letter.program', ...PLACEHOLDER_NAMES.filter((n) => n !== 'letter.program')]);
  });

  it('marks a mentor without a title only where the title itself is used', () => {
    const input = { ...full, mentor: { name: 'Priya Patel' } };
    expect(one('mentor.salutation', input)).toEqual({ text: 'Priya Patel', missing: [] });
    expect(one('mentor.title', input)).toEqual({ text: "[mentor's title]", missing: ['mentor.title'] });
  });

  it('marks an unreadable deadline instead of writing "Invalid Date" or NaN', () => {
    for (const deadline of ['', '2027-13-45', 'soon']) {
      const input = { ...full, letter: { ...full.letter!, deadline } };
      const r = renderTemplate({ subject: '', body: '{{letter.deadline}} {{letter.deadlineShort}} {{letter.daysLeft}}' }, input);
      expect(r.body).toBe('[deadline] [deadline] [days left]');
      expect(r.missing).toEqual(['letter.deadline', 'letter.deadlineShort', 'letter.daysLeft']);
    }
  });

  it('marks a portal with a blank name and a blank program', () => {
    const input = { ...full, letter: { ...full.letter!, program: ' ', programs: [], portal: { name: '', letterId: 'X' } } };
    expect(one('letter.portal', input).text).toBe('[how to submit]');
    expect(one('letter.program', input).text).toBe('[program]');
    expect(one('letter.programs', input).text).toBe('[programs]');
  });
});

describe('renderTemplate: values are plain text', () => {
  it('returns HTML in a name verbatim, neither escaped nor interpreted', () => {
    const name = 'Priya <img src=x onerror="alert(1)"> Patel & Co';
    const r = renderTemplate({ subject: '{{mentor.name}}', body: 'From {{mentor.name}}.' }, { ...full, mentor: { name } });
    expect(r.subject).toBe(name);
    expect(r.body).toBe(`From ${name}.`);
    expect(one('mentor.salutation', { ...full, mentor: { name: 'Priya <b>Patel</b>', title: 'Dr.' } }).text).toBe(
      'Dr. <b>Patel</b>',
    );
  });

  it('does not render placeholders found inside values', () => {
    const r = renderTemplate({ subject: '', body: 'On {{takeaway}}' }, { ...full, takeaway: '{{user.name}} and {{nope}}' });
    expect(r.body).toBe('On {{user.name}} and {{nope}}');
    expect(r.missing).toEqual([]);
  });
});

describe('salutation', () => {
  const cases: [name: string, title: string | undefined, expected: string][] = [
    ['Priya Patel', 'Dr.', 'Dr. Patel'],
    ['Priya Patel', 'Doctor', 'Dr. Patel'],
    ['Priya Patel', 'Professor', 'Professor Patel'],
    ['Priya Patel', 'Prof. of Surgery', 'Professor Patel'],
    ['Priya Patel', 'Associate Professor of Medicine', 'Dr. Patel'],
    ['Priya Patel', 'Program Director', 'Dr. Patel'],
    ['Priya Patel', 'MD', 'Dr. Patel'],
    ['Jane Doe', 'Ms.', 'Ms. Doe'],
    ['Priya Patel', undefined, 'Priya Patel'],
    ['Priya Patel', '  ', 'Priya Patel'],
    ['Dr. Priya Patel', undefined, 'Dr. Patel'],
    ['Prof Ana Ruiz', undefined, 'Professor Ruiz'],
    ['Priya Patel, MD, PhD', undefined, 'Dr. Patel'],
    ['Priya Patel MPH', undefined, 'Priya Patel'],
    ['Patel, Priya', undefined, 'Priya Patel'],
    ['Patel, Priya, MD', undefined, 'Dr. Patel'],
    ['Maria de la Cruz', 'Dr.', 'Dr. de la Cruz'],
    ['Willem van der Berg', 'Professor', 'Professor van der Berg'],
    ['John Smith Jr.', 'Attending', 'Dr. Smith'],
    ['Anh Do', 'Dr.', 'Dr. Do'],
    ['Drew Carey', undefined, 'Drew Carey'],
  ];
  it.each(cases)('%s (title %s) → %s', (name, title, expected) => {
    expect(salutation({ name, title })).toBe(expected);
  });

  it('has none for a blank name', () => {
    expect(salutation({ name: '  ', title: 'Dr.' })).toBeUndefined();
    expect(one('mentor.salutation', { ...full, mentor: { name: 'Dr.' } }).text).toBe("[mentor's name]");
  });

  it('reads first and last names', () => {
    expect(parseName('Patel, Priya K.')).toMatchObject({ first: 'Priya', last: 'Patel', full: 'Priya K. Patel' });
    expect(parseName('Cher')).toMatchObject({ first: 'Cher', last: 'Cher' });
  });
});
