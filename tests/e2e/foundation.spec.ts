// The foundation in real Chromium: badge, popup overview, notifications, alarms.
import { test, expect, dayFromNow, isoDaysAgo, type Seed } from './fixtures';

const NO_QUIET_HOURS = { quietStartHour: 0, quietEndHour: 0 };

function seedData(): Seed {
  const mentors = [
    { id: 'patel', name: 'Dr. Maya Patel', title: 'Dr.', emails: ['mpatel@med.example.edu'], cadenceDays: 30, status: 'active', createdAt: isoDaysAgo(200) },
    { id: 'okafor', name: 'Dr. Samuel Okafor', title: 'Dr.', emails: ['sokafor@hospital.example.org'], cadenceDays: 30, status: 'active', createdAt: isoDaysAgo(200) },
    { id: 'ruiz', name: 'Dr. Elena Ruiz', emails: ['eruiz@university.example.edu'], cadenceDays: 60, status: 'paused', createdAt: isoDaysAgo(300) },
  ];
  const letter = (id: string, mentorId: string, program: string, deadline: string, status: string, extra = {}) => ({
    id, mentorId, purpose: 'residency', program, deadline, status, remindersSent: 0, ...extra,
  });
  return {
    mentors,
    letters: [
      letter('ask-late', 'patel', 'Internal Medicine, Mass General', dayFromNow(20), 'planned'),
      letter('remind', 'okafor', 'Pediatrics, CHOP', dayFromNow(5), 'materials-sent', { askedAt: isoDaysAgo(40), agreedAt: isoDaysAgo(38) }),
      letter('thank', 'patel', 'Emergency Medicine, Stanford', dayFromNow(-2), 'submitted', { submittedAt: isoDaysAgo(1) }),
      letter('done', 'okafor', 'Research Track, UCSF', dayFromNow(-90), 'outcome-shared'),
      letter('waiting', 'patel', 'Surgery, Johns Hopkins', dayFromNow(60), 'asked', { askedAt: isoDaysAgo(3) }),
    ],
    activities: [
      // Over two weeks ago: no check-in due yet, and past the 14 days a reply is asked for.
      { id: 'a1', mentorId: 'patel', kind: 'email-received', at: isoDaysAgo(16) },
      { id: 'a2', mentorId: 'okafor', kind: 'email-sent', at: isoDaysAgo(40) },
    ],
    settings: NO_QUIET_HOURS,
  };
}

async function badge(worker: import('@playwright/test').Worker) {
  return worker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    color: await chrome.action.getBadgeBackgroundColor({}),
  }));
}

test('the badge counts what is due now, red when a letter step is overdue', async ({ worker, seed }) => {
  await expect.poll(() => badge(worker).then((b) => b.text)).toBe('');
  await seed(seedData());
  // late ask (overdue), reminder (due), thank-you (due), Okafor's check-in (overdue)
  await expect.poll(() => badge(worker).then((b) => b.text)).toBe('4');
  expect((await badge(worker)).color).toEqual([179, 38, 30, 255]);
});

test('the popup lists every open request soonest first with its next step, and check-ins due', async ({ seed, openPopup }) => {
  await seed(seedData());
  const popup = await openPopup();
  const rows = popup.deadlineRows;
  await expect(rows.root).toHaveCount(4);
  await expect(rows.program).toHaveText([
    'Emergency Medicine, Stanford',
    'Pediatrics, CHOP',
    'Internal Medicine, Mass General',
    'Surgery, Johns Hopkins',
  ]);
  await expect(rows.nextStep).toHaveText([
    'Send a thank-you',
    'Remind a week before the deadline',
    'Ask for the letter',
    'Wait for their answer',
  ]);
  await expect(rows.daysLeft).toHaveText(['2 days ago', 'in 5 days', 'in 20 days', 'in 60 days']);
  const checkins = popup.checkinRows;
  await expect(checkins.root).toHaveCount(1);
  await expect(checkins.root).toContainText('Dr. Samuel Okafor');
});

test('acting from the popup moves the letter on and the badge follows', async ({ worker, seed, openPopup }) => {
  await seed(seedData());
  await expect.poll(() => badge(worker).then((b) => b.text)).toBe('4');
  const popup = await openPopup();
  const thank = popup.deadlineRows.withText('Stanford');
  await thank.button('Thank-you sent').click();
  await expect(thank.nextStep).toHaveText('Share the outcome when you hear');
  await expect.poll(() => badge(worker).then((b) => b.text)).toBe('3');
  await popup.checkinRows.button('Checked in').click();
  await expect(popup.checkinRows.root).toHaveCount(0);
  await expect.poll(() => badge(worker).then((b) => b.text)).toBe('2');
});

test('a newly due item raises one notification, not one per recompute', async ({ worker, seed }) => {
  const shown = () => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()).sort());
  await seed(seedData());
  await expect.poll(shown).toHaveLength(4);
  expect(await shown()).toContain('letter-ask:ask-late');
  await worker.evaluate(async () => {
    for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
  });
  // Recompute twice more: nothing is raised again.
  await seed({});
  await seed({});
  await new Promise((r) => setTimeout(r, 800));
  expect(await shown()).toEqual([]);
  // A new mentor whose check-in is overdue: exactly that one is announced.
  await seed({ mentors: [{ id: 'new', name: 'Prof. Ana Silva', emails: ['asilva@example.edu'], cadenceDays: 30, status: 'active', createdAt: isoDaysAgo(45) }] });
  await expect.poll(shown).toEqual([expect.stringMatching(/^checkin:new:/)]);
});

// The worker reads its own clock, which Playwright's clock does not reach (it runs in pages), so
// these tests place the quiet hours relative to the worker's current hour: each holds at any
// time of day, instead of passing at night whatever the code does.
const workerHour = (worker: import('@playwright/test').Worker) => worker.evaluate(() => new Date().getHours());
const notificationIds = (worker: import('@playwright/test').Worker) => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));

test('no notification when turned off, outside quiet hours', async ({ worker, seed }) => {
  await seed({ ...seedData(), settings: { ...NO_QUIET_HOURS, notificationsEnabled: false } });
  await expect.poll(() => badge(worker).then((b) => b.text)).toBe('4');
  await new Promise((r) => setTimeout(r, 500));
  expect(await notificationIds(worker)).toEqual([]);
});

test('no notification during quiet hours; they come once the quiet hours end', async ({ worker, seed }) => {
  const h = await workerHour(worker);
  // Quiet from this hour for two hours: the test is well inside the window whenever it runs.
  await seed({ ...seedData(), settings: { quietStartHour: h, quietEndHour: (h + 2) % 24 } });
  await expect.poll(() => badge(worker).then((b) => b.text)).toBe('4');
  await new Promise((r) => setTimeout(r, 500));
  expect(await notificationIds(worker)).toEqual([]);
  // Move the quiet hours away from now: the held items are announced at the next recompute.
  await seed({ settings: { quietStartHour: (h + 3) % 24, quietEndHour: (h + 4) % 24 } });
  await expect.poll(() => notificationIds(worker).then((ids) => ids.length)).toBe(4);
});

test('the schedule alarm is re-created when the worker restarts', async ({ context, worker, extPage }) => {
  const alarms = () => worker.evaluate(() => chrome.alarms.getAll().then((a) => a.map((x) => x.name)));
  await expect.poll(alarms).toEqual(['followthrough-recompute']);
  // Lose the alarm and mark this worker instance, then stop it.
  await worker.evaluate(() => {
    (globalThis as { marker?: number }).marker = 1;
    return chrome.alarms.clearAll();
  });
  const page = await extPage('popup.html');
  const cdp = await context.newCDPSession(page);
  const status: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => status.push(...e.versions.map((v) => v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => status.at(-1)).toBe('stopped');
  // Any event wakes it again; here, a message from the popup.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'data-changed' }));
  await expect.poll(() => status.at(-1)).toBe('running');
  // Playwright's handle now reaches the new instance: the marker is gone, the alarm is back.
  expect(await worker.evaluate(() => (globalThis as { marker?: number }).marker)).toBeUndefined();
  await expect.poll(alarms).toEqual(['followthrough-recompute']);
});

test('a first run says how to start, and the hint goes once there is a mentor', async ({ seed, openPopup }) => {
  const popup = await openPopup();
  await expect(popup.welcome).toContainText('Track as mentor');
  await seed(seedData());
  await popup.page.reload(); // seeding writes around Dexie, so the open popup's live query cannot see it
  await expect(popup.welcome).toHaveCount(0);
  await expect(popup.deadlineRows.root).toHaveCount(4);
});
