import { describe, expect, it } from 'vitest';
import { bodyForCompose, isGreetingLine } from '@/lib/templates/greeting';

const BODY = 'Dear Dr. Raman,\n\nI hope you are well.\n\nBest,\nJordan';

describe('isGreetingLine', () => {
  it.each(['Hello Dr. Raman,', 'Dear Dr. Patel,', 'Hi Sam,', 'hi', 'Good morning Dr. Okafor!', 'Dear Professor Lee'])('accepts %j', (line) => {
    expect(isGreetingLine(line)).toBe(true);
  });
  it.each(['', 'Thanks for the feedback,', 'Hi Sam, thanks for sending the slides.', 'Hierarchy of needs,', 'Dearest colleagues, I write'])('refuses %j', (line) => {
    expect(isGreetingLine(line)).toBe(false);
  });
});

describe('bodyForCompose', () => {
  it('leaves the salutation out when the compose already starts with a greeting', () => {
    expect(bodyForCompose('Hello Dr. Raman,\n\n', BODY)).toBe('I hope you are well.\n\nBest,\nJordan');
    expect(bodyForCompose('\n  Hi Dr. Raman,\u00a0\nsome typed text', BODY)).toBe('I hope you are well.\n\nBest,\nJordan');
  });
  it('keeps the whole body in an empty compose or one that starts otherwise', () => {
    expect(bodyForCompose('', BODY)).toBe(BODY);
    expect(bodyForCompose('Thanks again for Tuesday.', BODY)).toBe(BODY);
    expect(bodyForCompose('-- \nJordan Lee\nMS4', BODY)).toBe(BODY);
  });
  it('keeps a body that has no salutation of its own', () => {
    const plain = 'Quick question about the elective.';
    expect(bodyForCompose('Hi Dr. Raman,', plain)).toBe(plain);
  });
});
