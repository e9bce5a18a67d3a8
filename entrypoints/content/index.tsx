// Runs on the webmail hosts only: picks the adapter for the page, reads what is open, asks the
// background what to show, and renders the sidebar. Never throws into the page.
import { browser } from 'wxt/browser';
import { adapterFor } from '@/lib/mail/registry';
import { MAIL_HOSTS } from '@/lib/mail/hosts';
import type { MailAdapter, OpenThread, Person } from '@/lib/mail/types';
import { DATA_VERSION_KEY, send, type Request } from '@/lib/messaging';
import { Sidebar, type Notice, type SidebarStatus } from '@/components/sidebar/Sidebar';
import type { InsertRequest } from '@/components/sidebar/Suggestions';
import type { LetterAction } from '@/lib/letter-actions';
import { insertTemplate } from './insert';
import { mountHost, placeHost, type Mounted } from './mount';
import { placeSidebar } from './placement';
import { watchPage } from './watch';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const COLLAPSED_KEY = 'sidebarCollapsed';

export default defineContentScript({
  matches: MAIL_HOSTS,
  runAt: 'document_idle',
  main(ctx) {
    try {
      const adapter = adapterFor(location, document);
      if (adapter) void start(adapter, ctx);
    } catch (err) {
      console.warn('FollowThrough could not start', err);
    }
  },
});

interface PageRead {
  thread: OpenThread | null;
  people: Person[];
  composeElements: Element[];
  signature: string;
  readable: boolean;
}

function readPage(adapter: MailAdapter): PageRead {
  const thread = adapter.openThread(document);
  const composes = adapter.composeWindows(document);
  const me = adapter.userEmail(document);
  const seen = new Set<string>(me ? [me] : []);
  const people: Person[] = [];
  for (const p of [...(thread?.participants ?? []), ...composes.flatMap((c) => c.recipients)]) {
    if (seen.has(p.email)) continue;
    seen.add(p.email);
    people.push(p);
  }
  const signature = JSON.stringify([thread?.providerThreadId, thread?.messages.map((m) => [m.key, m.at]), people]);
  const composeElements = composes.map((c) => c.element);
  return { thread, people, composeElements, signature, readable: adapter.recognizes(document) };
}

async function start(adapter: MailAdapter, ctx: ContentScriptContext): Promise<void> {
  let collapsed = Boolean((await browser.storage.local.get(COLLAPSED_KEY))[COLLAPSED_KEY]);
  let status: SidebarStatus = { kind: 'idle' };
  let notice: Notice | undefined;
  let last: PageRead | null = null;
  let mounted: Mounted | null = null;

  /** Keeps the sidebar clear of compose windows, which open and move without changing the view. */
  const place = (host: HTMLElement) =>
    placeHost(host, placeSidebar(adapter.sidebarOffsets(document), last?.composeElements ?? [], innerWidth));
  const render = () => {
    mounted ??= mountHost(document);
    place(mounted.host);
    mounted.host.dataset.theme = adapter.isDark(document) ? 'dark' : 'light';
    mounted.root.render(
      <Sidebar
        status={status}
        collapsed={collapsed}
        notice={notice}
        onToggle={toggle}
        onTrack={(p) => void track(p)}
        onInsert={(req) => void insert(req)}
        onPick={async (templateId, mentorId) => send({ type: 'template:render', templateId, mentorId })}
        onFailure={(message) => {
          notice = { text: message };
          render();
        }}
        onLetterAction={(letterId, action) => void recordStep(letterId, action)}
        onDismissNotice={() => {
          notice = undefined;
          render();
        }}
      />,
    );
  };
  const toggle = () => {
    collapsed = !collapsed;
    void browser.storage.local.set({ [COLLAPSED_KEY]: collapsed });
    render();
  };
  // Only the newest question's answer is shown: after a quick switch from thread A to B, A's
  // late answer must not put A's card over B's compose.
  let asked = 0;
  const ask = async (request: Extract<Request, { type: 'sidebar:view' | 'sidebar:track' }>) => {
    const mine = ++asked;
    let next: SidebarStatus;
    try {
      next = { kind: 'ready', view: await send(request) };
    } catch (err) {
      next = { kind: 'error', message: err instanceof Error ? err.message : 'FollowThrough is unavailable.' };
    }
    if (mine !== asked) return;
    status = next;
    render();
  };
  const refresh = async (force = false) => {
    const page = readPage(adapter);
    const unchanged = !force && last && page.signature === last.signature && page.readable === last.readable;
    last = page;
    if (unchanged) {
      if (mounted) place(mounted.host);
      return;
    }
    if (page.people.length === 0) {
      asked += 1; // an answer still on its way is for a view that is gone
      status = page.readable ? { kind: 'idle' } : { kind: 'unreadable' };
      render();
      return;
    }
    await ask({ type: 'sidebar:view', thread: page.thread, people: page.people });
  };
  const track = async (person: Person) => {
    const page = last ?? readPage(adapter);
    await ask({ type: 'sidebar:track', person, thread: page.thread, people: page.people });
  };

  /** A letter step recorded from the sidebar; the write makes the background refresh the view. */
  const recordStep = async (letterId: string, action: LetterAction, done?: string) => {
    try {
      await send({ type: 'letter:action', letterId, action });
      if (!done) return;
      notice = { text: done };
    } catch (err) {
      notice = { text: err instanceof Error ? err.message : 'That step could not be recorded.' };
    }
    render();
  };

  const insert = async (req: InsertRequest) => {
    const text = await insertTemplate(adapter, req);
    const { letterId, confirms } = req;
    notice = {
      text,
      confirm:
        letterId && confirms
          ? {
              label: confirms.label,
              run: () => void recordStep(letterId, confirms.action, 'Recorded. Thank you for following through.'),
            }
          : undefined,
    };
    render();
  };

  const safeRefresh = (force = false) => void refresh(force).catch((err) => console.warn('FollowThrough', err));
  const stopWatching = watchPage(() => adapter.observeRoot(document), () => safeRefresh());
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && changes[DATA_VERSION_KEY]) safeRefresh(true);
  };
  browser.storage.onChanged.addListener(onStorage);
  // When the extension is updated or reloaded this copy stops watching and leaves the page.
  ctx.onInvalidated(() => {
    stopWatching();
    browser.storage.onChanged.removeListener(onStorage);
    mounted?.root.unmount();
    mounted?.host.remove();
  });
  safeRefresh();
}
