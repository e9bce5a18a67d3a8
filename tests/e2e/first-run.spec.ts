// First run and the season at a glance, in real Chromium: the welcome page opens on install and
// not on an update; what it records reaches the popup and the Gmail sidebar; the season timeline
// and a mentor's contact history show the seeded records, and pass axe in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, dayFromNow, isoDaysAgo, EXTENSION_DIR } from './fixtures';
import { GMAIL } from '../../scripts/mail-routes.mjs';
import { chromiumArgs, findChromium, INSTALL_HINT } from '../../scripts/chromium.mjs';
import { OKAFOR, PATEL, mentorRecord } from './people';
import { Options } from './pages/options';

const welcomePages = (context: BrowserContext, extensionId: string) =>
  context.pages().filter((p) => p.url() === `chrome-extension://${extensionId}/options.html#welcome`);

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target) }));
}

/** A copy of the built extension, so a test can change its version as an update would. */
function extensionCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'followthrough-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  return dir;
}

function setVersion(dir: string, version: string): void {
  const file = join(dir, 'manifest.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version }));
}

async function launch(profile: string, extension: string) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: chromiumArgs(extension) });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

test('a fresh install opens the welcome page once; a restart at a new version does not', async () => {
  const extension = extensionCopy();
  const profile = mkdtempSync(join(tmpdir(), 'followthrough-e2e-'));
  try {
    const first = await launch(profile, extension);
    await expect.poll(() => welcomePages(first.context, first.extensionId).length).toBe(1);
    const options = new Options(welcomePages(first.context, first.extensionId)[0]);
    await expect(options.heading).toHaveText('Welcome to FollowThrough');
    await expect(options.welcome.privacyNote).toContainText('Nothing leaves this browser');
    // The shortcut is the one the browser registered from the manifest.
    await expect(options.welcome.shortcut).toContainText('Alt+Shift+F');
    await new Promise((r) => setTimeout(r, 500));
    expect(welcomePages(first.context, first.extensionId)).toHaveLength(1);
    await first.context.close();

    // The same profile, the extension at a new version, as after an update: no welcome page. (This
    // Chromium reports each start of a --load-extension build as an install, so the one-welcome
    // mark is what holds here; the "update" reason itself is tested in tests/unit/background.)
    setVersion(extension, '99.0.0');
    const second = await launch(profile, extension);
    expect(second.extensionId).toBe(first.extensionId);
    expect(await second.worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('99.0.0');
    // Give a welcome page every chance to appear: the worker has started and set its alarm.
    await expect.poll(() => second.worker.evaluate(() => chrome.alarms.getAll().then((a) => a.length))).toBe(1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(second.context.pages().map((p) => p.url()).filter((u) => u.startsWith('chrome-extension://'))).toEqual([]);
    await second.context.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(extension, { recursive: true, force: true });
  }
});

test('name, stage and mentors entered on the welcome page reach the popup and the Gmail sidebar', async ({ context, extensionId, openPopup, rows, sidePanel }) => {
  await expect.poll(() => welcomePages(context, extensionId).length).toBe(1);
  const options = new Options(welcomePages(context, extensionId)[0]);
  const welcome = options.welcome;
  const popup = await openPopup();
  await expect(popup.welcome).toContainText('Start with your mentors');

  await welcome.saveAboutYou('Jordan Lee', 'resident');
  await expect(welcome.aboutYou.getByRole('status')).toHaveText('Saved. Hello, Jordan Lee.');

  for (const [name, email, role, cadence] of [
    ['Dr. Maya Patel', 'mpatel@med.example.edu', 'Research', '30'],
    ['Dr. Samuel Okafor', 'sokafor@hospital.example.org', 'Specialty / academic', '60'],
  ]) {
    await welcome.addMentor({ name, email, role, cadence });
    await expect(welcome.mentors).toContainText(name);
  }
  await expect(welcome.mentors.getByRole('listitem')).toHaveText([
    /Dr\. Maya Patel.*mpatel@med\.example\.edu.*Research.*every 30 days/,
    /Dr\. Samuel Okafor.*sokafor@hospital\.example\.org.*Specialty.*every 60 days/,
  ]);
  const settings = await rows<{ value: { userName: string; userStage: string } }>('settings');
  expect(settings[0].value).toMatchObject({ userName: 'Jordan Lee', userStage: 'resident' });

  // The popup's first-run hint gives way now that there are mentors.
  await popup.page.reload();
  await expect(popup.page.getByRole('heading', { name: 'Letters of recommendation' })).toBeVisible();
  await expect(popup.welcome).toHaveCount(0);

  // Both appear as mentor cards in the sidebar beside a Gmail thread with them.
  const gmail = await context.newPage();
  await gmail.goto(GMAIL('thread-two-mentors'));
  const names = (await sidePanel(gmail)).mentorCard.name;
  await expect(names.filter({ hasText: 'Dr. Maya Patel' })).toHaveCount(1);
  await expect(names.filter({ hasText: 'Dr. Samuel Okafor' })).toHaveCount(1);

  // Done leads to the season; Getting started in the menu brings the welcome page back.
  await welcome.finish.click();
  await expect(options.heading).toHaveText('Season at a glance');
  await options.page.getByRole('link', { name: 'Getting started' }).click();
  await expect(options.heading).toHaveText('Welcome to FollowThrough');
  await welcome.skip.click();
  await expect(options.heading).toHaveText('Mentors');
});

test('the welcome page imports a backup with the same checks as the Backup section', async ({ openOptions }) => {
  const welcome = (await openOptions('welcome')).welcome;
  const backup = {
    format: 'followthrough-backup',
    version: 1,
    exportedAt: new Date().toISOString(),
    // Fourteen mentors: the page lists the first twelve by name and counts the others.
    mentors: [PATEL, ...Array.from({ length: 13 }, (_, i) => ({ ...PATEL, id: `imported-${i}`, name: `Dr. Zed ${String(i).padStart(2, '0')}`, emails: [`zed${i}@med.example.edu`] }))],
    threads: [],
    letters: [],
    activities: [],
    templates: [],
    settings: {},
  };
  await welcome.importFile({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(welcome.importResult).toContainText('Mentors: 14 added');
  await expect(welcome.mentors).toContainText('Dr. Maya Patel');
  await expect(welcome.mentors.getByRole('listitem')).toHaveCount(13);
  await expect(welcome.moreMentors).toHaveText('and more: see them all on the Mentors page');
  await welcome.importFile({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
  await expect(welcome.importResult).toHaveRole('alert');
  await expect(welcome.importResult).toContainText('Nothing was changed.');
});

const letter = (id: string, mentorId: string, program: string, deadline: string, status = 'planned', extra: object = {}) => ({
  id,
  mentorId,
  purpose: 'residency',
  program,
  deadline,
  status,
  remindersSent: 0,
  ...extra,
});

const SEASON = {
  mentors: [PATEL, OKAFOR, mentorRecord('ruiz', 'Dr. Elena Ruiz', 'eruiz@university.example.edu')],
  letters: [
    letter('stanford', 'patel', 'Emergency Medicine, Stanford', dayFromNow(-2), 'submitted', { askedAt: isoDaysAgo(50), agreedAt: isoDaysAgo(48), submittedAt: isoDaysAgo(3) }),
    letter('chop', 'okafor', 'Pediatrics, CHOP', dayFromNow(5), 'materials-sent', { askedAt: isoDaysAgo(40), agreedAt: isoDaysAgo(38), materialsSentAt: isoDaysAgo(37) }),
    letter('mgh', 'patel', 'Internal Medicine, Mass General', dayFromNow(20)),
    letter('ucsf', 'okafor', 'Research Track, UCSF', dayFromNow(-90), 'outcome-shared'),
    letter('jhu', 'patel', 'Surgery, Johns Hopkins', dayFromNow(60), 'asked', { askedAt: isoDaysAgo(3) }),
    letter('penn', 'ruiz', 'Family Medicine, Penn', dayFromNow(75)),
  ],
  activities: [
    { id: 'c1', mentorId: 'patel', kind: 'email-received', at: isoDaysAgo(2) },
    { id: 'c2', mentorId: 'okafor', kind: 'meeting', at: isoDaysAgo(45) },
  ],
};

test('the season timeline: one row per open request, by writer or by deadline, today marked, a row opens its letter', async ({ seed, openOptions }) => {
  await seed(SEASON);
  const options = await openOptions('season');
  const season = options.season;
  const timeline = season.timeline;
  const rowsOf = season.timelineLetters;
  // Open requests only (the shared outcome is finished), by writer first: Patel's soonest deadline leads.
  await expect(rowsOf).toHaveCount(5);
  const ids = () => rowsOf.evaluateAll((els) => els.map((e) => e.getAttribute('data-letter-id')));
  expect(await ids()).toEqual(['stanford', 'mgh', 'jhu', 'chop', 'penn']);
  await expect(timeline.getByRole('group')).toHaveCount(3);
  await expect(timeline.getByRole('group').first().getByRole('link').first()).toHaveText('Dr. Maya Patel');

  await season.byDeadline();
  await expect.poll(ids).toEqual(['stanford', 'chop', 'mgh', 'jhu', 'penn']);
  // The table says the same, in the same order, with the ask-by day and reminder window in words.
  const table = season.tableRows;
  await expect(table.locator('th')).toHaveText(['Emergency Medicine, Stanford', 'Pediatrics, CHOP', 'Internal Medicine, Mass General', 'Surgery, Johns Hopkins', 'Family Medicine, Penn']);
  await expect(table.nth(0)).toContainText('Asked');
  await expect(table.nth(0)).toContainText('Submitted');
  await expect(table.nth(4).locator('td').nth(3)).toContainText(/due from/);

  // Severity: the late ask is overdue, the reminder two days from its week is due, the distant one on track.
  await expect(rowsOf.nth(2)).toHaveAttribute('data-severity', 'overdue');
  await expect(rowsOf.nth(1)).toHaveAttribute('data-severity', 'due');
  await expect(rowsOf.nth(4)).toHaveAttribute('data-severity', 'none');
  await expect(rowsOf.nth(2)).toContainText('Overdue: Ask for the letter');

  // Today's line sits after the passed deadline and before every coming one.
  const today = season.today;
  await expect(today).toBeVisible();
  const x = async (el: ReturnType<Page['locator']>) => (await el.boundingBox())!.x;
  const deadlines = season.deadlines;
  const todayX = await x(today);
  expect(await x(deadlines.nth(0))).toBeLessThan(todayX);
  for (let i = 1; i < 5; i++) expect(await x(deadlines.nth(i))).toBeGreaterThan(todayX);

  // A click, or Enter on a focused row, opens the letter.
  await rowsOf.nth(1).click();
  await expect(options.letter.status).toHaveAttribute('data-status', 'materials-sent');
  await options.page.goBack();
  await season.byDeadline();
  await rowsOf.nth(2).focus();
  await options.page.keyboard.press('Enter');
  await expect(options.letter.status).toHaveAttribute('data-status', 'planned');
  await expect(options.page).toHaveURL(/#letter=mgh$/);
});

test("a mentor's page shows the last 12 months of contact by kind, against the cadence", async ({ seed, openOptions }) => {
  await seed({
    mentors: [{ ...PATEL, createdAt: isoDaysAgo(500) }],
    activities: [
      { id: 'h1', mentorId: 'patel', kind: 'email-sent', at: isoDaysAgo(10) },
      { id: 'h2', mentorId: 'patel', kind: 'email-received', at: isoDaysAgo(9) },
      { id: 'h3', mentorId: 'patel', kind: 'meeting', at: isoDaysAgo(100) },
      { id: 'h4', mentorId: 'patel', kind: 'email-sent', at: isoDaysAgo(200) },
      { id: 'h5', mentorId: 'patel', kind: 'note', at: isoDaysAgo(50), text: 'Private note' },
      { id: 'h6', mentorId: 'patel', kind: 'meeting', at: isoDaysAgo(420) },
    ],
  });
  const history = (await openOptions('mentor=patel')).mentor.contactHistory;
  await expect(history.root).toBeVisible();
  // Four contacts in the year: the note is not contact, the meeting 420 days ago is outside it.
  await expect(history.dots).toHaveCount(4);
  await expect(history.summary).toContainText('4 contacts');
  await expect(history.summary).toContainText('every 30 days');
  await expect(history.table.locator('tbody tr')).toHaveText([/Email sent\s*2/, /Email received\s*1/, /Meeting\s*1/]);
  // 30-day cadence: gaps after the meetings 420, 200 and 100 days ago, none since.
  await expect(history.gaps.getByRole('listitem')).toHaveCount(3);
  await expect(history.gaps).not.toContainText('still open');
});

test('the welcome page, the season view and the contact history pass axe, light and dark', async ({ seed, extPage }) => {
  test.setTimeout(120_000);
  await seed(SEASON);
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of ['options.html#welcome', 'options.html#season', 'options.html#mentor=patel']) {
      const page = await extPage(path);
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('main')).not.toBeEmpty();
      await expect(page.locator('[aria-busy=true]')).toHaveCount(0);
      expect(await seriousViolations(page), `${path} (${scheme})`).toEqual([]);
      await page.close();
    }
  }
});
