// Writes to the goals table: the mentorship's priorities, each with a day to revisit it.
import { db as defaultDb, newId, type FollowThroughDB } from './db';
import type { Goal } from './model';

export async function addGoal(
  values: Pick<Goal, 'mentorId' | 'text' | 'revisitOn'>,
  now: Date,
  db: FollowThroughDB = defaultDb,
): Promise<Goal> {
  const goal: Goal = { id: newId(), ...values, createdAt: now.toISOString() };
  await db.goals.add(goal);
  return goal;
}

export async function setGoalDone(id: string, done: boolean, db: FollowThroughDB = defaultDb): Promise<void> {
  await db.goals.update(id, { done });
}
