// The sidebar in the browser's side panel, opened as a page (`sidepanel.html?tabId=N`) beside
// fixture pages served at the real Gmail and Outlook URLs.
import { test, expect, dayFromNow } from './fixtures';
import { GMAIL, OUTLOOK } from '../../scripts/mail-routes.mjs';
import { OKAFOR, PATEL } from './people';
import { MailPage } from './pages/mail-page';

test('a thread with a tracked mentor shows the card, the last contact and what is due', async ({ context, seed, sidePanel }) => {
  await seed({
    // The fixture's dates are fixed: whether Dr. Patel's last email still asks for a reply depends
    // on today, so it is set aside ("No reply needed"; tests/e2e/replies.spec.ts covers replies).
    mentors: [{ ...PATEL, replyDismissedAt: new Date().toISOString() }],
    letters: [{ id: 'l1', mentorId: 'patel', purpose: 'residency', program: 'Internal Medicine, Mass General Brigham', deadline: dayFromNow(4), status: 'materials-sent', remindersSent: 0 }],
  });
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(GMAIL('thread', 'inbox/19b5c0a1d2e3f401'));
  const card = (await sidePanel(page)).mentorCard;
  await expect(card.root).toHaveCount(1);
  await expect(card.name).toHaveText('Dr. Maya Patel');
  // The newest message in the open thread, not the hidden earlier one.
  await expect(card.lastContact).toContainText('Nov 19');
  await expect(card.dueItem.root).toHaveCount(1);
  await expect(card.dueItem.root).toContainText('one polite reminder');
  await expect(card.letterItem.root).toContainText('Remind a week before the deadline');
  // The page itself gets the name it already shows and the count, nothing more.
  await expect(new MailPage(page).chip).toHaveText('Maya Patel \u00b7 1 due');
  expect(errors).toEqual([]);
});

test('an unknown sender can be tracked in one click, and the card appears', async ({ context, rows, sidePanel }) => {
  const page = await context.newPage();
  await page.goto(GMAIL('thread-unknown'));
  const side = await sidePanel(page);
  const add = side.unknownPerson.trackButton;
  await expect(add).toHaveCount(1);
  await expect(side.unknownPerson.root).toContainText('eruiz@university.example.edu');
  await add.click();
  await expect(side.mentorNames).toHaveText('Elena Ruiz');
  await expect(side.unknownPerson.trackButton).toHaveCount(0);
  const mentors = await rows<{ name: string; emails: string[]; cadenceDays: number }>('mentors');
  expect(mentors).toEqual([expect.objectContaining({ name: 'Elena Ruiz', emails: ['eruiz@university.example.edu'], cadenceDays: 30 })]);
  // The thread is recorded at once: both messages, each with its direction.
  await expect.poll(async () => (await rows<{ kind: string }>('activities')).map((a) => a.kind).sort()).toEqual(['email-received', 'email-sent']);
  // The chip in the page follows: now a tracked mentor.
  await expect(new MailPage(page).chip).toContainText('Elena Ruiz');
});

test('re-opening a thread records no duplicate activity', async ({ context, seed, rows, sidePanel }) => {
  await seed({ mentors: [PATEL] });
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  const side = await sidePanel(page);
  await expect(side.mentorCard.root).toHaveCount(1);
  await expect.poll(async () => (await rows('activities')).length).toBeGreaterThan(0);
  const first = await rows<{ id: string }>('activities');
  for (let i = 0; i < 3; i++) {
    await page.reload();
    await expect(new MailPage(page).chip).toContainText('Patel');
    await expect(side.mentorCard.root).toHaveCount(1);
  }
  const after = await rows<{ id: string }>('activities');
  expect(after.map((a) => a.id).sort()).toEqual(first.map((a) => a.id).sort());
  expect(await rows('threads')).toHaveLength(1);
});

test('navigating between threads switches the card', async ({ context, seed, sidePanel }) => {
  await seed({ mentors: [PATEL, OKAFOR] });
  const page = await context.newPage();
  await page.goto(GMAIL('thread', 'inbox/19b5c0a1d2e3f401'));
  const side = await sidePanel(page);
  await expect(side.mentorNames).toHaveText('Dr. Maya Patel');
  // As Gmail does: the open view is hidden and the cached earlier thread is shown again.
  await page.evaluate(() => {
    const [earlier, current] = [...document.querySelectorAll<HTMLElement>('div.nH.if')];
    current.style.display = 'none';
    earlier.style.display = '';
    location.hash = 'inbox/19b0f4c2a9e61d37';
  });
  await expect(side.mentorNames).toHaveText('Dr. Samuel Okafor');
});

test('composing to a mentor shows their card, in Gmail and in Outlook', async ({ context, seed, sidePanel }) => {
  await seed({ mentors: [PATEL, OKAFOR] });
  const gmail = await context.newPage();
  await gmail.goto(GMAIL('compose'));
  await expect((await sidePanel(gmail)).mentorNames).toHaveText(['Dr. Maya Patel']);
  const popout = await context.newPage();
  await popout.goto(OUTLOOK('compose-popout', 'mail/deeplink/compose'));
  await expect((await sidePanel(popout)).mentorNames).toHaveText(['Dr. Samuel Okafor']);
});

test('Outlook reading pane: the conversation with a tracked mentor shows the card', async ({ context, seed, sidePanel }) => {
  await seed({ mentors: [OKAFOR] });
  const page = await context.newPage();
  await page.goto(OUTLOOK('reading-pane'));
  const side = await sidePanel(page);
  await expect(side.mentorNames).toHaveText('Dr. Samuel Okafor');
  await expect(side.lastContact).not.toBeEmpty();
});

test('a page that cannot be read shows a quiet state and no page error', async ({ context, sidePanel }) => {
  for (const url of [GMAIL('broken'), OUTLOOK('broken')]) {
    const page = await context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(url);
    await expect((await sidePanel(page)).unreadable).toBeVisible();
    expect(errors).toEqual([]);
  }
});

test('the panel follows the dark theme of its tab', async ({ context, seed, panel }) => {
  await seed({ mentors: [PATEL] });
  const dark = await context.newPage();
  await dark.goto(GMAIL('dark'));
  await expect((await panel(dark)).locator('html')).toHaveAttribute('data-theme', 'dark');
  const light = await context.newPage();
  await light.goto(GMAIL('thread'));
  await expect((await panel(light)).locator('html')).toHaveAttribute('data-theme', 'light');
});

test('on the inbox the panel gives a quiet hint and the deadline overview, and no request leaves the page', async ({ context, sidePanel, extensionId }) => {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(GMAIL('inbox'));
  const side = await sidePanel(page);
  await expect(side.main).toContainText('Open a conversation');
  await expect(side.openOverview).toHaveAttribute('href', `chrome-extension://${extensionId}/popup.html`);
  expect(requests.filter((u) => !u.startsWith('https://mail.google.com/'))).toEqual([]);
});

test('a letter step recorded in the sidebar moves the letter on and clears its due item', async ({ context, seed, rows, sidePanel }) => {
  await seed({
    mentors: [PATEL],
    letters: [{ id: 'l1', mentorId: 'patel', purpose: 'residency', program: 'Summer Research Fellowship', deadline: dayFromNow(-2), status: 'submitted', submittedAt: new Date().toISOString(), remindersSent: 0 }],
  });
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  const side = await sidePanel(page);
  const letter = side.letterItem;
  await expect(letter.root).toContainText('Next: Send a thank-you');
  await expect(side.dueItem.withText('thank-you').root).toHaveCount(1);
  await letter.action('Thank-you sent').click();
  await expect(letter.root).toContainText('Next: Share the outcome when you hear');
  await expect(side.dueItem.withText('submitted the').root).toHaveCount(0);
  expect((await rows<{ status: string }>('letters'))[0].status).toBe('thanked');
});
