// Writes to the snoozes table: a due item set aside for some days.
import { addDays } from 'date-fns';
import { db as defaultDb, type FollowThroughDB } from './db';

export async function snooze(itemId: string, days: number, now: Date, db: FollowThroughDB = defaultDb): Promise<void> {
  await db.snoozes.put({ itemId, until: addDays(now, days).toISOString() });
}
