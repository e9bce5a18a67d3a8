// The templates editor in the options page, and what the Gmail sidebar then offers and inserts.
import { test, expect, dayFromNow, isoDaysAgo } from './fixtures';
import { GMAIL } from '../../scripts/mail-routes.mjs';
import { PATEL } from './people';
import { BUILTIN_TEMPLATES } from '../../lib/templates/builtins';
import type { BrowserContext, Page } from '@playwright/test';
import type { Options, TemplatesSection } from './pages/options';
import type { SidePanel } from './pages/sidebar';

const ME = { userName: 'Jordan Lee', userStage: 'fourth-year medical student' };

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

async function templatesPage(openOptions: (section: string) => Promise<Options>): Promise<TemplatesSection> {
  const options = await openOptions('templates');
  // Delete and restore ask first; the user says yes.
  options.page.on('dialog', (d) => void d.accept());
  return options.templates;
}

/** A Gmail new-message compose to Dr. Patel with the caret in its body, and its side panel. */
async function gmailCompose(context: BrowserContext, sidePanel: (mail: Page) => Promise<SidePanel>): Promise<{ mail: Page; side: SidePanel }> {
  const mail = await context.newPage();
  await mail.goto(GMAIL('compose'));
  const side = await sidePanel(mail);
  await expect(side.mentorNames).toHaveText('Dr. Maya Patel');
  await mail.locator('[g_editable=true]').click();
  return { mail, side };
}

test('a new template: placeholders, a live preview, saved, then picked and inserted in Gmail', async ({ context, seed, openOptions, rows, sidePanel }) => {
  await seed({ mentors: [PATEL], letters: [reminderLetter], settings: ME });
  const templates = await templatesPage(openOptions);
  await templates.newButton.click();
  await templates.name.fill('Conference follow-up');
  await templates.subject.fill('Following up on {{letter.program}}');
  const body = templates.body;
  await body.fill('Dear {{mentor.salutation}},\n\nThank you for the conversation at the poster session.\n\nBest,\n');
  // The placeholder lands at the caret: here, the end of the body.
  await templates.placeholder('{{user.name}}').click();
  await expect(body).toHaveValue(/Best,\n\{\{user\.name\}\}$/);

  const preview = templates.preview;
  await expect(preview).toContainText('Dear Dr. Patel,');
  await expect(preview).toContainText('Jordan Lee');
  await expect(preview).not.toContainText('{{');
  await expect(templates.previewSubject).toHaveText('Following up on Internal Medicine, Mass General Brigham');

  await templates.save();
  await expect(templates.row('Conference follow-up').root).toContainText('Yours');
  const stored = await rows<{ name: string; subject: string; body: string; builtinId?: string }>('templates');
  expect(stored).toEqual([expect.objectContaining({ name: 'Conference follow-up', subject: 'Following up on {{letter.program}}' })]);
  expect(stored[0].body).toContain('{{mentor.salutation}}');
  expect(stored[0].builtinId).toBeUndefined();

  const { mail: gmail, side } = await gmailCompose(context, sidePanel);
  await side.insertTemplate('Conference follow-up');
  const compose = gmail.locator('[g_editable=true]');
  await expect(compose).toContainText('Dear Dr. Patel,');
  await expect(compose).toContainText('Thank you for the conversation at the poster session.');
  await expect(compose).toContainText('Jordan Lee');
  await expect(compose).not.toContainText('{{');
});

test('a customised built-in replaces it in the sidebar, and restoring brings the original back', async ({ context, seed, openOptions, rows, sidePanel }) => {
  await seed({ mentors: [PATEL], letters: [reminderLetter], settings: ME });
  const templates = await templatesPage(openOptions);
  const reminder = templates.row('Letter reminder');
  await expect(reminder.root).toContainText('Built-in');
  await reminder.editButton.click();
  await templates.body.fill('Dear {{mentor.salutation}},\n\nA short nudge: the letter is due in {{letter.daysLeft}}.\n\n{{user.name}}');
  await expect(templates.preview).toContainText('A short nudge: the letter is due in 5 days.');
  await templates.save();
  await expect(reminder.root).toContainText('Customised');
  await expect(reminder.root).toHaveCount(1);
  expect(await rows('templates')).toEqual([expect.objectContaining({ name: 'Letter reminder', builtinId: 'letter-reminder' })]);

  const { mail: gmail, side } = await gmailCompose(context, sidePanel);
  const first = side.suggestion.first();
  await expect(first.root).toContainText('Letter reminder');
  await first.insert();
  const compose = gmail.locator('[g_editable=true]');
  await expect(compose).toContainText('A short nudge: the letter is due in 5 days.');

  await reminder.restoreButton.click();
  await expect(reminder.root).toContainText('Built-in');
  await expect(reminder.restoreButton).toHaveCount(0);
  await expect.poll(() => rows('templates')).toEqual([]);

  const again = await gmailCompose(context, sidePanel);
  await again.side.suggestion.first().insert();
  const restored = again.mail.locator('[g_editable=true]');
  await expect(restored).toContainText('I wanted to send a gentle reminder');
  await expect(restored).not.toContainText('A short nudge');
});

test('duplicate makes the user a copy of their own; only their own can be deleted', async ({ seed, openOptions, rows }) => {
  await seed({ settings: ME });
  const templates = await templatesPage(openOptions);
  const agenda = BUILTIN_TEMPLATES.find((t) => t.name === 'Meeting agenda')!;
  await expect(templates.row('Meeting agenda').deleteButton).toHaveCount(0);
  await templates.row('Meeting agenda').duplicateButton.click();
  const copy = templates.row('Copy of Meeting agenda');
  await expect(copy.root).toContainText('Yours');
  // With no mentor yet, the preview uses the sample one.
  await expect(templates.name).toHaveValue('Copy of Meeting agenda');
  await expect(templates.preview).toContainText('Dear Dr. Patel,');
  const stored = await rows<{ name: string; subject: string; body: string; builtinId?: string }>('templates');
  expect(stored).toEqual([expect.objectContaining({ name: 'Copy of Meeting agenda', subject: agenda.subject, body: agenda.body })]);
  expect(stored[0].builtinId).toBeUndefined();
  // The built-in itself is untouched.
  await expect(templates.row('Meeting agenda').first().root).toContainText('Built-in');

  await copy.deleteButton.click();
  await expect(copy.root).toHaveCount(0);
  await expect(templates.name).toHaveCount(0);
  await expect.poll(() => rows('templates')).toEqual([]);
});

test('an empty name or a body over 20,000 characters is refused; an unknown placeholder only warns', async ({ seed, openOptions, rows }) => {
  await seed({ mentors: [PATEL], settings: ME });
  const templates = await templatesPage(openOptions);
  await templates.newButton.click();
  await templates.body.fill('Dear {{mentor.salutation}},');
  await templates.save();
  await expect(templates.page.getByRole('alert')).toHaveText('Name must not be empty');
  await expect(templates.name).toBeFocused();

  await templates.name.fill('Long one');
  await templates.body.fill('x'.repeat(20_001));
  await templates.save();
  await expect(templates.page.getByRole('alert')).toContainText('at most 20,000');
  expect(await rows('templates')).toEqual([]);

  await templates.body.fill('Dear {{mentor.nickname}},');
  await expect(templates.unknownPlaceholders).toContainText('{{mentor.nickname}}');
  await expect(templates.preview).toContainText('Dear [mentor.nickname],');
  await templates.save();
  await expect(templates.row('Long one').root).toContainText('Yours');
  expect(await rows('templates')).toEqual([expect.objectContaining({ name: 'Long one', body: 'Dear {{mentor.nickname}},' })]);
});
