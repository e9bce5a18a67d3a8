// @vitest-environment happy-dom
process.env.TZ = 'America/New_York';

import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixture, setUrl } from './fixture-page';
import { gmailAdapter as gmail } from '../../../lib/mail/gmail';
import { adapterFor } from '../../../lib/mail/registry';
import { outlookAdapter } from '../../../lib/mail/outlook';

const PATEL = { name: 'Maya Patel', email: 'mpatel@med.example.edu' };
const OKAFOR = { name: 'Samuel Okafor', email: 'sokafor@hospital.example.org' };
const RUIZ = { name: 'Elena Ruiz', email: 'eruiz@university.example.edu' };
const ME = 'jordan.lee@gmail.com';

const load = (name: string) => loadFixture('gmail', name);


afterEach(() => {
  vi.restoreAllMocks();
  setUrl('http://localhost:3000/');
});

describe('matches and registry', () => {
  it('matches mail.google.com only', () => {
    const doc = load('inbox.html');
    expect(gmail.matches(new URL('https://mail.google.com/mail/u/0/#inbox'), doc)).toBe(true);
    expect(gmail.matches(new URL('https://mail.google.com/mail/u/1/#inbox/FMfcgz'), doc)).toBe(true);
    expect(gmail.matches(new URL('https://www.google.com/'), doc)).toBe(false);
    expect(gmail.matches(new URL('https://mail.google.com.evil.example/'), doc)).toBe(false);
  });

  it('picks the adapter by page', () => {
    const doc = load('inbox.html');
    expect(adapterFor(new URL('https://mail.google.com/mail/u/0/'), doc)).toBe(gmail);
    expect(adapterFor(new URL('https://outlook.office.com/mail/'), doc)).toBe(outlookAdapter);
    expect(adapterFor(new URL('https://example.com/'), doc)).toBeNull();
  });
});

describe('userEmail', () => {
  it.each(['inbox.html', 'thread.html', 'compose.html', 'reply.html', 'dark.html'])('reads %s', (name) => {
    expect(gmail.userEmail(load(name))).toBe(ME);
  });

  it('takes the last address of the title, not one in the subject', () => {
    const doc = load('thread.html');
    doc.title = 'Fwd: from registrar@med.example.edu - jordan.lee@gmail.com - Gmail';
    expect(gmail.userEmail(doc)).toBe(ME);
  });

  it('falls back to the account button when the title has no address', () => {
    const doc = load('thread.html');
    doc.title = 'Gmail';
    expect(gmail.userEmail(doc)).toBe(ME);
    doc.querySelector('a[aria-label*="@"]')!.remove();
    expect(gmail.userEmail(doc)).toBeNull();
  });
});

describe('openThread', () => {
  it('is null in the inbox', () => {
    expect(gmail.openThread(load('inbox.html'))).toBeNull();
  });

  it('reads the visible thread with Dr. Patel', () => {
    const thread = gmail.openThread(load('thread.html'))!;
    expect(thread.provider).toBe('gmail');
    expect(thread.providerThreadId).toBe('19b5c0a1d2e3f401');
    expect(thread.subject).toBe('Abstract accepted \u{1F389} next steps for the poster');
    expect(thread.participants).toEqual([PATEL]);
    expect(thread.messages).toEqual([
      { key: `${ME}|2026-11-09T14:12:00.000Z`, from: { name: 'Jordan Lee', email: ME }, at: '2026-11-09T14:12:00.000Z', fromMe: true },
      { key: `${PATEL.email}|2026-11-10T21:47:00.000Z`, from: PATEL, at: '2026-11-10T21:47:00.000Z', fromMe: false },
      { key: `${ME}|2026-11-18T13:30:00.000Z`, from: { name: 'Jordan Lee', email: ME }, at: '2026-11-18T13:30:00.000Z', fromMe: true },
      { key: `${PATEL.email}|2026-11-19T20:05:00.000Z`, from: PATEL, at: '2026-11-19T20:05:00.000Z', fromMe: false },
    ]);
  });

  it('ignores the earlier thread Gmail keeps hidden in the DOM', () => {
    const doc = load('thread.html');
    const hidden = doc.querySelector('h2[data-legacy-thread-id="19b0f4c2a9e61d37"]')!;
    expect(hidden.closest('[style*="display: none"]')).not.toBeNull();
    expect(JSON.stringify(gmail.openThread(doc))).not.toContain(OKAFOR.email);
    // With the open thread gone, the hidden one is still not read.
    doc.querySelector('h2[data-legacy-thread-id="19b5c0a1d2e3f401"]')!.closest('.if')!.remove();
    expect(gmail.openThread(doc)).toBeNull();
  });

  it('falls back to the perm id, then to the URL hash', () => {
    const doc = load('thread.html');
    const h2 = doc.querySelector('h2.hP[data-legacy-thread-id="19b5c0a1d2e3f401"]')!;
    h2.removeAttribute('data-legacy-thread-id');
    expect(gmail.openThread(doc)!.providerThreadId).toBe(`thread-f:${BigInt('0x19b5c0a1d2e3f401')}`);
    h2.setAttribute('data-thread-perm-id', 'undefined');
    expect(gmail.openThread(doc)).toBeNull();
    setUrl('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmGpLzVPnrPqBjhMftcT');
    expect(gmail.openThread(doc)!.providerThreadId).toBe('FMfcgzQXJWDsKmGpLzVPnrPqBjhMftcT');
    setUrl('https://mail.google.com/mail/u/0/#inbox');
    expect(gmail.openThread(doc)).toBeNull();
  });

  it('reads a thread with someone untracked, perm id "undefined"', () => {
    const thread = gmail.openThread(load('thread-unknown.html'))!;
    expect(thread.providerThreadId).toBe('19b3a2c1f0e4d588');
    expect(thread.subject).toBe('Shadowing in the orthopaedic clinic');
    expect(thread.participants).toEqual([RUIZ]);
    expect(thread.messages.map((m) => [m.key, m.from.email, m.at, m.fromMe])).toEqual([
      [`${ME}|2026-11-16T16:30:00.000Z`, ME, '2026-11-16T16:30:00.000Z', true],
      [`${RUIZ.email}|2026-11-17T01:14:00.000Z`, RUIZ.email, '2026-11-17T01:14:00.000Z', false],
    ]);
  });

  it('reads two mentors and a just-sent reply without a legacy id', () => {
    const thread = gmail.openThread(load('thread-two-mentors.html'))!;
    expect(thread.providerThreadId).toBe('19b0e2f7c1a93b58');
    expect(thread.participants).toEqual([PATEL, OKAFOR]);
    expect(thread.messages.map((m) => [m.key, m.from.email, m.at, m.fromMe])).toEqual([
      [`${ME}|2026-11-13T00:58:00.000Z`, ME, '2026-11-13T00:58:00.000Z', true],
      [`${PATEL.email}|2026-11-13T14:40:00.000Z`, PATEL.email, '2026-11-13T14:40:00.000Z', false],
      [`${ME}|2026-11-21T15:02:00.000Z`, ME, '2026-11-21T15:02:00.000Z', true],
    ]);
  });

  it('reads Norwegian dates and collapsed messages', () => {
    const thread = gmail.openThread(load('reply.html'))!;
    expect(thread.providerThreadId).toBe('19b0f4c2a9e61d37');
    expect(thread.participants).toEqual([OKAFOR]);
    expect(thread.messages.map((m) => [m.key, m.from.email, m.at])).toEqual([
      [`${OKAFOR.email}|2026-11-02T15:20:00.000Z`, OKAFOR.email, '2026-11-02T15:20:00.000Z'],
      [`${ME}|2026-11-03T12:45:00.000Z`, ME, '2026-11-03T12:45:00.000Z'],
      [`${OKAFOR.email}|2026-11-13T21:02:00.000Z`, OKAFOR.email, '2026-11-13T21:02:00.000Z'],
    ]);
  });

  it('reads the older "at" date style in the dark theme', () => {
    const thread = gmail.openThread(load('dark.html'))!;
    expect(thread.participants).toEqual([PATEL]);
    expect(thread.messages.map((m) => m.at)).toEqual(['2026-11-17T23:10:00.000Z', '2026-11-18T14:25:00.000Z']);
  });

  it('leaves a date it cannot parse undefined', () => {
    const doc = load('thread-unknown.html');
    for (const g3 of doc.querySelectorAll('span.g3')) {
      g3.setAttribute('title', 'gestern');
      g3.textContent = '3:05 PM (2 days ago)';
    }
    expect(gmail.openThread(doc)!.messages.map((m) => m.at)).toEqual([undefined, undefined]);
  });
});

describe('composeWindows', () => {
  it('finds none in the inbox', () => {
    expect(gmail.composeWindows(load('inbox.html'))).toEqual([]);
  });

  it('reads a new message with a recipient chip and a German body label', () => {
    const [compose, ...rest] = gmail.composeWindows(load('compose.html'));
    expect(rest).toEqual([]);
    expect(compose.kind).toBe('new');
    expect(compose.key).toBe('1'); // draft is "undefined" until saved, so the compose id
    expect(compose.recipients).toEqual([PATEL]);
    expect(compose.subject).toBe('');
    expect(compose.element.classList.contains('M9')).toBe(true);
  });

  it('reads an inline reply and a new message open together', () => {
    const doc = load('reply.html');
    const [reply, fresh] = gmail.composeWindows(doc);
    expect([reply.kind, fresh.kind]).toEqual(['reply', 'new']);
    // The compose id, not the draft id: it stays the same across the first autosave.
    expect(reply.key).not.toBe('#msg-a:r-7730165289912024177');
    expect(reply.key).toBe(doc.querySelector<HTMLInputElement>('.M9 input[name=composeid]')!.value);
    expect(fresh.key).toBe('3');
    expect(reply.recipients).toEqual([OKAFOR]);
    expect(fresh.recipients).toEqual([]);
    expect(reply.subject).toBe('Re: Letter of recommendation for EM residency');
  });

  it('reads the pre-2021 compose, recipients as text', () => {
    const doc = load('compose.html');
    const form = doc.querySelector('.M9 form')!;
    form.querySelector('[role=listbox]')!.remove();
    form.insertAdjacentHTML(
      'beforeend',
      '<textarea name="to">"Okafor, Samuel" &lt;SOkafor@hospital.example.org&gt;, eruiz@university.example.edu</textarea>' +
        '<input type="hidden" name="cc" value="Maya Patel <mpatel@med.example.edu>">',
    );
    expect(gmail.composeWindows(doc)[0].recipients).toEqual([
      { name: 'Okafor, Samuel', email: OKAFOR.email },
      { name: RUIZ.email, email: RUIZ.email },
      PATEL,
    ]);
  });

  it('inserts plain text after what the user typed', () => {
    const doc = load('reply.html');
    const [reply] = gmail.composeWindows(doc);
    const body = doc.querySelector<HTMLElement>('.ip.adB [g_editable=true]')!;
    const inputs: string[] = [];
    body.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    expect(reply.insertText('\nThank you for agreeing.\nBest,\nJordan')).toBe(true);
    expect(body.textContent).toBe('Hi Dr. Okafor,Thank you for agreeing.Best,Jordan');
    expect(body.querySelectorAll('br')).toHaveLength(3);
    expect(inputs).toEqual(['insertText']);
  });

  it('inserts at the caret when it is in the body', () => {
    const doc = load('reply.html');
    const [reply] = gmail.composeWindows(doc);
    const text = doc.querySelector('.ip.adB [g_editable=true] div')!.firstChild!;
    const range = doc.createRange();
    range.setStart(text, 2); // after "Hi"
    range.collapse(true);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    reply.insertText(' there');
    expect(doc.querySelector('.ip.adB [g_editable=true]')!.textContent).toBe('Hi there Dr. Okafor,');
  });

  it('keeps markup-looking text literal', () => {
    const doc = load('compose.html');
    const [compose] = gmail.composeWindows(doc);
    compose.insertText('<b>Dr. <script>alert(1)</script></b> & <img src=x onerror=alert(2)>');
    const body = doc.querySelector('.M9 [g_editable=true]')!;
    expect(body.textContent).toBe('<b>Dr. <script>alert(1)</script></b> & <img src=x onerror=alert(2)>');
    expect(body.querySelector('b, script, img')).toBeNull();
  });

  it("uses the editor's own input path when execCommand works", () => {
    const doc = load('compose.html');
    const exec = vi.fn(() => true);
    Object.assign(doc, { execCommand: exec });
    gmail.composeWindows(doc)[0].insertText('Dear Dr. Patel,');
    expect(exec).toHaveBeenCalledWith('insertText', false, 'Dear Dr. Patel,');
    expect(doc.querySelector('.M9 [g_editable=true]')!.textContent).toBe('');
    exec.mockReturnValue(false);
    gmail.composeWindows(doc)[0].insertText('Dear Dr. Patel,');
    expect(doc.querySelector('.M9 [g_editable=true]')!.textContent).toBe('Dear Dr. Patel,');
    Reflect.deleteProperty(doc, 'execCommand');
  });

  it('fills only an empty subject', () => {
    const doc = load('reply.html');
    const [reply, fresh] = gmail.composeWindows(doc);
    const events: string[] = [];
    const input = doc.querySelectorAll<HTMLInputElement>('input[name=subjectbox]')[1];
    input.addEventListener('input', () => events.push('input'));
    input.addEventListener('change', () => events.push('change'));
    expect(reply.setSubjectIfEmpty('Other')).toBe(false);
    expect(doc.querySelectorAll<HTMLInputElement>('input[name=subjectbox]')[0].value).toBe(
      'Re: Letter of recommendation for EM residency',
    );
    expect(fresh.setSubjectIfEmpty('Research meeting on Tuesday')).toBe(true);
    expect(input.value).toBe('Research meeting on Tuesday');
    expect(events).toEqual(['input', 'change']);
    expect(fresh.setSubjectIfEmpty('Again')).toBe(false);
    expect(input.value).toBe('Research meeting on Tuesday');
  });

  it('falls back to a contenteditable textbox body, never to an aria-label', () => {
    const doc = load('compose.html');
    const body = doc.querySelector('.M9 [g_editable=true]')!;
    body.removeAttribute('g_editable');
    expect(gmail.composeWindows(doc)).toHaveLength(1);
    body.removeAttribute('contenteditable');
    expect(gmail.composeWindows(doc)).toEqual([]);
  });
});

describe('theme and observation', () => {
  it('is dark only on the dark page', () => {
    for (const name of ['inbox.html', 'thread.html', 'compose.html', 'reply.html']) {
      expect(gmail.isDark(load(name)), name).toBe(false);
    }
    expect(gmail.isDark(load('dark.html'))).toBe(true);
  });

  it('observes the body, which holds both the main view and compose popups', () => {
    const doc = load('compose.html');
    expect(gmail.observeRoot(doc)).toBe(doc.body);
  });
});

describe('when Gmail changes', () => {
  it('returns nothing on a redesigned page', () => {
    const doc = load('broken.html');
    expect(gmail.openThread(doc)).toBeNull();
    expect(gmail.composeWindows(doc)).toEqual([]);
    expect(gmail.isDark(doc)).toBe(false);
  });

  it('returns null when senders lose span[email]', () => {
    const doc = load('thread.html');
    for (const span of doc.querySelectorAll('span[email]')) span.removeAttribute('email');
    expect(gmail.openThread(doc)).toBeNull();
  });

  it('never throws, even when the DOM API does', () => {
    const doc = load('reply.html');
    const [reply] = gmail.composeWindows(doc);
    const boom = () => {
      throw new Error('SelectorError');
    };
    vi.spyOn(doc, 'querySelectorAll').mockImplementation(boom);
    vi.spyOn(doc, 'querySelector').mockImplementation(boom);
    vi.spyOn(Element.prototype, 'querySelector').mockImplementation(boom);
    vi.spyOn(Element.prototype, 'querySelectorAll').mockImplementation(boom);
    vi.spyOn(Range.prototype, 'insertNode').mockImplementation(boom);
    expect(gmail.openThread(doc)).toBeNull();
    expect(gmail.composeWindows(doc)).toEqual([]);
    expect(gmail.isDark(doc)).toBe(false);
    expect(reply.insertText('x')).toBe(false);
    expect(gmail.matches(null as unknown as URL, doc)).toBe(false);
  });
});
