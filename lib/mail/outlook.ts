// Outlook on the web adapter, for the 2023+ Fluent UI ("new Outlook"). Its classes are
// obfuscated and change with builds (docs/webmail.md), so it keys on ids, data-* attributes, roles,
// editing attributes and the addresses in title/aria-label, and finds each message's or
// compose's own box by structure (ownBox) rather than by class.
import type { ComposeWindow, MailAdapter, MailMessage, OpenThread, Person } from './types';
import {
  addressesIn,
  fillIfEmpty,
  firstAddress,
  hasDarkBackground,
  insertPlainText,
  outside,
  ownBox,
  parseAddressList,
  personIn,
  readableText,
  safe,
  uniqueByEmail,
  visibleAll,
} from './dom';
import { parseMailDate } from './mail-date';

const HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);

const SEL = {
  /** Briskine: custom domains and pop-out windows are recognised by OWA's own assets. */
  owaMarkers:
    'head [href*="cdn.office.net"], meta[content*="owamail"], link[href*="/owamail/"], script[src*="/owamail/"]',
  main: '[role=main]',
  /** Mailvelope: the conversation id lives on the selected row of the message list. */
  selectedConversation:
    '#MailList [aria-selected="true"][data-convid], [role=option][aria-selected="true"][data-convid]',
  readingPane:
    '#ReadingPaneContainerId, [data-app-section="ConversationContainer"], [data-app-section="MailReadCompose"]',
  subject: '[role=heading]',
  messageBody: '[id^="UniqueMessageBody_"]',
  /** Persona buttons and recipient names carry the address in title or aria-label. */
  addressed: '[title*="@"], [aria-label*="@"]',
  titled: '[title]',
  mailboxRoot: '[id^="primaryMailboxRoot"]',
  meControl: '#O365_MainLink_Me',
  popoutFrom: '[data-app-section="Form_Content"] [id^="MSG_"][id$="_FROM"]',
  composeBody: '[contenteditable=true][aria-multiline=true], [role=textbox][aria-multiline=true]',
  composeForm: '[id^="docking_InitVisiblePart"], [data-app-section="Form_Content"]',
  popout: '[data-app-section="Form_Content"]',
  /** Any of these means an Outlook view we know: the list, a conversation, a compose. */
  known:
    '#MailList, [data-convid], [id^="UniqueMessageBody_"], [data-app-section="Form_Content"], [contenteditable=true][aria-multiline=true]',
  /** e.g. MSG_74cda7ce35c_TO: the middle part names the draft. */
  toField: '[id^="MSG_"][id$="_TO"]',
  recipientWell: '[contenteditable=true]:not([aria-multiline=true])',
  chip: '[class*="textContainer-"], [class*="individualText-"], [title*="@"]',
  subjectInput: 'input[maxlength="255"], input[type=text][autocomplete=off]',
} as const;

function addressOn(el: Element | null): string | null {
  if (!el) return null;
  const attrs = ['data-folder-name', 'title', 'aria-label'].map((a) => el.getAttribute(a));
  return firstAddress([...attrs, el.textContent].join(' '));
}

function userEmail(doc: Document): string | null {
  return (
    addressOn(doc.querySelector(SEL.mailboxRoot)) ??
    addressOn(doc.querySelector(SEL.meControl)) ??
    addressOn(doc.querySelector(SEL.popoutFrom)) ??
    addressesIn(doc.title).at(-1) ??
    null
  );
}

function conversationId(doc: Document): string | null {
  const selected = doc.querySelector(SEL.selectedConversation)?.getAttribute('data-convid');
  if (selected) return selected;
  // Full-page reading hides the list; the URL is then /mail/inbox/id/<ID> or /mail/id/<ID>.
  const fromPath = /\/id\/([^/?#]+)/.exec(doc.location?.pathname ?? '')?.[1];
  return fromPath ? safe(() => decodeURIComponent(fromPath), null) : null;
}

interface ReadMessage {
  from: Person;
  at?: string;
  people: Person[];
}

/**
 * One message. Its box is everything around its body that holds no other body, no compose and
 * not the subject; the first person named in it is the sender, the others are recipients.
 */
function readMessage(body: Element, pane: Element, locale?: string): ReadMessage | null {
  const box = ownBox(body, `${SEL.messageBody}, ${SEL.subject}, ${SEL.composeBody}`, pane);
  const named = outside(box, SEL.addressed, body).flatMap((el) => personIn(el, box) ?? []);
  // The From line comes first; without persona attributes, read "Name <address>" from the text.
  const people = named.length ? named : parseAddressList(readableText(box, body));
  const from = people[0];
  if (!from) return null;
  const at = outside(box, SEL.titled, body)
    .map((el) => parseMailDate(el.getAttribute('title'), locale))
    .find(Boolean);
  return { from, at, people };
}

function openThread(doc: Document): OpenThread | null {
  const pane = visibleAll(doc, SEL.readingPane)[0];
  const providerThreadId = pane && conversationId(doc);
  if (!pane || !providerThreadId) return null;
  const me = userEmail(doc);
  const locale = doc.documentElement.lang || undefined;
  const read = visibleAll(pane, SEL.messageBody).flatMap((body) => readMessage(body, pane, locale) ?? []);
  if (!read.length) return null;
  // Outlook shows the newest first by default. Oldest first, as in Gmail, keeps the index keys
  // of earlier messages stable when a new one arrives.
  if (read.every((r) => r.at)) read.sort((a, b) => a.at!.localeCompare(b.at!));
  const heading = pane.querySelector(SEL.subject);
  const subject = heading?.querySelector(SEL.titled)?.getAttribute('title') ?? heading?.textContent ?? '';
  return {
    provider: 'outlook',
    providerThreadId,
    subject: subject.replace(/\s+/g, ' ').trim(),
    participants: uniqueByEmail(read.flatMap((r) => r.people), me),
    messages: read.map(({ from, at }, i): MailMessage => ({ key: `index-${i}`, from, at, fromMe: from.email === me })),
  };
}

function recipientsOf(form: Element): Person[] {
  const wells = [...form.querySelectorAll(SEL.recipientWell)];
  return uniqueByEmail(
    wells.flatMap((well) => [...well.querySelectorAll(SEL.chip)].flatMap((chip) => personIn(chip, well) ?? [])),
  );
}

function readCompose(body: HTMLElement, index: number): ComposeWindow {
  const limit = body.closest(SEL.main) ?? body.ownerDocument.body;
  const form = (body.closest(SEL.composeForm) ??
    ownBox(body, `${SEL.composeBody}, ${SEL.messageBody}`, limit)) as HTMLElement;
  const conversation = body.closest(SEL.readingPane)?.querySelector(SEL.messageBody);
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

export const outlookAdapter: MailAdapter = {
  provider: 'outlook',
  matches: (location, doc) => safe(() => HOSTS.has(location.hostname) || !!doc.querySelector(SEL.owaMarkers), false),
  userEmail: (doc) => safe(() => userEmail(doc), null),
  openThread: (doc) => safe(() => openThread(doc), null),
  composeWindows: (doc) => safe(() => visibleAll(doc, SEL.composeBody).map(readCompose), []),
  observeRoot: (doc) => safe(() => doc.querySelector(SEL.main) ?? doc.querySelector(SEL.popout) ?? doc.body, null),
  isDark: (doc) =>
    safe(() => hasDarkBackground(doc.querySelector(SEL.main) ?? doc.querySelector(SEL.popout) ?? doc.body), false),
  recognizes: (doc) => safe(() => !!doc.querySelector(SEL.known), false),
  // Below the 48px app bar and the 80px ribbon, whose right end holds more commands.
  sidebarOffsets: () => ({ top: 136, right: 16 }),
};
