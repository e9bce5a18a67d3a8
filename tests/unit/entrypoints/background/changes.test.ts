// Reading Dexie's change events: the keys written per table, or 'all' when the event holds a range.
import { RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { touchedBy } from '@/entrypoints/background/changes';

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
