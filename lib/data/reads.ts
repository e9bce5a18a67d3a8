// Reads the screens make, often inside a live query: Dexie re-runs the query when any table it
// read changes, so each read touches only the tables its screen shows.
import { db as defaultDb, type FollowThroughDB } from './db';
import type { Mentor, Snooze, UserTemplate } from './model';
import type { ScheduleData } from '../schedule';

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

export async function loadUserTemplates(db: FollowThroughDB = defaultDb): Promise<UserTemplate[]> {
  return db.templates.toArray();
}

/** The first `count` mentors by name, read through the index: never the whole table. */
export async function firstMentorsByName(count: number, db: FollowThroughDB = defaultDb): Promise<Mentor[]> {
  return db.mentors.orderBy('name').limit(count).toArray();
}
