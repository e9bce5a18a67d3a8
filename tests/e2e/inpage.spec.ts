// The in-page fallback (the setting "inside the page", and browsers without a side panel): the
// chip opens an iframe of the sidebar page, which the mail page cannot read, clear of compose
// windows; it starts collapsed to the chip.
import { test, expect, dayFromNow, isoDaysAgo } from './fixtures';
import { GMAIL } from '../../scripts/mail-routes.mjs';
import { PATEL_ANSWERED } from './people';
import { MailPage } from './pages/mail-page';

const INSIDE = { sidebarPlacement: 'inside', userName: 'Jordan Lee' };
const letter = { id: 'l1', mentorId: 'patel', purpose: 'residency', program: 'Internal Medicine, Mass General Brigham', deadline: dayFromNow(5), status: 'materials-sent', remindersSent: 0, agreedAt: isoDaysAgo(30) };

test('the fallback opens collapsed to the chip and expands into the sidebar page', async ({ context, seed }) => {
  await seed({ mentors: [PATEL_ANSWERED], letters: [letter], settings: INSIDE });
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  const mail = new MailPage(page);
  const chip = mail.chip;
  await expect(chip).toHaveText('Maya Patel \u00b7 1 due');
  await expect(chip).toHaveAttribute('aria-expanded', 'false');
  await expect(mail.sidebarFrame).toHaveCount(0);
  await chip.click();
  await expect(chip).toHaveAttribute('aria-expanded', 'true');
  const sidebar = mail.inPageSidebar;
  await expect(sidebar.mentorNames).toHaveText('Dr. Maya Patel');
  await expect(sidebar.dueItem.root).toHaveCount(1);
  // The page's scripts see an iframe they cannot open.
  expect(await page.evaluate(() => document.querySelector('followthrough-sidebar')!.shadowRoot!.querySelector('iframe')!.contentDocument)).toBeNull();
  await chip.click();
  await expect(mail.sidebarFrame).toHaveCount(0);
  // The frame closes itself too: its Close button, and Escape; the focus goes back to the chip.
  // (Clicked and pressed from inside the frame: Playwright's own click would wait on the frame
  // that the click removes.)
  await chip.click();
  await sidebar.closeButton.evaluate((b: HTMLElement) => b.click());
  await expect(mail.sidebarFrame).toHaveCount(0);
  await expect(chip).toHaveAttribute('aria-expanded', 'false');
  await expect(chip).toBeFocused();
  await chip.click();
  await sidebar.closeButton.evaluate((b: HTMLElement) => b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
  await expect(mail.sidebarFrame).toHaveCount(0);
  // A page script cannot close it by posting the same message: only the frame's origin counts.
  await chip.click();
  await expect(sidebar.mentorNames).toHaveText('Dr. Maya Patel');
  await page.evaluate(() => window.postMessage({ type: 'followthrough:close-frame' }, '*'));
  await page.waitForTimeout(200);
  await expect(mail.sidebarFrame).toHaveCount(1);
});

test('the fallback inserts into the compose the user was writing in, and stays clear of it', async ({ context, seed }) => {
  await seed({ mentors: [PATEL_ANSWERED], letters: [letter], settings: INSIDE });
  const page = await context.newPage();
  await page.goto(GMAIL('compose'));
  const body = page.locator('[g_editable=true]');
  await body.click();
  await page.keyboard.type('Hello Dr. Patel,');
  await page.keyboard.press('Enter');
  const mail = new MailPage(page);
  await mail.chip.click();
  const sidebar = mail.inPageSidebar;
  await sidebar.suggestion.first().insert();
  await expect(sidebar.notice).toContainText('Inserted into your message');
  await expect(body).toContainText('Internal Medicine, Mass General Brigham');
  const text = await body.innerText();
  expect(text.startsWith('Hello Dr. Patel,')).toBe(true);
  expect(text).not.toContain('Dear Dr. Patel,');
  // The floating compose window and the in-page sidebar do not overlap.
  const apart = await page.evaluate(() => {
    const frameBox = document.querySelector('followthrough-sidebar')!.shadowRoot!.querySelector('iframe')!.getBoundingClientRect();
    const compose = document.querySelector('.AD')!.getBoundingClientRect();
    return frameBox.right <= compose.left || compose.right <= frameBox.left || frameBox.bottom <= compose.top || compose.bottom <= frameBox.top;
  });
  expect(apart).toBe(true);
});

test('a browser whose side panel cannot open falls back to the in-page sidebar on the chip click', async ({ context, seed, worker }) => {
  await seed({ mentors: [PATEL_ANSWERED] });
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  const mail = new MailPage(page);
  await expect(mail.chip).toHaveText('Maya Patel');
  // As in Firefox, where a click in the page cannot open the sidebar: open() refuses.
  await worker.evaluate(() => {
    chrome.sidePanel.open = () => Promise.reject(new Error('sidePanel.open() may only be called in response to a user gesture.'));
  });
  await mail.chip.click();
  await expect(mail.inPageSidebar.mentorNames).toHaveText('Dr. Maya Patel');
});
