// Suggested templates inserted into the real compose markup of each webmail, filled in.
import { test, expect, dayFromNow, isoDaysAgo } from './fixtures';
import { GMAIL, OUTLOOK } from '../../scripts/mail-routes.mjs';
import { OKAFOR, PATEL, mentorRecord } from './people';

const sidebar = (page: import('@playwright/test').Page) => page.locator('followthrough-sidebar');
const ME = { userName: 'Jordan Lee', userStage: 'fourth-year medical student' };

const reminderLetter = (mentorId: string) => ({
  id: `l-${mentorId}`,
  mentorId,
  purpose: 'residency',
  program: 'Internal Medicine, Mass General Brigham',
  deadline: dayFromNow(5),
  status: 'materials-sent',
  remindersSent: 0,
  agreedAt: isoDaysAgo(30),
});

test('Gmail new message: the letter reminder is suggested first and lands filled in, with a subject', async ({ context, seed, rows }) => {
  await seed({ mentors: [PATEL], letters: [reminderLetter('patel')], settings: ME });
  const page = await context.newPage();
  await page.goto(GMAIL('compose'));
  const first = sidebar(page).getByTestId('template-suggestion').first();
  await expect(first).toContainText('Letter reminder');
  await expect(first).toContainText('no reminder has been sent');
  await page.locator('[g_editable=true]').click();
  await first.getByTestId('insert-template').click();
  const body = page.locator('[g_editable=true]');
  await expect(body).toContainText('Dear Dr. Patel,');
  await expect(body).toContainText('Internal Medicine, Mass General Brigham');
  await expect(body).toContainText('Jordan Lee');
  await expect(body).not.toContainText('{{');
  await expect(page.locator('input[name=subjectbox]')).not.toHaveValue('');
  // Once sent, one click records the reminder; the next one is not offered again so soon.
  await sidebar(page).getByTestId('confirm-sent').click();
  await expect(sidebar(page).getByTestId('sidebar-notice')).toContainText('Recorded');
  await expect.poll(async () => (await rows<{ remindersSent: number }>('letters'))[0].remindersSent).toBe(1);
  await expect(sidebar(page).getByTestId('template-suggestion').first()).not.toContainText('Letter reminder');
});

test('Gmail inline reply: inserted at the caret, keeping what the user typed, into the focused compose', async ({ context, seed }) => {
  await seed({ mentors: [OKAFOR], letters: [reminderLetter('okafor')], settings: ME });
  const page = await context.newPage();
  await page.goto(GMAIL('reply'));
  const reply = page.locator('.M9').filter({ hasText: 'Hi Dr. Okafor,' }).locator('[g_editable=true]');
  // The floating new-message window lies over part of the reply, as in Gmail: focus it directly.
  await reply.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await sidebar(page).getByTestId('insert-template').first().click();
  await expect(reply).toContainText('Hi Dr. Okafor,');
  await expect(reply).toContainText('Dear Dr. Okafor,');
  const text = await reply.innerText();
  expect(text.indexOf('Hi Dr. Okafor,')).toBeLessThan(text.indexOf('Dear Dr. Okafor,'));
  // The other, empty compose is untouched.
  const other = page.locator('.M9').filter({ hasNotText: 'Hi Dr. Okafor,' }).locator('[g_editable=true]');
  await expect(other).toHaveText('');
});

test('Outlook inline reply and pop-out compose receive the text', async ({ context, seed }) => {
  await seed({ mentors: [PATEL, OKAFOR], settings: ME });
  const inline = await context.newPage();
  await inline.goto(OUTLOOK('compose-inline'));
  const body = inline.locator('[contenteditable=true][aria-multiline=true]');
  await body.click();
  await inline.keyboard.press('Control+End');
  await sidebar(inline).getByTestId('insert-template').first().click();
  await expect(body).toContainText('Dear Dr. Patel,');
  await expect(body).toContainText('Jordan Lee');
  const popout = await context.newPage();
  await popout.goto(OUTLOOK('compose-popout', 'mail/deeplink/compose'));
  await sidebar(popout).getByTestId('template-picker').selectOption({ label: 'Meeting agenda' });
  await sidebar(popout).getByTestId('insert-picked').click();
  const popBody = popout.locator('[contenteditable=true][aria-multiline=true]');
  await expect(popBody).toContainText('Dear Dr. Okafor,');
  await expect(popout.locator('input[maxlength="255"]').last()).not.toHaveValue('');
});

test('a mentor name holding HTML lands as text, never as markup', async ({ context, seed }) => {
  const evil = mentorRecord('evil', 'Dr. <b>Bold</b> <img src=x onerror="window.__pwned=1">', 'mpatel@med.example.edu', { title: 'Dr.' });
  await seed({ mentors: [evil], settings: ME });
  const page = await context.newPage();
  await page.goto(GMAIL('compose'));
  await expect(sidebar(page).getByTestId('mentor-name')).toHaveText(evil.name);
  await sidebar(page).getByTestId('template-picker').selectOption({ label: 'Progress update' });
  await page.locator('[g_editable=true]').click();
  await sidebar(page).getByTestId('insert-picked').click();
  const body = page.locator('[g_editable=true]');
  await expect(body).toContainText('onerror="window.__pwned=1">');
  await expect(body.locator('img, b')).toHaveCount(0);
  await expect(sidebar(page).locator('img, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('with no compose open, the text is copied and the sidebar says so', async ({ context, seed }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://mail.google.com' });
  await seed({ mentors: [PATEL], settings: ME });
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  await sidebar(page).getByTestId('insert-template').first().click();
  await expect(sidebar(page).getByTestId('sidebar-notice')).toContainText('copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Dear Dr. Patel,');
});
