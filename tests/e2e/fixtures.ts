// Launches real Chromium with the built extension in a fresh profile, and gives tests its
// service worker, id and a way to seed the database from an extension page.
import { test as base, expect as baseExpect, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, findChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';
import { seedInPage, type Seed } from '../../scripts/seed-in-page.mjs';
import { routeMail } from '../../scripts/mail-routes.mjs';
import { MAIL_HOSTS } from '../../lib/mail/hosts';
import { Popup } from './pages/popup';
import { Options } from './pages/options';
import { SidePanel } from './pages/sidebar';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export type { Seed };

async function readTable(table: string): Promise<unknown[]> {
  const idb = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open('followthrough');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  const all = await new Promise<unknown[]>((ok, fail) => {
    const req = idb.transaction(table).objectStore(table).getAll();
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  idb.close();
  return all;
}

interface Fixtures {
  /** Fails the test if anything asked for a URL other than the routed webmail pages and the
   * extension's own files: the extension must never touch the network. Runs in every test. */
  noNetwork: void;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  seed: (data: Seed) => Promise<void>;
  extPage: (path: string) => Promise<Page>;
  /** The side panel of a mail tab, opened as a page: `sidepanel.html?tabId=N`. */
  panel: (mail: Page) => Promise<Page>;
  /** That side panel as a page object (pages/sidebar.ts). */
  sidePanel: (mail: Page) => Promise<SidePanel>;
  /** The popup, opened as a page (pages/popup.ts). */
  openPopup: () => Promise<Popup>;
  /** The options page at a section (pages/options.ts): `openOptions('backup')`, `openOptions('mentor=patel')`. */
  openOptions: (section: string) => Promise<Options>;
  /** Every row of a table, read from an extension page. */
  rows: <T = Record<string, unknown>>(table: string) => Promise<T[]>;
}

/** What a request may be: the extension's own files, or a webmail page served from fixtures. */
export function isAllowedRequest(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'chrome-extension:' || protocol === 'data:' || protocol === 'blob:') return true;
  return protocol === 'https:' && MAIL_HOSTNAMES.has(hostname);
}
const MAIL_HOSTNAMES = new Set(MAIL_HOSTS.map((h) => new URL(h.replace('/*', '/')).hostname));

export const test = base.extend<Fixtures>({
  noNetwork: [
    async ({ context }, use) => {
      const stray: string[] = [];
      context.on('request', (r) => {
        if (!isAllowedRequest(r.url())) stray.push(r.url());
      });
      await use();
      baseExpect(stray, 'network requests outside the extension and the routed webmail pages').toEqual([]);
    },
    { auto: true },
  ],
  rows: async ({ extPage }, use) => {
    const page = await extPage('popup.html');
    await use(async <T,>(table: string) => (await page.evaluate(readTable, table)) as T[]);
  },
  context: async ({}, use) => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error(INSTALL_HINT);
    const dir = mkdtempSync(join(tmpdir(), 'followthrough-e2e-'));
    const context = await chromium.launchPersistentContext(dir, {
      // Content scripts run on the real webmail URLs, answered from fixtures (scripts/mail-routes).
      executablePath,
      headless: true,
      viewport: { width: 1280, height: 800 },
      args: chromiumArgs(EXTENSION_DIR),
    });
    await routeMail(context);
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  extPage: async ({ context, extensionId }, use) => {
    await use(async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
  panel: async ({ worker, extPage }, use) => {
    await use(async (mail: Page) => {
      const tabId = await tabIdOf(worker, mail);
      return extPage(`sidepanel.html?tabId=${tabId}`);
    });
  },
  sidePanel: async ({ panel }, use) => {
    await use(async (mail: Page) => new SidePanel(await panel(mail)));
  },
  openPopup: async ({ extPage }, use) => {
    await use(async () => new Popup(await extPage('popup.html')));
  },
  openOptions: async ({ extPage }, use) => {
    await use(async (section: string) => new Options(await extPage(`options.html#${section}`)));
  },
  seed: async ({ extPage }, use) => {
    await use(async (data: Seed) => {
      const page = await extPage('popup.html');
      await page.evaluate(seedInPage, data);
      await page.close();
    });
  },
});

export const expect = test.expect;

/** The browser's id for the tab showing `page`, asked of the service worker (it sees the webmail
 * tabs' URLs and titles through the host permissions). Several tabs may show the same URL, so the
 * page is marked for a moment with a title of its own. */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  const mark = `ft-tab-${Math.random().toString(36).slice(2)}`;
  const title = await page.evaluate((t) => [document.title, (document.title = t)][0], mark);
  let id: number | undefined;
  try {
    await baseExpect
      .poll(async () => {
        id = await worker.evaluate(async (t) => (await chrome.tabs.query({})).find((tab) => tab.title === t)?.id, mark);
        return id;
      })
      .toBeDefined();
  } finally {
    await page.evaluate((t) => (document.title = t), title);
  }
  return id!;
}

/** A calendar date (YYYY-MM-DD) `days` from today, in the browser's zone. */
export function dayFromNow(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function isoDaysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString();
}
