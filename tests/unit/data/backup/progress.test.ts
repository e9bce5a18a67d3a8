// Restoring an older backup over newer data never moves a letter backwards.
import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { serializeBackup } from '@/lib/backup';
import { exportBackup, importBackup } from '@/lib/data/backup';
import { canRemind } from '@/lib/schedule/letters';
import { DEFAULT_RULES } from '@/lib/schedule/settings';
import { at, letter, mentor } from '../../factories';

const db = new FollowThroughDB('backup-progress');
afterEach(() => db.delete());

it('keeps the further-along letter and the higher reminder count', async () => {
  await db.mentors.add(mentor());
  await db.letters.bulkAdd([letter({ status: 'planned' }), letter({ id: 'l2', status: 'asked' })]);
  const old = serializeBackup(await exportBackup(at(2026, 11, 1), db));
  // Since that backup: l1 went on to a reminder; l2 stays where it was.
  await db.letters.put(letter({ status: 'materials-sent', remindersSent: 2, lastReminderAt: at(2026, 11, 20).toISOString() }));
  const result = await importBackup(old, db);
  expect(result.ok).toBe(true);
  expect(await db.letters.get('l1')).toMatchObject({ status: 'materials-sent', remindersSent: 2 });
  expect((await db.letters.get('l2'))?.status).toBe('asked');
});

it('never lowers the reminder count from a backup at the same step (that would allow a third reminder)', async () => {
  const same = new FollowThroughDB('backup-progress-same-step');
  await same.mentors.add(mentor());
  await same.letters.add(letter({ status: 'materials-sent', remindersSent: 1, lastReminderAt: at(2026, 11, 10).toISOString() }));
  const old = serializeBackup(await exportBackup(at(2026, 11, 11), same));
  // Since that backup: the second and last reminder went out.
  await same.letters.put(letter({ status: 'materials-sent', remindersSent: 2, lastReminderAt: at(2026, 11, 20).toISOString() }));
  expect((await importBackup(old, same)).ok).toBe(true);
  const restored = await same.letters.get('l1');
  expect(restored).toMatchObject({ status: 'materials-sent', remindersSent: 2, lastReminderAt: at(2026, 11, 20).toISOString() });
  // And so no reminder is offered any more.
  expect(canRemind(restored!, DEFAULT_RULES, at(2026, 12, 30))).toBe(false);
  await same.delete();
});
