// Reads of what the screens need about one mentor or a few: their letters, history, goals and
// threads, with the snoozes and settings the rules take. The views (lib/views/) build on these and
// never touch the database themselves.
import { db as defaultDb, getSettings, type FollowThroughDB } from './db';
import type { Activity, Goal, LetterRequest, Mentor, Snooze, Thread, UserTemplate } from './model';
import type { Settings } from '../schedule';

export interface MentorRecords {
  letters: LetterRequest[];
  activities: Activity[];
  goals: Goal[];
  snoozes: Snooze[];
  settings: Settings;
}

/** Everything the rules need for these mentors (snoozes and settings are everyone's). */
export async function recordsOf(mentorIds: string[], db: FollowThroughDB = defaultDb): Promise<MentorRecords> {
  const [letters, activities, goals, snoozes, settings] = await Promise.all([
    db.letters.where('mentorId').anyOf(mentorIds).toArray(),
    db.activities.where('mentorId').anyOf(mentorIds).toArray(),
    db.goals.where('mentorId').anyOf(mentorIds).toArray(),
    db.snoozes.toArray(),
    getSettings(db),
  ]);
  return { letters, activities, goals, snoozes, settings };
}

export function mentorById(id: string, db: FollowThroughDB = defaultDb): Promise<Mentor | undefined> {
  return db.mentors.get(id);
}

/** The user's own templates (their versions of built-ins and their new ones). */
export function userTemplates(db: FollowThroughDB = defaultDb): Promise<UserTemplate[]> {
  return db.templates.toArray();
}

export function threadById(id: string, db: FollowThroughDB = defaultDb): Promise<Thread | undefined> {
  return db.threads.get(id);
}

/** Rows in the order of `ids`, undefined where there is none. */
export function threadsById(ids: string[], db: FollowThroughDB = defaultDb): Promise<(Thread | undefined)[]> {
  return db.threads.bulkGet(ids);
}

export function threadsOf(mentorId: string, db: FollowThroughDB = defaultDb): Promise<Thread[]> {
  return db.threads.where('mentorId').equals(mentorId).toArray();
}

/** The newest threads of anyone, by last message. */
export function recentThreads(limit: number, db: FollowThroughDB = defaultDb): Promise<Thread[]> {
  return db.threads.orderBy('lastMessageAt').reverse().limit(limit).toArray();
}
