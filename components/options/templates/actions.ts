// Every write the templates page makes, each followed by a word to the worker. Built-ins live in
// code and are never written: customising one stores a user template that replaces it.
import type { UserTemplate } from '@/lib/data/model';
import { addUserTemplate, deleteUserTemplate, restoreBuiltinTemplate, saveUserTemplate } from '@/lib/data/user-templates';
import type { Template } from '@/lib/templates';
import { writeThenNotify } from '../../notify-background';
import { copyName, recordFor, type EditTarget, type TemplateDraft } from './draft';

export function saveTemplate(target: EditTarget, draft: TemplateDraft): Promise<UserTemplate> {
  return writeThenNotify(() => saveUserTemplate((newId) => recordFor(target, draft, newId)));
}

/** A copy is always the user's own, even when the original is a built-in. */
export async function duplicateTemplate(template: Template, library: readonly Template[]): Promise<Template> {
  const copy = await writeThenNotify(() =>
    addUserTemplate({
      name: copyName(template.name, library.map((t) => t.name)),
      subject: template.subject,
      body: template.body,
      updatedAt: new Date().toISOString(),
    }),
  );
  return { ...copy, purpose: 'custom', source: 'user' };
}

export async function deleteTemplate(id: string): Promise<void> {
  await writeThenNotify(() => deleteUserTemplate(id));
}

/** Removes every customisation of the built-in (an imported backup may hold more than one). */
export async function restoreBuiltin(builtinId: string): Promise<void> {
  await writeThenNotify(() => restoreBuiltinTemplate(builtinId));
}
