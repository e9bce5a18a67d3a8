// Gmail adapter (docs/webmail.md). Selectors prefer stable attributes (data-legacy-*,
// span[email], name=, roles) first, long-lived obfuscated classes (hP, adn, M9) second, never
// aria-labels (they are localized). Its host, its selectors and its chip anchor live here only.
import type { ComposeWindow, MailAdapter, MailMessage, OpenThread, PageReading, Person } from './types';
import {
  addressesIn,
  fillIfEmpty,
  firstAddress,
  hasDarkBackground,
  insertPlainText,
  misses,
  parseAddressList,
  person,
  safe,
  uniqueByEmail,
  visibleAll,
} from './dom';
import { parseMailDate } from './mail-date';
import { isAutomaticReply } from './auto-reply';
import { recognizes } from './recognize';
import { chipAnchor } from './anchor';

/** Where Gmail is served: for the manifest's match pattern (hosts.ts), the links and `matches`. */
export const GMAIL_HOST = 'mail.google.com';

/** Every selector the adapter reads; tests/unit/mail/selectors.test.ts counts each on the fixtures. */
export const SEL = {
  main: '[role=main]',
  /** gmail.js: only the open thread's header is an h2 with the legacy id. */
  threadHeading: 'h2[data-legacy-thread-id]',
  subjectHeading: 'h2.hP',
  emoji: 'img[data-emoji]',
  /** Expanded (.adn) and collapsed (.adf) messages. */
  message: 'div.adn, div.adf',
  messageId: '[data-legacy-message-id], [data-message-id]',
  sender: 'h3.iw span[email], span.gD[email], span.zF[email]',
  anyPerson: 'span[email]',
  recipients: '.hb span[email], span.g2[email]',
  date: 'span.g3',
  compose: 'div.M9',
  composePopup: 'div.AD',
  /** InboxSDK: a reply, inline or popped out into its own window, has .HQ. */
  replyForm: '.HQ',
  replyTo: 'input[name=rt]',
  messageBody: 'div.a3s',
  /** A literal, not built by a call: links.ts imports this file, and a call would stay in its bundles. */
  recipientChip:
    'div[name=to] [role=option][data-hovercard-id],div[name=cc] [role=option][data-hovercard-id],div[name=bcc] [role=option][data-hovercard-id]',
  recipientText: 'textarea[name=to], textarea[name=cc], textarea[name=bcc], input[name=to], input[name=cc], input[name=bcc]',
  subject: 'input[name=subjectbox]',
  body: '[g_editable=true]',
  bodyFallback: '[contenteditable=true][role=textbox]',
  draftId: 'input[name=draft]',
  composeId: 'input[name=composeid]',
  /** The account button in Google's bar; its label is localized but always holds the address. */
  accountButton: 'a[href*="accounts.google.com"][aria-label*="@"]',
  /** Any of these means a Gmail view we know: the list, a thread, a compose. */
  known: 'tr.zA, h2[data-legacy-thread-id], h2.hP, div.M9',
} as const;

/** Gmail writes the literal "undefined" into some id attributes (gmail.js #814). */
function idValue(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v && v !== 'undefined' ? v : null;
}

function userEmail(doc: Document): string | null {
  // The title ends "- me@x.com - Gmail"; a subject before it may hold other addresses.
  return (
    addressesIn(doc.title).at(-1) ??
    firstAddress(doc.querySelector(SEL.accountButton)?.getAttribute('aria-label'))
  );
}

function threadId(heading: Element, doc: Document): string | null {
  const hashId = doc.location?.hash.split('/').slice(1).at(-1);
  return (
    idValue(heading.getAttribute('data-legacy-thread-id')) ??
    idValue(heading.getAttribute('data-thread-perm-id')) ??
    // Last resort: since 2018 the hash token is often an opaque "FMfcgz..." string.
    (hashId && /^[\w-]{10,}$/.test(hashId) ? hashId : null)
  );
}

/** The subject text with emoji put back: Gmail draws them as <img> that textContent drops. */
function subjectText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) text += node.nodeValue;
    else if (node.nodeType === 1) {
      const el = node as Element;
      text += el.matches(SEL.emoji) ? (el.getAttribute('data-emoji') ?? el.getAttribute('alt') ?? '') : subjectText(el);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

function personOf(span: Element): Person | null {
  const email = firstAddress(span.getAttribute('email'));
  return email ? person(span.getAttribute('name') || span.textContent || '', email) : null;
}

function senderOf(message: Element): Person | null {
  const span =
    message.querySelector(SEL.sender) ??
    [...message.querySelectorAll(SEL.anyPerson)].find((s) => !s.matches(SEL.recipients));
  return span ? personOf(span) : null;
}

/** The nearest ancestor of the heading holding messages: the thread view, whatever its classes. */
function threadMessages(heading: Element): Element[] {
  for (let el = heading.parentElement; el; el = el.parentElement) {
    if (el.querySelector(SEL.message)) return visibleAll(el, SEL.message);
  }
  return [];
}

const unread = misses();

/**
 * One message. Its key is sender and time when the page shows a date: a collapsed message has no
 * id until it is expanded, and a new reply has no legacy id until Gmail syncs, so an id-based key
 * would change under the same message. Ids, then the position, only when there is no date.
 */
function readMessage(el: Element, index: number, subject: string, me: string | null, locale?: string): MailMessage | null {
  const from = senderOf(el);
  if (!from) {
    unread.count('message without a sender');
    return null;
  }
  const idHolder = el.matches(SEL.messageId) ? el : el.querySelector(SEL.messageId);
  const date = el.querySelector(SEL.date);
  const at = parseMailDate(date?.getAttribute('title'), locale) ?? parseMailDate(date?.textContent, locale);
  if (!at) unread.count('message date');
  const body = el.querySelector(SEL.messageBody);
  const automatic = isAutomaticReply(subject, body?.textContent?.trim().slice(0, 200));
  return {
    key:
      (at && `${from.email}|${at}`) ||
      idValue(idHolder?.getAttribute('data-legacy-message-id')) ||
      idValue(idHolder?.getAttribute('data-message-id')) ||
      `index-${index}`,
    from,
    at,
    fromMe: from.email === me,
    ...(automatic ? { automatic } : {}),
  };
}

function openThread(doc: Document): OpenThread | null {
  unread.reset();
  const heading = visibleAll(doc, SEL.threadHeading)[0] ?? visibleAll(doc, SEL.subjectHeading)[0];
  const providerThreadId = heading && threadId(heading, doc);
  if (!heading || !providerThreadId) return null;
  const me = userEmail(doc);
  const locale = doc.documentElement.lang || undefined;
  const elements = threadMessages(heading);
  const subject = subjectText(heading);
  const messages = elements.flatMap((el, i) => readMessage(el, i, subject, me, locale) ?? []);
  if (!messages.length) return null;
  const recipients = elements.flatMap((el) =>
    [...el.querySelectorAll(SEL.recipients)].flatMap((span) => personOf(span) ?? []),
  );
  return {
    provider: 'gmail',
    providerThreadId,
    subject,
    participants: uniqueByEmail([...messages.map((m) => m.from), ...recipients], me),
    messages,
  };
}

function recipientsOf(form: Element): Person[] {
  const chips = [...form.querySelectorAll(SEL.recipientChip)].flatMap((chip) => {
    const email = firstAddress(chip.getAttribute('data-hovercard-id'));
    return email ? [person(chip.getAttribute('data-name') || chip.textContent || '', email)] : [];
  });
  // The pre-2021 compose kept recipients as text ("Name <a@b>, c@d") in textareas.
  const typed = [...form.querySelectorAll<HTMLInputElement>(SEL.recipientText)].flatMap((field) =>
    parseAddressList(field.value),
  );
  return uniqueByEmail([...chips, ...typed]);
}

function readCompose(form: HTMLElement, index: number): ComposeWindow | null {
  const body = form.querySelector<HTMLElement>(SEL.body) ?? form.querySelector<HTMLElement>(SEL.bodyFallback);
  if (!body) return null;
  const subject = form.querySelector<HTMLInputElement>(SEL.subject);
  // The compose id first: the draft id reads "undefined" until the first autosave.
  const isReply =
    !!form.closest(SEL.replyForm) ||
    !!form.querySelector(SEL.replyForm) ||
    !!idValue(form.querySelector<HTMLInputElement>(SEL.replyTo)?.value);
  return {
    key:
      idValue(form.querySelector<HTMLInputElement>(SEL.composeId)?.value) ??
      idValue(form.querySelector<HTMLInputElement>(SEL.draftId)?.value) ??
      `index-${index}`,
    kind: isReply || !form.closest(SEL.composePopup) ? 'reply' : 'new',
    recipients: recipientsOf(form),
    subject: subject?.value ?? '',
    insertText: (text) => safe(() => insertPlainText(body, text), false),
    setSubjectIfEmpty: (text) => safe(() => fillIfEmpty(subject, text), false),
    element: form,
  };
}

/** A conversation is on screen: a thread URL, a subject heading or message containers. */
function looksLikeConversation(doc: Document): boolean {
  const token = doc.location?.hash.split('/').slice(1).at(-1) ?? '';
  return /^[\w-]{16,}$/.test(token) || visibleAll(doc, `${SEL.subjectHeading}, ${SEL.threadHeading}, ${SEL.message}`).length > 0;
}

function composeWindows(doc: Document): ComposeWindow[] {
  return visibleAll(doc, SEL.compose).flatMap((form, i) => readCompose(form, i) ?? []);
}

/** Never silent: the shared rule (recognize.ts) with this adapter's views. */
function recognizesPage(doc: Document, read?: PageReading): boolean {
  return recognizes(doc, read, SEL.known, looksLikeConversation, openThread, composeWindows, unread);
}

export const gmailAdapter: MailAdapter = {
  provider: 'gmail',
  matches: (location) => safe(() => location.hostname === GMAIL_HOST, false),
  userEmail: (doc) => safe(() => userEmail(doc), null),
  openThread: (doc) => safe(() => openThread(doc), null),
  composeWindows: (doc) => safe(() => composeWindows(doc), []),
  // Not [role=main]: compose popups live outside it (div.dw), and Gmail swaps the main element
  // on navigation (InboxSDK), which would leave an observer watching a detached node.
  observeRoot: (doc) => safe(() => doc.body, null),
  isDark: (doc) => safe(() => hasDarkBackground(doc.querySelector(SEL.main) ?? doc.body), false),
  recognizes: (doc, read) => safe(() => recognizesPage(doc, read), false),
  unread: () => unread.snapshot(),
  // Below the 64px search bar, left of the 56px add-on rail.
  sidebarOffsets: () => ({ top: 72, right: 64 }),
  anchor: (doc) => safe(() => chipAnchor(doc, SEL.subjectHeading, SEL.body, false), null),
};
