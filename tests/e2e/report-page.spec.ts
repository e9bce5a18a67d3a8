// "Show the page's structure": the side panel asks its tab for the private skeleton of the view on
// screen, which keeps the page's shape and none of its words.
import { test, expect } from './fixtures';
import { GMAIL, OUTLOOK } from '../../scripts/mail-routes.mjs';

for (const [name, url, words] of [
  ['Gmail', GMAIL('thread'), ['Patel', 'mpatel', 'Abstract']],
  ['Outlook', OUTLOOK('conversation-2025'), ['Okafor', 'Thu', '@']],
] as const) {
  test(`the skeleton of a ${name} thread keeps its structure and masks every word`, async ({ context, sidePanel }) => {
    const page = await context.newPage();
    await page.goto(url);
    const side = await sidePanel(page);
    await expect(side.reportText).toHaveCount(0);
    await side.reportPageButton.click();
    const text = await side.reportText.inputValue();
    // The structure is there: the webmail's own ids and roles survive.
    expect(text).toMatch(/role="(main|heading|listitem|list)"/);
    expect(text.length).toBeGreaterThan(500);
    // The people and their words are not (addresses keep only their shape).
    const body = text.split('\n').slice(1).join('\n');
    for (const word of words.filter((w) => w !== '@')) expect(body).not.toContain(word);
    expect(body).not.toMatch(/[a-z0-9]+@[a-z0-9]+\.(org|edu|com)/i);
  });
}
