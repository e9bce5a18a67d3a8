// Privacy and safety in the running extension: text stays text, the mail page's storage is
// untouched. (Every test also fails on any network request: see the `noNetwork` fixture.)
import { test, expect, dayFromNow } from './fixtures';
import { GMAIL } from '../../scripts/mail-routes.mjs';
import { mentorRecord } from './people';

const EVIL = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>';
const evilMentor = mentorRecord('evil', `Dr. ${EVIL}`, 'mpatel@med.example.edu', { createdAt: new Date(Date.now() - 90 * 86_400_000).toISOString(), notes: EVIL });
const evilLetter = { id: 'evil-letter', mentorId: 'evil', purpose: 'residency', program: `Program ${EVIL}`, deadline: dayFromNow(10), status: 'planned', remindersSent: 0 };

test('names and programs holding HTML render as text in the popup, the options page and the sidebar', async ({ context, seed, extPage }) => {
  await seed({ mentors: [evilMentor], letters: [evilLetter] });
  const pages = [
    { page: await extPage('popup.html'), root: 'main' },
    { page: await extPage('options.html#mentors'), root: 'main' },
    { page: await extPage('options.html#mentor=evil'), root: 'main' },
    { page: await extPage('options.html#letter=evil-letter'), root: 'main' },
  ];
  for (const { page, root } of pages) {
    await expect(page.locator(root)).toContainText('onerror=');
    await expect(page.locator(`${root} img, ${root} script`)).toHaveCount(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
  }
  const mail = await context.newPage();
  await mail.goto(GMAIL('thread'));
  const card = mail.locator('followthrough-sidebar [data-testid=mentor-card]');
  await expect(card).toContainText('onerror=');
  await expect(card.locator('img, script')).toHaveCount(0);
  expect(await mail.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('nothing is written into the mail page storage', async ({ context, seed }) => {
  await seed({ mentors: [mentorRecord('patel', 'Dr. Maya Patel', 'mpatel@med.example.edu')] });
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  await expect(page.locator('followthrough-sidebar [data-testid=mentor-card]')).toHaveCount(1);
  await page.locator('followthrough-sidebar [data-testid=sidebar-collapse]').click();
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((d) => d.name),
    cookies: document.cookie,
  }));
  expect(storage).toEqual({ local: 0, session: 0, databases: [], cookies: '' });
  expect(await context.cookies()).toEqual([]);
});
