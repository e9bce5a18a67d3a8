// The user's templates: saved by id, copied under a new one, deleted; restoring a built-in removes
// every customisation of it and nothing else.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import type { UserTemplate } from '@/lib/data/model';
import { addUserTemplate, deleteUserTemplate, restoreBuiltinTemplate, saveUserTemplate } from '@/lib/data/user-templates';

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`user-templates-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const updatedAt = '2026-11-20T15:00:00.000Z';
const own = (over: Partial<UserTemplate> = {}): UserTemplate => ({ id: 't1', name: 'Thanks', subject: 'Thank you', body: 'Dear {{mentor.name}},', updatedAt, ...over });

describe('user templates', () => {
  it('saves a new row under an id made here, and an edit over the same row', async () => {
    const made = await saveUserTemplate((newId) => own({ id: newId() }), db);
    expect(made.id).not.toBe('t1');
    await saveUserTemplate(() => ({ ...made, name: 'Thanks again' }), db);
    expect(await db.templates.toArray()).toEqual([{ ...made, name: 'Thanks again' }]);
  });

  it('adds a copy under a fresh id', async () => {
    await db.templates.add(own());
    const copy = await addUserTemplate({ name: 'Copy of Thanks', subject: 'Thank you', body: 'Dear {{mentor.name}},', updatedAt }, db);
    expect(copy.id).not.toBe('t1');
    expect(await db.templates.get(copy.id)).toEqual(copy);
    expect(await db.templates.count()).toBe(2);
  });

  it('deletes one template', async () => {
    await db.templates.bulkAdd([own(), own({ id: 't2' })]);
    await deleteUserTemplate('t1', db);
    expect((await db.templates.toArray()).map((t) => t.id)).toEqual(['t2']);
  });

  it('restores a built-in by removing every customisation of it, and only those', async () => {
    await db.templates.bulkAdd([own({ id: 'c1', builtinId: 'thank-you' }), own({ id: 'c2', builtinId: 'thank-you' }), own({ id: 'c3', builtinId: 'check-in' }), own()]);
    await restoreBuiltinTemplate('thank-you', db);
    expect((await db.templates.toArray()).map((t) => t.id).sort()).toEqual(['c3', 't1']);
  });
});
