// Contacts the user records by hand: the history's rows that do not come from the mail.
import { db as defaultDb, newId, type FollowThroughDB } from './db';
import type { Activity } from './model';

/**
 * A contact at `at`: "Done" on a check-in (the user was in touch another way, which resets the
 * cadence), or the "Log contact" form with the date and time it names.
 */
export async function logContact(
  mentorId: string,
  kind: Activity['kind'],
  at: Date,
  text?: string,
  db: FollowThroughDB = defaultDb,
): Promise<void> {
  await db.activities.add({ id: newId(), mentorId, kind, at: at.toISOString(), text });
}
