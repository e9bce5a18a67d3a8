import { describe, expect, it } from 'vitest';
import { addDays } from 'date-fns';
import { applyLetterAction, letterActions } from '@/lib/schedule/letter-actions';
import { canRemind } from '@/lib/schedule';
import { at, letter, rules } from '../factories';

describe('letter actions', () => {
  const now = at(2027, 1, 8);
  it('offers the natural next steps from each state', () => {
    expect(letterActions(letter(), rules, now)).toEqual(['asked']);
    expect(letterActions(letter({ status: 'asked' }), rules, now)).toEqual(['agreed', 'declined']);
    // One follow-up on an unanswered request from 7 days after asking, never a second.
    const asked = (days: number, remindersSent = 0) => letter({ status: 'asked', askedAt: addDays(now, -days).toISOString(), remindersSent });
    expect(letterActions(asked(6), rules, now)).toEqual(['agreed', 'declined']);
    expect(letterActions(asked(7), rules, now)).toEqual(['agreed', 'declined', 'reminder-sent']);
    expect(letterActions(asked(20, 1), rules, now)).toEqual(['agreed', 'declined']);
    expect(letterActions(letter({ status: 'agreed' }), rules, now)).toEqual(['materials-sent', 'reminder-sent', 'submitted']);
    expect(letterActions(letter({ status: 'submitted' }), rules, now)).toEqual(['thanked']);
    expect(letterActions(letter({ status: 'outcome-shared' }), rules, now)).toEqual([]);
  });
  it('refuses a third reminder and a reminder too soon after the last', () => {
    expect(letterActions(letter({ status: 'materials-sent', remindersSent: 2 }), rules, now)).toEqual(['submitted']);
    expect(canRemind(letter({ remindersSent: 1, lastReminderAt: at(2027, 1, 6).toISOString() }), rules, now)).toBe(false);
    expect(canRemind(letter({ remindersSent: 1, lastReminderAt: at(2027, 1, 4).toISOString() }), rules, now)).toBe(true);
  });
  it('records contact with the mentor for the steps that are contact', () => {
    const r = applyLetterAction(letter({ status: 'materials-sent' }), 'reminder-sent', now);
    expect(r.letter).toMatchObject({ remindersSent: 1, lastReminderAt: now.toISOString(), status: 'materials-sent' });
    expect(r.activity).toMatchObject({ kind: 'reminder', mentorId: 'm1' });
    expect(applyLetterAction(letter({ status: 'asked' }), 'agreed', now).activity).toBeUndefined();
    const shared = applyLetterAction(letter({ status: 'thanked' }), 'outcome-shared', now);
    expect(shared.letter.status).toBe('outcome-shared');
    expect(shared.activity?.kind).toBe('update');
  });
});
