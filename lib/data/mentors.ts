// Writes to the mentors table: add (from the forms and from the mail), edit, delete with
// everything that hangs on the mentor, and the reply marks kept on the mentor's row.
import { db as defaultDb, newId, type FollowThroughDB } from './db';
import type { Mentor } from './model';
import { REPLY_MARK_LABELS, type ReplyMark } from '../schedule/reply-marks';

/** What the user (or a correspondent in the mail) gives; the rest is set here. */
export type MentorValues = Pick<Mentor, 'name' | 'title' | 'emails' | 'role' | 'cadenceDays' | 'notes'>;

/** A new active mentor with a fresh id; a row the database refuses rejects, and nothing is stored. */
export async function addMentor(values: MentorValues, now: Date, db: FollowThroughDB = defaultDb): Promise<Mentor> {
  const mentor: Mentor = { id: newId(), ...values, status: 'active', createdAt: now.toISOString() };
  await db.mentors.add(mentor);
  return mentor;
}

export async function updateMentor(id: string, patch: Partial<Mentor>, db: FollowThroughDB = defaultDb): Promise<void> {
  await db.mentors.update(id, patch);
}

/**
 * The mentor and every record of theirs (letters, history, goals, threads), all or nothing.
 * Ending the mentorship is the way to keep the history.
 */
export async function deleteMentor(id: string, db: FollowThroughDB = defaultDb): Promise<void> {
  await db.transaction('rw', [db.mentors, db.letters, db.activities, db.goals, db.threads], async () => {
    await Promise.all([db.letters, db.activities, db.goals, db.threads].map((t) => t.where('mentorId').equals(id).delete()));
    await db.mentors.delete(id);
  });
}

/**
 * "They replied" (by phone, in person) answers the user's waiting emails and letter request;
 * "No reply needed" sets aside the mentor's emails so far, until their next one. Both are a time
 * on the mentor, so the backup carries them and no new table is needed.
 */
export async function markReply(mentorId: string, mark: ReplyMark, now: Date, db: FollowThroughDB = defaultDb): Promise<void> {
  if (!Object.hasOwn(REPLY_MARK_LABELS, mark)) throw new Error('Unknown reply mark: nothing was changed.');
  const field = mark === 'they-replied' ? 'theyRepliedAt' : 'replyDismissedAt';
  const updated = await db.mentors.update(mentorId, { [field]: now.toISOString() });
  if (!updated) throw new Error('That mentor is no longer tracked.');
}
