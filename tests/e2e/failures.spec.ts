// What the user sees when something cannot be done, and the places that used to break: a letter
// step refused where it was clicked, odd ids in options links, the log-contact time in the
// user's own zone (emulated New York and Auckland, whatever this machine's zone).
import type { Page } from '@playwright/test';
import { test, expect, dayFromNow, isoDaysAgo } from './fixtures';
import { NO_QUIET_HOURS, PATEL } from './people';

const reminded = (id: string, program: string) => ({
  id,
  mentorId: 'patel',
  purpose: 'residency',
  program,
  deadline: dayFromNow(5),
  status: 'materials-sent',
  remindersSent: 1,
  lastReminderAt: isoDaysAgo(10),
});

/** Two clicks in the same task, as a quick double click: the second reaches a letter the first already moved on. */
async function doubleClick(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).first().evaluate((b: HTMLElement) => {
    b.click();
    b.click();
  });
}

test('a refused letter step says why where it was clicked, in options and in the popup', async ({ seed, openOptions, openPopup, rows }) => {
  await seed({ mentors: [PATEL], letters: [reminded('opt', 'Pediatrics, CHOP'), reminded('pop', 'Surgery, Johns Hopkins')], settings: NO_QUIET_HOURS });

  const options = await openOptions('letter=opt');
  await doubleClick(options.page, 'Reminder sent');
  await expect(options.letter.error).toHaveText(/was not recorded: No more reminders for this letter/);

  const popup = await openPopup();
  const row = popup.letterRow('pop');
  await doubleClick(popup.page, 'Reminder sent');
  await expect(row.alert).toHaveText(/was not recorded: No more reminders for this letter/);

  // One reminder recorded for each, never a third.
  const letters = await rows<{ id: string; remindersSent: number }>('letters');
  expect(letters.map((l) => [l.id, l.remindersSent]).sort()).toEqual([['opt', 2], ['pop', 2]]);
});

test('ids holding "%" and "=" open their pages; a broken hash shows a message, not a blank page', async ({ seed, openOptions }) => {
  const odd = { ...PATEL, id: 'dr=50%', name: 'Dr. Odd Id' };
  await seed({ mentors: [odd], letters: [{ ...reminded('l=1%25', 'Medicine, Yale'), mentorId: odd.id }], settings: NO_QUIET_HOURS });
  const options = await openOptions('mentors');
  const errors: string[] = [];
  options.page.on('pageerror', (e) => errors.push(e.message));
  await options.openMentor('Dr. Odd Id');
  await expect(options.heading).toHaveText('Dr. Odd Id');
  await options.openLetter('Medicine, Yale');
  await expect(options.letter.heading).toHaveText('Medicine, Yale');
  await options.openMentor('Dr. Odd Id');
  await expect(options.heading).toHaveText('Dr. Odd Id');

  await options.page.evaluate(() => (location.hash = '#mentor=%E0%A4%A'));
  await expect(options.page.getByRole('alert')).toContainText('That mentor no longer exists');
  expect(errors).toEqual([]);
});

for (const [zone, stored] of [
  ['America/New_York', '2026-12-01T04:11:00.000Z'],
  ['Pacific/Auckland', '2026-11-30T10:11:00.000Z'],
] as const) {
  test(`a contact logged at 23:11 in ${zone} is stored at 23:11 there`, async ({ context, seed, extPage, rows }) => {
    await seed({ mentors: [PATEL], settings: NO_QUIET_HOURS });
    const options = await extPage('popup.html');
    const cdp = await context.newCDPSession(options);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: zone });
    await options.goto(options.url().replace('popup.html', 'options.html#mentor=patel'));
    const when = options.getByLabel('When');
    // Prefilled with the zone's own wall-clock time, not UTC: read back as local, it is now.
    await expect(when).not.toHaveValue('');
    const offMs = await when.evaluate((input: HTMLInputElement) => Math.abs(new Date(input.value).getTime() - Date.now()));
    expect(offMs).toBeLessThan(2 * 60_000);
    await when.fill('2026-11-30T23:11');
    await options.getByLabel('Kind of contact').selectOption('update');
    await options.getByRole('button', { name: 'Log', exact: true }).click();
    await expect.poll(async () => (await rows<{ at: string; kind: string }>('activities')).map((a) => a.at)).toEqual([stored]);
  });
}
