// Which messages fit this mentor right now, best first. Pure: everything it knows comes in `ctx`.
// It follows the advice in docs/rules.md, including its limits: never a third reminder, never two reminders close
// together, and nothing pushy for a mentor the user has paused or ended.
import type { LetterRequest, Mentor } from '../data/model';
import { daysUntil, localDay } from '../schedule/dates';
import type { DueItem, DueKind, Severity } from '../schedule/types';
import { reminderWindow, type ReminderRules } from '../schedule/letters';
import type { Template, TemplatePurpose } from './builtins';
import { salutation } from './render';

export interface SuggestContext {
  mentor: Pick<Mentor, 'name' | 'title' | 'status'>;
  /** This mentor's letters. */
  letters: readonly LetterRequest[];
  /** This mentor's due items. */
  dueItems: readonly DueItem[];
  thread?: { lastFromMentorAt?: string; lastFromMeAt?: string; subject?: string };
  settings: ReminderRules;
  now: Date;
  templates: readonly Template[];
}

export interface Suggestion {
  templateId: string;
  letterId?: string;
  score: number;
  /** One line a person understands. */
  reason: string;
}

interface Candidate {
  purpose: TemplatePurpose;
  letterId?: string;
  score: number;
  reason: string;
  /** Answers something the mentor did (a letter, a meeting, a message): fine even when paused. */
  responsive?: boolean;
}

// Higher is more urgent. Letter steps lead: they carry deadlines and someone else's effort.
const SCORE = {
  // Only ever for a message that went unanswered (a due item says so): a letter request first.
  'follow-up': 92,
  'letter-reminder': 90,
  'letter-thanks': 88,
  'letter-packet': 86,
  'thank-you': 84,
  agenda: 82,
  'decline-reply': 80,
  'letter-request': 74,
  outcome: 70,
  update: 60,
  milestone: 45,
} satisfies Partial<Record<TemplatePurpose, number>>;

const SEVERITY_BONUS: Record<Severity, number> = { overdue: 5, due: 0, upcoming: -20 };
/** A letter step no due item has flagged yet (e.g. a request months ahead) is not pressing. */
const NOT_FLAGGED = -20;
/** Each reminder after the first ranks lower: the advice says do not badger. */
const LATER_REMINDER = -10;
const THREAD_REPLY = 30;
const THREAD_BOOST = 10;
/** Always offered for an active mentor, so the list is never empty. */
const FALLBACK: { purpose: TemplatePurpose; score: number; reason: (who: string) => string }[] = [
  { purpose: 'update', score: 20, reason: (who) => `A short update keeps ${who} in the loop` },
  { purpose: 'agenda', score: 15, reason: (who) => `Meeting ${who} soon? Send a short agenda first` },
  {
    purpose: 'reschedule',
    score: 10,
    reason: (who) => `Need to move a meeting with ${who}? Give 24 to 48 hours' notice`,
  },
];
const WIND_DOWN = 8;
const CUSTOM = 5;

// Due kinds with no letter record to check them against. A reminder is never suggested this way
// (its count cannot be checked), nor is finding a new writer (that message goes to someone else).
const DUE_PURPOSE: Partial<Record<DueKind, keyof typeof SCORE>> = {
  'letter-ask': 'letter-request',
  'letter-packet': 'letter-packet',
  'letter-thanks': 'letter-thanks',
  'letter-outcome': 'outcome',
  'meeting-agenda': 'agenda',
  'meeting-thanks': 'thank-you',
};
const RESPONSIVE_DUE = new Set<DueKind>(['letter-packet', 'letter-thanks', 'letter-outcome', 'meeting-thanks']);

/** "is due in 5 days", "is due today", "was due 2 days ago". */
function duePhrase(days: number): string {
  if (!Number.isFinite(days)) return 'has no valid deadline';
  if (days > 1) return `is due in ${days} days`;
  if (days === 1) return 'is due tomorrow';
  if (days === 0) return 'is due today';
  if (days === -1) return 'was due yesterday';
  return `was due ${-days} days ago`;
}

function daysTo(isoDay: string, now: Date): number {
  return daysUntil(localDay(isoDay), now);
}


function reminderReason(letter: LetterRequest, what: string, days: number, max: number): string {
  const sent = letter.remindersSent;
  if (sent === 0) return `${what} ${duePhrase(days)} and no reminder has been sent`;
  const count = sent === 1 ? '1 reminder was sent' : `${sent} reminders were sent`;
  return `${what} ${duePhrase(days)}; ${count}${sent + 1 >= max ? ', so this would be the last' : ''}`;
}

function letterCandidates(letter: LetterRequest, who: string, ctx: SuggestContext): Candidate[] {
  const flagged = (kind: DueKind) => {
    const item = ctx.dueItems.find((d) => d.letterId === letter.id && d.kind === kind);
    return item && SEVERITY_BONUS[item.severity];
  };
  const days = daysTo(letter.deadline, ctx.now);
  const program = letter.program.trim() || 'your application';
  const what = `${who}'s letter for ${program}`;
  const step = (purpose: keyof typeof SCORE, bonus: number, reason: string, responsive = false): Candidate => ({
    purpose,
    letterId: letter.id,
    score: SCORE[purpose] + bonus,
    reason,
    responsive,
  });
  const out: Candidate[] = [];
  const packetSent = letter.status === 'materials-sent' || (letter.status === 'agreed' && !!letter.materialsSentAt);

  if (letter.status === 'planned') {
    const reason = `The letter for ${program} ${duePhrase(days)} and ${who} has not been asked yet`;
    out.push(step('letter-request', flagged('letter-ask') ?? NOT_FLAGGED, reason));
  }
  if (letter.status === 'declined' && !letter.declineHandledAt) {
    const reason = `${who} declined the letter for ${program}; a short thank-you keeps the door open`;
    out.push(step('decline-reply', 0, reason, true));
  }
  // The packet comes before any reminder: it already tells the writer the deadline.
  if (letter.status === 'agreed' && !packetSent) {
    const reason = `${who} agreed to write for ${program} and the packet has not been sent; `
      + `the letter ${duePhrase(days)}`;
    out.push(step('letter-packet', flagged('letter-packet') ?? 0, reason, true));
  }
  const askFollowUp = flagged('letter-ask-followup');
  if (letter.status === 'asked' && askFollowUp !== undefined) {
    const reason = `${who} has not answered your request for the ${program} letter; one gentle follow-up is fine`;
    out.push(step('follow-up', askFollowUp, reason));
  }
  // The same window the due items use (lib/schedule/letters.ts reminderWindow).
  const window = packetSent ? reminderWindow(letter, ctx.settings, ctx.now) : null;
  if (window) {
    // The nearer the deadline, the higher: a letter due in 2 days outranks one due in 6.
    const closeness = Number.isFinite(days) ? Math.max(0, ctx.settings.reminderDaysBefore - Math.max(0, days)) : 0;
    const bonus = SEVERITY_BONUS[window.severity] + closeness + (letter.remindersSent > 0 ? LATER_REMINDER : 0);
    out.push(step('letter-reminder', bonus, reminderReason(letter, what, days, ctx.settings.maxReminders)));
  }
  if (letter.status === 'submitted' && !letter.thankedAt) {
    const reason = `${who} submitted the letter for ${program} and has not been thanked yet`;
    out.push(step('letter-thanks', flagged('letter-thanks') ?? 0, reason, true));
  }
  const outcome = letter.outcome?.trim();
  if ((letter.status === 'submitted' || letter.status === 'thanked') && outcome && !letter.outcomeSharedAt) {
    const reason = `Your outcome for ${program} is in (${outcome}); ${who} will want to hear it`;
    out.push(step('outcome', flagged('letter-outcome') ?? 0, reason, true));
  }
  return out;
}

function dueCandidates(item: DueItem, who: string, now: Date): Candidate[] {
  const when = duePhrase(daysTo(item.dueDate, now));
  const step = (purpose: keyof typeof SCORE, reason: string, responsive = false): Candidate => ({
    purpose,
    ...(item.letterId ? { letterId: item.letterId } : {}),
    score: SCORE[purpose] + SEVERITY_BONUS[item.severity],
    reason,
    responsive,
  });
  switch (item.kind) {
    case 'checkin':
      return [
        step('update', `Your check-in with ${who} ${when}`),
        step('milestone', `Your check-in with ${who} ${when}: share a milestone if you have one`),
      ];
    case 'goal-revisit':
      return [step('update', `Revisiting your goals with ${who} ${when}`)];
    case 'meeting-agenda':
      return [step('agenda', `Your agenda for the meeting with ${who} ${when}`)];
    case 'meeting-thanks':
      return [step('thank-you', `Your thank-you to ${who} for the meeting ${when}`, true)];
    case 'awaiting-reply':
      return [step('follow-up', item.reason)];
    case 'reply-owed':
      return [step('update', item.reason, true)];
  }
  const purpose = DUE_PURPOSE[item.kind];
  return purpose ? [step(purpose, item.reason, RESPONSIVE_DUE.has(item.kind))] : [];
}

function mentorWroteLast(thread: SuggestContext['thread']): boolean {
  if (!thread?.lastFromMentorAt) return false;
  return !thread.lastFromMeAt || Date.parse(thread.lastFromMentorAt) > Date.parse(thread.lastFromMeAt);
}

export function suggestTemplates(ctx: SuggestContext): Suggestion[] {
  const who = salutation(ctx.mentor) ?? 'your mentor';
  const knownLetters = new Set(ctx.letters.map((l) => l.id));
  const candidates: Candidate[] = ctx.letters.flatMap((l) => letterCandidates(l, who, ctx));
  for (const item of ctx.dueItems) {
    // A letter's own record decides its next step; its due items only set the urgency.
    if (item.letterId && knownLetters.has(item.letterId)) continue;
    candidates.push(...dueCandidates(item, who, ctx.now));
  }
  const replyOwed = mentorWroteLast(ctx.thread);
  if (replyOwed) {
    const where = ctx.thread?.subject?.trim() ? ` in "${ctx.thread.subject.trim()}"` : '';
    const reason = `${who} wrote last${where} and has not had a reply`;
    candidates.push({ purpose: 'update', score: THREAD_REPLY, reason, responsive: true });
    candidates.push({ purpose: 'thank-you', score: THREAD_REPLY - 5, reason, responsive: true });
  }
  const active = ctx.mentor.status === 'active';
  if (active) {
    for (const f of FALLBACK) candidates.push({ purpose: f.purpose, score: f.score, reason: f.reason(who) });
  } else {
    const state =
      ctx.mentor.status === 'paused' ? `You paused contact with ${who}` : `Your mentorship with ${who} has ended`;
    const reason = `${state}; if you are stepping back, a gracious thank-you closes the loop`;
    candidates.push({ purpose: 'wind-down', score: WIND_DOWN, reason, responsive: true });
  }

  const best = new Map<string, Suggestion>();
  const order = new Map(ctx.templates.map((t, i) => [t.id, i]));
  const add = (s: Suggestion) => {
    const key = `${s.templateId}|${s.letterId ?? ''}`;
    if ((best.get(key)?.score ?? -Infinity) < s.score) best.set(key, s);
  };
  for (const c of candidates) {
    if (!active && !c.responsive) continue;
    const template = ctx.templates.find((t) => t.purpose === c.purpose);
    if (!template) continue;
    const boost = replyOwed && !c.letterId && (c.purpose === 'update' || c.purpose === 'thank-you') ? THREAD_BOOST : 0;
    const letter = c.letterId ? { letterId: c.letterId } : {};
    add({ templateId: template.id, ...letter, score: c.score + boost, reason: c.reason });
  }
  for (const t of ctx.templates) {
    if (t.purpose === 'custom') add({ templateId: t.id, score: CUSTOM, reason: `Your own template "${t.name}"` });
  }
  return [...best.values()].sort(
    (a, b) => b.score - a.score || (order.get(a.templateId) ?? 0) - (order.get(b.templateId) ?? 0),
  );
}
