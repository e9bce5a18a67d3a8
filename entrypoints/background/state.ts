// The worker's copy of what the rules read (mentors, letters, goals, snoozes, settings and the
// activity history summarized per mentor) and of each mentor's due items. It reads everything once
// (start, a change it cannot apply, the periodic check), then follows Dexie's change events: a
// write re-reads only the rows it names and recomputes only the mentors they belong to. Every
// item depends on one mentor's records (lib/schedule), so the list stays what computing
// everything would give. New record fields reach the rules as they are (whole rows are kept); a
// new fact about a mentor's history goes in summarizeMentor (lib/schedule/contact-summary.ts).
import type { Activity, Goal, LetterRequest, Mentor, Snooze } from '@/lib/data/model';
import type { FollowThroughDB } from '@/lib/data/db';
import {
  finishDue,
  mentorItems,
  summarizeHistory,
  summarizeMentor,
  type DueItem,
  type MentorHistory,
  type Settings,
} from '@/lib/schedule';
import { clockAt, itemsChangeAt, type Clock } from '@/lib/schedule/clock';
import { withDefaults } from '@/lib/data/settings-schema';
import type { Touched } from '@/lib/data/changes';

/** The tables the rules read; a write elsewhere changes no item. */
export const RULE_TABLES = ['mentors', 'letters', 'goals', 'snoozes', 'settings', 'activities'] as const;
/** Past this, the periodic check re-reads everything instead of counting rows. */
export const FULL_CHECK_MS = 6 * 3_600_000;

/** Rows that belong to a mentor, by id and by mentor, so a mentor's part is found at once. */
class OwnedRows<T extends { id: string; mentorId: string }> {
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

/** What one recompute did, for diagnostics and `npm run bench`. */
export interface DueRun {
  items: DueItem[];
  /** How many mentors' items were recomputed: those a write touched and those whose items the
   * clock changed (everyone after a full read or at midnight). */
  mentorsComputed: number;
}

export class RuleState {
  readonly mentors = new Map<string, Mentor>();
  readonly letters = new OwnedRows<LetterRequest>();
  readonly goals = new OwnedRows<Goal>();
  readonly snoozes = new Map<string, Snooze>();
  settings: Settings = withDefaults(undefined);
  readonly history = new Map<string, MentorHistory>();
  /** The mentor of each activity the summary holds (a last contact or a recent one), so a
   * delete or a move of it reaches that mentor; other activities cannot change the summary. */
  private readonly owner = new Map<string, string>();
  /** The upcoming window the summary's recent activities cover. */
  private historyDays = 0;
  private readonly items = new Map<string, DueItem[]>();
  /** Per mentor, when their items next change with the clock (itemsChangeAt). */
  private readonly itemsUntil = new Map<string, number>();
  private readonly stale = new Set<string>();
  private allStale = true;
  /** When and in which UTC offset the items were last computed: a clock set back or a new time
   * zone recomputes everyone. */
  private itemsAt = 0;
  private itemsZone = NaN;
  loadedAt = 0;
  /** How long the last full read took, table reads and summary included. */
  fullReadMs = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly db: FollowThroughDB) {}

  /** Runs `task` after every change and recompute queued before it, so each sees the last. */
  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  get loaded(): boolean {
    return this.loadedAt > 0;
  }

  /** Reads every table the rules need in one transaction and rebuilds everything. */
  async loadAll(now: Date): Promise<void> {
    const started = performance.now();
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
    this.resetHistory(activities, now);
    this.allStale = true;
    this.loadedAt = now.getTime() || 1;
    this.fullReadMs = performance.now() - started;
  }

  /** Queues the update for a change event (null: one it cannot read, so everything is re-read). */
  changed(touched: Touched | null): Promise<void> {
    return this.run(async () => {
      if (!touched) await this.loadAll(new Date());
      else await this.apply(touched, new Date());
    });
  }

  /** Brings the state up to date with a change event; false when it had to re-read everything. */
  async apply(touched: Touched, now: Date): Promise<boolean> {
    if (!this.loaded) return false;
    const { db } = this;
    const keysOf = (table: string) => touched.get(table);
    if (keysOf('activities') === 'all') {
      await this.loadAll(now);
      return false;
    }
    const read = <T>(table: 'mentors' | 'letters' | 'goals' | 'snoozes') => this.readRows<T>(table, keysOf(table));
    const activityKeys = keysOf('activities');
    const [mentors, letters, goals, snoozes, settingsRow, history] = await db.transaction(
      'r',
      [db.mentors, db.letters, db.goals, db.snoozes, db.settings, db.activities],
      () =>
        Promise.all([
          read<Mentor>('mentors'),
          read<LetterRequest>('letters'),
          read<Goal>('goals'),
          read<Snooze>('snoozes'),
          keysOf('settings') ? db.settings.get('settings').then((row) => ({ row })) : undefined,
          activityKeys instanceof Set ? this.readHistoryOf(activityKeys) : undefined,
        ]),
    );
    if (mentors) this.applyRows(mentors, this.mentors.keys(), (id, row) => this.setMentor(id, row), (m) => m.id);
    if (letters) this.applyRows(letters, this.letters.byId.keys(), (id, row) => this.markStale(this.letters.set(id, row)), (l) => l.id);
    if (goals) this.applyRows(goals, this.goals.byId.keys(), (id, row) => this.markStale(this.goals.set(id, row)), (g) => g.id);
    // Snoozes only filter the finished list: no mentor's items change.
    if (snoozes) this.applyRows(snoozes, this.snoozes.keys(), (id, row) => (row ? this.snoozes.set(id, row) : this.snoozes.delete(id)), (s) => s.itemId);
    if (settingsRow) {
      this.settings = withDefaults(settingsRow.row?.value);
      this.allStale = true;
      // A wider upcoming window reaches older meetings than the summary kept.
      if (this.settings.upcomingDays > this.historyDays) {
        await this.loadAll(now);
        return false;
      }
    }
    if (history) for (const [mentorId, acts] of history) this.setHistory(mentorId, acts, now);
    return true;
  }

  /** The periodic check: re-reads everything when the last full read is old or a table's row
   * count disagrees (a write whose event never came); otherwise reads only the counts. */
  async check(now: Date): Promise<'full' | 'counts'> {
    const { db } = this;
    const counts = await db.transaction('r', [db.mentors, db.letters, db.goals, db.snoozes], () =>
      Promise.all([db.mentors.count(), db.letters.count(), db.goals.count(), db.snoozes.count()]),
    );
    const held = [this.mentors.size, this.letters.byId.size, this.goals.byId.size, this.snoozes.size];
    if (now.getTime() - this.loadedAt > FULL_CHECK_MS || counts.some((n, i) => n !== held[i])) {
      await this.loadAll(now);
      return 'full';
    }
    return 'counts';
  }

  /** Everything due at `now`, snoozes removed, in the fixed order. Recomputes the mentors a
   * write touched and those whose items the clock has changed since (itemsChangeAt); the
   * others' items are the same as computing them again would give. */
  due(now: Date): DueRun {
    const nowMs = now.getTime();
    const all = this.allStale || nowMs < this.itemsAt || now.getTimezoneOffset() !== this.itemsZone;
    if (all) {
      this.items.clear();
      this.itemsUntil.clear();
    }
    let computed = 0;
    const clock = clockAt(now);
    for (const [id, mentor] of this.mentors) {
      if (!all && !this.stale.has(id) && (this.itemsUntil.get(id) ?? 0) > nowMs) continue;
      this.items.set(id, this.itemsOf(mentor, clock, now));
      computed++;
    }
    this.itemsAt = nowMs;
    this.itemsZone = now.getTimezoneOffset();
    this.stale.clear();
    this.allStale = false;
    return { items: finishDue(iterateAll(this.items.values()), this.snoozes.values(), now), mentorsComputed: computed };
  }

  private itemsOf(mentor: Mentor, clock: Clock, now: Date): DueItem[] {
    const history = this.history.get(mentor.id);
    const own = { letters: this.letters.of(mentor.id), goals: this.goals.of(mentor.id), history };
    this.itemsUntil.set(mentor.id, itemsChangeAt(history, clock));
    return mentorItems(mentor, own, this.settings, now);
  }

  private markStale(mentorIds: string[]): void {
    for (const id of mentorIds) this.stale.add(id);
  }

  private setMentor(id: string, row: Mentor | undefined): void {
    if (row) this.mentors.set(id, row);
    else {
      this.mentors.delete(id);
      this.items.delete(id);
      this.itemsUntil.delete(id);
    }
    this.stale.add(id);
  }

  /** The rows a change named (undefined: none), or the whole table when it could not say. */
  private async readRows<T>(table: string, keys: Set<string> | 'all' | undefined) {
    if (keys === undefined) return undefined;
    const rows = this.db.table<T, string>(table);
    if (keys === 'all') return { all: await rows.toArray() };
    return { keys: [...keys], rows: await rows.bulkGet([...keys]) };
  }

  /** Re-read rows: every key read, or the whole table (whose missing ids were deleted). */
  private applyRows<T>(
    read: { keys: string[]; rows: (T | undefined)[] } | { all: T[] },
    held: Iterable<string>,
    set: (id: string, row: T | undefined) => unknown,
    idOf: (row: T) => string,
  ): void {
    if ('keys' in read) {
      read.keys.forEach((key, i) => set(key, read.rows[i]));
      return;
    }
    const kept = new Set(read.all.map(idOf));
    for (const id of [...held]) if (!kept.has(id)) set(id, undefined);
    for (const row of read.all) set(idOf(row), row);
  }

  /** The activities of every mentor an activity write may concern: the written rows' mentors and
   * the mentors whose summary held a written key (a deleted or moved activity). */
  private async readHistoryOf(keys: Set<string>): Promise<Map<string, Activity[]>> {
    const rows = await this.db.activities.bulkGet([...keys]);
    const mentors = new Set<string>();
    for (const key of keys) {
      const held = this.owner.get(key);
      if (held) mentors.add(held);
    }
    for (const row of rows) if (row) mentors.add(row.mentorId);
    const out = new Map<string, Activity[]>();
    await Promise.all(
      [...mentors].map(async (id) => out.set(id, await this.db.activities.where('mentorId').equals(id).toArray())),
    );
    return out;
  }

  private resetHistory(activities: Activity[], now: Date): void {
    this.history.clear();
    this.owner.clear();
    for (const [id, part] of summarizeHistory(activities, this.settings, now)) this.putHistory(id, part);
    this.historyDays = this.settings.upcomingDays;
  }

  private setHistory(mentorId: string, activities: Activity[], now: Date): void {
    const old = this.history.get(mentorId);
    if (old) for (const a of heldActivities(old)) this.owner.delete(a.id);
    if (activities.length) this.putHistory(mentorId, summarizeMentor(activities, this.settings, now));
    else this.history.delete(mentorId);
    this.stale.add(mentorId);
  }

  private putHistory(mentorId: string, part: MentorHistory): void {
    this.history.set(mentorId, part);
    for (const a of heldActivities(part)) this.owner.set(a.id, mentorId);
  }
}

function heldActivities(part: MentorHistory): Activity[] {
  return part.last ? [part.last, ...part.recent] : part.recent;
}

function* iterateAll<T>(lists: Iterable<T[]>): Iterable<T> {
  for (const list of lists) yield* list;
}
