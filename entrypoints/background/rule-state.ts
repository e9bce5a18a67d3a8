// The worker's copy of what the rules read and of each mentor's due items. The rows (mentors,
// letters, goals, snoozes, settings) are a mirror of the tables (lib/data/row-mirror.ts); the
// activity history is kept summarized per mentor. Everything is read once (start, a change it
// cannot apply, the periodic check), then follows Dexie's change events: a write re-reads only the
// rows it names and recomputes only the mentors they belong to. Every item depends on one
// mentor's records (lib/schedule), so the list stays what computing everything would give. A new
// fact about a mentor's history goes in summarizeMentor (lib/schedule/contact-summary.ts).
import type { Activity, Mentor } from '@/lib/data/model';
import {
  finishDue,
  mentorItems,
  summarizeHistory,
  summarizeMentor,
  type DueItem,
  type MentorHistory,
} from '@/lib/schedule';
import { clockAt, itemsChangeAt, type Clock } from '@/lib/schedule/clock';
import { RowMirror } from '@/lib/data/row-mirror';
import type { Touched } from '@/lib/data/changes';

/** Past this, the periodic check re-reads everything instead of counting rows. */
export const FULL_CHECK_MS = 6 * 3_600_000;

/** What one recompute did, for diagnostics and `npm run bench`. */
export interface DueRun {
  items: DueItem[];
  /** How many mentors' items were recomputed: those a write touched and those whose items the
   * clock changed (everyone after a full read or at midnight). */
  mentorsComputed: number;
}

export class RuleState {
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

  constructor(readonly rows: RowMirror = new RowMirror()) {}

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
    const activities = await this.rows.load();
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
    if (touched.get('activities') === 'all') {
      await this.loadAll(now);
      return false;
    }
    const change = await this.rows.apply(touched, (activityId) => this.owner.get(activityId));
    for (const id of change.deleted) {
      this.items.delete(id);
      this.itemsUntil.delete(id);
    }
    this.markStale(change.mentors);
    if (change.settings) {
      this.allStale = true;
      // A wider upcoming window reaches older meetings than the summary kept.
      if (this.rows.settings.upcomingDays > this.historyDays) {
        await this.loadAll(now);
        return false;
      }
    }
    if (change.activities) for (const [mentorId, acts] of change.activities) this.setHistory(mentorId, acts, now);
    return true;
  }

  /** The periodic check: re-reads everything when the last full read is old or a table's row
   * count disagrees (a write whose event never came); otherwise reads only the counts. */
  async check(now: Date): Promise<'full' | 'counts'> {
    const countsAgree = await this.rows.countsAgree();
    if (now.getTime() - this.loadedAt > FULL_CHECK_MS || !countsAgree) {
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
    for (const [id, mentor] of this.rows.mentors) {
      if (!all && !this.stale.has(id) && (this.itemsUntil.get(id) ?? 0) > nowMs) continue;
      this.items.set(id, this.itemsOf(mentor, clock, now));
      computed++;
    }
    this.itemsAt = nowMs;
    this.itemsZone = now.getTimezoneOffset();
    this.stale.clear();
    this.allStale = false;
    return { items: finishDue(iterateAll(this.items.values()), this.rows.snoozes.values(), now), mentorsComputed: computed };
  }

  private itemsOf(mentor: Mentor, clock: Clock, now: Date): DueItem[] {
    const history = this.history.get(mentor.id);
    const own = { letters: this.rows.letters.of(mentor.id), goals: this.rows.goals.of(mentor.id), history };
    this.itemsUntil.set(mentor.id, itemsChangeAt(history, clock));
    return mentorItems(mentor, own, this.rows.settings, now);
  }

  private markStale(mentorIds: string[]): void {
    for (const id of mentorIds) this.stale.add(id);
  }

  private resetHistory(activities: Activity[], now: Date): void {
    this.history.clear();
    this.owner.clear();
    for (const [id, part] of summarizeHistory(activities, this.rows.settings, now)) this.putHistory(id, part);
    this.historyDays = this.rows.settings.upcomingDays;
  }

  private setHistory(mentorId: string, activities: Activity[], now: Date): void {
    const old = this.history.get(mentorId);
    if (old) for (const a of heldActivities(old)) this.owner.delete(a.id);
    if (activities.length) this.putHistory(mentorId, summarizeMentor(activities, this.rows.settings, now));
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
