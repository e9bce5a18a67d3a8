// Whether a page has the structure an adapter reads, the same rule for every provider: none of
// its known views means the markup changed; a conversation on screen that yields neither a thread
// nor a compose is "cannot read", never "nobody here".
import type { ComposeWindow, OpenThread, PageReading } from './types';
import type { misses } from './dom';

/**
 * `known`: any of these means a view the adapter knows (the list, a thread, a compose).
 * `looksLikeConversation`: a conversation is on screen, whether or not it can be read.
 * `read` is what the caller already read of this page, so the thread and composes are not read
 * twice. (Plain parameters, not an options object: its key names would stay in the content script.)
 */
export function recognizes(
  doc: Document,
  read: PageReading | undefined,
  known: string,
  looksLikeConversation: (doc: Document) => boolean,
  openThread: (doc: Document) => OpenThread | null,
  composeWindows: (doc: Document) => ComposeWindow[],
  unread: ReturnType<typeof misses>,
): boolean {
  if (!doc.querySelector(known)) return false;
  if (!looksLikeConversation(doc)) return true;
  const { thread, composeCount } = read ?? { thread: openThread(doc), composeCount: composeWindows(doc).length };
  if (!thread && composeCount === 0) {
    unread.count('conversation');
    return false;
  }
  return true;
}
