// Writes to the letter requests table: add, edit, delete, and a step of the letter's life with
// the contact it makes.
import { db as defaultDb, getSettings, newId, type FollowThroughDB } from './db';
import type { LetterRequest } from './model';
import { applyLetterAction, letterActions, type LetterAction } from '../schedule/letter-actions';
import { sentMailNear } from './mail-records';

/** What the letter form gives; the status and the reminder count start here. */
export type LetterValues = Pick<LetterRequest, 'mentorId' | 'purpose' | 'program' | 'programs' | 'deadline' | 'portal'>;

export async function addLetter(values: LetterValues, now: Date, db: FollowThroughDB = defaultDb): Promise<LetterRequest> {
  const letter: LetterRequest = { id: newId(), ...values, status: 'planned', remindersSent: 0, createdAt: now.toISOString() };
  await db.letters.add(letter);
  return letter;
}

export async function updateLetter(id: string, patch: Partial<LetterRequest>, db: FollowThroughDB = defaultDb): Promise<void> {
  await db.letters.update(id, patch);
}

export async function deleteLetter(id: string, db: FollowThroughDB = defaultDb): Promise<void> {
  await db.letters.delete(id);
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
