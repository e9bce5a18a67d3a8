// The one message protocol between content scripts, the sidebar and the background.
// Content scripts hold no database: they report what the page shows and get back only what
// they display (the chip's name and count). The sidebar asks the background for a tab's view
// and sends inserts through it to that tab's content script.
import { browser, type Browser } from 'wxt/browser';
import type { Person } from '../mail/types';
import type { LetterAction } from '../schedule/letter-actions';
import type { Rendered } from '../templates/render';
import type { ChipView, InsertOutcome, InsertRequest, PageReport, PanelView } from './payloads';
import type { WriteTarget } from '../views/write';
import type { ReplyMark } from '../schedule/reply-marks';

export type Request =
  /** From a content script: what its page shows now (sender.tab says which tab). */
  | { type: 'page:report'; report: PageReport }
  /** From the chip's click: open the browser's side panel for the sender's tab. */
  | { type: 'panel:open' }
  /** From the sidebar: what to show for tab `tabId`. */
  | { type: 'panel:view'; tabId: number }
  | { type: 'panel:track'; tabId: number; person: Person }
  /** From the sidebar: put this text into tab `tabId`'s compose. */
  | { type: 'panel:insert'; tabId: number; req: InsertRequest }
  /** From the sidebar: the private skeleton of tab `tabId`'s page, for a bug report. */
  | { type: 'panel:skeleton'; tabId: number }
  | { type: 'template:render'; templateId: string; mentorId: string; letterId?: string }
  /** A letter step the user confirmed after sending a message from the sidebar. */
  | { type: 'letter:action'; letterId: string; action: LetterAction }
  /** Opens the compose for a mentor's step (the sidebar's Write); when the message is too long for
   * a link, or the step needs none now, the mentor's page in options instead. */
  | ({ type: 'write' } & WriteTarget)
  /** "They replied" or "No reply needed" on a mentor's card. */
  | { type: 'reply:mark'; mentorId: string; mark: ReplyMark }
  /** Sent by the popup and options after a write, so a sleeping worker wakes to recompute;
   * `tables` names what was written when Dexie did not see the write. */
  | { type: 'data-changed'; tables?: string[] };

export interface Responses {
  'page:report': ChipView;
  'panel:open': null;
  'panel:view': PanelView;
  'panel:track': PanelView;
  'panel:insert': InsertOutcome;
  'panel:skeleton': string;
  'template:render': Rendered;
  'letter:action': null;
  write: 'compose' | 'too-long' | 'no-message';
  'reply:mark': null;
  'data-changed': null;
}

/** Sent by the background to one tab's content script (tabs.sendMessage), never broadcast. */
export type TabRequest = { type: 'page:insert'; req: InsertRequest } | { type: 'page:skeleton' };

type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
export type Sender = Browser.runtime.MessageSender;
export type Handlers = { [K in Request['type']]: (req: Extract<Request, { type: K }>, sender: Sender) => Promise<Responses[K]> };

/** Storage key the background bumps after data changes, so open sidebars refresh. */
export const DATA_VERSION_KEY = 'dataVersion';

export async function send<R extends Request>(req: R): Promise<Responses[R['type']]> {
  const reply = (await browser.runtime.sendMessage(req)) as Reply<Responses[R['type']]> | undefined;
  if (!reply) throw new Error('FollowThrough did not answer; reload the page.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Registers the background's answers, one per request type (entrypoints/background/messages.ts
 * joins each module's own). */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: Reply<unknown>) => void) => {
    const req = raw as Request;
    const handler = handlers[req?.type] as ((r: Request, s: Sender) => Promise<unknown>) | undefined;
    if (!handler) return false;
    // Called at once, not after an await: sidePanel.open() must run within the user's click.
    handler(req, sender).then(
      (value) => sendResponse({ ok: true, value }),
      (err: unknown) => sendResponse({ ok: false, error: err instanceof Error ? err.message : String(err) }),
    );
    return true; // answers asynchronously
  });
}
