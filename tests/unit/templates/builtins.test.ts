process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import type { UserTemplate } from '../../../lib/data/model';
import {
  BUILTIN_TEMPLATES,
  PLACEHOLDER_NAMES,
  renderTemplate,
  TEMPLATE_PURPOSES,
  templatesWithUserOverrides,
  type RenderInput,
} from '../../../lib/templates';

const now = new Date(2026, 11, 28, 10, 0);
const BAD = /\{\{|\}\}|undefined|null|NaN|Invalid Date/;

const full: RenderInput = {
  mentor: { name: 'Priya Patel', title: 'Dr.' },
  user: { name: 'Sam Lee', stage: 'medical student' },
  letter: {
    program: 'Mass General Brigham',
    programs: ['UCSF'],
    purpose: 'residency',
    deadline: '2027-01-01',
    portal: { name: 'ERAS', letterId: 'L-1' },
  },
  meetingAt: '2026-12-31T14:00:00-05:00',
  takeaway: 'choosing away rotations',
  lastContactAt: '2026-11-30T09:00:00-05:00',
  message: { at: '2026-11-20T09:00:00-05:00', subject: 'Research project question' },
  now,
};

const partial: Record<string, RenderInput> = {
  'no mentor title': { ...full, mentor: { name: 'Priya Patel' } },
  'no mentor': { ...full, mentor: undefined },
  'no letter': { ...full, letter: undefined },
  'no user name': { ...full, user: { name: '', stage: 'resident' } },
  'an unreadable deadline and no portal': { ...full, letter: { ...full.letter!, deadline: 'TBD', portal: undefined } },
  'no meeting, takeaway or last contact': { ...full, meetingAt: undefined, takeaway: undefined, lastContactAt: undefined },
  'no unanswered message': { ...full, message: undefined },
  'nothing but the date': { user: { name: '', stage: '' }, now },
};

const placeholdersIn = (text: string) => [...text.matchAll(/\{\{([^{}]*)\}\}/g)].map((m) => m[1].trim());
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const byPurpose = (purpose: string) => BUILTIN_TEMPLATES.find((t) => t.purpose === purpose)!;

describe('the built-in library', () => {
  it('has one template for each purpose, with unique ids', () => {
    expect(BUILTIN_TEMPLATES.map((t) => t.purpose).sort()).toEqual([...TEMPLATE_PURPOSES].sort());
    expect(new Set(BUILTIN_TEMPLATES.map((t) => t.id)).size).toBe(BUILTIN_TEMPLATES.length);
    for (const t of BUILTIN_TEMPLATES) expect(t.source).toBe('builtin');
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s is concise, professional and uses known placeholders', (_, t) => {
    expect(t.body.startsWith('Dear {{mentor.salutation}},\n\n')).toBe(true);
    expect(t.body.trimEnd().endsWith('{{user.name}}')).toBe(true);
    expect(words(t.body)).toBeGreaterThanOrEqual(60);
    expect(words(t.body)).toBeLessThanOrEqual(140);
    expect(t.subject).not.toMatch(/\n/);
    expect(t.subject.length).toBeLessThanOrEqual(80);
    expect(t.subject + t.body).not.toMatch(/!|\b(hey|hi|gonna|wanna|thx|thanks a ton|super|awesome)\b/i);
    for (const name of placeholdersIn(t.subject + t.body)) expect(PLACEHOLDER_NAMES).toContain(name);
  });

  it('asks for a letter in a way that allows a decline', () => {
    const { body } = byPurpose('letter-request');
    expect(body).toContain('Would you feel comfortable writing me a strong letter');
    expect(body).toContain('I completely understand if');
    expect(body).toContain('{{letter.deadline}}');
  });

  it('lists the whole packet', () => {
    const { body } = byPurpose('letter-packet');
    for (const part of ['CV', 'personal statement', '{{letter.programs}}', 'Why I am applying', 'Our work together', 'Attributes', 'Deadline: {{letter.deadline}}', 'How to submit: {{letter.portal}}', 'Waiver']) {
      expect(body).toContain(part);
    }
  });

  it('reminds once, politely, offering help', () => {
    const { body } = byPurpose('letter-reminder');
    expect(body).toContain('gentle reminder');
    expect(body).toContain('anything I can do to help');
  });

  it('names a takeaway in the thank-you and answers a decline without pressure', () => {
    expect(byPurpose('thank-you').body).toContain('{{takeaway}}');
    expect(byPurpose('decline-reply').body).toMatch(/Thank you for letting me know[\s\S]*do not feel any obligation/);
  });
});

describe('every built-in renders cleanly', () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.id, t] as const))('%s with full data', (_, t) => {
    const r = renderTemplate(t, full);
    expect(r.missing).toEqual([]);
    expect(r.subject + r.body).not.toMatch(BAD);
    expect(r.body.startsWith('Dear Dr. Patel,')).toBe(true);
    expect(r.body.trimEnd().endsWith('Sam Lee')).toBe(true);
  });

  const matrix = BUILTIN_TEMPLATES.flatMap((t) => Object.entries(partial).map(([what, input]) => [t.id, what, t, input] as const));
  it.each(matrix)('%s with %s', (_, __, t, input) => {
    const r = renderTemplate(t, input);
    expect(r.subject + r.body).not.toMatch(BAD);
    // Exactly the placeholders that had no value are reported, and each shows a marker.
    const expectedMissing = new Set(
      placeholdersIn(t.subject + t.body).filter((n) => renderTemplate({ subject: '', body: `{{${n}}}` }, input).missing.length > 0),
    );
    expect(new Set(r.missing)).toEqual(expectedMissing);
    for (const n of r.missing) {
      const marker = renderTemplate({ subject: '', body: `{{${n}}}` }, input).body;
      expect(marker).toMatch(/^\[.+\]$/);
      expect(r.subject + r.body).toContain(marker);
    }
  });

  it('reports what a template without a mentor or letter is missing', () => {
    const r = renderTemplate(byPurpose('letter-reminder'), partial['nothing but the date']);
    expect(r.missing).toEqual(['letter.deadlineShort', 'mentor.salutation', 'letter.programs', 'letter.deadline', 'letter.portal', 'user.name']);
    expect(r.body.startsWith("Dear [mentor's name],")).toBe(true);
    expect(r.subject).toBe('Gentle reminder: letter of recommendation due [deadline]');
  });
});

describe('templatesWithUserOverrides', () => {
  const user = (id: string, updatedAt: string, builtinId?: string): UserTemplate => ({
    id,
    name: `Mine ${id}`,
    subject: `Subject ${id}`,
    body: `Body ${id}`,
    builtinId,
    updatedAt,
  });

  it('puts the user version of a built-in in its place, keeping its purpose', () => {
    const list = templatesWithUserOverrides(BUILTIN_TEMPLATES, [user('u1', '2026-01-01T00:00:00Z', 'letter-reminder')]);
    expect(list).toHaveLength(BUILTIN_TEMPLATES.length);
    expect(list.find((t) => t.id === 'letter-reminder')).toBeUndefined();
    const index = BUILTIN_TEMPLATES.findIndex((t) => t.id === 'letter-reminder');
    expect(list[index]).toEqual({
      id: 'u1',
      name: 'Mine u1',
      purpose: 'letter-reminder',
      subject: 'Subject u1',
      body: 'Body u1',
      source: 'user',
      builtinId: 'letter-reminder',
    });
  });

  it('uses the most recently updated of two versions of one built-in', () => {
    const list = templatesWithUserOverrides(BUILTIN_TEMPLATES, [
      user('new', '2026-03-01T00:00:00Z', 'thank-you'),
      user('old', '2026-01-01T00:00:00Z', 'thank-you'),
    ]);
    expect(list.filter((t) => t.purpose === 'thank-you').map((t) => t.id)).toEqual(['new']);
  });

  it("adds the user's own templates after the built-ins, as custom", () => {
    const list = templatesWithUserOverrides(BUILTIN_TEMPLATES, [
      user('c1', '2026-01-01T00:00:00Z'),
      user('gone', '2026-01-01T00:00:00Z', 'a-removed-builtin'),
    ]);
    expect(list.slice(0, BUILTIN_TEMPLATES.length)).toEqual(BUILTIN_TEMPLATES);
    expect(list.slice(BUILTIN_TEMPLATES.length).map((t) => [t.id, t.purpose, t.source])).toEqual([
      ['c1', 'custom', 'user'],
      ['gone', 'custom', 'user'],
    ]);
  });
});
