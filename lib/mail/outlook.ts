// Outlook on the web adapter (docs/webmail.md), for the 2023+ Fluent UI ("new Outlook"). Its classes are
// obfuscated and change with builds, so it keys on ids, data-* attributes, roles and editing
// attributes. Each message's header fields are headings with ids MSG_<id>_FROM / _TO / _DATETIME
// (and data-testid=SentReceivedSavedTime), collapsed messages included; pages without those ids
// (older builds, still rolling out) are read from the message bodies as before. Its hosts, its
// selectors and its chip anchor live here only.
import type { ComposeWindow, MailAdapter, MailMessage, OpenThread, PageReading, Person } from './types';
import {
  fillIfEmpty,
  firstAddress,
  hasDarkBackground,
  insertPlainText,
  misses,
  outside,
  ownBox,
  parseAddressList,
  personIn,
  readableText,
  safe,
  uniqueByEmail,
  visibleAll,
} from './dom';
import { addressesIn } from './address';
import { parseMailDate } from './mail-date';
import { isNameOnly, nameOnly, sameName } from './names';
import { isAutomaticReply } from './auto-reply';
import { recognizes } from './recognize';
import { chipAnchor } from './anchor';

/**
 * Where Outlook on the web is served (for the manifest's match patterns in hosts.ts, the links
 * and `matches`), each to the host its account lives on: office365.com only redirects to office.com.
 */
export const OUTLOOK_HOSTS: Readonly<Record<string, string>> = {
  'outlook.office.com': 'outlook.office.com',
  'outlook.office365.com': 'outlook.office.com',
  'outlook.live.com': 'outlook.live.com',
  'outlook.cloud.microsoft': 'outlook.cloud.microsoft',
};
/** Work and school accounts (Microsoft 365) are the common case for students. */
export const OUTLOOK_DEFAULT_HOST = 'outlook.office.com';

/** Every selector the adapter reads; tests/unit/mail/selectors.test.ts counts each on the fixtures. */
export const SEL = {
  /** Briskine: custom domains and pop-out windows are recognised by OWA's own assets. */
  owaMarkers:
    'head [href*="cdn.office.net"], meta[content*="owamail"], link[href*="/owamail/"], script[src*="/owamail/"]',
  main: '[role=main]',
  /** Mailvelope: the conversation id lives on the selected row of the message list. */
  selectedConversation:
    '#MailList [aria-selected="true"][data-convid], [role=option][aria-selected="true"][data-convid]',
  readingPane:
    '#ReadingPaneContainerId, #ItemReadingPaneContainer, [data-app-section="ConversationContainer"], [data-app-section="MailReadCompose"]',
  /** The deeplink and pop-out read view: a single pane, no list. */
  itemPane: '#ItemReadingPaneContainer',
  convSubject: '[id^="CONV_"][id$="_SUBJECT"]',
  /** Older builds: the subject is the pane's first heading that is not a header field. */
  anySubject: '[role=heading]:not([id^="MSG_"]):not([data-testid])',
  headerField: '[id^="MSG_"]',
  fromField: '[id^="MSG_"][id$="_FROM"]',
  sentTime: '[data-testid="SentReceivedSavedTime"], [id^="MSG_"][id$="_DATETIME"]',
  messageBody: '[id^="UniqueMessageBody_"]',
  /** Persona buttons and recipient names carry the address in title or aria-label. */
  addressed: '[title*="@"], [aria-label*="@"]',
  labelled: '[aria-label]',
  titled: '[title]',
  mailboxRoot: '[id^="primaryMailboxRoot"]',
  /** Microsoft's account control: the name, and the address when it is rendered. */
  meName: '#mectrl_currentAccount_primary',
  meAddress: '#mectrl_currentAccount_secondary',
  meControl: '#O365_MainLink_Me',
  popoutFrom: '[data-app-section="Form_Content"] [id^="MSG_"][id$="_FROM"]',
  composeBody: '[contenteditable=true][aria-multiline=true], [role=textbox][aria-multiline=true]',
  composeForm: '[id^="docking_InitVisiblePart"], [data-app-section="Form_Content"]',
  popout: '[data-app-section="Form_Content"]',
  /** Any of these means an Outlook view we know: the list, a conversation, a compose. */
  known:
    '#MailList, [data-convid], [id^="UniqueMessageBody_"], [id^="MSG_"][id$="_FROM"], [id^="CONV_"], #ItemReadingPaneContainer, [data-app-section="Form_Content"], [contenteditable=true][aria-multiline=true]',
  /** e.g. MSG_74cda7ce35c_TO: the middle part names the draft. */
  toField: '[id^="MSG_"][id$="_TO"]',
  recipientWell: '[contenteditable=true]:not([aria-multiline=true])',
  chip: '[class*="textContainer-"], [class*="individualText-"], [title*="@"]',
  subjectInput: 'input[maxlength="255"], input[type=text][autocomplete=off]',
  /** The chip's place beside a thread: the subject heading, whose row it goes under. */
  chipHeading: '[role=heading][aria-level="2"]',
  /** The chip's place in a compose: just above its editor. */
  chipEditor: '[contenteditable=true][aria-multiline=true]',
} as const;

const unread = misses();

/** "From: Ramp", "Von: Ramp", "To:" : a short field label before a colon. */
const stripLabel = (s: string) => s.replace(/^[^:<>@]{1,24}:\s*/, '').trim();

function addressOn(el: Element | null): string | null {
  if (!el) return null;
  const attrs = ['data-folder-name', 'title', 'aria-label'].map((a) => el.getAttribute(a));
  return firstAddress([...attrs, el.textContent].join(' '));
}

function userEmail(doc: Document): string | null {
  return (
    addressOn(doc.querySelector(SEL.mailboxRoot)) ??
    addressOn(doc.querySelector(SEL.meAddress)) ??
    addressOn(doc.querySelector(SEL.meControl)) ??
    addressOn(doc.querySelector(SEL.popoutFrom)) ??
    addressesIn(doc.title).at(-1) ??
    null
  );
}

/** The user's display name: for recognising their own messages when Outlook shows names only. */
function userName(doc: Document): string {
  const control = doc.querySelector(SEL.meName)?.textContent?.trim();
  if (control) return control;
  // "Mail - Jordan Lee - Outlook", "(No subject) - Jordan Lee - Outlook"
  const parts = doc.title.split(' - ');
  return parts.length >= 3 ? parts.at(-2)!.trim() : '';
}

/** One id whatever the encoding: list rows, URLs and deeplinks write %2F, / or %252F alike. */
export function normaliseId(raw: string): string {
  let id = raw.trim();
  for (let i = 0; i < 3 && /%[0-9a-f]{2}/i.test(id); i++) id = safe(() => decodeURIComponent(id), id);
  return id;
}

/**
 * One id per conversation, whichever way it was opened. The subject heading's CONV_<id>_SUBJECT
 * is in every read view (list, full page, deeplink); the selected row's data-convid comes next;
 * the URL's /id/<id> or /deeplink/read/<id> last, since it may name a message, not the conversation.
 */
function conversationId(doc: Document, pane: Element): string | null {
  const conv = pane.querySelector(SEL.convSubject)?.id.slice('CONV_'.length, -'_SUBJECT'.length);
  const selected = doc.querySelector(SEL.selectedConversation)?.getAttribute('data-convid');
  const path = doc.location?.pathname ?? '';
  const fromPath = /\/(?:id|deeplink\/read)\/([^/?#]+)/.exec(path)?.[1];
  const fromQuery = path.includes('/deeplink/') ? new URLSearchParams(doc.location?.search).get('ItemID') : null;
  const raw = conv || selected || fromPath || fromQuery;
  return raw ? normaliseId(raw) : null;
}

interface ReadMessage {
  key?: string;
  from: Person;
  at?: string;
  people: Person[];
  automatic: boolean;
}

/** The sender named in a From field: with an address when Outlook shows one, else by name only. */
function senderIn(field: Element): Person | null {
  for (const el of [field, ...field.querySelectorAll(SEL.addressed)]) {
    const p = personIn(el, field);
    if (p) return p;
  }
  const [written] = parseAddressList(readableText(field));
  if (written) return written;
  const label = [field, ...field.querySelectorAll(SEL.labelled)].map((el) => el.getAttribute('aria-label')).find(Boolean);
  return nameOnly(stripLabel(readableText(field))) ?? nameOnly(stripLabel(label ?? ''));
}

/** Everyone a To line names: persona titles, "Name <address>" text, or names alone, ";"-separated. */
function recipientsIn(field: Element): Person[] {
  const people: Person[] = [];
  const fromText = (text: string) => {
    const written = parseAddressList(text);
    if (written.length) people.push(...written);
    else for (const part of stripLabel(text).split(';')) people.push(...[nameOnly(stripLabel(part)) ?? []].flat());
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) return fromText(node.nodeValue ?? '');
    if (node.nodeType !== 1 || (node as Element).getAttribute('aria-hidden') === 'true') return;
    const el = node as Element;
    const addressed = firstAddress(el.getAttribute('title')) ?? firstAddress(el.getAttribute('aria-label'));
    const p = addressed ? personIn(el, el) : null;
    if (p) people.push(p);
    else if (!addressed) node.childNodes.forEach(visit);
  };
  field.childNodes.forEach(visit);
  return people;
}

/** The first line of a message's body, only to tell an automatic reply; never kept. */
function firstLine(box: Element): string {
  const body = box.querySelector(SEL.messageBody);
  return body ? readableText(body).slice(0, 200) : '';
}

/** One message from its header fields (today's markup). Collapsed messages have them too. */
function readHeader(from: Element, pane: Element, fields: Map<string, Element>, subject: string, locale?: string): ReadMessage | null {
  const id = from.id.slice('MSG_'.length, -'_FROM'.length);
  const box = ownBox(from, `${SEL.fromField}, ${SEL.convSubject}, ${SEL.anySubject}, ${SEL.composeBody}`, pane);
  const sender = senderIn(from);
  if (!sender) {
    unread.count('message without a sender');
    return null;
  }
  const time = fields.get(`MSG_${id}_DATETIME`) ?? box.querySelector(SEL.sentTime);
  const at =
    parseMailDate(time?.textContent, locale) ??
    parseMailDate(time?.getAttribute('title'), locale) ??
    [...box.querySelectorAll(SEL.titled)].map((el) => parseMailDate(el.getAttribute('title'), locale)).find(Boolean);
  if (!at) unread.count('message date');
  const to = fields.get(`MSG_${id}_TO`);
  return {
    key: id,
    from: sender,
    at,
    people: [sender, ...(to ? recipientsIn(to) : [])],
    automatic: isAutomaticReply(subject, firstLine(box)),
  };
}

/** One message from its body (older markup without header ids). */
function readBody(body: Element, pane: Element, subject: string, locale?: string): ReadMessage | null {
  const box = ownBox(body, `${SEL.messageBody}, [role=heading], ${SEL.composeBody}`, pane);
  const named = outside(box, SEL.addressed, body).flatMap((el) => personIn(el, box) ?? []);
  const people = named.length ? named : parseAddressList(readableText(box, body));
  const from = people[0];
  if (!from) {
    unread.count('message without a sender');
    return null;
  }
  const at = outside(box, SEL.titled, body)
    .map((el) => parseMailDate(el.getAttribute('title'), locale))
    .find(Boolean);
  return { from, at, people, automatic: isAutomaticReply(subject, readableText(body).slice(0, 200)) };
}

/** A From field of a compose (the pop-out's own From) is not a message. */
function isComposeField(el: Element, fields: Map<string, Element>): boolean {
  const id = el.id.slice('MSG_'.length, -'_FROM'.length);
  return !!el.closest(SEL.composeForm) || !!fields.get(`MSG_${id}_TO`)?.querySelector('[contenteditable=true]');
}

function subjectOf(pane: Element): string {
  const heading = pane.querySelector(SEL.convSubject) ?? pane.querySelector(SEL.anySubject);
  const text =
    heading?.getAttribute('title') ?? heading?.querySelector(SEL.titled)?.getAttribute('title') ?? heading?.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

function openThread(doc: Document): OpenThread | null {
  unread.reset();
  const pane = visibleAll(doc, SEL.readingPane)[0];
  const providerThreadId = pane && conversationId(doc, pane);
  if (!pane || !providerThreadId) return null;
  const me = userEmail(doc);
  const myName = userName(doc);
  const locale = doc.documentElement.lang || undefined;
  const subject = subjectOf(pane);
  const fields = new Map([...pane.querySelectorAll(SEL.headerField)].map((el) => [el.id, el]));
  const froms = visibleAll(pane, SEL.fromField).filter((el) => !isComposeField(el, fields));
  const read = froms.length
    ? froms.flatMap((from) => readHeader(from, pane, fields, subject, locale) ?? [])
    : visibleAll(pane, SEL.messageBody).flatMap((body) => readBody(body, pane, subject, locale) ?? []);
  if (!read.length) return null;
  // Outlook shows the newest first by default. Oldest first, as in Gmail, keeps the index keys
  // of earlier messages stable when a new one arrives.
  if (read.every((r) => r.at)) read.sort((a, b) => a.at!.localeCompare(b.at!));
  const isMe = (p: Person) => (p.email ? p.email === me : !!myName && sameName(p.name, myName));
  const own = (p: Person): Person => (isNameOnly(p) && isMe(p) && me ? { ...p, email: me } : p);
  return {
    provider: 'outlook',
    providerThreadId,
    subject,
    participants: uniqueByEmail(read.flatMap((r) => r.people).map(own), me).filter((p) => !isMe(p)),
    messages: read.map(({ key, from, at, automatic }, i): MailMessage => ({
      key: key ?? `index-${i}`,
      from: own(from),
      at,
      fromMe: isMe(from),
      ...(automatic ? { automatic } : {}),
    })),
  };
}

/** A pill holds "Name <address>", a persona title with the address, or a name alone. */
function recipientsOf(form: Element): Person[] {
  const wells = [...form.querySelectorAll(SEL.recipientWell)];
  return uniqueByEmail(
    wells.flatMap((well) =>
      [...well.querySelectorAll(SEL.chip)].flatMap((chip) => personIn(chip, well) ?? nameOnly(readableText(chip)) ?? []),
    ),
  );
}

function readCompose(body: HTMLElement, index: number): ComposeWindow {
  const limit = body.closest(SEL.main) ?? body.ownerDocument.body;
  const form = (body.closest(SEL.composeForm) ??
    ownBox(body, `${SEL.composeBody}, ${SEL.messageBody}, ${SEL.fromField}`, limit)) as HTMLElement;
  const pane = body.closest(SEL.readingPane);
  const conversation = pane?.querySelector(`${SEL.messageBody}, ${SEL.convSubject}`);
  const subject = [...form.querySelectorAll<HTMLInputElement>(SEL.subjectInput)].at(-1) ?? null;
  const fieldId = form.querySelector(SEL.toField)?.id;
  return {
    key: fieldId ? fieldId.slice('MSG_'.length, -'_TO'.length) : `index-${index}`,
    kind: body.closest(SEL.popout) ? 'popout' : conversation ? 'reply' : 'new',
    recipients: recipientsOf(form),
    subject: subject?.value ?? '',
    insertText: (text) => safe(() => insertPlainText(body, text), false),
    setSubjectIfEmpty: (text) => safe(() => fillIfEmpty(subject, text), false),
    element: form,
  };
}

function composeWindows(doc: Document): ComposeWindow[] {
  return visibleAll(doc, SEL.composeBody).map(readCompose);
}

/**
 * A conversation is on screen: a conversation URL, a selected conversation in the list, or a
 * subject heading or message containers in the reading pane.
 */
function looksLikeConversation(doc: Document): boolean {
  const pane = visibleAll(doc, SEL.readingPane)[0];
  const path = doc.location?.pathname ?? '';
  return (
    /\/(?:id|deeplink\/read)\//.test(path) ||
    (!!pane && !!doc.querySelector(SEL.selectedConversation)) ||
    (!!pane && !!pane.querySelector(`${SEL.convSubject}, ${SEL.messageBody}, ${SEL.fromField}, ${SEL.sentTime}`))
  );
}

/** Never silent: the shared rule (recognize.ts) with this adapter's views. */
function recognizesPage(doc: Document, read?: PageReading): boolean {
  return recognizes(doc, read, SEL.known, looksLikeConversation, openThread, composeWindows, unread);
}

export const outlookAdapter: MailAdapter = {
  provider: 'outlook',
  matches: (location, doc) =>
    safe(() => Object.hasOwn(OUTLOOK_HOSTS, location.hostname) || !!doc.querySelector(SEL.owaMarkers), false),
  userEmail: (doc) => safe(() => userEmail(doc), null),
  openThread: (doc) => safe(() => openThread(doc), null),
  composeWindows: (doc) => safe(() => composeWindows(doc), []),
  // The reading pane, or the deeplink's single pane, or the pop-out form. Outlook replaces the
  // pane on navigation; the watcher re-asks for this element when the one it watches is detached.
  observeRoot: (doc) =>
    safe(() => doc.querySelector(SEL.main) ?? doc.querySelector(SEL.itemPane) ?? doc.querySelector(SEL.popout) ?? doc.body, null),
  isDark: (doc) =>
    safe(() => hasDarkBackground(doc.querySelector(SEL.main) ?? doc.querySelector(SEL.itemPane) ?? doc.querySelector(SEL.popout) ?? doc.body), false),
  recognizes: (doc, read) => safe(() => recognizesPage(doc, read), false),
  unread: () => unread.snapshot(),
  // Below the 48px app bar and the 80px ribbon, whose right end holds more commands.
  sidebarOffsets: () => ({ top: 136, right: 16 }),
  // The subject shares a flex row with the print and more buttons: the chip goes under that row.
  anchor: (doc) => safe(() => chipAnchor(doc, SEL.chipHeading, SEL.chipEditor, true), null),
};
