// The notified table behind named reads and writes: one row per announced item.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { forgetNotified, markNotified, notifiedRow, notifiedRows } from '@/lib/data/notified';

let db: FollowThroughDB;
beforeEach(async () => {
  db = new FollowThroughDB('notified-test');
  await db.open();
});
afterEach(() => db.delete());

it('records announced items, one or many, reads them back and forgets them', async () => {
  await markNotified({ itemId: 'a', at: '2026-11-22T12:00:00.000Z', mentorId: 'm1', writes: true }, db);
  await markNotified([{ itemId: 'b', at: '2026-11-22T12:00:00.000Z' }, { itemId: 'c', at: '2026-11-22T12:00:00.000Z', letterId: 'l1' }], db);
  expect((await notifiedRows(db)).map((r) => r.itemId).sort()).toEqual(['a', 'b', 'c']);
  expect(await notifiedRow('a', db)).toEqual({ itemId: 'a', at: '2026-11-22T12:00:00.000Z', mentorId: 'm1', writes: true });
  await forgetNotified(['a', 'c'], db);
  expect((await notifiedRows(db)).map((r) => r.itemId)).toEqual(['b']);
  expect(await notifiedRow('a', db)).toBeUndefined();
});
