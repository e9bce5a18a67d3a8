// The notified table: the due items already announced by a notification, so a recompute does not
// raise them again, and where a click on each notification leads.
import { db as defaultDb, type FollowThroughDB, type NotifiedRow } from './db';

export function notifiedRows(db: FollowThroughDB = defaultDb): Promise<NotifiedRow[]> {
  return db.notified.toArray();
}

export function notifiedRow(itemId: string, db: FollowThroughDB = defaultDb): Promise<NotifiedRow | undefined> {
  return db.notified.get(itemId);
}

/** Records announced items (each once its notification exists). */
export async function markNotified(rows: NotifiedRow | NotifiedRow[], db: FollowThroughDB = defaultDb): Promise<void> {
  if (Array.isArray(rows)) await db.notified.bulkPut(rows);
  else await db.notified.put(rows);
}

/** Forgets announced items (those no longer due). */
export async function forgetNotified(itemIds: string[], db: FollowThroughDB = defaultDb): Promise<void> {
  await db.notified.bulkDelete(itemIds);
}
