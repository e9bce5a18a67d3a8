// Contacts recorded by hand: at the time the user names, with a note only when there is one.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { logContact } from '@/lib/data/activities';
import { at } from '../factories';

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`activities-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('logging a contact', () => {
  it('records the kind at the time given, each contact under its own id', async () => {
    await logContact('m1', 'meeting', at(2026, 11, 2, 14, 30), 'Talked about the abstract', db);
    await logContact('m1', 'update', at(2026, 11, 3), undefined, db);
    const rows = await db.activities.orderBy('at').toArray();
    expect(rows.map(({ id: _, ...rest }) => rest)).toEqual([
      { mentorId: 'm1', kind: 'meeting', at: at(2026, 11, 2, 14, 30).toISOString(), text: 'Talked about the abstract' },
      { mentorId: 'm1', kind: 'update', at: at(2026, 11, 3).toISOString() },
    ]);
    expect(rows[0].id).not.toBe(rows[1].id);
  });
});
