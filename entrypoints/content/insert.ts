// Puts a filled-in template where the user is writing: the compose holding the caret, else the
// one addressed to the mentor, else the only one open. Text only, through the editor's own
// input path (the adapter's insertText). With no compose open, the text goes to the clipboard.
import type { ComposeWindow, MailAdapter } from '@/lib/mail/types';
import type { InsertRequest } from '@/components/sidebar/Suggestions';

export function chooseCompose(composes: ComposeWindow[], mentorEmails: string[], active: Element | null): ComposeWindow | undefined {
  return (
    composes.find((c) => active && c.element.contains(active)) ??
    composes.find((c) => c.recipients.some((r) => mentorEmails.includes(r.email))) ??
    composes[0]
  );
}

/** Returns what to tell the user. */
export async function insertTemplate(adapter: MailAdapter, req: InsertRequest): Promise<string> {
  const compose = chooseCompose(adapter.composeWindows(document), req.mentorEmails, document.activeElement);
  const fill = req.missing.length ? ` Fill in what is in [brackets].` : '';
  if (compose) {
    const subjectFilled = compose.setSubjectIfEmpty(req.subject);
    if (!compose.insertText(req.body)) return 'FollowThrough could not write into this message window. Nothing was changed.';
    return `Inserted into your ${compose.kind === 'reply' ? 'reply' : 'message'}${subjectFilled ? ', with a subject' : ''}.${fill}`;
  }
  try {
    await navigator.clipboard.writeText(`${req.subject}\n\n${req.body}`);
    return `No message window is open, so the text was copied: click Reply (or Compose) and paste.${fill}`;
  } catch {
    return 'Open a reply or a new message first, then choose the template again.';
  }
}
