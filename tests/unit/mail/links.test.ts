import { describe, expect, it } from 'vitest';
import { PASTE_MARKER, URL_LIMITS, accountOf, composeLink, mailUrl, providerOf, threadLink, type Draft } from '@/lib/mail/links';

// Everything that breaks a hand-built link: line breaks of three kinds, &, #, +, %, =, ?, quotes,
// accents, an emoji, right-to-left Arabic and Hebrew with a direction mark, and a lone surrogate.
const AWKWARD: Draft = {
  to: "o'neil+lor@med.example.edu",
  subject: 'Résumé & CV #2 + 50% = "done"? شكراً',
  body: 'Dear Dr. Núñez,\r\nLine two & more #hash +plus\nשלום עולם \u200F(RTL)\rلقد أرسلت 🎓 ok\n\nThanks, Zoë',
};
const NORMALISED_BODY = AWKWARD.body.replace(/\r\n?/g, '\n');

const params = (url: string) => new URL(url).searchParams;
/** mailto: carries the address as its path, the webmails as `to`. */
const recipient = (url: string) => (url.startsWith('mailto:') ? decodeURIComponent(new URL(url).pathname) : params(url).get('to'));

describe('compose links', () => {
  it('Gmail: view=cm under the account path, every field decoding back to the text', () => {
    const link = composeLink('gmail', accountOf('gmail', 'https://mail.google.com/mail/u/2/#inbox/FMfcgzQXJ'), AWKWARD);
    expect(link.complete).toBe(true);
    expect(link.url.startsWith('https://mail.google.com/mail/u/2/?view=cm&fs=1&to=')).toBe(true);
    const p = params(link.url);
    expect(p.get('to')).toBe(AWKWARD.to);
    expect(p.get('su')).toBe(AWKWARD.subject);
    expect(p.get('body')).toBe(NORMALISED_BODY);
    // Nothing that a server or the browser reads as structure is left raw.
    expect(link.url).not.toMatch(/[ #+\n\r"]/);
    expect(link.url.split('&')).toHaveLength(5); // view, fs, to, su, body: no & of the text splits a field
  });

  it('Outlook: deeplink compose on the host the threads came from', () => {
    const work = composeLink('outlook', accountOf('outlook', 'https://outlook.office.com/mail/inbox/id/AAQk%2B'), AWKWARD);
    expect(work.url.startsWith('https://outlook.office.com/mail/deeplink/compose?to=')).toBe(true);
    const p = params(work.url);
    expect([p.get('to'), p.get('subject'), p.get('body')]).toEqual([AWKWARD.to, AWKWARD.subject, NORMALISED_BODY]);
    const personal = composeLink('outlook', accountOf('outlook', 'https://outlook.live.com/mail/0/inbox'), AWKWARD);
    expect(personal.url.startsWith('https://outlook.live.com/mail/0/deeplink/compose?to=')).toBe(true);
  });

  it('mailto: CRLF line breaks (RFC 6068), a readable address, the same text back', () => {
    const link = composeLink('mailto', undefined, { ...AWKWARD, body: 'a\nb\r\nc\rd' });
    expect(link.url.startsWith("mailto:o'neil%2Blor@med.example.edu?subject=")).toBe(true);
    expect(link.url).toContain('body=a%0D%0Ab%0D%0Ac%0D%0Ad');
    expect(params(link.url).get('subject')).toBe(AWKWARD.subject);
  });

  it('a lone surrogate (half an emoji cut off) becomes U+FFFD instead of throwing', () => {
    const link = composeLink('gmail', undefined, { to: 'a@b.edu', subject: 'cut \uD83C', body: '\uDF93 end' });
    expect(params(link.url).get('su')).toBe('cut \uFFFD');
    expect(params(link.url).get('body')).toBe('\uFFFD end');
  });

  it('no account known: Gmail lets the default account answer, Outlook goes to office.com', () => {
    expect(composeLink('gmail', undefined, AWKWARD).url.startsWith('https://mail.google.com/mail/?view=cm&fs=1&')).toBe(true);
    expect(composeLink('outlook', undefined, AWKWARD).url.startsWith('https://outlook.office.com/mail/deeplink/compose?')).toBe(true);
  });
});

describe('a message too long for a link', () => {
  const draft = (chars: number, letter = 'a'): Draft => ({ to: 'mentor@x.edu', subject: 'Letter for Brigham', body: letter.repeat(chars) });

  it('fits exactly at the limit and not one character over, for each target', () => {
    for (const kind of ['gmail', 'outlook', 'mailto'] as const) {
      const base = composeLink(kind, undefined, draft(0)).url.length;
      const room = URL_LIMITS[kind] - base;
      expect(composeLink(kind, undefined, draft(room)).complete).toBe(true);
      const over = composeLink(kind, undefined, draft(room + 1));
      expect(over.complete).toBe(false);
      expect(over.copy).toBe('a'.repeat(room + 1));
      expect(over.url.length).toBeLessThanOrEqual(URL_LIMITS[kind]);
      // The compose still opens to the mentor with the subject, and says where the message is.
      const p = params(over.url);
      expect(recipient(over.url)).toBe('mentor@x.edu');
      expect(p.get(kind === 'gmail' ? 'su' : 'subject')).toBe('Letter for Brigham');
      expect(p.get('body')).toBe(PASTE_MARKER);
    }
  });

  it('counts the encoded length: 300 Arabic letters overflow mailto: where 1,500 ASCII ones do not', () => {
    expect(composeLink('mailto', undefined, draft(1500)).complete).toBe(true);
    // Each Arabic letter is two UTF-8 bytes, six characters once encoded.
    expect(composeLink('mailto', undefined, draft(300, 'ش')).complete).toBe(false);
    expect(composeLink('gmail', undefined, draft(300, 'ش')).complete).toBe(true);
  });

  it('a subject too long as well leaves only the address, and both are copied', () => {
    const link = composeLink('mailto', undefined, { to: 'm@x.edu', subject: 'é'.repeat(400), body: 'hello' });
    expect(link.complete).toBe(false);
    expect(params(link.url).get('subject')).toBeNull();
    expect(link.copy).toBe(`${'é'.repeat(400)}\n\nhello`);
  });
});

describe('accounts and hosts', () => {
  it('Gmail: /mail/u/N/ or an address in the path, else authuser, else the default', () => {
    expect(accountOf('gmail', 'https://mail.google.com/mail/u/1/#inbox')).toEqual({ provider: 'gmail', path: '/mail/u/1/' });
    expect(accountOf('gmail', 'https://mail.google.com/mail/u/jo@uni.edu/#inbox').path).toBe('/mail/u/jo@uni.edu/');
    expect(accountOf('gmail', 'https://mail.google.com/mail/?authuser=jo%40uni.edu#inbox')).toEqual({ provider: 'gmail', path: '/mail/', authuser: 'jo@uni.edu' });
    expect(composeLink('gmail', accountOf('gmail', 'https://mail.google.com/mail/?authuser=jo@uni.edu'), { to: 'a@b.c', subject: '', body: '' }).url).toBe(
      'https://mail.google.com/mail/?authuser=jo%40uni.edu&view=cm&fs=1&to=a@b.c&su=&body=',
    );
    expect(accountOf('gmail')).toEqual({ provider: 'gmail', path: '/mail/' });
    // An Outlook page says nothing about the Gmail account.
    expect(accountOf('gmail', 'https://outlook.live.com/mail/1/')).toEqual({ provider: 'gmail', path: '/mail/' });
  });

  it('Outlook: live.com stays personal, office365.com is office.com, cloud.microsoft is kept; /mail/N/ is kept', () => {
    expect(accountOf('outlook', 'https://outlook.live.com/mail/inbox')).toEqual({ provider: 'outlook', host: 'outlook.live.com', path: '/mail/' });
    expect(accountOf('outlook', 'https://outlook.office365.com/mail/1/inbox').host).toBe('outlook.office.com');
    expect(accountOf('outlook', 'https://outlook.office365.com/mail/1/inbox').path).toBe('/mail/1/');
    expect(accountOf('outlook', 'https://outlook.cloud.microsoft/mail/').host).toBe('outlook.cloud.microsoft');
    expect(accountOf('outlook', 'https://mail.google.com/mail/u/1/').host).toBe('outlook.office.com');
    expect(accountOf('outlook', 'not a url').host).toBe('outlook.office.com');
  });

  it('only https pages of the webmail hosts count as mail addresses', () => {
    expect(mailUrl('https://mail.google.com/mail/u/0/#inbox/x')?.hostname).toBe('mail.google.com');
    for (const bad of ['http://mail.google.com/mail/', 'javascript:alert(1)', 'https://mail.google.com.evil.example/', 'https://user:pw@outlook.live.com/mail/', '', 'nonsense']) {
      expect(mailUrl(bad), bad).toBeUndefined();
    }
    expect(providerOf('https://outlook.office.com/mail/')).toBe('outlook');
    expect(providerOf('https://mail.google.com/mail/')).toBe('gmail');
  });
});

describe('thread links', () => {
  it('the page the last thread was read on, as it was', () => {
    const seen = 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQXJWbLmNpq';
    expect(threadLink(seen, accountOf('gmail', seen), ['m@x.edu'])).toBe(seen);
  });

  it('else a search for the mentor in the account: Gmail #search, Outlook deeplink search', () => {
    const gmail = threadLink(undefined, accountOf('gmail', 'https://mail.google.com/mail/u/1/#inbox'), ['m+lor@x.edu', 'm@y.org']);
    expect(gmail).toBe('https://mail.google.com/mail/u/1/#search/from%3Am%2Blor%40x.edu%20OR%20from%3Am%40y.org');
    const outlook = threadLink('javascript:alert(1)', accountOf('outlook', 'https://outlook.live.com/mail/0/'), ['m@x.edu']);
    expect(outlook).toBe('https://outlook.live.com/mail/0/deeplink/search?query=from%3Am%40x.edu');
    expect(threadLink(undefined, accountOf('gmail', 'https://mail.google.com/mail/?authuser=a@b.c'), ['m@x.edu'])).toBe(
      'https://mail.google.com/mail/?authuser=a%40b.c#search/from%3Am%40x.edu',
    );
    expect(threadLink(undefined, accountOf('gmail'), [])).toBeUndefined();
  });
});
