// @vitest-environment happy-dom
// Selector cases (as refined-github keeps them): every selector of each adapter's SEL, counted on
// every fixture page. When a fixture is brought up to date with a webmail's new markup, the test
// that fails names the selector that broke and the page it broke on. Counts are of the markup as
// written, hidden elements included (the adapters' visibility rule is tested on its own).
import { readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFixture } from './fixture-page';
import { SEL as GMAIL_SEL } from '../../../lib/mail/gmail';
import { SEL as OUTLOOK_SEL } from '../../../lib/mail/outlook';

type Provider = 'gmail' | 'outlook';
/** One count per fixture page, in the order of that provider's pages (the column heads). */
type Counts<S> = Record<keyof S, number[]>;

/** The fixture pages, by file name without .html, sorted. */
function pagesOf(provider: Provider): string[] {
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures', provider);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length))
    .sort();
}

const GMAIL_PAGES = ['broken', 'compose', 'compose-link', 'dark', 'inbox', 'reply', 'reply-popout', 'thread', 'thread-cjk',
  'thread-reply-owed', 'thread-two-mentors', 'thread-unknown'];
// recipientText is the pre-2021 compose, which no fixture page has (gmail.test.ts builds one).
const GMAIL: Counts<typeof GMAIL_SEL> = {
  //              brok comp link dark inbx repl rpop thrd cjk  owed two  unkn
  main:           [1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1],
  threadHeading:  [0,   0,   0,   1,   0,   1,   0,   2,   1,   2,   1,   1],
  subjectHeading: [0,   0,   0,   1,   0,   1,   0,   2,   1,   2,   1,   1],
  emoji:          [0,   1,   1,   1,   1,   1,   1,   2,   1,   2,   1,   1],
  message:        [0,   0,   0,   2,   0,   3,   0,   7,   3,   7,   3,   2],
  messageId:      [0,   0,   0,   2,   0,   1,   0,   6,   1,   6,   3,   2],
  sender:         [0,   3,   3,   5,   3,   6,   3,   10,  6,   10,  6,   5],
  anyPerson:      [0,   11,  11,  15,  11,  15,  11,  24,  15,  24,  20,  15],
  recipients:     [0,   0,   0,   2,   0,   1,   0,   6,   1,   6,   6,   2],
  date:           [0,   0,   0,   2,   0,   3,   0,   7,   3,   7,   3,   2],
  compose:        [0,   1,   1,   0,   0,   2,   1,   0,   2,   0,   0,   0],
  composePopup:   [0,   1,   1,   0,   0,   1,   1,   0,   1,   0,   0,   0],
  replyForm:      [0,   0,   0,   0,   0,   0,   1,   0,   0,   0,   0,   0],
  replyTo:        [0,   1,   1,   0,   0,   2,   1,   0,   2,   0,   0,   0],
  messageBody:    [2,   0,   0,   2,   0,   1,   0,   6,   1,   6,   3,   2],
  recipientChip:  [0,   1,   0,   0,   0,   1,   1,   0,   1,   0,   0,   0],
  recipientText:  [0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0],
  subject:        [0,   1,   1,   0,   0,   2,   1,   0,   2,   0,   0,   0],
  body:           [0,   1,   1,   0,   0,   2,   1,   0,   2,   0,   0,   0],
  bodyFallback:   [1,   1,   1,   0,   0,   2,   1,   0,   2,   0,   0,   0],
  draftId:        [0,   1,   1,   0,   0,   2,   1,   0,   2,   0,   0,   0],
  composeId:      [0,   1,   1,   0,   0,   2,   1,   0,   2,   0,   0,   0],
  accountButton:  [1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1],
  known:          [0,   12,  12,  12,  11,  14,  12,  13,  14,  13,  12,  12],
};

const OUTLOOK_PAGES = ['broken', 'compose-inline', 'compose-inline-2025', 'compose-link', 'compose-popout',
  'compose-popout-2025', 'conversation-2025', 'deeplink-de', 'reading-pane'];
const OUTLOOK: Counts<typeof OUTLOOK_SEL> = {
  //                    brok inln in25 link pop  po25 cv25 dlde pane
  owaMarkers:           [1,   1,   1,   1,   1,   1,   1,   1,   1],
  main:                 [1,   1,   1,   0,   0,   0,   1,   0,   1],
  selectedConversation: [0,   1,   1,   0,   0,   0,   1,   0,   1],
  readingPane:          [0,   2,   2,   0,   0,   0,   2,   1,   2],
  itemPane:             [0,   0,   0,   0,   0,   0,   0,   1,   0],
  convSubject:          [0,   0,   1,   0,   0,   0,   1,   1,   0],
  anySubject:           [2,   2,   1,   0,   0,   0,   1,   1,   2],
  headerField:          [0,   6,   8,   4,   4,   4,   9,   9,   6],
  fromField:            [0,   2,   2,   1,   1,   1,   3,   3,   3],
  sentTime:             [0,   0,   2,   0,   0,   0,   3,   3,   0],
  messageBody:          [0,   2,   1,   0,   0,   0,   1,   1,   3],
  addressed:            [7,   9,   1,   1,   1,   1,   2,   0,   14],
  labelled:             [35,  53,  12,  8,   8,   6,   11,  6,   55],
  titled:               [19,  23,  5,   0,   0,   0,   6,   1,   29],
  mailboxRoot:          [0,   1,   1,   0,   0,   0,   1,   0,   1],
  meName:               [0,   0,   1,   0,   0,   1,   1,   1,   0],
  meAddress:            [0,   0,   0,   0,   0,   0,   0,   1,   0],
  meControl:            [1,   1,   1,   0,   0,   1,   1,   1,   1],
  popoutFrom:           [0,   0,   0,   1,   1,   1,   0,   0,   0],
  composeBody:          [0,   1,   1,   1,   1,   1,   0,   0,   0],
  composeForm:          [0,   1,   1,   1,   1,   1,   0,   0,   0],
  popout:               [0,   0,   0,   1,   1,   1,   0,   0,   0],
  known:                [0,   13,  7,   3,   3,   3,   8,   6,   14],
  toField:              [0,   3,   3,   1,   1,   1,   3,   3,   3],
  recipientWell:        [1,   2,   2,   2,   2,   2,   0,   0,   0],
  chip:                 [7,   11,  5,   0,   2,   4,   2,   0,   14],
  subjectInput:         [0,   0,   0,   1,   1,   1,   0,   0,   0],
  chipHeading:          [1,   1,   1,   0,   0,   0,   1,   1,   1],
  chipEditor:           [0,   1,   1,   1,   1,   1,   0,   0,   0],
};

function selectorCases<S extends Record<string, string>>(provider: Provider, sel: S, pages: string[], counts: Counts<S>) {
  describe(`${provider} selectors on the fixture pages`, () => {
    /** page -> selector name -> how many elements it finds there. */
    const found: Record<string, Record<string, number>> = {};
    beforeAll(() => {
      for (const page of pages) {
        const doc = loadFixture(provider, `${page}.html`);
        found[page] = Object.fromEntries(Object.entries(sel).map(([name, s]) => [name, doc.querySelectorAll(s).length]));
      }
    });

    it('has a column for every fixture page and a count in every column', () => {
      expect(pages).toEqual(pagesOf(provider));
      for (const [name, row] of Object.entries<number[]>(counts)) expect(row, name).toHaveLength(pages.length);
    });

    it.each(Object.keys(sel))(`SEL.%s`, (name) => {
      const expected = Object.fromEntries(pages.map((page, i) => [page, counts[name as keyof S][i]]));
      const actual = Object.fromEntries(pages.map((page) => [page, found[page][name]]));
      expect(actual, `${provider} SEL.${name}: ${sel[name]}`).toEqual(expected);
    });
  });
}

selectorCases('gmail', GMAIL_SEL, GMAIL_PAGES, GMAIL);
selectorCases('outlook', OUTLOOK_SEL, OUTLOOK_PAGES, OUTLOOK);
