// Every write the templates page makes. Built-ins live in code and are never written: customising
// one stores a user template that replaces it, and restoring it removes that template.
import { db, newId } from '@/lib/data/db';
import type { UserTemplate } from '@/lib/data/model';
import type { Template } from '@/lib/templates';
import { writeThenNotify } from '../../notify-background';
import { copyName, recordFor, type EditTarget, type TemplateDraft } from './draft';

export async function saveTemplate(target: EditTarget, draft: TemplateDraft): Promise<UserTemplate> {
  const record = recordFor(target, draft, newId);
  await writeThenNotify(() => db.templates.put(record));
  return record;
}

/** A copy is always the user's own, even when the original is a built-in. */
export async function duplicateTemplate(template: Template, library: readonly Template[]): Promise<Template> {
  const copy: UserTemplate = {
    id: newId(),
    name: copyName(template.name, library.map((t) => t.name)),
    subject: template.subject,
    body: template.body,
    updatedAt: new Date().toISOString(),
  };
  await writeThenNotify(() => db.templates.add(copy));
  return { ...copy, purpose: 'custom', source: 'user' };
}

export async function deleteTemplate(id: string): Promise<void> {
  await writeThenNotify(() => db.templates.delete(id));
}

/** Removes every customisation of the built-in (an imported backup may hold more than one). */
export async function restoreBuiltin(builtinId: string): Promise<void> {
  await writeThenNotify(() => db.templates.where('builtinId').equals(builtinId).delete());
}
