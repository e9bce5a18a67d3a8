// Outlook on the web as it is in 2025-2026, on the fixture pages built from public first-hand
// facts: header fields by MSG_ ids, collapsed messages, same-organisation senders named without
// an address, the German deeplink view, an inline reply with name-only pills. The sidebar is the
// side panel page opened beside the tab, as in sidebar.spec.ts.
import { test, expect } from './fixtures';
import { OUTLOOK } from '../../scripts/mail-routes.mjs';
import { OKAFOR, PATEL } from './people';
import { MailPage } from './pages/mail-page';

const ME = { userName: 'Jordan Lee', userStage: 'fourth-year medical student' };

test('a conversation with collapsed messages: the same-organisation mentor by name, the outside one by address', async ({ context, seed, rows, sidePanel }) => {
  await seed({ mentors: [PATEL, OKAFOR] });
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (e) => errors.push(e));
  await page.goto(OUTLOOK('conversation-2025', 'mail/inbox/id/AAMkADAwATM0MDAAMS1hNzE0LTFkNjMtMDACLTAwCgBGAAAD%2Bx'));
  const side = await sidePanel(page);
  await expect(side.mentorNames).toHaveText(['Dr. Samuel Okafor', 'Dr. Maya Patel']);
  // Each mentor's message and the user's, from the collapsed headers too; nobody left to track.
  await expect
    .poll(async () => (await rows<{ mentorId: string; kind: string }>('activities')).map((a) => `${a.mentorId} ${a.kind}`).sort())
    .toEqual(['okafor email-received', 'okafor email-sent', 'patel email-received', 'patel email-sent']);
  await expect(side.unknownPerson.root).toHaveCount(0);
  // The chip in the page names the mentor as the page does: by name only.
  await expect(new MailPage(page).chip).toContainText('Samuel Okafor');
  expect(errors).toEqual([]);
});

test('German deeplink view: an untracked name is never guessed; tracking asks for the address', async ({ context, rows, sidePanel }) => {
  const page = await context.newPage();
  await page.goto(OUTLOOK('deeplink-de', 'mail/deeplink/read/AAMkADAwATM0MDAAMS1hNzE0LTFkNjMtMDACLTAwCgBGAAAD%2Bx'));
  const side = await sidePanel(page);
  const person = side.unknownPerson;
  await expect(person.root).toContainText('Samuel Okafor');
  await person.trackButton.click();
  await expect(person.error).toContainText('email address');
  expect(await rows('mentors')).toEqual([]);
  await person.emailInput.fill('SOkafor@hospital.example.org');
  await person.trackButton.click();
  await expect(side.mentorCard.root).toHaveCount(1);
  expect((await rows<{ emails: string[] }>('mentors')).map((m) => m.emails)).toEqual([['sokafor@hospital.example.org']]);
  // The thread is recorded at once: the two messages from the mentor (24-hour German dates) and the user's.
  await expect.poll(async () => (await rows<{ kind: string }>('activities')).map((a) => a.kind).sort()).toEqual([
    'email-received',
    'email-received',
    'email-sent',
  ]);
});

test('inline reply with a name-only pill: the card shows and a template lands in the reply', async ({ context, seed, sidePanel }) => {
  await seed({ mentors: [OKAFOR, PATEL], settings: ME });
  const page = await context.newPage();
  await page.goto(OUTLOOK('compose-inline-2025'));
  const side = await sidePanel(page);
  await expect(side.mentorNames).toHaveText(['Dr. Samuel Okafor', 'Dr. Maya Patel']);
  const body = page.locator('[contenteditable=true][aria-multiline=true]');
  await body.click();
  await side.mentorCard.first().suggestion.first().insert();
  await expect(body).toContainText('Dear Dr. Okafor,');
  await expect(side.notice).toContainText('Inserted into your reply');
});

test('a conversation whose messages cannot be read says so instead of "nobody here"', async ({ context, seed, sidePanel }) => {
  await seed({ mentors: [OKAFOR] });
  const page = await context.newPage();
  await page.goto(OUTLOOK('conversation-2025'));
  const side = await sidePanel(page);
  await expect(side.mentorCard.root).toHaveCount(1);
  // As if an Outlook build renamed the header ids: the pane re-renders without them.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('[id^="MSG_"], [id^="UniqueMessageBody_"]')) {
      const copy = el.cloneNode(true) as Element;
      copy.removeAttribute('id');
      el.replaceWith(copy);
    }
  });
  await expect(side.unreadable).toBeVisible();
});
