// The mirror of the rule tables on its own: what it keeps after a full read and after re-reading
// the rows a change names, and what it says changed. (tests/unit/entrypoints/background/
// rule-state.test.ts checks it, with the rule state, against the tables after any writes.)
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { withDefaults } from '@/lib/data/settings-schema';
import { wholeTables, type Touched } from '@/lib/data/changes';
import { RowMirror } from '@/lib/data/row-mirror';
import type { Activity, Goal, LetterRequest, Mentor } from '@/lib/data/model';

const mentor = (id: string): Mentor => ({ id, name: `Dr. ${id}`, emails: [`${id}@x.org`], cadenceDays: 30, status: 'active', createdAt: '2026-01-01T00:00:00.000Z' });
const letter = (id: string, mentorId: string): LetterRequest => ({ id, mentorId, purpose: 'residency', program: `P ${id}`, deadline: '2026-12-20', status: 'asked', remindersSent: 0, askedAt: '2026-11-01T00:00:00.000Z' });
const goal = (id: string, mentorId: string): Goal => ({ id, mentorId, text: `Goal ${id}`, revisitOn: '2026-12-10', done: false, createdAt: '2026-01-01T00:00:00.000Z' });
const activity = (id: string, mentorId: string): Activity => ({ id, mentorId, kind: 'email-sent', at: '2026-11-20T10:00:00.000Z' });
const keys = (table: string, ...ids: string[]): Touched => new Map([[table, new Set(ids)]]);
const none = () => undefined;

let db: FollowThroughDB;
let n = 0;
let mirror: RowMirror;
beforeEach(async () => {
  db = new FollowThroughDB(`row-mirror-${++n}`);
  await db.open();
  await db.mentors.bulkPut([mentor('m1'), mentor('m2')]);
  await db.letters.put(letter('l1', 'm1'));
  await db.goals.put(goal('g1', 'm2'));
  await db.activities.bulkPut([activity('a1', 'm1'), activity('a2', 'm2')]);
  mirror = new RowMirror(db);
});
afterEach(() => db.delete());

describe('the row mirror', () => {
  it('keeps every rule row after a full read and hands back the activities', async () => {
    await db.settings.put({ key: 'settings', value: { upcomingDays: 3 } });
    const activities = await mirror.load();
    expect(activities.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect([...mirror.mentors.keys()].sort()).toEqual(['m1', 'm2']);
    expect([...mirror.letters.of('m1')]).toEqual([letter('l1', 'm1')]);
    expect([...mirror.goals.of('m2')]).toEqual([goal('g1', 'm2')]);
    expect(mirror.settings).toEqual(withDefaults({ upcomingDays: 3 }));
  });

  it('re-reads the rows a change names and says whose records changed', async () => {
    await mirror.load();
    // A letter moved from m1 to m2 concerns both; a deleted mentor is named as deleted.
    await db.letters.put(letter('l1', 'm2'));
    await db.mentors.delete('m1');
    const change = await mirror.apply(new Map([...keys('letters', 'l1'), ...keys('mentors', 'm1')]), none);
    expect(change.mentors.sort()).toEqual(['m1', 'm1', 'm2']);
    expect(change.deleted).toEqual(['m1']);
    expect(change.settings).toBe(false);
    expect(change.activities).toBeUndefined();
    expect(mirror.mentors.has('m1')).toBe(false);
    expect([...mirror.letters.of('m1')]).toEqual([]);
    expect([...mirror.letters.of('m2')]).toEqual([letter('l1', 'm2')]);
  });

  it('re-reads a whole table when the change could not name its rows, dropping rows gone', async () => {
    await mirror.load();
    await db.goals.clear();
    await db.goals.put(goal('g2', 'm1'));
    const change = await mirror.apply(wholeTables(['goals']), none);
    expect(change.mentors.sort()).toEqual(['m1', 'm2']);
    expect([...mirror.goals.byId.keys()]).toEqual(['g2']);
  });

  it('keeps snoozes and settings without naming any mentor, and the defaults when settings go', async () => {
    await db.settings.put({ key: 'settings', value: { upcomingDays: 3 } });
    await mirror.load();
    await db.snoozes.put({ itemId: 'checkin:m1', until: '2026-12-01T00:00:00.000Z' });
    await db.settings.delete('settings');
    const change = await mirror.apply(new Map([...keys('snoozes', 'checkin:m1'), ...keys('settings', 'settings')]), none);
    expect(change).toEqual({ mentors: [], deleted: [], settings: true, activities: undefined });
    expect(mirror.snoozes.has('checkin:m1')).toBe(true);
    expect(mirror.settings).toEqual(withDefaults(undefined));
  });

  it("reads every activity of the mentors an activity write concerns, the written rows' and the holder's", async () => {
    await mirror.load();
    // a2 moves from m2 to m1; the caller says m2 held it.
    await db.activities.put(activity('a2', 'm1'));
    const change = await mirror.apply(keys('activities', 'a2'), (id) => (id === 'a2' ? 'm2' : undefined));
    expect(change.mentors).toEqual([]);
    expect(new Map([...change.activities!].map(([m, acts]) => [m, acts.map((a) => a.id).sort()]))).toEqual(new Map([['m2', []], ['m1', ['a1', 'a2']]]));
  });

  it('sees a write whose event never came by counting rows', async () => {
    await mirror.load();
    expect(await mirror.countsAgree()).toBe(true);
    await db.mentors.put(mentor('m3'));
    expect(await mirror.countsAgree()).toBe(false);
  });
});
