// Privacy and safety in the running extension: text stays text, the mail page's storage is
// untouched, and nothing extension-only ever enters the page's DOM. (Every test also fails on
// any network request: see the `noNetwork` fixture.)
import type { Page } from '@playwright/test';
import { test, expect, dayFromNow, isoDaysAgo } from './fixtures';
import { GMAIL } from '../../scripts/mail-routes.mjs';
import { mentorRecord } from './people';
import { MailPage } from './pages/mail-page';
import type { Sidebar } from './pages/sidebar';

const EVIL = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>';
const evilMentor = mentorRecord('evil', `Dr. ${EVIL}`, 'mpatel@med.example.edu', { createdAt: new Date(Date.now() - 90 * 86_400_000).toISOString(), notes: EVIL });
const evilLetter = { id: 'evil-letter', mentorId: 'evil', purpose: 'residency', program: `Program ${EVIL}`, deadline: dayFromNow(10), status: 'planned', remindersSent: 0 };

test('names and programs holding HTML render as text in the popup, the options page and the sidebar', async ({ context, seed, extPage, sidePanel }) => {
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
  const side = await sidePanel(mail);
  const card = side.mentorCard.root;
  await expect(card).toContainText('onerror=');
  await expect(card.locator('img, script')).toHaveCount(0);
  expect(await side.page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await mail.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('nothing is written into the mail page storage', async ({ context, seed }) => {
  await seed({ mentors: [mentorRecord('patel', 'Dr. Maya Patel', 'mpatel@med.example.edu')] });
  const page = await context.newPage();
  await page.goto(GMAIL('thread'));
  const mail = new MailPage(page);
  await expect(mail.chip).toContainText('Maya Patel');
  await mail.chip.click();
  const storage = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).map((d) => d.name),
    cookies: document.cookie,
  }));
  expect(storage).toEqual({ local: 0, session: 0, databases: [], cookies: '' });
  expect(await context.cookies()).toEqual([]);
});

// Words only FollowThrough knows: a private note, a letter's program and its drafted reminder.
const NOTE = 'Prefers Tuesday mornings; spouse is Dr. Quinlan';
const PROGRAM = 'Zephyrine Dermatology Fellowship';
const DRAFT = 'gentle reminder that the letter of recommendation';

/** Runs in the mail page's own world, as Gmail's scripts do: every text and attribute of the DOM,
 * open shadow roots and readable frames included. */
function everythingThePageCanRead(): string {
  const out: string[] = [];
  const walk = (root: Node) => {
    for (let node: Node | null = root; node; ) {
      if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
      if (node instanceof Element) {
        for (const attr of node.attributes) out.push(attr.value);
        if (node.shadowRoot) walk(node.shadowRoot);
        if (node instanceof HTMLIFrameElement) {
          try {
            if (node.contentDocument) walk(node.contentDocument);
          } catch {
            /* another origin: unreadable, as it should be */
          }
        }
        if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) out.push(node.value);
      }
      node = nextNode(node, root);
    }
  };
  const nextNode = (node: Node, root: Node): Node | null => {
    if (node.firstChild) return node.firstChild;
    for (let n: Node | null = node; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
    return null;
  };
  walk(document);
  return out.join('\n');
}

async function pageSees(page: Page): Promise<string> {
  return page.evaluate(everythingThePageCanRead);
}

for (const placement of ['beside', 'inside'] as const) {
  test(`a page script finds no note, program or draft anywhere in its DOM (sidebar ${placement} the page)`, async ({ context, seed, sidePanel }) => {
    await seed({
      mentors: [mentorRecord('patel', 'Dr. Maya Patel', 'mpatel@med.example.edu', { notes: NOTE, replyDismissedAt: new Date().toISOString() })],
      letters: [{ id: 'l1', mentorId: 'patel', purpose: 'residency', program: PROGRAM, deadline: dayFromNow(5), status: 'materials-sent', remindersSent: 0, agreedAt: isoDaysAgo(30) }],
      settings: { sidebarPlacement: placement, userName: 'Jordan Lee' },
    });
    const page = await context.newPage();
    await page.goto(GMAIL('thread'));
    const mail = new MailPage(page);
    await expect(mail.chip).toHaveText('Maya Patel \u00b7 1 due');
    let sidebar: Sidebar;
    if (placement === 'inside') {
      await mail.chip.click();
      sidebar = mail.inPageSidebar;
    } else {
      sidebar = await sidePanel(page);
    }
    // The sidebar itself shows all three, so they exist and are on screen...
    await expect(sidebar.letterItem.root).toContainText(PROGRAM);
    await expect(sidebar.suggestion.first().root).toContainText('Letter reminder');
    // ...and the page's own scripts can read none of them.
    const seen = await pageSees(page);
    expect(seen).toContain('Maya Patel'); // the walk does read the chip
    for (const secret of [NOTE, PROGRAM, DRAFT, 'materials', 'Letter reminder']) expect(seen, secret).not.toContain(secret);
  });
}
