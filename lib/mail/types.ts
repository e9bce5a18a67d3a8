// One provider-neutral view of a webmail page, in the product's own terms. Adapters read the DOM
// and return plain data; when they cannot read a view they return null / [] and never throw.
import type { Provider } from '../data/model';

export interface Person {
  name: string;
  /**
   * Lower-cased; '' when the page names the person without an address (Outlook shows only a
   * display name for senders in the user's own organisation, compose pills may hold a name).
   * Such a person is matched to a tracked mentor by name in the background, never guessed.
   */
  email: string;
}

export interface MailMessage {
  /**
   * Stable for one message while the page changes around it: Outlook's header id (MSG_<id>_...),
   * Gmail's sender and time (a collapsed message has no id until expanded), else an id or index.
   */
  key: string;
  from: Person;
  /** ISO 8601, or undefined when the page shows no parseable date. */
  at?: string;
  /** True when the sender is the signed-in user. */
  fromMe: boolean;
  /** An automatic reply (out of office), told from the subject or the body's first line. */
  automatic?: boolean;
}

export interface OpenThread {
  provider: Provider;
  providerThreadId: string;
  subject: string;
  /** Everyone in the thread but the user, de-duplicated by address. */
  participants: Person[];
  messages: MailMessage[];
  /** The page address the thread is read on (location.href), kept for "Open thread". */
  url?: string;
}

export interface ComposeWindow {
  /** Distinguishes several composes open at once (draft id, compose id, or DOM order). */
  key: string;
  kind: 'new' | 'reply' | 'popout';
  recipients: Person[];
  subject: string;
  /** Inserts plain text at the caret (or the end) through the editor's own input path. */
  insertText(text: string): boolean;
  /** Fills the subject only when it is empty. */
  setSubjectIfEmpty(subject: string): boolean;
  /** The element to anchor UI to, if any. */
  element: HTMLElement;
}

/** Where the chip joins the page's own flow, so it covers nothing. */
export interface ChipAnchor {
  element: Element;
  /** The chip goes right after the element (a heading), or right before it (an editor). */
  where: 'after' | 'before';
}

/** What openThread and composeWindows found on a page, for recognizes. */
export interface PageReading {
  thread: OpenThread | null;
  composeCount: number;
}

export interface MailAdapter {
  provider: Provider;
  /** Whether this adapter is for the given page. */
  matches(location: Location | URL, doc: Document): boolean;
  /** The signed-in user's address, lower-cased, or null. */
  userEmail(doc: Document): string | null;
  /** The thread open and visible now, or null (inbox, unreadable view). */
  openThread(doc: Document): OpenThread | null;
  /** Compose windows and inline replies open now, in DOM order. */
  composeWindows(doc: Document): ComposeWindow[];
  /** The smallest element whose mutations can change what the adapter reads. */
  observeRoot(doc: Document): Element | null;
  /** True when the page is dark themed. */
  isDark(doc: Document): boolean;
  /** Whether the page has the structure this adapter reads (a list, a thread or a compose);
   * false means the markup changed and the sidebar says it cannot read this view. `read` is what
   * the caller already read of this page, so the thread and composes are not read twice. */
  recognizes(doc: Document, read?: PageReading): boolean;
  /** What the latest reading saw but could not read, by kind (for the page skeleton report). */
  unread(): Record<string, number>;
  /** Where the sidebar sits clear of the webmail's own header and side controls (px). */
  sidebarOffsets(doc: Document): { top: number; right: number };
  /** Where the chip goes: beside the open thread's subject, else above the first compose's
   * editor; null leaves it a small tab at the edge. */
  anchor(doc: Document): ChipAnchor | null;
}
