// The options page through its real UI: records made there reach the popup, the badge and the
// Gmail sidebar; a letter's whole life; backup to a second browser profile; calendar export.
import { chromium, type BrowserContext, type Download, type Worker } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, dayFromNow, isoDaysAgo, EXTENSION_DIR, type Seed } from './fixtures';
import { NO_QUIET_HOURS, OKAFOR, PATEL } from './people';
import { GMAIL } from '../../scripts/mail-routes.mjs';
import { chromiumArgs, findChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';

const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

const letter = (id: string, mentorId: string, program: string, deadline: string, extra: object = {}) => ({
  id,
  mentorId,
  purpose: 'residency',
  program,
  deadline,
  status: 'planned',
  remindersSent: 0,
  ...extra,
});
/** A contact yesterday, so no check-in is due and the badge counts letter steps alone. */
const recentContact = (mentorId: string) => ({ id: `recent-${mentorId}`, mentorId, kind: 'email-received', at: isoDaysAgo(1) });

async function downloadedText(download: Download): Promise<string> {
  return readFileSync(await download.path(), 'utf8');
}

test('a mentor and a letter made in options reach the popup, the badge and the Gmail sidebar', async ({ context, worker, extPage, panel }) => {
  const options = await extPage('options.html#mentors');
  // With no mentor yet, the page opens on the add form.
  await options.getByLabel('Name', { exact: true }).fill('Dr. Maya Patel');
  await options.getByLabel('Email addresses').fill('mpatel@med.example.edu');
  await options.getByRole('button', { name: 'Add mentor' }).click();
  await expect(options.getByTestId('mentor-row')).toHaveText([/Dr\. Maya Patel/]);

  await options.getByRole('link', { name: 'Letters', exact: true }).click();
  await options.getByRole('button', { name: 'New letter request' }).click();
  await options.getByLabel('Writer').selectOption({ label: 'Dr. Maya Patel' });
  await options.getByLabel('Program', { exact: true }).fill('Internal Medicine, Mass General Brigham');
  await options.getByLabel('Deadline').fill(dayFromNow(20));
  await options.getByRole('button', { name: 'Add request' }).click();
  await expect(options.getByTestId('letter-status')).toHaveAttribute('data-status', 'planned');
  await expect(options.getByTestId('letter-next')).toHaveText('Ask for the letter');
  // 20 days left is under the 4-week minimum: the ask is late, and counted.
  await expect.poll(() => badge(worker)).toBe('1');

  const popup = await extPage('popup.html');
  const row = popup.getByTestId('deadline-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Internal Medicine, Mass General Brigham');
  await expect(row.getByTestId('next-step')).toHaveText('Ask for the letter');
  await expect(row.getByTestId('days-left')).toHaveText('in 20 days');

  const gmail = await context.newPage();
  await gmail.goto(GMAIL('thread'));
  const card = (await panel(gmail)).getByTestId('mentor-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('mentor-name')).toHaveText('Dr. Maya Patel');
  await expect(card.getByTestId('letter-item')).toContainText('Internal Medicine, Mass General Brigham');
});

test('a letter moves through its states from the letter page, and the badge follows each step', async ({ worker, seed, extPage }) => {
  await seed({ mentors: [PATEL], activities: [recentContact('patel')], letters: [letter('l1', 'patel', 'Pediatrics, CHOP', dayFromNow(20))] });
  const page = await extPage('options.html#letter=l1');
  const status = page.getByTestId('letter-status');
  await expect(status).toHaveAttribute('data-status', 'planned');
  await expect.poll(() => badge(worker)).toBe('1');
  // [button, status after it, badge after it]: with the deadline 20 days away no reminder is due yet.
  const steps: [string, string, string][] = [
    ['Mark asked', 'asked', ''],
    ['They agreed', 'agreed', '1'],
    ['Packet sent', 'materials-sent', ''],
    ['Letter submitted', 'submitted', '1'],
    ['Thank-you sent', 'thanked', ''],
  ];
  for (const [button, after, count] of steps) {
    await page.getByTestId('letter-actions').getByRole('button', { name: button, exact: true }).click();
    await expect(status).toHaveAttribute('data-status', after);
    await expect.poll(() => badge(worker), { message: `badge after "${button}"` }).toBe(count);
  }
  await expect(page.getByTestId('letter-next')).toHaveText('Share the outcome when you hear');
});

function backupSeed(): Seed {
  return {
    mentors: [PATEL, OKAFOR],
    activities: [recentContact('patel'), recentContact('okafor')],
    threads: [{ id: 'gmail:t1:patel', provider: 'gmail', providerThreadId: 't1', subject: 'Letter for residency', mentorId: 'patel', lastMessageAt: isoDaysAgo(1) }],
    letters: [
      letter('l1', 'patel', 'Internal Medicine, Mass General Brigham', dayFromNow(20)),
      letter('l2', 'okafor', 'Pediatrics, CHOP', dayFromNow(60), { status: 'asked', askedAt: isoDaysAgo(2) }),
    ],
    settings: { ...NO_QUIET_HOURS, userName: 'Jordan Lee' },
  };
}

/** A second browser profile with the extension, as the `context` fixture makes the first. */
async function launchProfile(): Promise<{ context: BrowserContext; extensionId: string; close: () => Promise<void> }> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const dir = mkdtempSync(join(tmpdir(), 'followthrough-e2e-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath, headless: true, args: chromiumArgs(EXTENSION_DIR) });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

test('export, then import into a fresh profile, restores everything; importing again adds nothing', async ({ worker, seed, extPage }, testInfo) => {
  await seed(backupSeed());
  await expect.poll(() => badge(worker)).toBe('1');
  const options = await extPage('options.html#backup');
  await expect(options.getByTestId('last-backup')).toHaveText('You have not exported a backup yet.');
  const downloading = options.waitForEvent('download');
  await options.getByTestId('export-backup').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^followthrough-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup).toMatchObject({ format: 'followthrough-backup', version: 1 });
  expect(backup.mentors).toHaveLength(2);
  await expect(options.getByTestId('last-backup')).toContainText('(today)');

  const fresh = await launchProfile();
  try {
    const page = await fresh.context.newPage();
    await page.goto(`chrome-extension://${fresh.extensionId}/options.html#backup`);
    const result = page.getByTestId('import-result');
    await page.getByTestId('import-backup').setInputFiles(file);
    await expect(result).toHaveRole('status');
    for (const line of ['Mentors: 2 added', 'Email threads: 1 added', 'Letter requests: 2 added', 'Activities: 2 added', 'Settings: 1 added']) {
      await expect(result).toContainText(line);
    }

    await page.getByRole('link', { name: 'Mentors', exact: true }).click();
    const mentorRows = page.getByTestId('mentor-row');
    await expect(mentorRows).toHaveCount(2);
    await expect(mentorRows.filter({ hasText: 'Dr. Maya Patel' })).toHaveCount(1);
    await expect(mentorRows.filter({ hasText: 'Dr. Samuel Okafor' })).toHaveCount(1);
    const popup = await fresh.context.newPage();
    await popup.goto(`chrome-extension://${fresh.extensionId}/popup.html`);
    await expect(popup.getByTestId('deadline-row').locator('strong')).toHaveText(['Internal Medicine, Mass General Brigham', 'Pediatrics, CHOP']);
    await expect(popup.getByTestId('next-step')).toHaveText(['Ask for the letter', 'Wait for their answer']);

    // The same file again: matched by id, nothing added or changed.
    await page.getByRole('link', { name: 'Backup', exact: true }).click();
    await page.getByTestId('import-backup').setInputFiles(file);
    await expect(result).toHaveRole('status');
    await expect(result).toContainText('Nothing new');
    await expect(popup.getByTestId('deadline-row')).toHaveCount(2);
  } finally {
    await fresh.close();
  }
});

test('a bad file shows why in the import result and writes nothing', async ({ seed, extPage, rows }) => {
  await seed({ mentors: [PATEL], letters: [letter('l1', 'patel', 'Pediatrics, CHOP', dayFromNow(30))] });
  const before = { mentors: await rows('mentors'), letters: await rows('letters') };
  const options = await extPage('options.html#backup');
  const input = options.getByTestId('import-backup');
  const result = options.getByTestId('import-result');

  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('Dear Dr. Patel, thank you') });
  await expect(result).toHaveRole('alert');
  await expect(result).toContainText('This file is not JSON');
  await expect(result).toContainText('Nothing was changed.');

  // A whole file, valid but for one letter whose writer is not in it: none of it is written.
  const dangling = {
    format: 'followthrough-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    mentors: [OKAFOR],
    threads: [],
    letters: [letter('l2', 'ghost', 'Surgery, Johns Hopkins', dayFromNow(40))],
    activities: [],
    goals: [],
    templates: [],
    settings: { userName: 'Someone Else' },
  };
  await input.setInputFiles({ name: 'dangling.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dangling)) });
  await expect(result).toHaveRole('alert');
  await expect(result).toContainText('letters[0] (Surgery, Johns Hopkins): mentorId "ghost" is not a mentor in this file');
  await expect(result).toContainText('Nothing was changed.');

  expect({ mentors: await rows('mentors'), letters: await rows('letters') }).toEqual(before);
  expect(await rows('settings')).toEqual([]);
});

test('the calendar export is an iCalendar file with the deadline as an all-day event', async ({ seed, extPage }) => {
  const deadline = dayFromNow(50);
  await seed({ mentors: [PATEL], letters: [letter('l1', 'patel', 'Pediatrics, CHOP', deadline)] });
  const options = await extPage('options.html#backup');
  const downloading = options.waitForEvent('download');
  await options.getByTestId('export-ics').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^followthrough-letters-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = await downloadedText(download);
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain(`DTSTART;VALUE=DATE:${deadline.replaceAll('-', '')}\r\n`);
  expect(ics).toContain('SUMMARY:Letter deadline: Pediatrics\\, CHOP (Dr. Maya Patel)');
  expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
});

test('asking further ahead in settings makes a letter due now in the popup and on the badge', async ({ worker, seed, extPage }) => {
  // 50 days left: not yet due with the default 6 weeks (42 days), due with 8 weeks (56).
  await seed({ mentors: [PATEL], activities: [recentContact('patel')], letters: [letter('l1', 'patel', 'Pediatrics, CHOP', dayFromNow(50))] });
  await expect.poll(() => badge(worker)).toBe('');
  const popup = await extPage('popup.html');
  const row = popup.getByTestId('deadline-row');
  await expect(row.getByTestId('next-step')).toHaveText('Ask for the letter');
  await expect(row).not.toContainText('Ask Dr. Maya Patel now');

  const options = await extPage('options.html#settings');
  await options.getByLabel('Ask for a letter at least this many days ahead').fill('56');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(() => badge(worker)).toBe('1');
  await expect(row).toContainText('Ask Dr. Maya Patel now: 50 days before the Pediatrics, CHOP deadline (ask at least 8 weeks ahead)');
});
