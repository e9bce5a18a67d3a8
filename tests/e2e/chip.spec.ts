// The chip, the one thing FollowThrough puts in the mail page: in the page's own flow beside the
// subject (or a small tab at the edge), clear of every message, header and compose window.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { GMAIL, OUTLOOK } from '../../scripts/mail-routes.mjs';
import { OKAFOR, PATEL, PATEL_ANSWERED } from './people';
import { CHIP_TEST_ID, MailPage } from './pages/mail-page';

/** What the chip must never cover, per webmail: messages, their headers, the subject, the page
 * banner and the compose editors (Gmail, then Outlook). */
const CONTENT = [
  'div.adn', '.gE', '.a3s', 'h2.hP', 'header[role=banner]', '[g_editable=true]',
  '[id^="UniqueMessageBody_"]', '[role=heading][aria-level="2"]', '[contenteditable=true][aria-multiline=true]',
];
/** Compose windows as a whole: a chip in the compose's own flow is inside them, an edge tab never. */
const COMPOSE_WINDOWS = ['.AD', '.M9', '[id^="docking_InitVisiblePart"]', '[data-app-section="Form_Content"]'];

async function overlaps(page: Page) {
  return page.evaluate(({ content, windows, chipTestId }) => {
    const chipEl = document.querySelector('followthrough-sidebar')!.shadowRoot!.querySelector(`[data-testid=${chipTestId}]`)!;
    const chip = chipEl.getBoundingClientRect();
    const edge = getComputedStyle(chipEl).position === 'fixed';
    const selector = (edge ? [...content, ...windows] : content).join(', ');
    const hits: string[] = [];
    for (const el of document.querySelectorAll(selector)) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      // The element's box, and its text wherever it is drawn: a narrowed heading's words can
      // spill out of its box and under the chip.
      const range = document.createRange();
      range.selectNodeContents(el);
      const rects = [box, ...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const apart = (r: DOMRect) => chip.right <= r.left || r.right <= chip.left || chip.bottom <= r.top || r.bottom <= chip.top;
      if (!rects.every(apart)) hits.push(`${el.tagName.toLowerCase()}.${el.className}`);
    }
    return { hits, chip: { width: chip.width, height: chip.height } };
  }, { content: CONTENT, windows: COMPOSE_WINDOWS, chipTestId: CHIP_TEST_ID });
}

const FIXTURES = [
  ...['thread', 'thread-unknown', 'thread-two-mentors', 'reply', 'compose', 'dark', 'inbox', 'broken'].map((f) => ({ name: `gmail/${f}`, url: GMAIL(f) })),
  ...['reading-pane', 'compose-inline', 'broken'].map((f) => ({ name: `outlook/${f}`, url: OUTLOOK(f) })),
  { name: 'outlook/compose-popout', url: OUTLOOK('compose-popout', 'mail/deeplink/compose') },
];

test('on every fixture the chip shows and covers no message, header or compose window, with and without the side panel open', async ({ context, seed }) => {
  test.setTimeout(120_000); // 24 page loads
  await seed({ mentors: [PATEL, OKAFOR] });
  const page = await context.newPage();
  // 1280 px, and the 920 px an open side panel leaves the page.
  for (const [width, { name, url }] of [1280, 920].flatMap((w) => FIXTURES.map((f) => [w, f] as const))) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(url);
    await expect(new MailPage(page).chip, name).toBeVisible();
    // Once the background answered (the label settles), the chip is where it stays.
    await page.waitForTimeout(200);
    const { hits, chip: size } = await overlaps(page);
    expect(hits, `${name} at ${width} px`).toEqual([]);
    expect(size.width * size.height, `${name}: a chip, not a panel`).toBeLessThan(300 * 40);
  }
});

test('beside a thread the chip sits in the subject row, in the page flow', async ({ context, seed }) => {
  await seed({ mentors: [PATEL_ANSWERED] });
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  await expect(new MailPage(page).chip).toHaveText('Maya Patel');
  const sameRow = await page.evaluate(() => {
    const host = document.querySelector('followthrough-sidebar')!;
    const subject = document.querySelectorAll('h2.hP');
    const visible = [...subject].find((h) => h.getBoundingClientRect().height > 0)!;
    return host.previousElementSibling === visible;
  });
  expect(sameRow).toBe(true);
});

test('a click on the chip opens the side panel for that tab', async ({ context, seed, worker }) => {
  await seed({ mentors: [PATEL_ANSWERED] });
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  const mail = new MailPage(page);
  await expect(mail.chip).toHaveText('Maya Patel');
  await mail.chip.click();
  const panels = () =>
    worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).map((c) => c.documentUrl));
  await expect.poll(panels).toEqual([expect.stringMatching(/\/sidepanel\.html\?tabId=\d+$/)]);
  // No in-page panel when the browser's own opened.
  await expect(mail.sidebarFrame).toHaveCount(0);
});
