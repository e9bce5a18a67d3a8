// Reads and writes over the database shared by the background, popup and options pages.
import { addDays } from 'date-fns';
import { db as defaultDb, getSettings, newId, type FollowThroughDB } from './db';
import type { Activity } from './model';
import type { ScheduleData } from '../schedule';
import { applyLetterAction, letterActions, type LetterAction } from '../schedule/letter-actions';
import { sentMailNear } from './mail-records';
import { REPLY_MARK_LABELS, type ReplyMark } from '../schedule/reply-marks';

export async function loadSchedule(db: FollowThroughDB = defaultDb): Promise<ScheduleData> {
  return db.transaction('r', [db.mentors, db.letters, db.activities, db.goals], async () => {
    const [mentors, letters, activities, goals] = await Promise.all([
      db.mentors.toArray(),
      db.letters.toArray(),
      db.activities.toArray(),
      db.goals.toArray(),
    ]);
    return { mentors, letters, activities, goals };
  });
}

export async function performLetterAction(
  letterId: string,
  action: LetterAction,
  now: Date,
  db: FollowThroughDB = defaultDb,
): Promise<void> {
  await db.transaction('rw', db.letters, db.activities, db.settings, async () => {
    const [letter, settings] = await Promise.all([db.letters.get(letterId), getSettings(db)]);
    if (!letter) throw new Error('That letter request no longer exists.');
    // Whoever asks (popup, options, sidebar), a step is recorded only when it is allowed now:
    // the page may show a state the data has moved on from.
    if (!letterActions(letter, settings, now).includes(action)) {
      throw new Error(
        action === 'reminder-sent'
          ? 'No more reminders for this letter: two is the most, a few days apart.'
          : 'That step no longer applies to this letter.',
      );
    }
    const result = applyLetterAction(letter, action, now);
    await db.letters.put(result.letter);
    if (!result.activity) return;
    // The email just sent may already be in the history from its thread: label it, not a twin.
    const mail = await sentMailNear(letter.mentorId, now, db);
    if (mail) await db.activities.update(mail.id, { kind: result.activity.kind, text: result.activity.text });
    else await db.activities.add({ id: newId(), ...result.activity });
  });
}

/** "Done" on a check-in: the user was in touch another way; it resets the cadence. */
export async function logContact(
  mentorId: string,
  kind: Activity['kind'],
  now: Date,
  text?: string,
  db: FollowThroughDB = defaultDb,
): Promise<void> {
  await db.activities.add({ id: newId(), mentorId, kind, at: now.toISOString(), text });
}

export async function snooze(itemId: string, days: number, now: Date, db: FollowThroughDB = defaultDb): Promise<void> {
  await db.snoozes.put({ itemId, until: addDays(now, days).toISOString() });
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
