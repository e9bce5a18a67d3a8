// Accessibility: axe-core finds no serious or critical violation in the popup, the options
// page or the sidebar; everything is reachable by keyboard, with a visible focus ring.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, dayFromNow, isoDaysAgo } from './fixtures';
import { GMAIL } from '../../scripts/mail-routes.mjs';
import { PATEL } from './people';

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
  await seed(SEED);
  const pages = ['popup.html', 'options.html#mentors', 'options.html#mentor=patel', 'options.html#letters', 'options.html#letter=l1', 'options.html#templates', 'options.html#settings', 'options.html#backup'];
  for (const path of pages) {
    const page = await extPage(path);
    await expect(page.locator('main')).not.toBeEmpty();
    expect(await seriousViolations(page), path).toEqual([]);
    await page.close();
  }
});

test('the sidebar passes axe inside Gmail', async ({ context, seed }) => {
  await seed(SEED);
  const page = await context.newPage();
  await page.goto(GMAIL('compose'));
  await expect(page.locator('followthrough-sidebar [data-testid=template-suggestion]').first()).toBeVisible();
  expect(await seriousViolations(page, 'followthrough-sidebar')).toEqual([]);
});

test('the sidebar is reachable by keyboard, with a visible focus ring', async ({ context, seed }) => {
  await seed(SEED);
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  const collapse = page.locator('followthrough-sidebar [data-testid=sidebar-collapse]');
  await expect(collapse).toBeVisible();
  // Tab through the page until focus lands in the sidebar.
  let inSidebar = false;
  for (let i = 0; i < 200 && !inSidebar; i++) {
    await page.keyboard.press('Tab');
    inSidebar = await page.evaluate(() => document.activeElement?.tagName === 'FOLLOWTHROUGH-SIDEBAR');
  }
  expect(inSidebar).toBe(true);
  const outline = await page.evaluate(() => {
    const el = document.querySelector('followthrough-sidebar')!.shadowRoot!.activeElement!;
    return getComputedStyle(el).outlineStyle;
  });
  expect(outline).not.toBe('none');
  // Enter on the focused collapse button works like a click.
  await collapse.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('followthrough-sidebar [data-testid=sidebar-tab]')).toBeVisible();
});

test('the popup works from the keyboard alone', async ({ seed, extPage }) => {
  await seed(SEED);
  const popup = await extPage('popup.html');
  await expect(popup.getByTestId('deadline-row')).toHaveCount(1);
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Mark asked' })).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('next-step')).toHaveText('Wait for their answer');
});
