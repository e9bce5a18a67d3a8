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
import { Options } from './pages/options';
import { Popup } from './pages/popup';

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

test('a mentor and a letter made in options reach the popup, the badge and the Gmail sidebar', async ({ context, worker, openOptions, openPopup, sidePanel }) => {
  const options = await openOptions('mentors');
  // With no mentor yet, the page opens on the add form.
  await options.mentors.add('Dr. Maya Patel', 'mpatel@med.example.edu');
  await expect(options.mentors.rows).toHaveText([/Dr\. Maya Patel/]);

  await options.goTo('Letters');
  await options.letters.add({ writer: 'Dr. Maya Patel', program: 'Internal Medicine, Mass General Brigham', deadline: dayFromNow(20) });
  await expect(options.letter.status).toHaveAttribute('data-status', 'planned');
  await expect(options.letter.next).toHaveText('Ask for the letter');
  // 20 days left is under the 4-week minimum: the ask is late, and counted.
  await expect.poll(() => badge(worker)).toBe('1');

  const row = (await openPopup()).deadlineRows;
  await expect(row.root).toHaveCount(1);
  await expect(row.root).toContainText('Internal Medicine, Mass General Brigham');
  await expect(row.nextStep).toHaveText('Ask for the letter');
  await expect(row.daysLeft).toHaveText('in 20 days');

  const gmail = await context.newPage();
  await gmail.goto(GMAIL('thread'));
  const card = (await sidePanel(gmail)).mentorCard;
  await expect(card.root).toHaveCount(1);
  await expect(card.name).toHaveText('Dr. Maya Patel');
  await expect(card.letterItem.root).toContainText('Internal Medicine, Mass General Brigham');
});

test('a letter moves through its states from the letter page, and the badge follows each step', async ({ worker, seed, openOptions }) => {
  await seed({ mentors: [PATEL], activities: [recentContact('patel')], letters: [letter('l1', 'patel', 'Pediatrics, CHOP', dayFromNow(20))] });
  const letterPage = (await openOptions('letter=l1')).letter;
  const status = letterPage.status;
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
    await letterPage.step(button).click();
    await expect(status).toHaveAttribute('data-status', after);
    await expect.poll(() => badge(worker), { message: `badge after "${button}"` }).toBe(count);
  }
  await expect(letterPage.next).toHaveText('Share the outcome when you hear');
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

test('export, then import into a fresh profile, restores everything; importing again adds nothing', async ({ worker, seed, openOptions }, testInfo) => {
  await seed(backupSeed());
  await expect.poll(() => badge(worker)).toBe('1');
  const backupSection = (await openOptions('backup')).backup;
  await expect(backupSection.lastBackup).toHaveText('You have not exported a backup yet.');
  const download = await backupSection.exportBackup();
  expect(download.suggestedFilename()).toMatch(/^followthrough-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup).toMatchObject({ format: 'followthrough-backup', version: 1 });
  expect(backup.mentors).toHaveLength(2);
  await expect(backupSection.lastBackup).toContainText('(today)');

  const fresh = await launchProfile();
  try {
    const page = await fresh.context.newPage();
    await page.goto(`chrome-extension://${fresh.extensionId}/options.html#backup`);
    const options = new Options(page);
    const result = options.backup.importResult;
    await options.backup.importFile(file);
    await expect(result).toHaveRole('status');
    for (const line of ['Mentors: 2 added', 'Email threads: 1 added', 'Letter requests: 2 added', 'Activities: 2 added', 'Settings: 1 added']) {
      await expect(result).toContainText(line);
    }

    await options.goTo('Mentors');
    const mentorRows = options.mentors.rows;
    await expect(mentorRows).toHaveCount(2);
    await expect(mentorRows.filter({ hasText: 'Dr. Maya Patel' })).toHaveCount(1);
    await expect(mentorRows.filter({ hasText: 'Dr. Samuel Okafor' })).toHaveCount(1);
    const popup = new Popup(await fresh.context.newPage());
    await popup.page.goto(`chrome-extension://${fresh.extensionId}/popup.html`);
    await expect(popup.deadlineRows.program).toHaveText(['Internal Medicine, Mass General Brigham', 'Pediatrics, CHOP']);
    await expect(popup.nextSteps).toHaveText(['Ask for the letter', 'Wait for their answer']);

    // The same file again: matched by id, nothing added or changed.
    await options.goTo('Backup');
    await options.backup.importFile(file);
    await expect(result).toHaveRole('status');
    await expect(result).toContainText('Nothing new');
    await expect(popup.deadlineRows.root).toHaveCount(2);
  } finally {
    await fresh.close();
  }
});

test('a bad file shows why in the import result and writes nothing', async ({ seed, openOptions, rows }) => {
  await seed({ mentors: [PATEL], letters: [letter('l1', 'patel', 'Pediatrics, CHOP', dayFromNow(30))] });
  const before = { mentors: await rows('mentors'), letters: await rows('letters') };
  const backup = (await openOptions('backup')).backup;
  const result = backup.importResult;

  await backup.importFile({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('Dear Dr. Patel, thank you') });
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
  await backup.importFile({ name: 'dangling.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(dangling)) });
  await expect(result).toHaveRole('alert');
  await expect(result).toContainText('letters[0] (Surgery, Johns Hopkins): mentorId "ghost" is not a mentor in this file');
  await expect(result).toContainText('Nothing was changed.');

  expect({ mentors: await rows('mentors'), letters: await rows('letters') }).toEqual(before);
  expect(await rows('settings')).toEqual([]);
});

test('the calendar export is an iCalendar file with the deadline as an all-day event', async ({ seed, openOptions }) => {
  const deadline = dayFromNow(50);
  await seed({ mentors: [PATEL], letters: [letter('l1', 'patel', 'Pediatrics, CHOP', deadline)] });
  const download = await (await openOptions('backup')).backup.exportCalendar();
  expect(download.suggestedFilename()).toMatch(/^followthrough-letters-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = await downloadedText(download);
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain(`DTSTART;VALUE=DATE:${deadline.replaceAll('-', '')}\r\n`);
  expect(ics).toContain('SUMMARY:Letter deadline: Pediatrics\\, CHOP (Dr. Maya Patel)');
  expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
});

test('asking further ahead in settings makes a letter due now in the popup and on the badge', async ({ worker, seed, openPopup, openOptions }) => {
  // 50 days left: not yet due with the default 6 weeks (42 days), due with 8 weeks (56).
  await seed({ mentors: [PATEL], activities: [recentContact('patel')], letters: [letter('l1', 'patel', 'Pediatrics, CHOP', dayFromNow(50))] });
  await expect.poll(() => badge(worker)).toBe('');
  const row = (await openPopup()).deadlineRows;
  await expect(row.nextStep).toHaveText('Ask for the letter');
  await expect(row.root).not.toContainText('Ask Dr. Maya Patel now');

  const settings = (await openOptions('settings')).settings;
  await settings.field('Ask for a letter at least this many days ahead').fill('56');
  await settings.save();
  await expect.poll(() => badge(worker)).toBe('1');
  await expect(row.root).toContainText('Ask Dr. Maya Patel now: 50 days before the Pediatrics, CHOP deadline (ask at least 8 weeks ahead)');
});
