// The Firefox build in real Firefox ESR, on the fixture pages served at the real Gmail and Outlook
// URLs. One browser and one profile for the file, so the tests run in order and build on each
// other: a mentor tracked in Outlook is the one whose chip, card and templates show in Gmail.
// In Firefox the sidebar is the chip in the page, which opens an iframe of the sidebar page.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GMAIL, OUTLOOK } from '../../scripts/mail-routes.mjs';
import { click, count, frameErrors, isBrowserService, launchFirefox, openMail, openSidebar, rows, texts, type Firefox, type MailPage } from './firefox';

let firefox: Firefox;
/** The one host the harness check itself asks for (its page, then the browser's favicon ask). */
const HARNESS_CHECK = 'harness-check.test';
const opened: MailPage[] = [];
async function open(url: string): Promise<MailPage> {
  const mail = await openMail(firefox.browser, url);
  opened.push(mail);
  return mail;
}

beforeAll(async () => {
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
});

describe('FollowThrough in Firefox', () => {
  test('the harness itself notices a page error, an error in the sidebar frame and a request that leaves the routed pages', async () => {
    const { page, errors, stray } = await openMail(firefox.browser, GMAIL('thread-unknown'));
    const throwLater = () => {
      setTimeout(() => {
        throw new Error('deliberate');
      });
    };
    await page.evaluate(throwLater);
    await page.evaluate(() => void fetch('https://example.com/ping').catch(() => {}));
    await expect.poll(() => errors.join()).toContain('deliberate');
    await expect.poll(() => stray).toEqual(['https://example.com/ping']);
    const sidebar = await openSidebar(page);
    await sidebar.evaluate(throwLater);
    await expect.poll(() => frameErrors(sidebar)).toEqual([expect.stringContaining('deliberate')]);
    await page.close();
    // And a request that is not routed reaches the sink instead of the network.
    const bare = await firefox.browser.newPage();
    await bare.goto(`http://${HARNESS_CHECK}/`).catch(() => {});
    await bare.close();
    expect(firefox.sink.seen).toContain(`http://${HARNESS_CHECK}/`);
  });

  test('Gmail: the chip opens the sidebar, which shows the sender read from the thread; tracking makes a mentor whose card shows', async () => {
    const { page } = await open(GMAIL('thread-unknown'));
    expect(await texts(page, 'page-chip')).toEqual(['FollowThrough']);
    const sidebar = await openSidebar(page);
    expect(await texts(sidebar, 'unknown-person')).toEqual([expect.stringContaining('eruiz@university.example.edu')]);
    await click(sidebar, 'add-mentor');
    expect(await texts(sidebar, 'mentor-name', 'Elena Ruiz')).toEqual(['Elena Ruiz']);
    expect(await count(sidebar, 'add-mentor')).toBe(0);
    expect(await texts(page, 'page-chip', 'Elena Ruiz')).toHaveLength(1);
    // In the add-on's database, with the thread's two messages recorded.
    const mentors = await rows<{ name: string; emails: string[] }>(sidebar, 'mentors');
    expect(mentors).toEqual([expect.objectContaining({ name: 'Elena Ruiz', emails: ['eruiz@university.example.edu'] })]);
    await expect.poll(async () => (await rows<{ kind: string }>(sidebar, 'activities')).map((a) => a.kind).sort()).toEqual(['email-received', 'email-sent']);
    expect(await frameErrors(sidebar)).toEqual([]);
    // Kept by the add-on, not the page: after a reload the chip names her before anything is opened.
    await page.reload();
    expect(await texts(page, 'page-chip', 'Elena Ruiz')).toHaveLength(1);
  });

  test('Outlook: the reading pane is read, and tracking its sender shows the card', async () => {
    const { page } = await open(OUTLOOK('reading-pane'));
    const sidebar = await openSidebar(page);
    expect(await texts(sidebar, 'unknown-person', 'sokafor@hospital.example.org')).toHaveLength(1);
    await click(sidebar, 'add-mentor');
    const [name] = await texts(sidebar, 'mentor-name', 'Okafor');
    expect(name).toMatch(/Samuel Okafor/);
    expect(await texts(page, 'page-chip', 'Okafor')).toHaveLength(1);
    expect(await frameErrors(sidebar)).toEqual([]);
  });

  test('Gmail reply: the mentor tracked in Outlook is known here, and a template lands in the reply after what the user typed', async () => {
    const { page } = await open(GMAIL('reply'));
    expect(await texts(page, 'page-chip', 'Okafor')).toHaveLength(1);
    // The floating new-message window lies over part of the reply, as in Gmail: focus it directly.
    const reply = await page.waitForSelector('.M9 [g_editable=true]');
    await reply!.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Thank you for Tuesday.');
    await page.keyboard.press('Enter');
    const sidebar = await openSidebar(page);
    expect(await texts(sidebar, 'mentor-name', 'Okafor')).toHaveLength(1);
    await click(sidebar, 'insert-template');
    expect(await texts(sidebar, 'sidebar-notice', 'Inserted')).toHaveLength(1);
    const bodies = await page.$$eval('.M9 [g_editable=true]', (els) => els.map((e) => (e as HTMLElement).innerText));
    const [body, other] = bodies;
    // What was there and what the user typed, then the whole template, filled in, down to its sign-off.
    const typed = 'Hi Dr. Okafor, Thank you for Tuesday.\n';
    expect(body.startsWith(typed)).toBe(true);
    expect(body.slice(typed.length)).toMatch(/^\S[\s\S]{100,}Best regards,\n\[your name\]\s*$/);
    expect(body).not.toContain('{{');
    // The other, empty compose is untouched.
    expect(other.trim()).toBe('');
    expect(await frameErrors(sidebar)).toEqual([]);
  });

  test('no page error and no request outside the routed pages, anywhere in the browser', async () => {
    expect(opened.length).toBeGreaterThan(0);
    for (const { page, errors, stray } of opened) {
      expect({ url: page.url(), errors, stray }).toEqual({ url: page.url(), errors: [], stray: [] });
    }
    const seen = firefox.sink.seen.filter((u) => !isBrowserService(u) && !u.startsWith(`http://${HARNESS_CHECK}/`));
    expect(seen, 'requests that reached the network proxy').toEqual([]);
  });
});
