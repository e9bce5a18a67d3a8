// Reading Dexie's change events: the keys written per table, or 'all' when the event holds a range.
import 'fake-indexeddb/auto';
import { RangeSet } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { onDatabaseChange, touchedBy, type Touched } from '@/lib/data/changes';

const part = (table: string, index = '') => `idb://followthrough/${table}/${index}`;

describe('touchedBy', () => {
  it('names the keys written, per table, ignoring index parts and other databases', () => {
    const parts = {
      [part('activities')]: new RangeSet().addKeys(['a2', 'a1']),
      [part('activities', 'mentorId')]: new RangeSet().addKeys(['m1']),
      [part('letters')]: new RangeSet().addKey('l1'),
      'idb://other/mentors/': new RangeSet().addKey('x'),
    };
    expect(touchedBy(parts, 'followthrough')).toEqual(new Map([['activities', new Set(['a1', 'a2'])], ['letters', new Set(['l1'])]]));
  });

  it('reads the key sets relayed from another page as plain objects', () => {
    const relayed = structuredClone({ [part('mentors')]: { ...new RangeSet().addKeys(['m1', 'm2', 'm3']) } });
    expect(touchedBy(relayed, 'followthrough')?.get('mentors')).toEqual(new Set(['m1', 'm2', 'm3']));
  });

  it("says 'all' for a range (a bulk write, a delete by range, a clear)", () => {
    const parts = { [part('activities')]: new RangeSet('a1', 'a9'), [part('mentors')]: new RangeSet().addKey('m1') };
    const touched = touchedBy(parts, 'followthrough');
    expect(touched?.get('activities')).toBe('all');
    expect(touched?.get('mentors')).toEqual(new Set(['m1']));
  });

  it('cannot say for a part it does not know', () => {
    expect(touchedBy({ all: new RangeSet(-Infinity, [[]]) }, 'followthrough')).toBeNull();
  });
});

describe('onDatabaseChange', () => {
  it("tells what each write to its database touched, until unsubscribed", async () => {
    const db = new FollowThroughDB('changes-followed');
    const other = new FollowThroughDB('changes-other');
    const seen: (Touched | null)[] = [];
    const stop = onDatabaseChange((touched) => seen.push(touched), db);
    try {
      await db.mentors.put({ id: 'm1', name: 'Dr. M1', emails: [], cadenceDays: 30, status: 'active', createdAt: '2026-01-01T00:00:00.000Z' });
      await vi.waitFor(() => expect(seen).toContainEqual(new Map([['mentors', new Set(['m1'])]])));
      seen.length = 0;
      // Another database's write names none of this one's tables.
      await other.mentors.put({ id: 'm2', name: 'Dr. M2', emails: [], cadenceDays: 30, status: 'active', createdAt: '2026-01-01T00:00:00.000Z' });
      await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
      expect(seen.every((t) => t?.size === 0)).toBe(true);
      stop();
      seen.length = 0;
      await db.mentors.delete('m1');
      await new Promise((r) => setTimeout(r, 20));
      expect(seen).toEqual([]);
    } finally {
      stop();
      await db.delete();
      await other.delete();
    }
  });
});
