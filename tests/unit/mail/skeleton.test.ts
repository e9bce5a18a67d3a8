// @vitest-environment happy-dom
// The private page skeleton, on every fixture page: nothing personal survives, and the adapter
// reads as many messages and compose windows from the skeleton as from the page.
process.env.TZ = 'America/New_York';

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../lib/mail/gmail';
import { outlookAdapter } from '../../../lib/mail/outlook';
import { pageSkeleton, shapeOf } from '../../../lib/mail/skeleton';
import { addressesIn } from '../../../lib/mail/address';
import type { MailAdapter } from '../../../lib/mail/types';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

function show(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.remove();
  document.appendChild(document.importNode(parsed.documentElement, true));
  return document;
}

/** What a reader of the page could learn: its words (3+ letters), addresses, names and subject. */
function secretsOf(doc: Document, adapter: MailAdapter): { words: Set<string>; exact: string[] } {
  const words = new Set<string>();
  const walker = doc.createTreeWalker(doc.documentElement, 0x4 | 0x80);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement?.closest('style, script')) continue;
    for (const w of (n.nodeValue ?? '').match(/\p{L}{3,}/gu) ?? []) words.add(w);
  }
  const attrs = [...doc.querySelectorAll('*')].flatMap((el) =>
    ['title', 'aria-label', 'email', 'data-hovercard-id', 'data-name', 'data-folder-name', 'value', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
  );
  for (const a of attrs) for (const w of a.match(/\p{L}{3,}/gu) ?? []) words.add(w);
  const thread = adapter.openThread(doc);
  const people = [...(thread?.participants ?? []), ...(thread?.messages.map((m) => m.from) ?? []), ...adapter.composeWindows(doc).flatMap((c) => c.recipients)];
  const exact = [
    ...addressesIn([doc.title, ...attrs, doc.body.textContent].join(' ')),
    ...people.flatMap((p) => [p.name, p.email]).filter(Boolean),
    thread?.subject ?? '',
  ].filter((s) => s.length > 2);
  return { words, exact };
}

const cases = (['gmail', 'outlook'] as const).flatMap((provider) =>
  readdirSync(resolve(FIXTURES, provider))
    .filter((f) => f.endsWith('.html'))
    .map((file) => [provider, file] as const),
);

describe('pageSkeleton', () => {
  it('shapes text: letters a/A, digits 0, punctuation kept', () => {
    expect(shapeOf('Thu 9/17/2026 2:52 PM')).toBe('Aaa 0/00/0000 0:00 AA');
    expect(shapeOf("o'brien@hospital.example.org")).toBe("a'aaaaa@aaaaaaaa.aaaaaaa.aaa");
    expect(shapeOf('2016年5月4日 上午10:08')).toBe('0000a0a0a aa00:00');
  });

  it.each(cases)('%s/%s: nothing personal survives, and the adapter reads the same', (provider, file) => {
    const adapter = provider === 'gmail' ? gmailAdapter : outlookAdapter;
    const page = show(readFileSync(resolve(FIXTURES, provider, file), 'utf8'));
    const messages = adapter.openThread(page)?.messages.length ?? 0;
    const composes = adapter.composeWindows(page).length;
    const { words, exact } = secretsOf(page, adapter);
    const skeleton = pageSkeleton(page, adapter);

    for (const secret of exact) expect(skeleton, secret).not.toContain(secret);
    // Whole words, case-sensitive: structure (tags, ids, classes such as "MailList") may
    // contain a word's letters, but no text or personal value is kept.
    const kept = new Set(skeleton.match(/\p{L}{3,}/gu) ?? []);
    for (const w of words) if (kept.has(w)) expect(structuralOnly(skeleton, w), `${w} survived`).toBe(true);

    const back = show(skeleton);
    expect(adapter.openThread(back)?.messages.length ?? 0).toBe(messages);
    expect(adapter.composeWindows(back).length).toBe(composes);
    expect(skeleton).toMatch(new RegExp(`Read: ${messages} messages, ${composes} compose windows`));
  }, 30_000); // whole fixture pages, parsed three times, on a shared machine

  it('says what the adapter could not read', () => {
    const page = show(readFileSync(resolve(FIXTURES, 'outlook', 'conversation-2025.html'), 'utf8'));
    page.getElementById('MSG_QAEIJBK8QAA_DATETIME')!.textContent = 'Yesterday';
    expect(pageSkeleton(page, outlookAdapter)).toContain('Could not read: message date x1.');
  });

  it('cuts long lists but keeps the selected row', () => {
    const page = show(readFileSync(resolve(FIXTURES, 'outlook', 'reading-pane.html'), 'utf8'));
    const list = page.querySelector('[role=listbox]')!;
    const rows = [...list.querySelectorAll('[role=option]')];
    rows[0].setAttribute('aria-selected', 'false');
    rows.at(-1)!.setAttribute('aria-selected', 'true');
    const back = show(pageSkeleton(page, outlookAdapter));
    const kept = back.querySelectorAll('[role=listbox] > [role=option]');
    expect(kept.length).toBeLessThan(rows.length);
    expect(back.querySelector('[role=option][aria-selected=true]')).not.toBeNull();
    expect(back.querySelector('[role=listbox]')!.innerHTML).toMatch(/more like this cut/);
  }, 30_000);
});

/** Whether every occurrence of word in the skeleton is inside a tag name, id, class, role or data-* value. */
function structuralOnly(skeleton: string, word: string): boolean {
  const withoutMarkupNames = skeleton
    .replace(/<\/?[a-z][\w-]*/gi, ' ')
    .replace(/\s(?:id|class|role|data-[\w-]+|type|name|autocomplete|jsname|aria-[\w-]+)="[^"]*"/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/[\w-]+=/g, ' ');
  return !new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(withoutMarkupNames);
}
