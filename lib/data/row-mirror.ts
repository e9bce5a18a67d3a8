// An in-memory copy of the rows the due rules read (mentors, letters, goals, snoozes, settings),
// for the background. It reads everything once, then follows change events: a write re-reads only
// the rows it names, or the whole table when the event could not say which. Activities are read
// in the same transactions but not kept: the background keeps a summary of them instead
// (entrypoints/background/rule-state.ts). Whole rows are kept, so new fields reach the rules.
import type { Activity, Goal, LetterRequest, Mentor, Snooze } from './model';
import { db as defaultDb, type FollowThroughDB } from './db';
import { withDefaults } from './settings-schema';
import type { Settings } from '../schedule/settings';
import type { Touched } from './changes';

/** The tables the rules read; a write elsewhere changes no item. */
export const RULE_TABLES = ['mentors', 'letters', 'goals', 'snoozes', 'settings', 'activities'] as const;

/** Rows that belong to a mentor, by id and by mentor, so a mentor's part is found at once. */
export class OwnedRows<T extends { id: string; mentorId: string }> {
  readonly byId = new Map<string, T>();
  readonly byMentor = new Map<string, Map<string, T>>();

  /** Puts (or, with no row, deletes) `id`; returns the mentors whose records changed. */
  set(id: string, row: T | undefined): string[] {
    const old = this.byId.get(id);
    if (old) this.byMentor.get(old.mentorId)?.delete(id);
    if (row) {
      this.byId.set(id, row);
      const own = this.byMentor.get(row.mentorId);
      if (own) own.set(id, row);
      else this.byMentor.set(row.mentorId, new Map([[id, row]]));
    } else this.byId.delete(id);
    return [old?.mentorId, row?.mentorId].filter((m): m is string => m !== undefined);
  }

  reset(rows: T[]): void {
    this.byId.clear();
    this.byMentor.clear();
    for (const row of rows) this.set(row.id, row);
  }

  of(mentorId: string): Iterable<T> {
    return this.byMentor.get(mentorId)?.values() ?? [];
  }
}

/** What re-reading a change did to the mirror. */
export interface RowChange {
  /** Mentors whose own records were written: their row, a letter or a goal of theirs. */
  mentors: string[];
  /** Mentors whose row was deleted. */
  deleted: string[];
  /** The settings row was written (or deleted: then the defaults hold). */
  settings: boolean;
  /** Every activity of each mentor an activity write may concern. */
  activities?: Map<string, Activity[]>;
}

/** Re-read rows: the keys a change named with their rows (undefined: deleted), or a whole table. */
type RowsRead<T> = { keys: string[]; rows: (T | undefined)[] } | { all: T[] };

export class RowMirror {
  readonly mentors = new Map<string, Mentor>();
  readonly letters = new OwnedRows<LetterRequest>();
  readonly goals = new OwnedRows<Goal>();
  readonly snoozes = new Map<string, Snooze>();
  settings: Settings = withDefaults(undefined);

  constructor(private readonly db: FollowThroughDB = defaultDb) {}

  /** Reads every table the rules need in one transaction and keeps its rows; returns the
   * activities, which are not kept. */
  async load(): Promise<Activity[]> {
    const { db } = this;
    const [mentors, letters, goals, snoozes, settingsRow, activities] = await db.transaction(
      'r',
      [db.mentors, db.letters, db.goals, db.snoozes, db.settings, db.activities],
      () =>
        Promise.all([
          db.mentors.toArray(),
          db.letters.toArray(),
          db.goals.toArray(),
          db.snoozes.toArray(),
          db.settings.get('settings'),
          db.activities.toArray(),
        ]),
    );
    this.mentors.clear();
    for (const m of mentors) this.mentors.set(m.id, m);
    this.letters.reset(letters);
    this.goals.reset(goals);
    this.snoozes.clear();
    for (const s of snoozes) this.snoozes.set(s.itemId, s);
    this.settings = withDefaults(settingsRow?.value);
    return activities;
  }

  /** Re-reads what a change event names, in one transaction, and keeps it. Activities written by
   * key bring every activity of the written rows' mentors and of the mentors `holderOf` names for
   * a written key (a deleted or moved activity); activities the event could not name are not
   * read here (the caller reads everything then). */
  async apply(touched: Touched, holderOf: (activityId: string) => string | undefined): Promise<RowChange> {
    const { db } = this;
    const keysOf = (table: string) => touched.get(table);
    const read = <T>(table: 'mentors' | 'letters' | 'goals' | 'snoozes') => this.readRows<T>(table, keysOf(table));
    const activityKeys = keysOf('activities');
    const [mentors, letters, goals, snoozes, settingsRow, activities] = await db.transaction(
      'r',
      [db.mentors, db.letters, db.goals, db.snoozes, db.settings, db.activities],
      () =>
        Promise.all([
          read<Mentor>('mentors'),
          read<LetterRequest>('letters'),
          read<Goal>('goals'),
          read<Snooze>('snoozes'),
          keysOf('settings') ? db.settings.get('settings').then((row) => ({ row })) : undefined,
          activityKeys instanceof Set ? this.readActivitiesOf(activityKeys, holderOf) : undefined,
        ]),
    );
    const change: RowChange = { mentors: [], deleted: [], settings: false, activities };
    const touch = (ids: string[]) => change.mentors.push(...ids);
    if (mentors) {
      applyRows(mentors, this.mentors.keys(), (id, row) => {
        if (row) this.mentors.set(id, row);
        else {
          this.mentors.delete(id);
          change.deleted.push(id);
        }
        change.mentors.push(id);
      }, (m) => m.id);
    }
    if (letters) applyRows(letters, this.letters.byId.keys(), (id, row) => touch(this.letters.set(id, row)), (l) => l.id);
    if (goals) applyRows(goals, this.goals.byId.keys(), (id, row) => touch(this.goals.set(id, row)), (g) => g.id);
    // Snoozes only filter the finished list: no mentor's items change.
    if (snoozes) applyRows(snoozes, this.snoozes.keys(), (id, row) => (row ? this.snoozes.set(id, row) : this.snoozes.delete(id)), (s) => s.itemId);
    if (settingsRow) {
      this.settings = withDefaults(settingsRow.row?.value);
      change.settings = true;
    }
    return change;
  }

  /** Whether each table holds as many rows as the mirror: a write whose event never came shows as
   * a difference. Reads only the counts. */
  async countsAgree(): Promise<boolean> {
    const { db } = this;
    const counts = await db.transaction('r', [db.mentors, db.letters, db.goals, db.snoozes], () =>
      Promise.all([db.mentors.count(), db.letters.count(), db.goals.count(), db.snoozes.count()]),
    );
    const held = [this.mentors.size, this.letters.byId.size, this.goals.byId.size, this.snoozes.size];
    return counts.every((n, i) => n === held[i]);
  }

  /** The rows a change named (undefined: none), or the whole table when it could not say. */
  private async readRows<T>(table: string, keys: Set<string> | 'all' | undefined): Promise<RowsRead<T> | undefined> {
    if (keys === undefined) return undefined;
    const rows = this.db.table<T, string>(table);
    if (keys === 'all') return { all: await rows.toArray() };
    return { keys: [...keys], rows: await rows.bulkGet([...keys]) };
  }

  /** The activities of every mentor an activity write may concern: the written rows' mentors and
   * the mentors `holderOf` names for a written key. */
  private async readActivitiesOf(keys: Set<string>, holderOf: (activityId: string) => string | undefined): Promise<Map<string, Activity[]>> {
    const rows = await this.db.activities.bulkGet([...keys]);
    const mentors = new Set<string>();
    for (const key of keys) {
      const held = holderOf(key);
      if (held) mentors.add(held);
    }
    for (const row of rows) if (row) mentors.add(row.mentorId);
    const out = new Map<string, Activity[]>();
    await Promise.all(
      [...mentors].map(async (id) => out.set(id, await this.db.activities.where('mentorId').equals(id).toArray())),
    );
    return out;
  }
}

/** Keeps re-read rows: every key read, or the whole table (whose missing ids were deleted). */
function applyRows<T>(read: RowsRead<T>, held: Iterable<string>, set: (id: string, row: T | undefined) => unknown, idOf: (row: T) => string): void {
  if ('keys' in read) {
    read.keys.forEach((key, i) => set(key, read.rows[i]));
    return;
  }
  const kept = new Set(read.all.map(idOf));
  for (const id of [...held]) if (!kept.has(id)) set(id, undefined);
  for (const row of read.all) set(idOf(row), row);
}
