// The templates editor in the options page, and what the Gmail sidebar then offers and inserts.
import { test, expect, dayFromNow, isoDaysAgo } from './fixtures';
import { GMAIL } from '../../scripts/mail-routes.mjs';
import { PATEL } from './people';
import { BUILTIN_TEMPLATES } from '../../lib/templates/builtins';
import type { BrowserContext, Page } from '@playwright/test';

const ME = { userName: 'Jordan Lee', userStage: 'fourth-year medical student' };
const row = (page: Page, name: string) => page.getByTestId('template-row').filter({ hasText: name });

const reminderLetter = {
  id: 'l-patel',
  mentorId: 'patel',
  purpose: 'residency',
  program: 'Internal Medicine, Mass General Brigham',
  deadline: dayFromNow(5),
  status: 'materials-sent',
  remindersSent: 0,
  agreedAt: isoDaysAgo(30),
};

async function templatesPage(extPage: (path: string) => Promise<Page>): Promise<Page> {
  const page = await extPage('options.html#templates');
  // Delete and restore ask first; the user says yes.
  page.on('dialog', (d) => void d.accept());
  return page;
}

/** A Gmail new-message compose to Dr. Patel with the caret in its body, and its side panel. */
async function gmailCompose(context: BrowserContext, panel: (mail: Page) => Promise<Page>): Promise<{ mail: Page; side: Page }> {
  const mail = await context.newPage();
  await mail.goto(GMAIL('compose'));
  const side = await panel(mail);
  await expect(side.getByTestId('mentor-name')).toHaveText('Dr. Maya Patel');
  await mail.locator('[g_editable=true]').click();
  return { mail, side };
}

test('a new template: placeholders, a live preview, saved, then picked and inserted in Gmail', async ({ context, seed, extPage, rows, panel }) => {
  await seed({ mentors: [PATEL], letters: [reminderLetter], settings: ME });
  const page = await templatesPage(extPage);
  await page.getByTestId('new-template').click();
  await page.getByTestId('template-name').fill('Conference follow-up');
  await page.getByTestId('template-subject').fill('Following up on {{letter.program}}');
  const body = page.getByTestId('template-body');
  await body.fill('Dear {{mentor.salutation}},\n\nThank you for the conversation at the poster session.\n\nBest,\n');
  // The placeholder lands at the caret: here, the end of the body.
  await page.getByRole('button', { name: '{{user.name}}' }).click();
  await expect(body).toHaveValue(/Best,\n\{\{user\.name\}\}$/);

  const preview = page.getByTestId('template-preview');
  await expect(preview).toContainText('Dear Dr. Patel,');
  await expect(preview).toContainText('Jordan Lee');
  await expect(preview).not.toContainText('{{');
  await expect(page.getByTestId('template-preview-subject')).toHaveText('Following up on Internal Medicine, Mass General Brigham');

  await page.getByTestId('save-template').click();
  await expect(row(page, 'Conference follow-up')).toContainText('Yours');
  const stored = await rows<{ name: string; subject: string; body: string; builtinId?: string }>('templates');
  expect(stored).toEqual([expect.objectContaining({ name: 'Conference follow-up', subject: 'Following up on {{letter.program}}' })]);
  expect(stored[0].body).toContain('{{mentor.salutation}}');
  expect(stored[0].builtinId).toBeUndefined();

  const { mail: gmail, side } = await gmailCompose(context, panel);
  await side.getByTestId('template-picker').selectOption({ label: 'Conference follow-up' });
  await side.getByTestId('insert-picked').click();
  const compose = gmail.locator('[g_editable=true]');
  await expect(compose).toContainText('Dear Dr. Patel,');
  await expect(compose).toContainText('Thank you for the conversation at the poster session.');
  await expect(compose).toContainText('Jordan Lee');
  await expect(compose).not.toContainText('{{');
});

test('a customised built-in replaces it in the sidebar, and restoring brings the original back', async ({ context, seed, extPage, rows, panel }) => {
  await seed({ mentors: [PATEL], letters: [reminderLetter], settings: ME });
  const page = await templatesPage(extPage);
  await expect(row(page, 'Letter reminder')).toContainText('Built-in');
  await row(page, 'Letter reminder').getByTestId('edit-template').click();
  await page.getByTestId('template-body').fill('Dear {{mentor.salutation}},\n\nA short nudge: the letter is due in {{letter.daysLeft}}.\n\n{{user.name}}');
  await expect(page.getByTestId('template-preview')).toContainText('A short nudge: the letter is due in 5 days.');
  await page.getByTestId('save-template').click();
  await expect(row(page, 'Letter reminder')).toContainText('Customised');
  await expect(row(page, 'Letter reminder')).toHaveCount(1);
  expect(await rows('templates')).toEqual([expect.objectContaining({ name: 'Letter reminder', builtinId: 'letter-reminder' })]);

  const { mail: gmail, side } = await gmailCompose(context, panel);
  const first = side.getByTestId('template-suggestion').first();
  await expect(first).toContainText('Letter reminder');
  await first.getByTestId('insert-template').click();
  const compose = gmail.locator('[g_editable=true]');
  await expect(compose).toContainText('A short nudge: the letter is due in 5 days.');

  await row(page, 'Letter reminder').getByTestId('restore-template').click();
  await expect(row(page, 'Letter reminder')).toContainText('Built-in');
  await expect(row(page, 'Letter reminder').getByTestId('restore-template')).toHaveCount(0);
  await expect.poll(() => rows('templates')).toEqual([]);

  const again = await gmailCompose(context, panel);
  await again.side.getByTestId('template-suggestion').first().getByTestId('insert-template').click();
  const restored = again.mail.locator('[g_editable=true]');
  await expect(restored).toContainText('I wanted to send a gentle reminder');
  await expect(restored).not.toContainText('A short nudge');
});

test('duplicate makes the user a copy of their own; only their own can be deleted', async ({ seed, extPage, rows }) => {
  await seed({ settings: ME });
  const page = await templatesPage(extPage);
  const agenda = BUILTIN_TEMPLATES.find((t) => t.name === 'Meeting agenda')!;
  await expect(row(page, 'Meeting agenda').getByTestId('delete-template')).toHaveCount(0);
  await row(page, 'Meeting agenda').getByTestId('duplicate-template').click();
  const copy = row(page, 'Copy of Meeting agenda');
  await expect(copy).toContainText('Yours');
  // With no mentor yet, the preview uses the sample one.
  await expect(page.getByTestId('template-name')).toHaveValue('Copy of Meeting agenda');
  await expect(page.getByTestId('template-preview')).toContainText('Dear Dr. Patel,');
  const stored = await rows<{ name: string; subject: string; body: string; builtinId?: string }>('templates');
  expect(stored).toEqual([expect.objectContaining({ name: 'Copy of Meeting agenda', subject: agenda.subject, body: agenda.body })]);
  expect(stored[0].builtinId).toBeUndefined();
  // The built-in itself is untouched.
  await expect(row(page, 'Meeting agenda').first()).toContainText('Built-in');

  await copy.getByTestId('delete-template').click();
  await expect(copy).toHaveCount(0);
  await expect(page.getByTestId('template-name')).toHaveCount(0);
  await expect.poll(() => rows('templates')).toEqual([]);
});

test('an empty name or a body over 20,000 characters is refused; an unknown placeholder only warns', async ({ seed, extPage, rows }) => {
  await seed({ mentors: [PATEL], settings: ME });
  const page = await templatesPage(extPage);
  await page.getByTestId('new-template').click();
  await page.getByTestId('template-body').fill('Dear {{mentor.salutation}},');
  await page.getByTestId('save-template').click();
  await expect(page.getByRole('alert')).toHaveText('Name must not be empty');
  await expect(page.getByTestId('template-name')).toBeFocused();

  await page.getByTestId('template-name').fill('Long one');
  await page.getByTestId('template-body').fill('x'.repeat(20_001));
  await page.getByTestId('save-template').click();
  await expect(page.getByRole('alert')).toContainText('at most 20,000');
  expect(await rows('templates')).toEqual([]);

  await page.getByTestId('template-body').fill('Dear {{mentor.nickname}},');
  await expect(page.getByTestId('unknown-placeholders')).toContainText('{{mentor.nickname}}');
  await expect(page.getByTestId('template-preview')).toContainText('Dear [mentor.nickname],');
  await page.getByTestId('save-template').click();
  await expect(row(page, 'Long one')).toContainText('Yours');
  expect(await rows('templates')).toEqual([expect.objectContaining({ name: 'Long one', body: 'Dear {{mentor.nickname}},' })]);
});
