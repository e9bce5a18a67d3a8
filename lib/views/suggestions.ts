// Templates as the sidebar needs them: the library with the user's versions in place, the top
// suggestions for a mentor filled in, and any template rendered on demand. Runs in the
// background, so the content script carries neither the templates nor date code.
import type { FollowThroughDB } from '../data/db';
import { loadUserTemplates, mentorById, recordsOf, threadById } from '../data/reads';
import type { Activity, LetterRequest, Mentor, Thread } from '../data/model';
import { isOpen, lastContact, type DueItem, type Settings } from '../schedule';
import type { LetterAction } from '../schedule/letter-actions';
import {
  BUILTIN_TEMPLATES,
  renderTemplate,
  suggestTemplates,
  templatesWithUserOverrides,
  type Rendered,
  type Template,
  type TemplatePurpose,
} from '../templates';
import { dateLocale } from '../templates/locales';

const SUGGESTIONS_SHOWN = 3;

export interface TemplateChoice {
  id: string;
  name: string;
}

export interface SuggestionView extends Rendered {
  templateId: string;
  name: string;
  reason: string;
  letterId?: string;
  /** The letter step that sending this message completes, to confirm after inserting. */
  confirms?: { action: LetterAction; label: string };
}

/** Sending one of these completes a step of the letter it was suggested for. */
const CONFIRMS: Partial<Record<TemplatePurpose, { action: LetterAction; label: string }>> = {
  'letter-request': { action: 'asked', label: 'I sent it: mark as asked' },
  'letter-packet': { action: 'materials-sent', label: 'I sent it: mark the packet sent' },
  'letter-reminder': { action: 'reminder-sent', label: 'I sent it: count this reminder' },
  'letter-thanks': { action: 'thanked', label: 'I sent it: mark thanked' },
  outcome: { action: 'outcome-shared', label: 'I sent it: mark the outcome shared' },
  'decline-reply': { action: 'decline-handled', label: 'I sent it: close this request' },
  'follow-up': { action: 'reminder-sent', label: 'I sent it: count this follow-up' },
};

export async function templateLibrary(db?: FollowThroughDB): Promise<Template[]> {
  return templatesWithUserOverrides(BUILTIN_TEMPLATES, await loadUserTemplates(db));
}

export interface MentorContext {
  mentor: Mentor;
  letters: LetterRequest[];
  activities: Activity[];
  due: DueItem[];
  thread?: Thread;
  lastContactAt: string;
  /** The user's newest email to them, for a follow-up ("my email of ... about ..."). */
  lastSent?: { at: string; subject?: string };
}

/** The user's newest plain email to the mentor, with its thread's subject when we saw it. */
export async function lastSentMessage(activities: Activity[], db?: FollowThroughDB): Promise<MentorContext['lastSent']> {
  let newest: Activity | undefined;
  for (const a of activities) if (a.kind === 'email-sent' && (!newest || a.at > newest.at)) newest = a;
  if (!newest) return undefined;
  const thread = newest.threadId ? await threadById(newest.threadId, db) : undefined;
  return { at: newest.at, subject: thread?.subject.trim() || undefined };
}

/** Messages about a meeting still to come; the others (a thank-you) mean the last one held. */
const ABOUT_NEXT_MEETING = new Set<Template['purpose']>(['agenda', 'reschedule']);

/** The meeting a message is about: the next one for an agenda, else the latest one held. */
function meetingFor(purpose: Template['purpose'] | undefined, activities: Activity[], now: Date): string | undefined {
  const nowIso = now.toISOString();
  const meetings = activities.filter((a) => a.kind === 'meeting').map((a) => a.at).sort();
  if (purpose && ABOUT_NEXT_MEETING.has(purpose)) return meetings.find((at) => at > nowIso);
  return meetings.filter((at) => at <= nowIso).at(-1);
}

export function renderFor(
  template: Pick<Template, 'subject' | 'body'> & { purpose?: Template['purpose'] },
  ctx: MentorContext,
  settings: Settings,
  now: Date,
  letterId?: string,
): Rendered {
  const letter = ctx.letters.find((l) => l.id === letterId);
  return renderTemplate(template, {
    mentor: ctx.mentor,
    user: { name: settings.userName, stage: settings.userStage },
    letter,
    meetingAt: meetingFor(template.purpose, ctx.activities, now),
    lastContactAt: ctx.lastContactAt,
    message: ctx.lastSent,
    now,
    locale: dateLocale(globalThis.navigator?.language),
  });
}

export function suggestionsFor(ctx: MentorContext, templates: Template[], settings: Settings, now: Date): SuggestionView[] {
  const ranked = suggestTemplates({
    mentor: ctx.mentor,
    letters: ctx.letters,
    dueItems: ctx.due,
    thread: ctx.thread,
    settings,
    now,
    templates,
  });
  return ranked.slice(0, SUGGESTIONS_SHOWN).flatMap((s) => {
    const template = templates.find((t) => t.id === s.templateId);
    if (!template) return [];
    const purpose = template.purpose === 'custom' ? undefined : template.purpose;
    return [
      {
        ...renderFor(template, ctx, settings, now, s.letterId),
        templateId: template.id,
        name: template.name,
        reason: s.reason,
        letterId: s.letterId,
        confirms: s.letterId && purpose ? CONFIRMS[purpose] : undefined,
      },
    ];
  });
}

/** Any template, filled in for a mentor (and a letter): the sidebar's "all templates" picker. */
export async function renderById(
  templateId: string,
  mentorId: string,
  now: Date,
  settings: Settings,
  db?: FollowThroughDB,
  letterId?: string,
): Promise<Rendered> {
  const [library, mentor, { letters, activities }] = await Promise.all([
    templateLibrary(db),
    mentorById(mentorId, db),
    recordsOf([mentorId], db),
  ]);
  const template = library.find((t) => t.id === templateId);
  if (!template || !mentor) throw new Error('That template or mentor no longer exists.');
  // The letter with the nearest deadline still open, when none is named.
  const letter = letterId ?? letters.filter(isOpen).sort((a, b) => a.deadline.localeCompare(b.deadline))[0]?.id;
  const lastContactAt = lastContact(mentor, activities, now);
  const lastSent = await lastSentMessage(activities, db);
  return renderFor(template, { mentor, letters, activities, due: [], lastContactAt, lastSent }, settings, now, letter);
}
