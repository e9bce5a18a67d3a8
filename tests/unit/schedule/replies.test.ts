import { describe, expect, it } from 'vitest';
import { computeDue } from '@/lib/schedule';
import { awaitingReplyItem, replyOwedItem, summarizeMail } from '@/lib/schedule/replies';
import type { Activity } from '@/lib/data/model';
import { activity, at, letter, mentor, rules } from '../factories';

const m = mentor();
// Dr. Patel wrote on Nov 10 at 16:30 local; the user had last written on Nov 9.
const theirs = activity('email-received', at(2026, 11, 10, 16, 30));
const mine = activity('email-sent', at(2026, 11, 9, 9));
const owed = (acts: Activity[], now: Date, who = m) => replyOwedItem(who, summarizeMail(acts), rules, now);
const awaiting = (acts: Activity[], now: Date, who = m) => awaitingReplyItem(who, summarizeMail(acts), rules, now);

describe('reply owed', () => {
  it('is upcoming for a day, due from day 2, overdue from day 5, and dropped from day 14', () => {
    expect(owed([mine, theirs], at(2026, 11, 10, 18))?.severity).toBe('upcoming');
    expect(owed([mine, theirs], at(2026, 11, 11, 23))?.severity).toBe('upcoming'); // 1 day
    const due = owed([mine, theirs], at(2026, 11, 12, 8)); // 2 days
    expect(due).toMatchObject({ kind: 'reply-owed', severity: 'due', dueDate: '2026-11-10', mentorId: 'm1' });
    expect(due?.reason).toContain('wrote 2 days ago');
    expect(owed([mine, theirs], at(2026, 11, 14))?.severity).toBe('due'); // 4 days
    expect(owed([mine, theirs], at(2026, 11, 15))?.severity).toBe('overdue'); // 5 days
    expect(owed([mine, theirs], at(2026, 11, 23))?.severity).toBe('overdue'); // 13 days
    expect(owed([mine, theirs], at(2026, 11, 24))).toBeNull(); // 14 days: the check-in takes over
  });

  it('is cancelled by the user\'s email after theirs, whichever way it was recorded', () => {
    expect(owed([mine, theirs, activity('email-sent', at(2026, 11, 11))], at(2026, 11, 13))).toBeNull();
    expect(owed([mine, theirs, activity('reminder', at(2026, 11, 11))], at(2026, 11, 13))).toBeNull();
  });

  it('counts emails only: a note or a meeting after their email answers nothing', () => {
    const later = [activity('note', at(2026, 11, 11)), activity('meeting', at(2026, 11, 11, 14))];
    expect(owed([mine, theirs, ...later], at(2026, 11, 13))?.severity).toBe('due');
  });

  it('"No reply needed" hides it until their next email', () => {
    const dismissed = mentor({ replyDismissedAt: at(2026, 11, 11).toISOString() });
    expect(owed([mine, theirs], at(2026, 11, 13), dismissed)).toBeNull();
    const next = activity('email-received', at(2026, 11, 12, 9));
    const back = owed([mine, theirs, next], at(2026, 11, 14), dismissed);
    expect(back).toMatchObject({ severity: 'due', dueDate: '2026-11-12' });
  });

  it('has a new id for each new email from them, so each is announced once', () => {
    const next = activity('email-received', at(2026, 11, 12, 9));
    expect(owed([mine, theirs], at(2026, 11, 13))?.id).not.toBe(owed([mine, theirs, next], at(2026, 11, 14))?.id);
  });
});

describe('awaiting a reply', () => {
  const sentAt = at(2026, 11, 2, 9);
  const sent = activity('email-sent', sentAt);
  const before = activity('email-received', at(2026, 11, 1));
  it('is a quiet suggestion from day 7 to day 13, never counted', () => {
    expect(awaiting([before, sent], at(2026, 11, 8))).toBeNull(); // 6 days
    const item = awaiting([before, sent], at(2026, 11, 9)); // 7 days
    expect(item).toMatchObject({ kind: 'awaiting-reply', severity: 'upcoming', dueDate: '2026-11-02' });
    expect(awaiting([before, sent], at(2026, 11, 15))?.severity).toBe('upcoming'); // 13 days
    expect(awaiting([before, sent], at(2026, 11, 16))).toBeNull(); // 14 days
  });

  it('is cancelled by their email in any thread', () => {
    expect(awaiting([before, sent, activity('email-received', at(2026, 11, 3))], at(2026, 11, 10))).toBeNull();
  });

  it('is cancelled by "They replied", and comes back for a later email of the user', () => {
    const replied = mentor({ theyRepliedAt: at(2026, 11, 5).toISOString() });
    expect(awaiting([before, sent], at(2026, 11, 10), replied)).toBeNull();
    const again = activity('email-sent', at(2026, 11, 6));
    expect(awaiting([before, sent, again], at(2026, 11, 13), replied)?.severity).toBe('upcoming');
  });

  it('is offered once: an unanswered follow-up is not followed up again', () => {
    const followUp = activity('email-sent', at(2026, 11, 9, 12));
    expect(awaiting([before, sent, followUp], at(2026, 11, 17))).toBeNull();
  });

  it('is not about letter steps or thank-yous, and not for a paused mentor', () => {
    expect(awaiting([before, activity('thank-you', sentAt)], at(2026, 11, 10))).toBeNull();
    expect(awaiting([before, sent], at(2026, 11, 10), mentor({ status: 'paused' }))).toBeNull();
  });
});

describe('in the whole schedule', () => {
  const data = (activities: Activity[], letters = [letter({ status: 'materials-sent', deadline: '2027-06-01' })]) => ({
    mentors: [m],
    letters,
    activities,
  });
  it('the badge counts a reply owed but not a quiet awaiting-reply', () => {
    const due = computeDue(data([mine, theirs]), at(2026, 11, 13), rules);
    expect(due.filter((i) => i.kind === 'reply-owed').map((i) => i.severity)).toEqual(['due']);
    const quiet = computeDue(data([activity('email-sent', at(2026, 11, 2))]), at(2026, 11, 10), rules);
    expect(quiet.filter((i) => i.kind === 'awaiting-reply').map((i) => i.severity)).toEqual(['upcoming']);
  });

  it('a letter request waiting for an answer gets its own follow-up, not a second one for the same email', () => {
    const asked = letter({ status: 'asked', askedAt: at(2026, 11, 2, 9).toISOString(), deadline: '2027-06-01' });
    const due = computeDue(data([activity('email-sent', at(2026, 11, 2, 9))], [asked]), at(2026, 11, 10), rules);
    expect(due.map((i) => i.kind)).toEqual(['letter-ask-followup']);
  });

  it('a reply from the mentor cancels the ask follow-up and the awaiting suggestion at once', () => {
    const asked = letter({ status: 'asked', askedAt: at(2026, 11, 2, 9).toISOString(), deadline: '2027-06-01' });
    const acts = [activity('email-sent', at(2026, 11, 2, 9)), activity('email-received', at(2026, 11, 9, 9))];
    const due = computeDue(data(acts, [asked]), at(2026, 11, 10), rules);
    expect(due.map((i) => i.kind)).toEqual(['reply-owed']);
  });
});
