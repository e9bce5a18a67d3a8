// Runs the Firefox build (.output/firefox-mv2) in real Firefox ESR over WebDriver BiDi, installed
// as a temporary add-on, and serves the fixture pages at the real webmail URLs, as the Chromium
// suite does (scripts/mail-routes.mjs). BiDi will not open moz-extension:// pages in a tab, so the
// tests drive the product through what it shows inside the mail page: the chip, and the sidebar
// page the chip opens in a frame there.
import puppeteer, { Frame, type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { PROVIDERS, fixturePath } from '../../scripts/mail-routes.mjs';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
const CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
export const FIREFOX_INSTALL_HINT = 'Firefox not found: install it with `apt-get install -y firefox-esr`, or set FIREFOX_PATH.';

const HOSTS = new Map(PROVIDERS.map((p) => [new URL(p.pattern.replace('/**', '/')).hostname, p]));

/** The fixture that answers a webmail URL, as scripts/mail-routes.mjs picks it; undefined elsewhere. */
export function routedFixture(url: string): { status: number; body: string | Buffer } | undefined {
  const { protocol, hostname, searchParams } = new URL(url);
  const route = protocol === 'https:' ? HOSTS.get(hostname) : undefined;
  if (!route) return undefined;
  const name = searchParams.get('ft') ?? route.fallback;
  try {
    return { status: 200, body: readFileSync(fixturePath(route.provider, name)) };
  } catch {
    return { status: 404, body: `No fixture ${route.provider}/${name}` };
  }
}

/** A proxy that answers nothing and writes down every request sent to it. Firefox is pointed at
 * it for all traffic, so a request from anywhere in the browser, the add-on's background page
 * included (which BiDi does not show as a target), lands here instead of on the network. The
 * routed mail pages are answered inside the browser and never reach it. */
export interface Sink {
  port: number;
  /** Absolute URLs of plain requests; `CONNECT host:port` for encrypted ones. */
  seen: string[];
  close: () => Promise<void>;
}

/** Puppeteer points Firefox's own services (blocklist, remote settings, telemetry) at the reserved
 * name dummy.test, which never resolves. Those asks are the browser's, never the add-on's. */
export function isBrowserService(seen: string): boolean {
  const host = seen.startsWith('CONNECT ') ? seen.slice(8).split(':')[0] : new URL(seen).hostname;
  return host === 'dummy.test';
}
export async function startSink(): Promise<Sink> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { port, seen, close: () => new Promise((ok) => server.close(() => ok())) };
}

export interface Firefox {
  browser: Browser;
  sink: Sink;
  close: () => Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  const executablePath = CANDIDATES.find((p) => p && existsSync(p));
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error('No Firefox build: run `npx wxt build -b firefox` first.');
  const sink = await startSink();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    // Release builds keep talking to Mozilla's remote-settings server unless this is set, and
    // would fill the sink with the browser's own traffic.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': sink.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': sink.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return {
    browser,
    sink,
    close: async () => {
      await browser.close();
      await sink.close();
    },
  };
}

export interface MailPage {
  page: Page;
  /** Uncaught errors and unhandled rejections in the mail page. */
  errors: string[];
  /** Requests from the page (and its frames) to anything but the routed webmail pages. */
  stray: string[];
}

/** A new tab on a webmail URL answered from the fixtures; anything else it asks for is refused
 * and written down. */
export async function openMail(browser: Browser, url: string): Promise<MailPage> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const stray: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (/^(moz-extension|data|blob):/.test(url)) return void request.continue();
    const fixture = routedFixture(url);
    if (!fixture) {
      stray.push(url);
      return void request.abort();
    }
    // Only the page itself is a fixture; the browser's own asks (the favicon) get a 404.
    if (!request.isNavigationRequest()) return void request.respond({ status: 404, body: '' });
    return void request.respond({ status: fixture.status, contentType: 'text/html; charset=utf-8', body: fixture.body });
  });
  await page.goto(url);
  return { page, errors, stray };
}

/** The one element FollowThrough adds to the mail page; the chip and the sidebar's iframe live in
 * its open shadow root. */
const HOST = 'followthrough-sidebar';

/** Where the product shows something: the mail page (the chip) or the sidebar page's frame. */
type Surface = Page | Frame;

/** Waits until `surface` (inside the host's shadow root, for the page) shows an element with
 * this test id (holding `text`, if given) and returns the text of every such element. */
export async function texts(surface: Surface, testId: string, text?: string, timeout = 15_000): Promise<string[]> {
  const handle = await surface.waitForFunction(
    (host: string, id: string, want: string | null) => {
      const root = location.protocol === 'moz-extension:' ? document : document.querySelector(host)?.shadowRoot;
      const found = [...(root?.querySelectorAll(`[data-testid="${id}"]`) ?? [])].map((e) => e.textContent ?? '');
      const ok = want === null ? found.length > 0 : found.some((t) => t.includes(want));
      return ok ? found : false;
    },
    { polling: 100, timeout },
    HOST,
    testId,
    text ?? null,
  );
  return (await handle.jsonValue()) as string[];
}

/** How many elements with this test id the sidebar frame shows now. */
export async function count(frame: Frame, testId: string): Promise<number> {
  return frame.$$eval(`[data-testid="${testId}"]`, (els) => els.length);
}

/** Clicks the first element with this test id, with real pointer input. */
export async function click(surface: Surface, testId: string): Promise<void> {
  const selector = `[data-testid="${testId}"]`;
  const button = await surface.waitForSelector(surface instanceof Frame ? selector : `${HOST} >>> ${selector}`, { timeout: 15_000 });
  await button!.click();
}

/** What Firefox users get: the chip in the page opens an iframe of the extension's sidebar page
 * (Firefox's own sidebar cannot be opened by a click in the page). Returns that frame. BiDi
 * reports its URL as about:blank, yet runs scripts and clicks inside it, in the add-on's origin. */
export async function openSidebar(page: Page): Promise<Frame> {
  await click(page, 'page-chip');
  const iframe = await page.waitForSelector(`${HOST} >>> [data-testid="sidebar-frame"]`, { timeout: 15_000 });
  const frame = await iframe!.contentFrame();
  if (!frame) throw new Error('The sidebar iframe has no frame.');
  await frame.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { polling: 100, timeout: 15_000 });
  // BiDi reports no page error from an extension frame: the frame writes its own down from here on.
  await frame.evaluate(() => {
    const seen: string[] = ((window as { __errors?: string[] }).__errors = []);
    addEventListener('error', (e) => seen.push(String(e.error ?? e.message)));
    addEventListener('unhandledrejection', (e) => seen.push(String(e.reason)));
  });
  return frame;
}

/** Uncaught errors in the sidebar frame since it was opened. */
export async function frameErrors(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => (window as { __errors?: string[] }).__errors ?? ['no error listener']);
}

/** Every row of a table of the add-on's database, read from the sidebar frame (an extension page,
 * so the same origin as the background that owns the database). */
export async function rows<T = Record<string, unknown>>(frame: Frame, table: string): Promise<T[]> {
  return (await frame.evaluate(
    (name: string) =>
      new Promise<unknown[]>((ok, fail) => {
        const open = indexedDB.open('followthrough');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name).objectStore(name).getAll();
          all.onerror = () => fail(all.error);
          all.onsuccess = () => {
            open.result.close();
            ok(all.result);
          };
        };
      }),
    table,
  )) as T[];
}
