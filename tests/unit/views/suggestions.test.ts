import { describe, expect, it } from 'vitest';
import { renderFor } from '@/lib/views/suggestions';
import { DEFAULT_SETTINGS } from '@/lib/schedule';
import { activity, at, letter, mentor } from '../factories';

const settings = { ...DEFAULT_SETTINGS, userName: 'Jordan Lee' };
const now = at(2026, 11, 22);
const ctx = {
  mentor: mentor(),
  letters: [letter({ status: 'declined', declineHandledAt: at(2026, 11, 1).toISOString() })],
  activities: [activity('meeting', at(2026, 11, 18, 14)), activity('meeting', at(2026, 11, 25, 9))],
  due: [],
  lastContactAt: at(2026, 11, 18, 14).toISOString(),
};

describe('filling a template for a mentor', () => {
  it('names the meeting held for a thank-you and the next one for an agenda', () => {
    const body = '{{meeting.date}}';
    expect(renderFor({ subject: '', body, purpose: 'thank-you' }, ctx, settings, now).body).toContain('November 18');
    expect(renderFor({ subject: '', body, purpose: 'agenda' }, ctx, settings, now).body).toContain('November 25');
  });
});
