// Runs on the webmail hosts only: picks the adapter for the page, reads what is open, reports it
// to the background, shows the chip, and inserts text when the side panel asks. It receives only
// what the chip shows. Never throws into the page.
import { browser } from 'wxt/browser';
import { adapterFor } from '@/lib/mail/registry';
import { MAIL_HOSTS } from '@/lib/mail/hosts';
import type { MailAdapter } from '@/lib/mail/types';
import { DATA_VERSION_KEY, send, type TabRequest } from '@/lib/messaging/protocol';
import type { ChipView } from '@/lib/messaging/payloads';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPageChip } from './chip';
import { CaretMemory, insertTemplate } from './insert';
import { readPage, type PageRead } from './read';
import { watchPage } from './watch';
import { pageSkeleton } from '@/lib/mail/skeleton';

/** The page's masked structure; a page we cannot even walk still answers, with why. */
function safeSkeleton(adapter: MailAdapter): string {
  try {
    return pageSkeleton(document, adapter);
  } catch (err) {
    return `FollowThrough could not walk this page's structure (${err instanceof Error ? err.name : 'error'}).`;
  }
}

export default defineContentScript({
  matches: MAIL_HOSTS,
  runAt: 'document_idle',
  main(ctx) {
    try {
      const adapter = adapterFor(location, document);
      if (adapter) void start(adapter, ctx).catch((err) => console.warn('FollowThrough could not start', err));
    } catch (err) {
      console.warn('FollowThrough could not start', err);
    }
  },
});

async function start(adapter: MailAdapter, ctx: ContentScriptContext): Promise<void> {
  let last: PageRead | null = null;
  let answer: ChipView | null = null;
  const caret = new CaretMemory();
  const framePlacement = () => ({ offsets: adapter.sidebarOffsets(document), composes: last?.composeElements ?? [] });

  const chip = await createPageChip(ctx, () => {
    if (!answer) return;
    if (answer.placement === 'inside') return chip.toggleFrame(answer.tabId, framePlacement());
    // The side panel opens only within this click: nothing may be awaited before the message.
    send({ type: 'panel:open' }).catch(() => answer && chip.toggleFrame(answer.tabId, framePlacement()));
  });

  const show = () => {
    if (!last) return;
    const person = answer && answer.personIndex >= 0 ? last.report.people[answer.personIndex] : undefined;
    chip.show({ name: person?.name || person?.email, dueCount: answer?.dueCount ?? 0, dark: last.report.dark, anchor: adapter.anchor(document) });
    chip.placeFrame(framePlacement());
  };

  // Only the newest report's answer is shown: after a quick switch from thread A to B, A's late
  // answer must not label B's chip.
  let asked = 0;
  const refresh = async (force = false) => {
    const page = readPage(adapter);
    const unchanged = !force && last && page.signature === last.signature;
    last = page;
    if (unchanged) return show();
    const mine = ++asked;
    const next = await send({ type: 'page:report', report: page.report });
    if (mine !== asked) return;
    answer = next;
    show();
  };

  const safeRefresh = (force = false) => void refresh(force).catch((err) => console.warn('FollowThrough', err));
  const stopWatching = watchPage(() => adapter.observeRoot(document), () => safeRefresh());
  ctx.onInvalidated(stopWatching);
  ctx.addEventListener(document, 'selectionchange', () => caret.remember());

  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && changes[DATA_VERSION_KEY]) safeRefresh(true);
  };
  const onTabMessage = (raw: unknown, _sender: unknown, reply: (r: unknown) => void) => {
    const req = raw as TabRequest;
    if (req?.type === 'page:skeleton') {
      reply(safeSkeleton(adapter));
      return false;
    }
    if (req?.type !== 'page:insert') return false;
    try {
      reply(insertTemplate(adapter, req.req, caret));
    } catch (err) {
      console.warn('FollowThrough could not insert', err);
      reply({ composeFound: true, message: 'FollowThrough could not write into this message window. Nothing was changed.' });
    }
    return false;
  };
  browser.storage.onChanged.addListener(onStorage);
  browser.runtime.onMessage.addListener(onTabMessage);
  // When the extension is updated or reloaded this copy stops listening and leaves the page.
  ctx.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onTabMessage);
  });
  safeRefresh();
}
