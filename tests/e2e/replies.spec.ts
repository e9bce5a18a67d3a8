// Who owes a reply, in real Chromium: a mentor's unanswered email raises the badge when its thread
// is seen and lowers it when the user's reply is seen; the reply marks clear items from the
// sidebar and the popup; a quiet "awaiting a reply" never reaches the badge.
import type { Page, Worker } from '@playwright/test';
import { test, expect, dayFromNow, isoDaysAgo } from './fixtures';
import { GMAIL, withRelativeDates } from '../../scripts/mail-routes.mjs';
import { NO_QUIET_HOURS, PATEL } from './people';

const THREAD = 'inbox/19b5c0a1d2e3f401';
const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const notified = (worker: Worker) => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()).sort());
// Added 20 days ago with no contact: no check-in in the way (due in 10 days, not yet upcoming).
const patel = { ...PATEL, createdAt: isoDaysAgo(20) };

/** What Gmail does once the user's reply is sent: the message appears at the end of the thread. */
async function appendMyReply(page: Page, gmailDate: string) {
  await page.evaluate((title) => {
    const items = [...document.querySelectorAll('[role="listitem"].h7')].filter((el) => el.querySelector('span.gD[email="jordan.lee@gmail.com"]'));
    const mine = items.at(-1)!;
    const copy = mine.cloneNode(true) as HTMLElement;
    copy.querySelector('[data-legacy-message-id]')?.setAttribute('data-legacy-message-id', '19b2ffffffff0001');
    copy.querySelector('[data-message-id]')?.setAttribute('data-message-id', '#msg-f:1851999999999999001');
    const date = copy.querySelector('span.g3')!;
    date.setAttribute('title', title);
    date.setAttribute('alt', title);
    mine.parentElement!.appendChild(copy);
  }, gmailDate);
}

test('the badge moves when a thread with an unanswered mentor email is opened, and back when the reply is seen', async ({ context, worker, seed, sidePanel }) => {
  await seed({ mentors: [patel], settings: NO_QUIET_HOURS });
  await expect.poll(() => badge(worker)).toBe('');

  const page = await context.newPage();
  await page.goto(GMAIL('thread-reply-owed', THREAD));
  const due = (await sidePanel(page)).dueItem.root;
  await expect(due).toHaveCount(1);
  await expect(due).toContainText('wrote 3 days ago and has no reply yet');
  await expect(due).toContainText('Due');
  await expect.poll(() => badge(worker)).toBe('1');
  await expect.poll(() => notified(worker)).toEqual([expect.stringMatching(/^reply-owed:patel:/)]);

  await appendMyReply(page, withRelativeDates('{{ft-date:0 00:01}}'));
  await expect(due).toHaveCount(0);
  await expect.poll(() => badge(worker)).toBe('');
});

test('"No reply needed" in the sidebar clears the reply owed until their next email', async ({ context, worker, seed, rows, sidePanel }) => {
  await seed({ mentors: [patel], settings: NO_QUIET_HOURS });
  const page = await context.newPage();
  await page.goto(GMAIL('thread-reply-owed', THREAD));
  const side = await sidePanel(page);
  await expect.poll(() => badge(worker)).toBe('1');
  await side.dueItem.replyMark.click();
  await expect(side.dueItem.root).toHaveCount(0);
  await expect.poll(() => badge(worker)).toBe('');
  const [mentor] = await rows<{ replyDismissedAt?: string }>('mentors');
  expect(mentor.replyDismissedAt).toBeTruthy();
});

test('a week without an answer is a quiet item in the popup; "They replied" clears it', async ({ worker, seed, openPopup }) => {
  await seed({
    mentors: [patel],
    activities: [{ id: 'a1', mentorId: 'patel', kind: 'email-sent', at: isoDaysAgo(8) }],
    // A letter reminder due now, so the badge shows the recompute ran and counted only that.
    letters: [{ id: 'l1', mentorId: 'patel', purpose: 'residency', program: 'Internal Medicine, Penn', deadline: dayFromNow(5), status: 'materials-sent', remindersSent: 0 }],
    settings: NO_QUIET_HOURS,
  });
  const row = (await openPopup()).dueRows;
  await expect(row.root).toHaveCount(1);
  await expect(row.root).toContainText('No answer from Dr. Maya Patel');
  await expect(row.root).toHaveClass(/upcoming/);
  // Quiet: neither on the badge nor announced; only the letter reminder is.
  await expect.poll(() => badge(worker)).toBe('1');
  await expect.poll(() => notified(worker)).toEqual(['letter-reminder:l1:1']);
  await row.replyMark.click();
  await expect(row.root).toHaveCount(0);
});
