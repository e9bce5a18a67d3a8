// A snooze hides a due item until it ends, and no longer.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB, getSettings } from '@/lib/data/db';
import { loadSchedule, loadSnoozes } from '@/lib/data/reads';
import { snooze } from '@/lib/data/snoozes';
import { computeDue } from '@/lib/schedule';
import { at, mentor } from '../factories';

/** What the worker computes: every record, the settings and snoozes, at `now`. */
async function dueItems(now: Date, db: FollowThroughDB) {
  return computeDue(await loadSchedule(db), now, await getSettings(db), await db.snoozes.toArray());
}

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`snoozes-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('snoozes', () => {
  it('hides a snoozed item until the snooze ends', async () => {
    await db.mentors.add(mentor({ createdAt: at(2026, 9, 1).toISOString() }));
    const [item] = await dueItems(at(2026, 11, 22), db);
    await snooze(item.id, 1, at(2026, 11, 22), db);
    expect(await dueItems(at(2026, 11, 22, 20), db)).toEqual([]);
    expect((await dueItems(at(2026, 11, 23, 11), db)).map((i) => i.id)).toEqual([item.id]);
  });

  it('snoozes an item again by replacing its snooze, not adding a second', async () => {
    await snooze('checkin:m1', 1, at(2026, 11, 22), db);
    await snooze('checkin:m1', 7, at(2026, 11, 22), db);
    expect(await loadSnoozes(db)).toEqual([{ itemId: 'checkin:m1', until: at(2026, 11, 29).toISOString() }]);
  });
});
