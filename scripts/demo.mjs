// `npm start`: opens Chromium with the built extension on the demo mailbox (fixture pages served
// at the real Gmail and Outlook URLs, sample mentors and letters seeded) and writes screenshots.
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

const popup = await context.newPage();
await popup.goto(`chrome-extension://${id}/popup.html`);
await popup.evaluate(seedInPage, demoData());
mkdirSync(SHOTS, { recursive: true });

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
await popup.close();
const pages = [
  await shot('popup', `chrome-extension://${id}/popup.html`, '[data-testid=deadline-row]', { width: 400, height: 640 }),
  await shot('gmail-thread', GMAIL('thread', 'inbox/19a36435ce2f0ff3'), 'followthrough-sidebar [data-testid=mentor-card]'),
  await shot('gmail-unknown-sender', GMAIL('thread-unknown'), 'followthrough-sidebar [data-testid=add-mentor]'),
  await shot('gmail-compose', GMAIL('compose'), 'followthrough-sidebar [data-testid=mentor-card]'),
  await shot('gmail-dark', GMAIL('dark'), 'followthrough-sidebar [data-testid=mentor-card]'),
  await shot('outlook-reading-pane', OUTLOOK('reading-pane'), 'followthrough-sidebar [data-testid=mentor-card]'),
  await shot('outlook-popout-compose', OUTLOOK('compose-popout', 'mail/deeplink/compose'), 'followthrough-sidebar [data-testid=mentor-card]'),
  await shot('options', `chrome-extension://${id}/options.html`, 'main'),
];

if (headless) {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  console.log('Done. (Headless: no display found. Set DISPLAY, or run under xvfb-run, to browse the demo yourself.)');
} else {
  for (const [i, page] of pages.entries()) if (i !== 1) await page.close();
  await pages[1].bringToFront();
  console.log('The demo is open: the Gmail tab shows the sidebar; the toolbar icon opens the deadline overview. Close the browser to end.');
  await new Promise((done) => context.on('close', done));
  rmSync(profile, { recursive: true, force: true });
}
