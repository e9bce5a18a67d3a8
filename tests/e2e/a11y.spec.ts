// Accessibility: axe-core finds no serious or critical violation in the popup, the options
// page or the sidebar; everything is reachable by keyboard, with a visible focus ring.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, dayFromNow, isoDaysAgo } from './fixtures';
import { GMAIL } from '../../scripts/mail-routes.mjs';
import { PATEL } from './people';
import { MailPage } from './pages/mail-page';

const SEED = {
  mentors: [PATEL],
  letters: [{ id: 'l1', mentorId: 'patel', purpose: 'residency', program: 'Internal Medicine, Penn', deadline: dayFromNow(20), status: 'planned', remindersSent: 0 }],
  activities: [{ id: 'a1', mentorId: 'patel', kind: 'meeting', at: isoDaysAgo(1), text: 'Research meeting' }],
  goals: [{ id: 'g1', mentorId: 'patel', text: 'Submit an abstract', revisitOn: dayFromNow(3), createdAt: isoDaysAgo(30) }],
};

async function seriousViolations(page: Page, within?: string) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target).filter((t) => !within || String(t[0]) === within) }))
    .filter((v) => v.nodes.length > 0);
}

test('the popup and every options section pass axe', async ({ seed, extPage }) => {
  // Eight pages, each with a full axe run: over the default 30 s on a loaded two-core machine.
  test.setTimeout(120_000);
  await seed(SEED);
  const pages = ['popup.html', 'options.html#mentors', 'options.html#mentor=patel', 'options.html#letters', 'options.html#letter=l1', 'options.html#templates', 'options.html#settings', 'options.html#backup'];
  for (const path of pages) {
    const page = await extPage(path);
    await expect(page.locator('main')).not.toBeEmpty();
    expect(await seriousViolations(page), path).toEqual([]);
    await page.close();
  }
});

test('the side panel passes axe, with a card and with nobody on screen', async ({ context, seed, sidePanel }) => {
  test.setTimeout(90_000); // two mail pages and two panels, each analysed in full
  await seed(SEED);
  const compose = await context.newPage();
  await compose.goto(GMAIL('compose'));
  const side = await sidePanel(compose);
  await expect(side.suggestion.first().root).toBeVisible();
  expect(await seriousViolations(side.page)).toEqual([]);
  const inbox = await context.newPage();
  await inbox.goto(GMAIL('inbox'));
  const idle = await sidePanel(inbox);
  await expect(idle.openOverview).toBeVisible();
  expect(await seriousViolations(idle.page)).toEqual([]);
});

test('the chip is reachable by keyboard, with a visible focus ring, and Enter opens the in-page sidebar', async ({ context, seed }) => {
  await seed({ ...SEED, settings: { sidebarPlacement: 'inside' } });
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  const mail = new MailPage(page);
  const chip = mail.chip;
  await expect(chip).toContainText('Maya Patel');
  // Tab through the page until focus lands on the chip.
  let onChip = false;
  for (let i = 0; i < 200 && !onChip; i++) {
    await page.keyboard.press('Tab');
    onChip = await page.evaluate(() => document.activeElement?.tagName === 'FOLLOWTHROUGH-SIDEBAR');
  }
  expect(onChip).toBe(true);
  const outline = await page.evaluate(() => {
    const el = document.querySelector('followthrough-sidebar')!.shadowRoot!.activeElement!;
    return getComputedStyle(el).outlineStyle;
  });
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(mail.inPageSidebar.mentorCard.root).toBeVisible();
  await expect(chip).toHaveAttribute('aria-expanded', 'true');
});

test('the popup works from the keyboard alone', async ({ seed, openPopup }) => {
  await seed(SEED);
  const popup = await openPopup();
  await expect(popup.deadlineRows.root).toHaveCount(1);
  await popup.page.keyboard.press('Tab');
  await expect(popup.page.getByRole('button', { name: 'Mark asked' })).toBeFocused();
  await popup.page.keyboard.press('Enter');
  await expect(popup.nextSteps).toHaveText('Wait for their answer');
});
