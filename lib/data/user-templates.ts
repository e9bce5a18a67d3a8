// Writes to the user's templates. Built-ins live in code and are never written: a customised
// built-in is a user template with its builtinId, and restoring the built-in removes it.
import { db as defaultDb, newId, type FollowThroughDB } from './db';
import type { UserTemplate } from './model';

/**
 * Stores the row `recordOf` builds, adding or replacing by id. It is given the id maker, so a new
 * row's id comes from here like every other record's.
 */
export async function saveUserTemplate(
  recordOf: (makeId: () => string) => UserTemplate,
  db: FollowThroughDB = defaultDb,
): Promise<UserTemplate> {
  const record = recordOf(newId);
  await db.templates.put(record);
  return record;
}

/** A new template of the user's own, with a fresh id. */
export async function addUserTemplate(values: Omit<UserTemplate, 'id'>, db: FollowThroughDB = defaultDb): Promise<UserTemplate> {
  const record: UserTemplate = { id: newId(), ...values };
  await db.templates.add(record);
  return record;
}

export async function deleteUserTemplate(id: string, db: FollowThroughDB = defaultDb): Promise<void> {
  await db.templates.delete(id);
}

/** Removes every customisation of the built-in (an imported backup may hold more than one). */
export async function restoreBuiltinTemplate(builtinId: string, db: FollowThroughDB = defaultDb): Promise<void> {
  await db.templates.where('builtinId').equals(builtinId).delete();
}
