// "Write" and "Open thread": from a popup row or a notification to a filled compose (or the last
// thread) in Gmail and Outlook, served by the fixture routing so nothing leaves the machine.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, dayFromNow, isoDaysAgo } from './fixtures';
import { NO_QUIET_HOURS, OKAFOR, PATEL } from './people';
import type { SidePanel } from './pages/sidebar';
import { Options } from './pages/options';

const GMAIL_THREAD = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWbLmNpqRsTv';
const OUTLOOK_THREAD = 'https://outlook.live.com/mail/0/inbox/id/AAQkADAwATM0MDAAMS1';
const PROGRAM = 'Internal Medicine & Pediatrics #1 (Mass General + Brigham)';

/** Patel's letter: packet sent, due in 4 days, so the one polite reminder is due; read in Gmail account 1. */
const gmailSeed = (settings: object = {}) => ({
  mentors: [PATEL],
  letters: [{ id: 'l1', mentorId: 'patel', purpose: 'residency', program: PROGRAM, deadline: dayFromNow(4), status: 'materials-sent', materialsSentAt: isoDaysAgo(20), remindersSent: 0 }],
  threads: [{ id: 'gmail:t1:patel', provider: 'gmail', providerThreadId: 't1', subject: 'Letter', mentorId: 'patel', lastMessageAt: isoDaysAgo(20), url: GMAIL_THREAD }],
  // Check-ins are not due, so the letter is the one thing to do.
  activities: [{ id: 'a1', mentorId: 'patel', kind: 'email-sent', at: isoDaysAgo(3) }],
  settings: { userName: 'Jordan Lee', ...settings },
});


async function newTabFrom(context: BrowserContext, click: () => Promise<unknown>): Promise<Page> {
  const opened = context.waitForEvent('page', (p) => !p.url().startsWith('chrome-extension:'));
  await click();
  const page = await opened;
  // A new tab starts at about:blank before it navigates to the link.
  await page.waitForURL((url) => url.protocol === 'https:');
  await page.waitForLoadState('domcontentloaded');
  return page;
}

async function expectGmailCompose(page: Page, sidePanel: (mail: Page) => Promise<SidePanel>) {
  const url = new URL(page.url());
  expect(`${url.origin}${url.pathname}`).toBe('https://mail.google.com/mail/u/1/');
  expect(url.searchParams.get('view')).toBe('cm');
  expect(url.searchParams.get('to')).toBe('mpatel@med.example.edu');
  // The suggested reminder, filled in, with the program's &, # and + intact.
  expect(url.searchParams.get('su')).toMatch(/^Gentle reminder: letter of recommendation due /);
  const body = url.searchParams.get('body') ?? '';
  expect(body).toContain('Dr. Patel');
  expect(body).toContain(PROGRAM);
  expect(body).toContain('Jordan Lee');
  expect(body).not.toMatch(/\{\{|undefined/);
  // The compose the link opened is an ordinary compose: the sidebar knows the mentor.
  await expect(page.locator('[g_editable=true]')).toContainText(PROGRAM);
  await expect((await sidePanel(page)).mentorNames).toHaveText(['Dr. Maya Patel']);
}

test('Write on a popup letter row opens Gmail compose, in the account the thread was read under, filled in', async ({ context, seed, openPopup, rows, sidePanel }) => {
  await seed(gmailSeed());
  const row = (await openPopup()).deadlineRows;
  await expect(row.openThread).toBeVisible();
  const compose = await newTabFrom(context, () => row.write.click());
  await expectGmailCompose(compose, sidePanel);
  // "I sent it" still records the letter step from the sidebar of that compose.
  await (await sidePanel(compose)).letterItem.action('Reminder sent').click();
  await expect.poll(async () => (await rows<{ remindersSent: number }>('letters'))[0].remindersSent).toBe(1);
});

test('Write on a popup check-in row opens Outlook compose on the personal host; Open thread goes back to the thread', async ({ context, seed, openPopup, sidePanel }) => {
  await seed({
    mentors: [OKAFOR],
    threads: [{ id: 'outlook:t2:okafor', provider: 'outlook', providerThreadId: 't2', subject: 'Research', mentorId: 'okafor', lastMessageAt: isoDaysAgo(60), url: OUTLOOK_THREAD }],
    settings: { userName: 'Jordan Lee' },
  });
  const row = (await openPopup()).checkinRows;
  const compose = await newTabFrom(context, () => row.write.click());
  const url = new URL(compose.url());
  expect(`${url.origin}${url.pathname}`).toBe('https://outlook.live.com/mail/0/deeplink/compose');
  expect(url.searchParams.get('to')).toBe('sokafor@hospital.example.org');
  expect(url.searchParams.get('body')).toContain('Dr. Okafor');
  await expect((await sidePanel(compose)).mentorNames).toHaveText(['Dr. Samuel Okafor']);

  const again = await openPopup();
  const thread = await newTabFrom(context, () => again.checkinRows.openThread.click());
  expect(thread.url()).toBe(OUTLOOK_THREAD);
});

/** The notification raised for the letter reminder, once the worker has announced it. */
async function reminderNotification(worker: Worker): Promise<string> {
  const ids = () => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
  await expect.poll(ids).toEqual([expect.stringMatching(/reminder/)]);
  return (await ids())[0];
}

test('a notification button writes; a click on the notification opens the thread', async ({ context, seed, worker, sidePanel }) => {
  await seed(gmailSeed(NO_QUIET_HOURS));
  const id = await reminderNotification(worker);
  // A desktop notification cannot be pressed from a test: its handler is dispatched as Chrome does.
  const compose = await newTabFrom(context, () => worker.evaluate((n) => (chrome.notifications.onButtonClicked as any).dispatch(n, 0), id));
  await expectGmailCompose(compose, sidePanel);

  const thread = await newTabFrom(context, () => worker.evaluate((n) => (chrome.notifications.onClicked as any).dispatch(n), id));
  expect(thread.url()).toBe(GMAIL_THREAD);
});

test('Write with Outlook and no thread read: compose on the work host, the click searches there', async ({ context, seed, worker, sidePanel }) => {
  await seed({ ...gmailSeed({ ...NO_QUIET_HOURS, writeWith: 'outlook' }), threads: [] });
  const id = await reminderNotification(worker);
  const compose = await newTabFrom(context, () => worker.evaluate((n) => (chrome.notifications.onButtonClicked as any).dispatch(n, 0), id));
  expect(compose.url().startsWith('https://outlook.office.com/mail/deeplink/compose?to=mpatel@med.example.edu&subject=')).toBe(true);
  await expect((await sidePanel(compose)).mentorNames).toHaveText(['Dr. Maya Patel']);
  const search = await newTabFrom(context, () => worker.evaluate((n) => (chrome.notifications.onClicked as any).dispatch(n), id));
  expect(search.url()).toBe('https://outlook.office.com/mail/deeplink/search?query=from%3Ampatel%40med.example.edu');
});

test('no mail known at all: a click on the notification opens the letter in options', async ({ context, seed, worker, extensionId, sidePanel }) => {
  await seed({ ...gmailSeed(NO_QUIET_HOURS), threads: [] });
  const id = await reminderNotification(worker);
  const opened = context.waitForEvent('page');
  await worker.evaluate((n) => (chrome.notifications.onClicked as any).dispatch(n), id);
  const options = await opened;
  await expect.poll(() => options.url()).toBe(`chrome-extension://${extensionId}/options.html#letter=l1`);
});

test('Write on a due item in the sidebar opens a new compose for it', async ({ context, seed, sidePanel }) => {
  await seed(gmailSeed());
  const page = await context.newPage();
  await page.goto('https://mail.google.com/mail/u/1/?ft=thread#inbox/19b5c0a1d2e3f401');
  const item = (await sidePanel(page)).dueItem;
  await expect(item.root).toHaveCount(1);
  const compose = await newTabFrom(context, () => item.write.click());
  await expectGmailCompose(compose, sidePanel);
});

test('a message too long for a link: Write in the popup copies it and opens the compose with the subject', async ({ context, seed, openPopup, sidePanel }) => {
  const long = 'Thank you for your time and your advice this year. '.repeat(200);
  await seed({ ...gmailSeed(), templates: [{ id: 'u1', name: 'Long reminder', subject: 'A gentle reminder', body: long, builtinId: 'letter-reminder', updatedAt: isoDaysAgo(1) }] });
  // Read back from the compose page, as a paste there would (extension origins cannot be granted it).
  await context.grantPermissions(['clipboard-read'], { origin: 'https://mail.google.com' });
  const write = (await openPopup()).deadlineRows.write;
  await expect(write).toHaveText('Copy and write');
  const compose = await newTabFrom(context, () => write.click());
  const url = new URL(compose.url());
  expect(url.searchParams.get('su')).toBe('A gentle reminder');
  expect(url.searchParams.get('body')).toMatch(/^\[Paste your message here/);
  await expect((await sidePanel(compose)).mentorNames).toHaveText(['Dr. Maya Patel']);
  await compose.bringToFront();
  expect(await compose.evaluate(() => navigator.clipboard.readText())).toBe(long);
});

test('the mentor page writes and opens the thread; Write with in settings moves the compose to Outlook', async ({ context, seed, openOptions, sidePanel }) => {
  await seed(gmailSeed());
  const mentor = await openOptions('mentor=patel');
  const area = mentor.mentor.write;
  const thread = await newTabFrom(context, () => area.openThread.click());
  expect(thread.url()).toBe(GMAIL_THREAD);
  await expectGmailCompose(await newTabFrom(context, () => area.write.click()), sidePanel);

  const settings = (await openOptions('settings')).settings;
  await settings.field('Write with').selectOption('outlook');
  await settings.save();
  await expect(settings.status).toHaveText('Saved.');
  await mentor.page.bringToFront();
  const outlook = await newTabFrom(context, () => area.write.click());
  expect(outlook.url().startsWith('https://outlook.office.com/mail/deeplink/compose?to=mpatel@med.example.edu&subject=')).toBe(true);
  // Writing elsewhere does not move the thread: it is where it was read.
  await mentor.page.bringToFront();
  expect((await newTabFrom(context, () => area.openThread.click())).url()).toBe(GMAIL_THREAD);
});

test('from a notification, a message too long for a link opens the mentor page, whose Write copies it', async ({ context, seed, worker, extensionId, sidePanel }) => {
  const long = 'Thank you for your time and your advice this year. '.repeat(200);
  await seed({ ...gmailSeed(NO_QUIET_HOURS), templates: [{ id: 'u1', name: 'Long reminder', subject: 'A gentle reminder', body: long, builtinId: 'letter-reminder', updatedAt: isoDaysAgo(1) }] });
  const id = await reminderNotification(worker);
  const opened = context.waitForEvent('page');
  await worker.evaluate((n) => (chrome.notifications.onButtonClicked as any).dispatch(n, 0), id);
  const options = await opened;
  await expect.poll(() => options.url()).toBe(`chrome-extension://${extensionId}/options.html#mentor=patel`);
  const mentor = new Options(options).mentor;
  await expect(mentor.write.write).toHaveText('Copy and write');
  await expect(mentor.writeTooLong).toContainText('too long to pass in a link');
});
