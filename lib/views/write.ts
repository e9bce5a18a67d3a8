// "Write" and "Open thread" for a mentor or one of their due steps: the suggested template for
// that step, filled in, as a compose link in the webmail the user reads them in, and the link
// back to their last thread. Reads the database; runs in the popup, options and the background.
import type { FollowThroughDB } from '../data/db';
import { mentorById, recentThreads, recordsOf, threadsOf } from '../data/reads';
import type { Provider, Thread } from '../data/model';
import { computeDue, lastContact, type DueKind } from '../schedule';
import { suggestTemplates, type Template, type TemplatePurpose } from '../templates';
import { renderFor, templateLibrary } from './suggestions';
import { accountOf, composeLink, mailUrl, threadLink, type ComposeKind, type ComposeLink } from '../mail/links';

/** What a button writes about: a letter, a due step without a letter, or (neither) the mentor. */
export interface WriteTarget {
  mentorId: string;
  letterId?: string;
  kind?: DueKind;
}

export interface WriteLinks {
  mentorName: string;
  /** Absent when the step is not a message to this mentor (e.g. finding another writer). */
  message?: { templateName: string; to: string; subject: string; body: string; compose: ComposeLink };
  /** Absent when there is no mail to go to: no thread seen and no webmail chosen. */
  threadUrl?: string;
}

/** Due steps with no letter, and the messages that carry them out. */
const KIND_PURPOSES: Partial<Record<DueKind, TemplatePurpose[]>> = {
  checkin: ['update', 'milestone'],
  'goal-revisit': ['update'],
  'meeting-agenda': ['agenda'],
  'meeting-thanks': ['thank-you'],
};

const RECENT_THREADS = 200;

/** Newest first by last message; rows without a date last. */
function byRecency(a: Thread, b: Thread): number {
  return (b.lastMessageAt ?? '').localeCompare(a.lastMessageAt ?? '');
}

/** The newest thread read in `provider` with a page address, this mentor's first, else anyone's. */
async function accountPage(provider: Provider, own: Thread[], db?: FollowThroughDB): Promise<string | undefined> {
  const mine = own.find((t) => t.provider === provider && mailUrl(t.url));
  if (mine) return mine.url;
  // The newest few threads are enough to know the account; a database of threads recorded before
  // pages were kept is not read through on every button.
  const recent = await recentThreads(RECENT_THREADS, db);
  return recent.find((t) => t.provider === provider && mailUrl(t.url))?.url;
}

/** The webmail the user reads this mentor in, else the one they read anyone in last. */
async function usualProvider(own: Thread[], db?: FollowThroughDB): Promise<Provider | undefined> {
  return own[0]?.provider ?? (await recentThreads(1, db))[0]?.provider;
}

function pick(ranked: ReturnType<typeof suggestTemplates>, target: WriteTarget, library: Template[]) {
  const purpose = (id: string) => library.find((t) => t.id === id)?.purpose;
  if (target.letterId) return ranked.find((s) => s.letterId === target.letterId);
  if (target.kind) {
    const fits = KIND_PURPOSES[target.kind] ?? [];
    return ranked.find((s) => !s.letterId && fits.includes(purpose(s.templateId) as TemplatePurpose));
  }
  return ranked[0];
}

export async function writeLinks(target: WriteTarget, now: Date, db?: FollowThroughDB): Promise<WriteLinks | null> {
  const mentor = await mentorById(target.mentorId, db);
  if (!mentor) return null;
  const id = mentor.id;
  const [{ letters, activities, goals, snoozes, settings }, library, threads] = await Promise.all([
    recordsOf([id], db),
    templateLibrary(db),
    threadsOf(id, db),
  ]);
  threads.sort(byRecency);
  const to = mentor.emails[0];
  const due = computeDue({ mentors: [mentor], letters, activities, goals }, now, settings, snoozes);
  const lastContactAt = lastContact(mentor, activities, now);
  const ctx = { mentor, letters, activities, due, thread: threads[0], lastContactAt };

  const usual = await usualProvider(threads, db);
  // The setting, or (auto) the webmail the user reads them in; mailto: when no mail was ever read.
  const provider: ComposeKind = settings.writeWith === 'auto' ? (usual ?? 'mailto') : settings.writeWith;
  const account = provider === 'mailto' ? undefined : accountOf(provider, await accountPage(provider, threads, db));

  const chosen = to ? pick(suggestTemplates({ ...ctx, dueItems: due, settings, now, templates: library }), target, library) : undefined;
  const template = chosen && library.find((t) => t.id === chosen.templateId);
  let message: WriteLinks['message'];
  if (template) {
    const { subject, body } = renderFor(template, ctx, settings, now, chosen.letterId);
    message = { templateName: template.name, to, subject, body, compose: composeLink(provider, account, { to, subject, body }) };
  }

  // The thread goes back to where it was read, whatever the compose setting says.
  const seen = threads.find((t) => mailUrl(t.url));
  const threadProvider = seen?.provider ?? usual ?? (provider === 'mailto' ? undefined : provider);
  const threadAccount = threadProvider && accountOf(threadProvider, await accountPage(threadProvider, threads, db));
  const threadUrl = threadAccount ? threadLink(seen?.url, threadAccount, mentor.emails) : undefined;
  return { mentorName: mentor.name, ...(message ? { message } : {}), ...(threadUrl ? { threadUrl } : {}) };
}
