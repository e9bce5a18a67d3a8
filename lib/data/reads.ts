// Reads the screens make, often inside a live query: Dexie re-runs the query when any table it
// read changes, so each read touches only the tables its screen shows.
import { db as defaultDb, getSettings, type FollowThroughDB } from './db';
import type { Activity, Goal, LetterRequest, Mentor, Snooze, Thread, UserTemplate } from './model';
import type { ScheduleData, Settings } from '../schedule';

/** Every record the rules need, from one read transaction so they agree with each other. */
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

export async function loadSnoozes(db: FollowThroughDB = defaultDb): Promise<Snooze[]> {
  return db.snoozes.toArray();
}

/** The user's own templates (their versions of built-ins and their new ones). */
export async function loadUserTemplates(db: FollowThroughDB = defaultDb): Promise<UserTemplate[]> {
  return db.templates.toArray();
}

/** The first `count` mentors by name, read through the index: never the whole table. */
export async function firstMentorsByName(count: number, db: FollowThroughDB = defaultDb): Promise<Mentor[]> {
  return db.mentors.orderBy('name').limit(count).toArray();
}

// ---- One mentor or a few: what the sidebar, suggestions and Write buttons read (lib/views/) ----

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
