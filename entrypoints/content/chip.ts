// The only thing FollowThrough puts in the mail page: a chip with the mentor's name as the page
// shows it and how many things are due, in an open shadow root (WXT's createShadowRootUi). The
// page's scripts can read it, so it holds nothing else. In the in-page fallback the chip also
// opens an iframe of the sidebar page, an extension document the page cannot read. Plain DOM:
// no UI framework in the mail page.
import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { placeSidebar, SIDEBAR_WIDTH } from './placement';
import type { ChipAnchor } from '@/lib/mail/types';

export const HOST_TAG = 'followthrough-sidebar';

const CSS = `
.chip { font: 600 12px/18px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #0b5f5b;
  background: #e6f4f3; border: 1px solid #0b7a75; border-radius: 11px; padding: 1px 9px; margin: 0 8px;
  cursor: pointer; white-space: nowrap; max-width: 180px; overflow: hidden; text-overflow: ellipsis; vertical-align: middle; }
.chip:focus-visible { outline: 2px solid #0b7a75; outline-offset: 2px; }
.dark .chip { color: #bfe9e6; background: #1f3b3a; border-color: #4fb8b1; }
.edge .chip { position: fixed; right: 0; top: 45vh; margin: 0; z-index: 2147483000; border-radius: 8px 0 0 8px;
  writing-mode: vertical-rl; padding: 8px 2px; max-height: 40vh; max-width: none; }
iframe { position: fixed; z-index: 2147483000; width: ${SIDEBAR_WIDTH}px; border: 1px solid #dadce0; border-radius: 12px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); background: #fff; color-scheme: normal; }
.dark iframe { background: #2d2e30; border-color: #5f6368; }
`;

export interface ChipShown {
  /** The mentor's name as the page shows it, or undefined when no tracked mentor is on screen. */
  name?: string;
  dueCount: number;
  dark: boolean;
  /** Where in the page's flow, or null for the edge tab. */
  anchor: ChipAnchor | null;
}

export interface PageChip {
  show(chip: ChipShown): void;
  /** In-page fallback: opens or closes the sidebar iframe for this tab. */
  toggleFrame(tabId: number, placement: { offsets: { top: number; right: number }; composes: Element[] }): void;
  /** Keeps an open iframe clear of compose windows that moved. */
  placeFrame(placement: { offsets: { top: number; right: number }; composes: Element[] }): void;
  closeFrame(): void;
}

export function chipLabel(name: string | undefined, dueCount: number): string {
  if (!name) return 'FollowThrough';
  return dueCount > 0 ? `${name} \u00b7 ${dueCount} due` : name;
}

export async function createPageChip(ctx: ContentScriptContext, onClick: () => void): Promise<PageChip> {
  let button!: HTMLButtonElement;
  let wrap!: HTMLElement;
  let frame: HTMLIFrameElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: HOST_TAG,
    position: 'inline',
    anchor: () => document.documentElement,
    css: CSS,
    // Keys typed on the chip stay ours: Gmail's shortcuts must not fire.
    isolateEvents: true,
    onMount(container) {
      wrap = document.createElement('div');
      button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      button.dataset.testid = 'page-chip';
      button.setAttribute('aria-expanded', 'false');
      button.addEventListener('click', onClick);
      wrap.append(button);
      container.append(wrap);
    },
  });
  document.querySelector(HOST_TAG)?.remove(); // a copy left by a previous version of the extension
  ui.mount();
  const host = ui.shadowHost;

  const position = (el: HTMLIFrameElement, p: { offsets: { top: number; right: number }; composes: Element[] }) => {
    const { top, right } = placeSidebar(p.offsets, p.composes, innerWidth);
    el.style.top = `${top}px`;
    el.style.right = `${right}px`;
    el.style.height = `${Math.max(240, innerHeight - top - 16)}px`;
    button.style.right = `${right + SIDEBAR_WIDTH}px`; // the tab stays beside the open panel
  };

  const closeFrame = () => {
    frame?.remove();
    frame = null;
    button.style.right = '';
    button.setAttribute('aria-expanded', 'false');
  };
  // The frame's Close button and Escape: only from our frame, whose origin the page cannot fake.
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  ctx.addEventListener(window, 'message', (e) => {
    if (!frame || e.source !== frame.contentWindow || e.origin !== extensionOrigin) return;
    if ((e.data as { type?: unknown } | null)?.type !== 'followthrough:close-frame') return;
    closeFrame();
    button.focus();
  });

  return {
    closeFrame,
    show({ name, dueCount, dark, anchor }) {
      const label = chipLabel(name, dueCount);
      if (button.textContent !== label) button.textContent = label;
      button.setAttribute('aria-label', `Open FollowThrough${name ? ` for ${label}` : ''}`);
      const inFlow = anchor && !frame ? anchor : null;
      wrap.className = `${dark ? 'dark ' : ''}${inFlow ? '' : 'edge'}`;
      // In the page's flow beside its anchor, or at the end of the document as an edge tab.
      if (!inFlow) {
        if (host.parentElement !== document.documentElement) document.documentElement.append(host);
      } else if (inFlow.where === 'after' ? inFlow.element.nextSibling !== host : inFlow.element.previousSibling !== host) {
        inFlow.element.parentElement?.insertBefore(host, inFlow.where === 'after' ? inFlow.element.nextSibling : inFlow.element);
      }
    },
    toggleFrame(tabId, placement) {
      if (frame) return closeFrame();
      frame = document.createElement('iframe');
      frame.title = 'FollowThrough';
      frame.dataset.testid = 'sidebar-frame';
      frame.src = browser.runtime.getURL(`/sidepanel.html?tabId=${tabId}&inPage=1` as '/sidepanel.html');
      position(frame, placement);
      wrap.className = `${wrap.classList.contains('dark') ? 'dark ' : ''}edge`;
      wrap.append(frame);
      button.setAttribute('aria-expanded', 'true');
      if (host.parentElement !== document.documentElement) document.documentElement.append(host);
    },
    placeFrame(placement) {
      if (frame) position(frame, placement);
    },
  };
}
