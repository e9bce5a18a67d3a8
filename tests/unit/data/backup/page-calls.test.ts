// The backup page's calls on a database: export what is there, remember when, merge a file back.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB, getSettings } from '@/lib/data/db';
import { serializeBackup } from '@/lib/backup';
import { exportBackup, importBackup, markBackedUp } from '@/lib/data/backup';
import { at, letter, mentor } from '../../factories';

let db: FollowThroughDB;
let other: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  n += 1;
  db = new FollowThroughDB(`backups-${n}`);
  other = new FollowThroughDB(`backups-other-${n}`);
  await Promise.all([db.open(), other.open()]);
});
afterEach(async () => {
  await Promise.all([db.delete(), other.delete()]);
});

describe('backups', () => {
  it('exports the records, notes the export, and merges the file into another database', async () => {
    await db.mentors.add(mentor());
    await db.letters.add(letter());
    const backup = await exportBackup(at(2026, 11, 20), db);
    expect(backup).toMatchObject({ exportedAt: at(2026, 11, 20).toISOString(), mentors: [mentor()], letters: [letter()] });

    await markBackedUp(at(2026, 11, 20), db);
    expect((await getSettings(db)).lastBackupAt).toBe(at(2026, 11, 20).toISOString());

    const report = await importBackup(serializeBackup(backup), other);
    expect(report).toMatchObject({ ok: true, added: { mentors: 1, letters: 1 } });
    expect(await other.mentors.toArray()).toEqual([mentor()]);
  });

  it('reports a file it refuses instead of throwing', async () => {
    expect(await importBackup('not json', db)).toMatchObject({ ok: false });
  });
});
