// Puts a filled-in template where the user was writing: the compose that last held the caret in
// this tab (remembered, since a click in the side panel takes the focus away), at that caret,
// else the compose addressed to the mentor, else the only one open. Text only, through the
// editor's own input path (the adapter's insertText). With no compose open, the side panel copies
// the text instead.
import type { ComposeWindow, MailAdapter } from '@/lib/mail/types';
import type { InsertOutcome, InsertRequest } from '@/lib/messaging/payloads';
import { bodyForCompose } from '@/lib/templates/greeting';

export function chooseCompose(composes: ComposeWindow[], mentorEmails: string[], lastEditor: Element | null): ComposeWindow | undefined {
  return (
    composes.find((c) => lastEditor && c.element.contains(lastEditor)) ??
    composes.find((c) => c.recipients.some((r) => mentorEmails.includes(r.email))) ??
    composes[0]
  );
}

/** The last caret in an editable element of the page, kept as the user types or clicks. */
export class CaretMemory {
  editor: HTMLElement | null = null;
  range: Range | null = null;

  /** For `selectionchange`: cheap, since it runs on every key. */
  remember(doc: Document = document): void {
    const selection = doc.getSelection();
    if (!selection?.rangeCount) return;
    const node = selection.anchorNode;
    const el = node instanceof HTMLElement ? node : node?.parentElement;
    const editor = el?.closest<HTMLElement>('[contenteditable]:not([contenteditable=false])');
    if (!editor?.isContentEditable) return;
    this.editor = editor;
    this.range = selection.getRangeAt(0).cloneRange();
  }

  /** Puts the caret back where it was, when it was in `compose`. Returns the editor. */
  restore(compose: ComposeWindow, doc: Document = document): HTMLElement | null {
    const { editor, range } = this;
    if (!editor?.isConnected || !range || !compose.element.contains(editor)) return null;
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return editor;
  }
}

const EDITOR = '[contenteditable=true], [contenteditable=""]';

export function insertTemplate(adapter: MailAdapter, req: InsertRequest, caret: CaretMemory): InsertOutcome {
  const lastEditor = caret.editor?.isConnected ? caret.editor : null;
  const compose = chooseCompose(adapter.composeWindows(document), req.mentorEmails, lastEditor ?? document.activeElement);
  const fill = req.missing.length ? ' Fill in what is in [brackets].' : '';
  if (!compose) return { composeFound: false, message: `No message window is open, so the text was copied: click Reply (or Compose) and paste.${fill}` };
  const editor = caret.restore(compose) ?? compose.element.querySelector<HTMLElement>(EDITOR);
  const body = bodyForCompose(editor?.innerText ?? '', req.body);
  const subjectFilled = compose.setSubjectIfEmpty(req.subject);
  if (!compose.insertText(body)) return { composeFound: true, message: 'FollowThrough could not write into this message window. Nothing was changed.' };
  caret.remember();
  return { composeFound: true, message: `Inserted into your ${compose.kind === 'reply' ? 'reply' : 'message'}${subjectFilled ? ', with a subject' : ''}.${fill}` };
}
