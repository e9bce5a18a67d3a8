// The worker's incremental state against the rules computed from scratch: after any sequence of
// writes (one row, bulk writes Dexie cannot name row by row, range deletes, settings, snoozes,
// writes around Dexie), the state holds what a full read would and gives the same due items.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FollowThroughDB, getSettings } from '@/lib/data/db';
import { computeDue, lastContact, lastContactIn, summarizeHistory, type Settings } from '@/lib/schedule';
import { meetingHorizon } from '@/lib/schedule/meetings';
import { withDefaults } from '@/lib/data/settings-schema';
import { ACTIVITY_KINDS, LETTER_STATUSES, type Activity, type Goal, type LetterRequest, type Mentor } from '@/lib/data/model';
import { RuleState } from '@/entrypoints/background/rule-state';
import { RowMirror } from '@/lib/data/row-mirror';
import { touchedBy, wholeTables } from '@/lib/data/changes';
import { at } from '../../factories';

const NOW = at(2026, 12, 1, 10);
const DAY = 86_400_000;
const iso = (days: number, hours = 0) => new Date(NOW.getTime() + days * DAY + hours * 3_600_000).toISOString();

let db: FollowThroughDB;
let state: RuleState;
let n = 0;
const follow = (parts: Parameters<typeof touchedBy>[0]) => void state.changed(touchedBy(parts, db.name));
beforeEach(async () => {
  // The state reads the clock when it applies a change (its summary holds for that moment and
  // later): the clock is NOW, whatever today is, so scratch at NOW is never earlier than it.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = new FollowThroughDB(`state-${++n}`);
  await db.open();
  state = new RuleState(new RowMirror(db));
  Dexie.on('storagemutated', follow);
});
afterEach(async () => {
  Dexie.on('storagemutated').unsubscribe(follow);
  await db.delete();
  vi.useRealTimers();
});

/** Lets Dexie's change events reach the state, then waits for it to apply them. */
async function settled(): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await state.run(() => undefined);
}

async function scratch(now: Date) {
  const [mentors, letters, goals, snoozes, activities, settings] = await Promise.all([
    db.mentors.toArray(),
    db.letters.toArray(),
    db.goals.toArray(),
    db.snoozes.toArray(),
    db.activities.toArray(),
    getSettings(db),
  ]);
  return { mentors, letters, goals, snoozes, activities, settings, due: computeDue({ mentors, letters, activities, goals }, now, settings, snoozes) };
}

type Summary = Map<string, { last?: Activity; recent: Activity[] }>;
/** Both summaries as the rules read them at `now`, for every mentor either holds: each one's last
 * contact and recent activities within the window (an entry with neither equals no entry, and a
 * summary may keep a wider window after a settings change). */
function asRead(a: Summary, b: Summary, mentors: Mentor[], settings: Settings, now: Date) {
  const horizon = meetingHorizon(settings, now);
  const read = (history: Summary) => {
    const out: Record<string, { last: string; recent: string[] }> = {};
    for (const id of new Set([...a.keys(), ...b.keys()])) {
      const m = mentors.find((x) => x.id === id) ?? ({ id, createdAt: 'none' } as Mentor);
      const part = history.get(id);
      out[id] = { last: lastContactIn(part, m, now), recent: (part?.recent ?? []).filter((x) => x.at >= horizon).map((x) => x.id).sort() };
    }
    return out;
  };
  return [read(a), read(b)];
}

async function expectSameAsScratch(now: Date) {
  const s = await scratch(now);
  const byId = <T,>(rows: T[], id: (r: T) => string) => [...rows].sort((a, b) => id(a).localeCompare(id(b)));
  expect(byId([...state.rows.mentors.values()], (m) => m.id)).toEqual(s.mentors);
  expect(byId([...state.rows.letters.byId.values()], (l) => l.id)).toEqual(s.letters);
  expect(byId([...state.rows.goals.byId.values()], (g) => g.id)).toEqual(s.goals);
  expect(byId([...state.rows.snoozes.values()], (x) => x.itemId)).toEqual(s.snoozes);
  expect(state.rows.settings).toEqual(s.settings);
  const [held, fromScratch] = asRead(state.history, summarizeHistory(s.activities, s.settings, now), s.mentors, s.settings, now);
  expect(held).toEqual(fromScratch);
  expect(state.due(now).items).toEqual(s.due);
}

// Small pools of ids, so writes hit the same rows again: updates, moves, deletes.
const mentorIx = fc.integer({ min: 0, max: 3 });
const offset = fc.integer({ min: -120, max: 40 });
const mentorRow = fc.record({ i: mentorIx, status: fc.constantFrom('active', 'active', 'paused', 'ended'), cadence: fc.constantFrom(14, 30, 60), created: fc.integer({ min: -200, max: 0 }) }).map(
  ({ i, status, cadence, created }): Mentor => ({ id: `m${i}`, name: `Dr. M${i}`, emails: [`m${i}@x.org`], cadenceDays: cadence, status: status as Mentor['status'], createdAt: iso(created) }),
);
const letterRow = fc
  .record({ i: fc.integer({ min: 0, max: 4 }), m: mentorIx, status: fc.constantFrom(...LETTER_STATUSES), deadline: offset, step: fc.integer({ min: -40, max: 0 }), reminders: fc.integer({ min: 0, max: 3 }) })
  .map(({ i, m, status, deadline, step, reminders }): LetterRequest => ({
    id: `l${i}`, mentorId: `m${m}`, purpose: 'residency', program: `P${i}`, deadline: iso(deadline).slice(0, 10), status, remindersSent: reminders,
    askedAt: iso(step - 10), agreedAt: iso(step - 5), materialsSentAt: iso(step - 3), submittedAt: iso(step), declinedAt: status === 'declined' ? iso(step) : undefined,
  }));
const goalRow = fc.record({ i: fc.integer({ min: 0, max: 3 }), m: mentorIx, revisit: offset, done: fc.boolean() }).map(
  ({ i, m, revisit, done }): Goal => ({ id: `g${i}`, mentorId: `m${m}`, text: `Goal ${i}`, revisitOn: iso(revisit).slice(0, 10), done, createdAt: iso(-300) }),
);
const activityRow = (pool: number) =>
  fc.record({ i: fc.integer({ min: 0, max: pool }), m: mentorIx, kind: fc.constantFrom(...ACTIVITY_KINDS), days: offset, hours: fc.integer({ min: -23, max: 23 }) }).map(
    ({ i, m, kind, days, hours }): Activity => ({ id: `a${i}`, mentorId: `m${m}`, kind, at: iso(days, hours) }),
  );

type Write = (db: FollowThroughDB) => Promise<unknown>;
const write: fc.Arbitrary<[string, Write]> = fc.oneof(
  mentorRow.map((m): [string, Write] => [`put mentor ${m.id}`, (d) => d.mentors.put(m)]),
  mentorIx.map((i): [string, Write] => [`delete mentor m${i}`, (d) => d.mentors.delete(`m${i}`)]),
  letterRow.map((l): [string, Write] => [`put letter ${l.id}`, (d) => d.letters.put(l)]),
  fc.integer({ min: 0, max: 4 }).map((i): [string, Write] => [`delete letter l${i}`, (d) => d.letters.delete(`l${i}`)]),
  goalRow.map((g): [string, Write] => [`put goal ${g.id}`, (d) => d.goals.put(g)]),
  activityRow(11).map((a): [string, Write] => [`put activity ${a.id}`, (d) => d.activities.put(a)]),
  activityRow(11).map((a): [string, Write] => [`put activity ${a.id}`, (d) => d.activities.put(a)]),
  fc.integer({ min: 0, max: 11 }).map((i): [string, Write] => [`delete activity a${i}`, (d) => d.activities.delete(`a${i}`)]),
  // 50 rows or more: Dexie names no key, the state re-reads the table.
  fc.array(activityRow(80), { minLength: 50, maxLength: 60 }).map((rows): [string, Write] => [`bulk put ${rows.length} activities`, (d) => d.activities.bulkPut(rows)]),
  offset.map((days): [string, Write] => [`delete activities before ${days}`, (d) => d.activities.where('at').below(iso(days)).delete()]),
  fc.integer({ min: 0, max: 20 }).map((k): [string, Write] => [
    `snooze due item ${k}`,
    async (d) => {
      const { due } = await scratchOf(d);
      const item = due[k % Math.max(due.length, 1)];
      if (item) await d.snoozes.put({ itemId: item.id, until: iso(1) });
    },
  ]),
  fc.constant<[string, Write]>(['unsnooze all', (d) => d.snoozes.clear()]),
  fc.integer({ min: 1, max: 30 }).map((days): [string, Write] => [`settings upcomingDays ${days}`, (d) => d.settings.put({ key: 'settings', value: { upcomingDays: days } })]),
  // Two tables in one transaction, as a letter step and its logged contact are written.
  fc.tuple(letterRow, activityRow(11)).map(([l, a]): [string, Write] => [
    `letter ${l.id} with activity ${a.id}`,
    (d) => d.transaction('rw', d.letters, d.activities, async () => {
      await d.letters.put(l);
      await d.activities.put(a);
    }),
  ]),
);

async function scratchOf(d: FollowThroughDB) {
  const [mentors, letters, goals, snoozes, activities, settings] = await Promise.all([
    d.mentors.toArray(), d.letters.toArray(), d.goals.toArray(), d.snoozes.toArray(), d.activities.toArray(), getSettings(d),
  ]);
  return { due: computeDue({ mentors, letters, activities, goals }, NOW, settings, snoozes) };
}

describe('incremental state', () => {
  it('after any sequence of writes, equals the state and due items computed from scratch', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 20 }), async (writes) => {
        await Promise.all([db.mentors.clear(), db.letters.clear(), db.goals.clear(), db.snoozes.clear(), db.activities.clear(), db.settings.clear()]);
        await settled();
        await state.run(() => state.loadAll(NOW));
        state.due(NOW);
        for (const [, w] of writes) {
          await w(db);
          await settled();
          // Items of mentors a write did not touch are reused: the comparison checks them too.
          expect(state.due(NOW).items).toEqual((await scratch(NOW)).due);
        }
        await expectSameAsScratch(NOW);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('as time passes between writes, the items it keeps equal those computed from scratch', async () => {
    // Steps of minutes to a day and a half: meetings happen, emails dated ahead become past,
    // midnight passes.
    const step = fc.oneof(fc.integer({ min: 1, max: 180 }), fc.integer({ min: 60, max: 36 * 60 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(write, step), { minLength: 1, maxLength: 15 }), async (steps) => {
        await Promise.all([db.mentors.clear(), db.letters.clear(), db.goals.clear(), db.snoozes.clear(), db.activities.clear(), db.settings.clear()]);
        await settled();
        await state.run(() => state.loadAll(NOW));
        let now = NOW;
        state.due(now);
        for (const [[, w], minutes] of steps) {
          await w(db);
          await settled();
          now = new Date(now.getTime() + minutes * 60_000);
          expect(state.due(now).items).toEqual((await scratch(now)).due);
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('a run later the same day recomputes only the mentors whose items the clock changed', async () => {
    await db.mentors.bulkPut([0, 1, 2].map((i) => ({ id: `m${i}`, name: `M${i}`, emails: [], cadenceDays: 30, status: 'active' as const, createdAt: iso(-100) })));
    // Dr. M1 has a meeting at 2 pm: its agenda turns into a thank-you then.
    await db.activities.put({ id: 'meet', mentorId: 'm1', kind: 'meeting', at: iso(0, 4) });
    await state.run(() => state.loadAll(NOW));
    expect(state.due(NOW).mentorsComputed).toBe(3);
    expect(await state.check(new Date(NOW.getTime() + 3_600_000))).toBe('counts');
    expect(state.due(new Date(NOW.getTime() + 3_600_000)).mentorsComputed).toBe(0);
    const after = new Date(NOW.getTime() + 5 * 3_600_000);
    const run = state.due(after);
    expect(run.mentorsComputed).toBe(1);
    expect(run.items.find((i) => i.mentorId === 'm1')?.kind).toBe('meeting-thanks');
    // Midnight: every mentor; a clock set back: every mentor.
    expect(state.due(new Date(NOW.getTime() + DAY)).mentorsComputed).toBe(3);
    expect(state.due(NOW).mentorsComputed).toBe(3);
  });

  it('re-reads what was written around Dexie when told which tables', async () => {
    await state.run(() => state.loadAll(NOW));
    const idb = db.backendDB();
    await new Promise<void>((done, fail) => {
      const tx = idb.transaction(['mentors', 'activities'], 'readwrite');
      tx.objectStore('mentors').put({ id: 'm9', name: 'Dr. Raw', emails: ['raw@x.org'], cadenceDays: 30, status: 'active', createdAt: iso(-100) });
      tx.objectStore('activities').put({ id: 'raw', mentorId: 'm9', kind: 'email-sent', at: iso(-10) });
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    await settled();
    expect(state.rows.mentors.has('m9')).toBe(false);
    await state.changed(wholeTables(['mentors', 'activities']));
    expect(state.rows.mentors.has('m9')).toBe(true);
    expect(lastContactIn(state.history.get('m9'), state.rows.mentors.get('m9')!, NOW)).toBe(iso(-10));
    await expectSameAsScratch(NOW);
  });

  it('recomputes only the mentors a write concerns', async () => {
    await db.mentors.bulkPut([0, 1, 2].map((i) => ({ id: `m${i}`, name: `M${i}`, emails: [], cadenceDays: 30, status: 'active' as const, createdAt: iso(-100) })));
    await state.run(() => state.loadAll(NOW));
    expect(state.due(NOW).mentorsComputed).toBe(3);
    await db.activities.put({ id: 'x', mentorId: 'm1', kind: 'email-sent', at: iso(-1) });
    await settled();
    const run = state.due(NOW);
    expect(run.mentorsComputed).toBe(1);
    expect(run.items.map((i) => i.mentorId).sort()).toEqual(['m0', 'm2']);
    // A new day recomputes everyone, whatever was written.
    expect(state.due(new Date(NOW.getTime() + DAY)).mentorsComputed).toBe(3);
  });

  it('the periodic check re-reads everything when a row count disagrees', async () => {
    await state.run(() => state.loadAll(NOW));
    expect(await state.check(NOW)).toBe('counts');
    // A write whose event never reached the worker.
    Dexie.on('storagemutated').unsubscribe(follow);
    await db.mentors.put({ id: 'm5', name: 'M5', emails: [], cadenceDays: 30, status: 'active', createdAt: iso(-100) });
    expect(state.rows.mentors.has('m5')).toBe(false);
    expect(await state.check(NOW)).toBe('full');
    expect(state.rows.mentors.has('m5')).toBe(true);
    expect(await state.check(new Date(NOW.getTime() + 7 * 3_600_000))).toBe('full');
    Dexie.on('storagemutated', follow);
  });

  it('keeps the defaults when settings are removed', async () => {
    await db.settings.put({ key: 'settings', value: { upcomingDays: 3 } });
    await state.run(() => state.loadAll(NOW));
    await db.settings.delete('settings');
    await settled();
    expect(state.rows.settings).toEqual(withDefaults(undefined));
  });
});

describe('last contact, one rule everywhere', () => {
  // A meeting booked for next week is an activity of a contact kind, but no contact yet.
  const m: Mentor = { id: 'm1', name: 'Dr. Future', emails: ['f@x.org'], cadenceDays: 30, status: 'active', createdAt: iso(-200) };
  const past: Activity = { id: 'p', mentorId: 'm1', kind: 'email-sent', at: iso(-40) };
  const future: Activity = { id: 'f', mentorId: 'm1', kind: 'meeting', at: iso(7) };

  it('does not count a future activity, in the rule, the summary, the due items and the worker state', async () => {
    expect(lastContact(m, [past, future], NOW)).toBe(past.at);
    const rules = withDefaults(undefined);
    expect(lastContactIn(summarizeHistory([past, future], rules, NOW).get('m1'), m, NOW)).toBe(past.at);
    const checkin = computeDue({ mentors: [m], letters: [], activities: [past, future] }, NOW, rules).find((i) => i.kind === 'checkin');
    expect(checkin?.reason).toMatch(/Last contact 40 days ago/);
    await db.mentors.put(m);
    await db.activities.bulkPut([past, future]);
    await state.run(() => state.loadAll(NOW));
    expect(lastContactIn(state.history.get('m1'), m, NOW)).toBe(past.at);
    expect(state.due(NOW).items.find((i) => i.kind === 'checkin')?.reason).toMatch(/Last contact 40 days ago/);
    // Once the meeting has happened it is the last contact.
    const after = new Date(NOW.getTime() + 8 * DAY);
    expect(lastContactIn(state.history.get('m1'), m, after)).toBe(future.at);
  });
});
