// The one message protocol between content scripts and the background. Content scripts hold
// no database: they send what the page shows and get back what to display.
import { browser } from 'wxt/browser';
import type { OpenThread, Person } from './mail/types';
import type { SidebarView } from './sidebar-view';
import type { LetterAction } from './letter-actions';
import type { Rendered } from './templates/render';

export type Request =
  /** The open thread (recorded for tracked mentors) and everyone on screen: thread and compose. */
  | { type: 'sidebar:view'; thread: OpenThread | null; people: Person[] }
  | { type: 'sidebar:track'; person: Person; thread: OpenThread | null; people: Person[] }
  | { type: 'template:render'; templateId: string; mentorId: string; letterId?: string }
  /** A letter step the user confirmed after sending a message from the sidebar. */
  | { type: 'letter:action'; letterId: string; action: LetterAction }
  /** Sent by the popup and options after a write, so a sleeping worker wakes to recompute;
   * `tables` names what was written when Dexie did not see the write. */
  | { type: 'data-changed'; tables?: string[] };

interface Responses {
  'sidebar:view': SidebarView;
  'sidebar:track': SidebarView;
  'template:render': Rendered;
  'letter:action': null;
  'data-changed': null;
}

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
type Handlers = { [K in Request['type']]: (req: Extract<Request, { type: K }>) => Promise<Responses[K]> };

/** Storage key the background bumps after data changes, so open sidebars refresh. */
export const DATA_VERSION_KEY = 'dataVersion';

export async function send<R extends Request>(req: R): Promise<Responses[R['type']]> {
  const reply = (await browser.runtime.sendMessage(req)) as Reply<Responses[R['type']]> | undefined;
  if (!reply) throw new Error('FollowThrough did not answer; reload the page.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, _sender, sendResponse: (r: Reply<unknown>) => void) => {
    const req = raw as Request;
    const handler = handlers[req?.type] as ((r: Request) => Promise<unknown>) | undefined;
    if (!handler) return false;
    handler(req).then(
      (value) => sendResponse({ ok: true, value }),
      (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
    return true; // answers asynchronously
  });
}
