// Settings are one row merged over the defaults: each save changes only what it names.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB, getSettings, saveSettings } from '@/lib/data/db';

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`settings-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('settings', () => {
  it('merges stored settings over the defaults', async () => {
    expect((await getSettings(db)).defaultCadenceDays).toBe(30);
    await saveSettings({ userName: 'Jordan Lee' }, db);
    await saveSettings({ askWarnDays: 56 }, db);
    const s = await getSettings(db);
    expect(s).toMatchObject({ userName: 'Jordan Lee', askWarnDays: 56, maxReminders: 2 });
  });
});
