import { describe, expect, it } from 'vitest';
import { dateLocale } from '@/lib/templates/locales';
import { renderTemplate } from '@/lib/templates';

describe('date locale', () => {
  it('follows the browser language, then its base language, then US English', () => {
    expect(dateLocale('en-GB').code).toBe('en-GB');
    expect(dateLocale('de-AT').code).toBe('de');
    expect(dateLocale('pt-BR').code).toBe('pt-BR');
    expect(dateLocale('xx').code).toBe('en-US');
    expect(dateLocale(undefined).code).toBe('en-US');
  });

  it('writes a deadline the way the user reads dates', () => {
    const input = { user: { name: 'Jordan Lee', stage: 'student' }, letter: { program: 'X', purpose: 'residency', deadline: '2027-01-15' }, now: new Date(2026, 10, 22) };
    const body = (locale?: string) => renderTemplate({ subject: '', body: '{{letter.deadlineShort}}' }, { ...input, locale: locale ? dateLocale(locale) : undefined }).body;
    expect(body()).toBe('January 15, 2027');
    expect(body('en-GB')).toBe('15 January 2027');
    expect(body('de')).toBe('15. Januar 2027');
  });
});
