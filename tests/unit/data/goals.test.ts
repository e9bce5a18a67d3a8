// Goals: added with the day to revisit them, ticked done and back.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { addGoal, setGoalDone } from '@/lib/data/goals';
import { at } from '../factories';

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`goals-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('goals', () => {
  it('adds a goal with a fresh id and when it was set', async () => {
    const goal = await addGoal({ mentorId: 'm1', text: 'Submit an abstract', revisitOn: '2027-02-01' }, at(2026, 11, 1), db);
    expect(await db.goals.toArray()).toEqual([
      { id: goal.id, mentorId: 'm1', text: 'Submit an abstract', revisitOn: '2027-02-01', createdAt: at(2026, 11, 1).toISOString() },
    ]);
  });

  it('marks a goal done and not done', async () => {
    const goal = await addGoal({ mentorId: 'm1', text: 'Submit an abstract', revisitOn: '2027-02-01' }, at(2026, 11, 1), db);
    await setGoalDone(goal.id, true, db);
    expect((await db.goals.get(goal.id))?.done).toBe(true);
    await setGoalDone(goal.id, false, db);
    expect((await db.goals.get(goal.id))?.done).toBe(false);
  });
});
