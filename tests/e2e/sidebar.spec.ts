// The sidebar on the fixture pages, served at the real Gmail and Outlook URLs.
import { test, expect, dayFromNow } from './fixtures';
import { GMAIL, OUTLOOK } from '../../scripts/mail-routes.mjs';
import { OKAFOR, PATEL } from './people';

const sidebar = (page: import('@playwright/test').Page) => page.locator('followthrough-sidebar');

test('a thread with a tracked mentor shows the card, the last contact and what is due', async ({ context, seed }) => {
  await seed({
    mentors: [PATEL],
    letters: [{ id: 'l1', mentorId: 'patel', purpose: 'residency', program: 'Internal Medicine, Mass General Brigham', deadline: dayFromNow(4), status: 'materials-sent', remindersSent: 0 }],
  });
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(GMAIL('thread', 'inbox/19b5c0a1d2e3f401'));
  const card = sidebar(page).getByTestId('mentor-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('mentor-name')).toHaveText('Dr. Maya Patel');
  // The newest message in the open thread, not the hidden earlier one.
  await expect(card.getByTestId('last-contact')).toContainText('Nov 19');
  await expect(card.getByTestId('due-item')).toHaveCount(1);
  await expect(card.getByTestId('due-item')).toContainText('one polite reminder');
  await expect(card.getByTestId('letter-item')).toContainText('Remind a week before the deadline');
  expect(errors).toEqual([]);
});

test('an unknown sender can be tracked in one click, and the card appears', async ({ context, rows }) => {
  const page = await context.newPage();
  await page.goto(GMAIL('thread-unknown'));
  const add = sidebar(page).getByTestId('add-mentor');
  await expect(add).toHaveCount(1);
  await expect(sidebar(page).getByTestId('unknown-person')).toContainText('eruiz@university.example.edu');
  await add.click();
  await expect(sidebar(page).getByTestId('mentor-name')).toHaveText('Elena Ruiz');
  await expect(sidebar(page).getByTestId('add-mentor')).toHaveCount(0);
  const mentors = await rows<{ name: string; emails: string[]; cadenceDays: number }>('mentors');
  expect(mentors).toEqual([expect.objectContaining({ name: 'Elena Ruiz', emails: ['eruiz@university.example.edu'], cadenceDays: 30 })]);
  // The thread is recorded at once: both messages, each with its direction.
  await expect.poll(async () => (await rows<{ kind: string }>('activities')).map((a) => a.kind).sort()).toEqual(['email-received', 'email-sent']);
});

test('re-opening a thread records no duplicate activity', async ({ context, seed, rows }) => {
  await seed({ mentors: [PATEL] });
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  await expect(sidebar(page).getByTestId('mentor-card')).toHaveCount(1);
  await expect.poll(async () => (await rows('activities')).length).toBeGreaterThan(0);
  const first = await rows<{ id: string }>('activities');
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await expect(sidebar(page).getByTestId('mentor-card')).toHaveCount(1);
  }
  const after = await rows<{ id: string }>('activities');
  expect(after.map((a) => a.id).sort()).toEqual(first.map((a) => a.id).sort());
  expect(await rows('threads')).toHaveLength(1);
});

test('navigating between threads switches the card', async ({ context, seed }) => {
  await seed({ mentors: [PATEL, OKAFOR] });
  const page = await context.newPage();
  await page.goto(GMAIL('thread', 'inbox/19b5c0a1d2e3f401'));
  await expect(sidebar(page).getByTestId('mentor-name')).toHaveText('Dr. Maya Patel');
  // As Gmail does: the open view is hidden and the cached earlier thread is shown again.
  await page.evaluate(() => {
    const [earlier, current] = [...document.querySelectorAll<HTMLElement>('div.nH.if')];
    current.style.display = 'none';
    earlier.style.display = '';
    location.hash = 'inbox/19b0f4c2a9e61d37';
  });
  await expect(sidebar(page).getByTestId('mentor-name')).toHaveText('Dr. Samuel Okafor');
});

test('composing to a mentor shows their card, in Gmail and in Outlook', async ({ context, seed }) => {
  await seed({ mentors: [PATEL, OKAFOR] });
  const gmail = await context.newPage();
  await gmail.goto(GMAIL('compose'));
  await expect(sidebar(gmail).getByTestId('mentor-name')).toHaveText(['Dr. Maya Patel']);
  const popout = await context.newPage();
  await popout.goto(OUTLOOK('compose-popout', 'mail/deeplink/compose'));
  await expect(sidebar(popout).getByTestId('mentor-name')).toHaveText(['Dr. Samuel Okafor']);
});

test('Outlook reading pane: the conversation with a tracked mentor shows the card', async ({ context, seed }) => {
  await seed({ mentors: [OKAFOR] });
  const page = await context.newPage();
  await page.goto(OUTLOOK('reading-pane'));
  await expect(sidebar(page).getByTestId('mentor-name')).toHaveText('Dr. Samuel Okafor');
  await expect(sidebar(page).getByTestId('last-contact')).not.toBeEmpty();
});

test('a page that cannot be read shows a quiet state and no page error', async ({ context }) => {
  for (const url of [GMAIL('broken'), OUTLOOK('broken')]) {
    const page = await context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(url);
    await expect(sidebar(page).getByTestId('unreadable')).toBeVisible();
    expect(errors).toEqual([]);
  }
});

test('the sidebar collapses to a tab, remembers it, and follows the dark theme', async ({ context, seed }) => {
  await seed({ mentors: [PATEL] });
  const page = await context.newPage();
  await page.goto(GMAIL('dark'));
  await expect(sidebar(page)).toHaveAttribute('data-theme', 'dark');
  await sidebar(page).getByTestId('sidebar-collapse').click();
  await expect(sidebar(page).getByTestId('sidebar-tab')).toBeVisible();
  await page.goto(GMAIL('thread'));
  await expect(sidebar(page).getByTestId('sidebar-tab')).toBeVisible();
  await expect(sidebar(page)).toHaveAttribute('data-theme', 'light');
  await sidebar(page).getByTestId('sidebar-tab').click();
  await expect(sidebar(page).getByTestId('mentor-card')).toBeVisible();
});

test('no sidebar on the inbox list beyond a quiet hint, and no request leaves the page', async ({ context }) => {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(GMAIL('inbox'));
  await expect(sidebar(page)).toContainText('Open a conversation');
  expect(requests.filter((u) => !u.startsWith('https://mail.google.com/'))).toEqual([]);
});

test('a letter step recorded in the sidebar moves the letter on and clears its due item', async ({ context, seed, rows }) => {
  await seed({
    mentors: [PATEL],
    letters: [{ id: 'l1', mentorId: 'patel', purpose: 'residency', program: 'Summer Research Fellowship', deadline: dayFromNow(-2), status: 'submitted', submittedAt: new Date().toISOString(), remindersSent: 0 }],
  });
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  const letter = sidebar(page).getByTestId('letter-item');
  await expect(letter).toContainText('Next: Send a thank-you');
  await expect(sidebar(page).getByTestId('due-item').filter({ hasText: 'thank-you' })).toHaveCount(1);
  await letter.getByTestId('letter-action').filter({ hasText: 'Thank-you sent' }).click();
  await expect(letter).toContainText('Next: Share the outcome when you hear');
  await expect(sidebar(page).getByTestId('due-item').filter({ hasText: 'submitted the' })).toHaveCount(0);
  expect((await rows<{ status: string }>('letters'))[0].status).toBe('thanked');
});
