// The template editor warns about exactly the placeholders the renderer cannot fill: both read
// templates with one pattern (placeholdersIn), so odd spacing or braces never split them.
import { expect, it } from 'vitest';
import { unknownPlaceholders } from '@/components/options/templates/draft';
import { PLACEHOLDER_NAMES, placeholdersIn, renderTemplate } from '@/lib/templates';

const TEXTS = [
  'Dear {{mentor.salutation}},',
  '{{ mentor.lastName }} and {{mentor.nickname}}',
  '{{{letter.program}}} {{}} {{ }}',
  '{{letter.program}} {{letter.program ',
  '{ {mentor.name}} {{constructor}} {{__proto__}}',
  '{{mentor.name}}{{user.name}}{{takeaway}}',
];

it('finds placeholders with spaces inside and ignores what is not one', () => {
  expect(placeholdersIn('{{ mentor.lastName }} {mentor.name} {{x}} {{letter.program ')).toEqual(['mentor.lastName', 'x']);
});

it.each(TEXTS)('agrees with the renderer on unknown names in %j', (body) => {
  // Render with nothing known: every placeholder is missing, so `missing` lists them all.
  const rendered = renderTemplate({ subject: '', body }, { user: { name: '', stage: '' }, now: new Date(2026, 10, 22) });
  const known = new Set(PLACEHOLDER_NAMES);
  const unknownToRenderer = rendered.missing.filter((name) => !known.has(name) && name !== 'blank');
  const blanks = rendered.missing.includes('blank') ? ['{{}}'] : [];
  const flagged = unknownPlaceholders({ name: 'x', subject: '', body });
  // "{{ }}" and "{{}}" are both one blank placeholder.
  expect(new Set(flagged.map((f) => (f.replace(/\s/g, '') === '{{}}' ? '{{}}' : f)))).toEqual(new Set([...unknownToRenderer.map((n) => `{{${n}}}`), ...blanks]));
  expect(rendered.body).not.toMatch(/\{\{[^{}]*\}\}/);
});
