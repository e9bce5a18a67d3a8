// `npm start`: opens Chromium with the built extension on the demo mailbox (fixture pages served
// at the real Gmail and Outlook URLs, sample mentors and letters seeded) and writes screenshots.
// Mail screenshots are composites: the mail page at the width the browser's side panel leaves it,
// and beside it the side panel page for that tab, as the browser lays them out.
// Headed when there is a display (close the browser to end), headless otherwise.
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, findChromium, INSTALL_HINT } from './chromium.mjs';
import { demoData } from './demo-data.mjs';
import { GMAIL, OUTLOOK, routeMail } from './mail-routes.mjs';
import { seedInPage } from './seed-in-page.mjs';

const EXTENSION = resolve('.output/chrome-mv3');
const SHOTS = resolve(process.env.DEMO_SCREENSHOTS ?? 'demo-screenshots');
const headless = process.env.DEMO_HEADLESS === '1' || !process.env.DISPLAY;

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!existsSync(join(EXTENSION, 'manifest.json'))) {
  console.error('No build found: run `npm run build` first (npm start does this for you).');
  process.exit(1);
}

const profile = mkdtempSync(join(tmpdir(), 'followthrough-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  viewport: { width: 1280, height: 800 },
  args: chromiumArgs(EXTENSION),
});
await routeMail(context);
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;

mkdirSync(SHOTS, { recursive: true });

// The welcome page a fresh install opens, shot before the demo data goes in.
const welcomeUrl = `chrome-extension://${id}/options.html#welcome`;
const welcome =
  context.pages().find((p) => p.url() === welcomeUrl) ??
  (await context.waitForEvent('page', { predicate: (p) => p.url() === welcomeUrl, timeout: 10_000 }).catch(() => null));
if (welcome) {
  await welcome.getByRole('heading', { level: 1 }).waitFor();
  await welcome.screenshot({ path: join(SHOTS, 'welcome.png'), fullPage: true });
}

const popup = await context.newPage();
await popup.goto(`chrome-extension://${id}/popup.html`);
await popup.evaluate(seedInPage, demoData());

const SCREEN = { width: 1280, height: 800 };
const PANEL_WIDTH = 360;

/** The browser's id for a tab, found by a momentary title of its own. */
async function tabIdOf(page) {
  const mark = `demo-${Math.random().toString(36).slice(2)}`;
  const title = await page.evaluate((t) => [document.title, (document.title = t)][0], mark);
  let tabId;
  for (let i = 0; i < 100 && tabId === undefined; i++) {
    tabId = await worker.evaluate(async (t) => (await chrome.tabs.query({})).find((tab) => tab.title === t)?.id, mark);
    if (tabId === undefined) await page.waitForTimeout(50);
  }
  await page.evaluate((t) => (document.title = t), title);
  return tabId;
}

/** The mail page narrowed by the side panel, and the panel beside it, in one picture. */
async function besideShot(name, url, waitFor) {
  const mail = await context.newPage();
  await mail.setViewportSize({ width: SCREEN.width - PANEL_WIDTH, height: SCREEN.height });
  await mail.goto(url);
  await mail.locator('followthrough-sidebar [data-testid=page-chip]').waitFor({ timeout: 10_000 }).catch(() => console.warn(`  (${name}: no chip)`));
  const panel = await context.newPage();
  await panel.setViewportSize({ width: PANEL_WIDTH, height: SCREEN.height });
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${await tabIdOf(mail)}`);
  await panel.locator(waitFor).first().waitFor({ timeout: 10_000 }).catch(() => console.warn(`  (${name}: ${waitFor} did not appear)`));
  await mail.waitForTimeout(300);
  const [left, right] = [await mail.screenshot(), await panel.screenshot()].map((b) => `data:image/png;base64,${b.toString('base64')}`);
  const canvas = await context.newPage();
  await canvas.setViewportSize(SCREEN);
  await canvas.setContent(
    `<body style="margin:0;display:flex;background:#dadce0"><img src="${left}"><img src="${right}" style="border-left:1px solid #9aa0a6"></body>`,
  );
  await canvas.screenshot({ path: join(SHOTS, `${name}.png`) });
  await canvas.close();
  await panel.close();
  console.log(`  ${name}.png  ${url} (mail page ${SCREEN.width - PANEL_WIDTH} px wide, side panel ${PANEL_WIDTH} px beside it)`);
  return mail;
}

async function shot(name, url, waitFor, size) {
  const page = await context.newPage();
  if (size) await page.setViewportSize(size);
  await page.goto(url);
  if (waitFor) await page.locator(waitFor).first().waitFor({ timeout: 10_000 }).catch(() => console.warn(`  (${name}: ${waitFor} did not appear)`));
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  console.log(`  ${name}.png  ${url}`);
  return page;
}

console.log(`FollowThrough demo (extension ${id}), screenshots in ${SHOTS}:`);
console.log(welcome ? `  welcome.png  ${welcomeUrl} (opened on install, before the demo data)` : '  (welcome: the page did not open on install)');
await popup.close();
const pages = [
  await shot('popup', `chrome-extension://${id}/popup.html`, '[data-testid=deadline-row]', { width: 400, height: 640 }),
  await besideShot('gmail-thread', GMAIL('thread', 'inbox/19a36435ce2f0ff3'), '[data-testid=mentor-card]'),
  await besideShot('gmail-unknown-sender', GMAIL('thread-unknown'), '[data-testid=add-mentor]'),
  await besideShot('gmail-compose', GMAIL('compose'), '[data-testid=mentor-card]'),
  await besideShot('gmail-dark', GMAIL('dark'), '[data-testid=mentor-card]'),
  await besideShot('outlook-reading-pane', OUTLOOK('reading-pane'), '[data-testid=mentor-card]'),
  await besideShot('outlook-popout-compose', OUTLOOK('compose-popout', 'mail/deeplink/compose'), '[data-testid=mentor-card]'),
  await shot('options', `chrome-extension://${id}/options.html`, 'main'),
  await shot('season', `chrome-extension://${id}/options.html#season`, '[data-testid=timeline-letter]', { width: 1280, height: 900 }),
  await shot('mentor-contact-history', `chrome-extension://${id}/options.html#mentor=demo-okafor`, '[data-testid=contact-history]'),
];
// The contact history sits below the mentor's letters and goals: shoot it where it is.
await pages.at(-1).getByTestId('contact-history').screenshot({ path: join(SHOTS, 'mentor-contact-history.png') });

if (headless) {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  console.log('Done. (Headless: no display found. Set DISPLAY, or run under xvfb-run, to browse the demo yourself.)');
} else {
  for (const [i, page] of pages.entries()) if (i !== 1) await page.close();
  await pages[1].bringToFront();
  console.log('The demo is open: the chip on the Gmail tab opens the side panel; the toolbar icon opens the deadline overview. Close the browser to end.');
  await new Promise((done) => context.on('close', done));
  rmSync(profile, { recursive: true, force: true });
}
