// What the template editor holds, how it is checked, and the record it becomes. Limits come from
// the backup schema itself, so every template the editor saves also comes back from a backup.
import { LIMITS, templateSchema } from '@/lib/backup/schema';
import type { UserTemplate } from '@/lib/data/model';
import { PLACEHOLDER_NAMES, placeholdersIn, type Template } from '@/lib/templates';

export interface TemplateDraft {
  name: string;
  subject: string;
  body: string;
}

type DraftErrors = Partial<Record<keyof TemplateDraft, string>>;

/** What is being edited: a new template, or one of the list (built-in, customised or the user's). */
export type EditTarget = { kind: 'new' } | { kind: 'edit'; template: Template };

// The backup schema's limit for a name (lib/backup/schema.ts), for names the editor makes itself.
const NAME_MAX = LIMITS.name;

const LABELS: Record<keyof TemplateDraft, string> = { name: 'Name', subject: 'Subject', body: 'Body' };

export function draftOf(target: EditTarget): TemplateDraft {
  if (target.kind === 'new') return { name: '', subject: '', body: '' };
  const { name, subject, body } = target.template;
  return { name, subject, body };
}

/** The values as stored: name and subject lose stray spaces, the body is kept exactly as typed. */
function cleaned(draft: TemplateDraft): TemplateDraft {
  return { name: draft.name.trim(), subject: draft.subject.trim(), body: draft.body };
}

export function draftErrors(draft: TemplateDraft): DraftErrors {
  const errors: DraftErrors = {};
  const parsed = templateSchema.safeParse({ id: 'draft', ...cleaned(draft), updatedAt: new Date().toISOString() });
  for (const issue of parsed.error?.issues ?? []) {
    const key = issue.path[0];
    if (key === 'name' || key === 'subject' || key === 'body') errors[key] ??= `${LABELS[key]} ${issue.message}`;
  }
  // A backup may hold an empty body, but an empty message is never what the user meant to save.
  if (!draft.body.trim()) errors.body ??= 'Body must not be empty';
  return errors;
}

const KNOWN = new Set(PLACEHOLDER_NAMES);

/** Placeholders the renderer does not know, as written ("{{mentor.nickname}}"), each once. */
export function unknownPlaceholders(draft: TemplateDraft): string[] {
  const found = placeholdersIn(`${draft.subject}\n${draft.body}`);
  return [...new Set(found.filter((name) => !KNOWN.has(name)))].map((name) => `{{${name}}}`);
}

/**
 * The row to store. A built-in is never changed: saving it stores a user template that replaces it
 * (builtinId), and saving that again updates the same row.
 */
export function recordFor(target: EditTarget, draft: TemplateDraft, newId: () => string): UserTemplate {
  const values = { ...cleaned(draft), updatedAt: new Date().toISOString() };
  if (target.kind === 'new') return { id: newId(), ...values };
  const t = target.template;
  if (t.source === 'builtin') return { id: newId(), builtinId: t.id, ...values };
  return t.builtinId ? { id: t.id, builtinId: t.builtinId, ...values } : { id: t.id, ...values };
}

/** "Copy of X", numbered when that name is taken, never longer than a name may be. */
export function copyName(name: string, taken: readonly string[]): string {
  const base = `Copy of ${name}`;
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : ` (${n})`;
    const candidate = `${base.slice(0, NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken.includes(candidate)) return candidate;
  }
}
