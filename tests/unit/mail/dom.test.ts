// @vitest-environment happy-dom
process.env.TZ = 'America/New_York';

import { describe, expect, it, vi } from 'vitest';
import {
  fillIfEmpty,
  hasDarkBackground,
  insertPlainText,
  isVisible,
  ownBox,
  parseAddressList,
  parseCssColor,
  personIn,
  readableText,
  safe,
  uniqueByEmail,
} from '../../../lib/mail/dom';
import { parseMailDate } from '../../../lib/mail/mail-date';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

describe('parseMailDate', () => {
  const THU_3_05_PM = '2026-11-19T20:05:00.000Z';

  it.each([
    ['Thu, Nov 19, 2026, 3:05 PM', undefined, THU_3_05_PM], // Gmail, current Chrome
    ['Thu, Nov 19, 2026, 3:05\u202fPM', undefined, THU_3_05_PM], // narrow no-break space
    ['Thu, Dec 18, 2014 at 12:35 PM', undefined, '2014-12-18T17:35:00.000Z'], // Gmail, older
    ['Fri, Nov 20, 2026, 12:05 AM', undefined, '2026-11-20T05:05:00.000Z'],
    ['19 Nov 2026, 15:05', 'en-GB', THU_3_05_PM],
    ['Thu 11/19/2026 3:05 PM', 'en', THU_3_05_PM], // Outlook list and header
    ['Thursday, November 19, 2026 3:05 PM', 'en', THU_3_05_PM], // Outlook title
    ['Thu 11/19/26 3:05 PM', 'en', THU_3_05_PM],
    ['Do., 19. Nov. 2026, 15:05', 'de', THU_3_05_PM],
    ['tor. 19. nov. 2026, 15:05', 'no', THU_3_05_PM],
    ['mar, 17 nov 2026, 15:05', 'es', '2026-11-17T20:05:00.000Z'], // "mar" is Tuesday here, not March
    ['19.11.2026 15:05', undefined, THU_3_05_PM],
    ['2026-11-19 15:05', 'sv', THU_3_05_PM],
    ['2026-11-19T20:05:00Z', undefined, THU_3_05_PM],
    ['Thu 11/05/2026 3:05 PM', undefined, '2026-11-05T20:05:00.000Z'], // the weekday settles 11/05
    ['05/11/2026 15:05', 'en-US', '2026-05-11T19:05:00.000Z'],
    ['05/11/2026 15:05', 'en-GB', '2026-11-05T20:05:00.000Z'],
  ])('parses %j (%s)', (text, locale, iso) => {
    expect(parseMailDate(text, locale)).toBe(iso);
  });

  it.each([
    ['', 'empty'],
    ['3:05 PM (2 days ago)', 'no date'],
    ['Yesterday', 'relative'],
    ['Nov 19, 2026', 'no time'],
    ['Wed, Nov 19, 2026, 3:05 PM', 'weekday disagrees'],
    ['Thu, Feb 30, 2026, 3:05 PM', 'no such day'],
    ['Thu, Nov 19, 2026, 13:05 PM', 'no such hour'],
    ['Nov 19, 2026, 3:05 PM (2 days ago)', 'two day numbers'],
    ['05/11/2026 15:05', 'either order, no locale'],
    ['Sun, Mar 8, 2026, 2:30 AM', 'skipped by the DST change'],
  ])('gives undefined for %j (%s)', (text) => {
    expect(parseMailDate(text)).toBeUndefined();
  });

  it('gives undefined for a missing value', () => {
    expect(parseMailDate(null)).toBeUndefined();
    expect(parseMailDate(undefined, 'en')).toBeUndefined();
  });
});

describe('addresses and people', () => {
  it('parses address lists', () => {
    expect(
      parseAddressList('Maya Patel <MPatel@Med.Example.edu>, "Okafor, Samuel" <sokafor@hospital.example.org>; eruiz@university.example.edu'),
    ).toEqual([
      { name: 'Maya Patel', email: 'mpatel@med.example.edu' },
      { name: 'Okafor, Samuel', email: 'sokafor@hospital.example.org' },
      { name: 'eruiz@university.example.edu', email: 'eruiz@university.example.edu' },
    ]);
    expect(parseAddressList('To: Jordan Lee <jordan.lee@outlook.com>')).toEqual([
      { name: 'Jordan Lee', email: 'jordan.lee@outlook.com' },
    ]);
    expect(parseAddressList('not an address, <>, Maya <nope>')).toEqual([]);
  });

  it('finds a person in text or in a title/aria-label, skipping aria-hidden initials', () => {
    const root = html(
      '<div id="w"><span id="a" title="mpatel@med.example.edu"><i aria-hidden="true">MP</i><b id="b">Maya Patel</b></span>' +
        '<span id="c">Samuel Okafor &lt;sokafor@hospital.example.org&gt;</span><span id="d">No one</span></div>',
    );
    const within = root.querySelector('#w')!;
    expect(personIn(root.querySelector('#a')!, within)).toEqual({ name: 'Maya Patel', email: 'mpatel@med.example.edu' });
    expect(personIn(root.querySelector('#b')!, within)).toEqual({ name: 'Maya Patel', email: 'mpatel@med.example.edu' });
    expect(personIn(root.querySelector('#c')!, within)?.email).toBe('sokafor@hospital.example.org');
    expect(personIn(root.querySelector('#d')!, within)).toBeNull();
    expect(readableText(within, root.querySelector('#c')!)).toBe('Maya Patel No one');
  });

  it('keeps the first of each address and drops the user', () => {
    const a = { name: 'A', email: 'a@x.org' };
    const me = { name: 'Me', email: 'me@x.org' };
    expect(uniqueByEmail([a, me, { name: 'A again', email: 'a@x.org' }], 'me@x.org')).toEqual([a]);
  });
});

describe('structure', () => {
  it('sees hidden attributes, inline display:none and stylesheet hiding', () => {
    const root = html(
      '<style>.gone { display: none; }</style><p id="shown">x</p><div hidden><p id="h1">x</p></div>' +
        '<div style="display:none"><p id="h2">x</p></div><div class="gone"><p id="h3">x</p></div>',
    );
    expect(isVisible(root.querySelector('#shown')!)).toBe(true);
    for (const id of ['#h1', '#h2', '#h3']) expect(isVisible(root.querySelector(id)!), id).toBe(false);
  });

  it("finds a message's own box without classes", () => {
    const root = html(
      '<main><h2>Subject</h2><div><div id="m1"><header>A</header><article class="body">1</article></div>' +
        '<div id="m2"><header>B</header><article class="body">2</article></div></div></main>',
    );
    const main = root.querySelector('main')!;
    const body = root.querySelector('#m2 article')!;
    expect(ownBox(body, 'article, h2', main).id).toBe('m2');
  });
});

describe('insertPlainText', () => {
  it('inserts lines as text and <br> at the end, and fires input', () => {
    const root = html('<div id="e" contenteditable="true"><div>Hi,</div></div>');
    const editor = root.querySelector<HTMLElement>('#e')!;
    const events: InputEvent[] = [];
    editor.addEventListener('input', (e) => events.push(e as InputEvent));
    expect(insertPlainText(editor, 'one\n\ntwo <i>x</i>')).toBe(true);
    expect(editor.innerHTML).toBe('<div>Hi,</div>one<br><br>two &lt;i&gt;x&lt;/i&gt;');
    expect(events.map((e) => [e.inputType, e.data])).toEqual([['insertText', 'one\n\ntwo <i>x</i>']]);
  });

  it('replaces a selection inside the editor', () => {
    const root = html('<div id="e" contenteditable="true">Dear NAME,</div>');
    const editor = root.querySelector<HTMLElement>('#e')!;
    const range = document.createRange();
    range.setStart(editor.firstChild!, 5);
    range.setEnd(editor.firstChild!, 9);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    insertPlainText(editor, 'Dr. Patel');
    expect(editor.textContent).toBe('Dear Dr. Patel,');
  });

  it('prefers execCommand and falls back when it refuses', () => {
    const editor = html('<div id="e" contenteditable="true"></div>').querySelector<HTMLElement>('#e')!;
    const exec = vi.fn(() => false);
    Object.assign(document, { execCommand: exec });
    insertPlainText(editor, 'x');
    expect(exec).toHaveBeenCalledWith('insertText', false, 'x');
    expect(editor.textContent).toBe('x');
    Reflect.deleteProperty(document, 'execCommand');
  });
});

describe('fillIfEmpty', () => {
  it('goes around a React-style value tracker on the instance', () => {
    const input = document.createElement('input');
    const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
    const trackerSaw: string[] = [];
    Object.defineProperty(input, 'value', {
      configurable: true,
      get: () => native.get!.call(input),
      set: (v: string) => {
        trackerSaw.push(v);
        native.set!.call(input, v);
      },
    });
    expect(fillIfEmpty(input, 'Hello')).toBe(true);
    expect(input.value).toBe('Hello');
    expect(trackerSaw).toEqual([]); // React compares against its tracker, so it sees a change
    expect(fillIfEmpty(input, 'Again')).toBe(false);
    expect(fillIfEmpty(null, 'x')).toBe(false);
  });
});

describe('theme', () => {
  it('parses CSS colours', () => {
    expect(parseCssColor('#202124')).toEqual([32, 33, 36, 1]);
    expect(parseCssColor('#fff')).toEqual([255, 255, 255, 1]);
    expect(parseCssColor('rgba(255, 255, 255, .06)')).toEqual([255, 255, 255, 0.06]);
    expect(parseCssColor('rgb(32 33 36 / 50%)')).toEqual([32, 33, 36, 0.5]);
    expect(parseCssColor('transparent')).toBeNull();
    expect(parseCssColor('')).toBeNull();
  });

  it('looks through translucent layers to the first solid background', () => {
    const root = html(
      '<div id="page" style="background-color: #1f1f1f"><div id="overlay" style="background-color: rgba(255,255,255,.06)"><p id="p">x</p></div></div>' +
        '<div id="light" style="background-color: #f6f8fc"><p id="q">x</p></div><p id="bare">x</p>',
    );
    expect(hasDarkBackground(root.querySelector('#p'))).toBe(true);
    expect(hasDarkBackground(root.querySelector('#q'))).toBe(false);
    expect(hasDarkBackground(root.querySelector('#bare'))).toBe(false);
  });
});

describe('safe', () => {
  it('returns the fallback instead of throwing', () => {
    expect(
      safe(() => {
        throw new Error('x');
      }, 'fallback'),
    ).toBe('fallback');
    expect(safe(() => 1, 0)).toBe(1);
  });
});
