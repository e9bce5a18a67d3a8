import { describe, expect, it } from 'vitest';
import { copyName, draftErrors, recordFor, unknownPlaceholders } from '@/components/options/templates/draft';
import { BUILTIN_TEMPLATES, type Template } from '@/lib/templates';

const draft = (over = {}) => ({ name: 'Check-in', subject: 'Hello', body: 'Dear {{mentor.salutation}},', ...over });

describe('template editor rules', () => {
  it('accepts a complete draft and names each problem by field', () => {
    expect(draftErrors(draft())).toEqual({});
    expect(draftErrors(draft({ name: '  ' })).name).toMatch(/^Name /);
    expect(draftErrors(draft({ body: ' \n ' })).body).toBe('Body must not be empty');
    expect(draftErrors(draft({ body: 'x'.repeat(20_001) })).body).toMatch(/20,?000/);
    expect(draftErrors(draft({ body: 'x'.repeat(20_000) }))).toEqual({});
  });

  it('flags placeholders the renderer does not know, once each', () => {
    expect(unknownPlaceholders(draft({ subject: '{{nick}}', body: '{{ nick }} {{mentor.lastName}} {{letter.program}}' }))).toEqual(['{{nick}}']);
  });

  it('never changes a built-in: saving one stores a user version that replaces it', () => {
    const builtin = BUILTIN_TEMPLATES[0];
    const saved = recordFor({ kind: 'edit', template: builtin }, draft(), () => 'new-id');
    expect(saved).toMatchObject({ id: 'new-id', builtinId: builtin.id, name: 'Check-in' });
    const custom: Template = { ...builtin, id: 'new-id', source: 'user', builtinId: builtin.id };
    expect(recordFor({ kind: 'edit', template: custom }, draft({ name: ' Again ' }), () => 'other')).toMatchObject({ id: 'new-id', builtinId: builtin.id, name: 'Again' });
    expect(recordFor({ kind: 'new' }, draft(), () => 'n1')).not.toHaveProperty('builtinId');
  });

  it('numbers copies and keeps their names within the limit', () => {
    expect(copyName('Agenda', [])).toBe('Copy of Agenda');
    expect(copyName('Agenda', ['Copy of Agenda'])).toBe('Copy of Agenda (2)');
    const long = copyName('x'.repeat(300), []);
    expect(long.length).toBeLessThanOrEqual(200);
  });
});
