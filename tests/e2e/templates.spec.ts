// Suggested templates inserted from the side panel (opened as a page for the mail tab) into the
// real compose markup of each webmail, filled in, at the caret the user left.
import { test, expect, dayFromNow, isoDaysAgo } from './fixtures';
import { GMAIL, OUTLOOK } from '../../scripts/mail-routes.mjs';
import { OKAFOR, PATEL, mentorRecord } from './people';
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

test('Gmail new message: the letter reminder is suggested first and lands filled in, with a subject', async ({ context, seed, rows, sidePanel }) => {
  await seed({ mentors: [PATEL], letters: [reminderLetter('patel')], settings: ME });
  const page = await context.newPage();
  await page.goto(GMAIL('compose'));
  const side = await sidePanel(page);
  const first = side.suggestion.first();
  await expect(first.root).toContainText('Letter reminder');
  await expect(first.root).toContainText('no reminder has been sent');
  await page.locator('[g_editable=true]').click();
  await first.insert();
  const body = page.locator('[g_editable=true]');
  await expect(body).toContainText('Dear Dr. Patel,');
  await expect(body).toContainText('Internal Medicine, Mass General Brigham');
  await expect(body).toContainText('Jordan Lee');
  await expect(body).not.toContainText('{{');
  await expect(page.locator('input[name=subjectbox]')).not.toHaveValue('');
  // Once sent, one click records the reminder; the next one is not offered again so soon.
  await side.confirmSent.click();
  await expect(side.notice).toContainText('Recorded');
  await expect.poll(async () => (await rows<{ remindersSent: number }>('letters'))[0].remindersSent).toBe(1);
  await expect(side.suggestion.first().root).not.toContainText('Letter reminder');
});

test('Gmail inline reply: inserted at the caret, keeping what the user typed, into the compose that last held the caret', async ({ context, seed, sidePanel }) => {
  await seed({ mentors: [OKAFOR], letters: [reminderLetter('okafor')], settings: ME });
  const page = await context.newPage();
  await page.goto(GMAIL('reply'));
  const side = await sidePanel(page);
  const reply = page.locator('.M9').filter({ hasText: 'Hi Dr. Okafor,' }).locator('[g_editable=true]');
  // The floating new-message window lies over part of the reply, as in Gmail: focus it directly.
  await reply.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Typed first.');
  // The click lands in the panel, another document: the page's caret is remembered.
  await side.suggestion.first().insert();
  await expect(side.notice).toContainText('Inserted into your reply');
  await expect(reply).toContainText('Internal Medicine, Mass General Brigham');
  const text = await reply.innerText();
  // The reply already opens with a greeting, so the template's own is left out.
  expect(text).not.toContain('Dear Dr. Okafor,');
  expect(text.indexOf('Hi Dr. Okafor,')).toBeLessThan(text.indexOf('Typed first.'));
  expect(text.indexOf('Typed first.')).toBeLessThan(text.indexOf('Internal Medicine'));
  // The other, empty compose is untouched.
  const other = page.locator('.M9').filter({ hasNotText: 'Hi Dr. Okafor,' }).locator('[g_editable=true]');
  await expect(other).toHaveText('');
});

test('Outlook inline reply and pop-out compose receive the text', async ({ context, seed, sidePanel }) => {
  await seed({ mentors: [PATEL, OKAFOR], settings: ME });
  const inline = await context.newPage();
  await inline.goto(OUTLOOK('compose-inline'));
  const body = inline.locator('[contenteditable=true][aria-multiline=true]');
  await body.click();
  await inline.keyboard.press('Control+End');
  await (await sidePanel(inline)).suggestion.first().insert();
  await expect(body).toContainText('Dear Dr. Patel,');
  await expect(body).toContainText('Jordan Lee');
  const popout = await context.newPage();
  await popout.goto(OUTLOOK('compose-popout', 'mail/deeplink/compose'));
  await (await sidePanel(popout)).insertTemplate('Meeting agenda');
  const popBody = popout.locator('[contenteditable=true][aria-multiline=true]');
  await expect(popBody).toContainText('Dear Dr. Okafor,');
  await expect(popout.locator('input[maxlength="255"]').last()).not.toHaveValue('');
});

test('a mentor name holding HTML lands as text, never as markup', async ({ context, seed, sidePanel }) => {
  const evil = mentorRecord('evil', 'Dr. <b>Bold</b> <img src=x onerror="window.__pwned=1">', 'mpatel@med.example.edu', { title: 'Dr.' });
  await seed({ mentors: [evil], settings: ME });
  const page = await context.newPage();
  await page.goto(GMAIL('compose'));
  const side = await sidePanel(page);
  await expect(side.mentorNames).toHaveText(evil.name);
  await side.chooseTemplate('Progress update');
  await page.locator('[g_editable=true]').click();
  await side.insertChosen();
  const body = page.locator('[g_editable=true]');
  await expect(body).toContainText('onerror="window.__pwned=1">');
  await expect(body.locator('img, b')).toHaveCount(0);
  await expect(side.page.locator('main img, main b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await side.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('with no compose open, the panel copies the text and says so', async ({ context, seed, sidePanel }) => {
  await seed({ mentors: [PATEL], settings: ME });
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  const side = await sidePanel(page);
  await side.page.bringToFront();
  // Chromium grants no clipboard permission to extension origins from a test: what the panel
  // writes is recorded on its way to the real clipboard.
  await side.page.evaluate(() => {
    const clipboard = navigator.clipboard;
    const write = clipboard.writeText.bind(clipboard);
    (window as { copied?: string[] }).copied = [];
    clipboard.writeText = (text: string) => ((window as { copied?: string[] }).copied!.push(text), write(text));
  });
  await side.suggestion.first().insert();
  await expect(side.notice).toContainText('copied');
  expect(await side.page.evaluate(() => (window as { copied?: string[] }).copied)).toEqual([expect.stringContaining('Dear Dr. Patel,')]);
  // The page was not written to.
  await expect(page.locator('[contenteditable]')).toHaveCount(0);
});
