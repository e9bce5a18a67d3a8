import { describe, expect, it } from 'vitest';
import { dayKey, daysUntil, localDay } from '@/lib/schedule/dates';

// The suite runs in New York and in Auckland (vitest.config.ts); one instant, each zone's day.
const DAY_OF_INSTANT: Record<string, string> = {
  'America/New_York': '2026-11-01', // 10:30 pm the evening before, UTC-5
  'Pacific/Auckland': '2026-11-02', // 4:30 pm the same day, UTC+13
};

describe('calendar days in the user zone', () => {
  it('reads a bare date as that local day and an instant as the local day it falls on', () => {
    expect(dayKey(localDay('2027-01-15'))).toBe('2027-01-15');
    expect(localDay('2027-01-15').getHours()).toBe(0);
    expect(dayKey(localDay('2026-11-02T03:30:00.000Z'))).toBe(DAY_OF_INSTANT[process.env.TZ!]);
    expect(Number.isNaN(localDay('2027-02-30').getTime())).toBe(true);
  });

  it('counts calendar days, not 24-hour spans, across daylight saving changes', () => {
    expect(daysUntil(localDay('2026-11-02'), new Date(2026, 10, 1, 23, 59))).toBe(1); // New York: DST ends Nov 1
    expect(daysUntil(localDay('2027-03-15'), new Date(2027, 2, 14, 0, 1))).toBe(1); // New York: DST starts Mar 14
    expect(daysUntil(localDay('2026-09-28'), new Date(2026, 8, 27, 23, 59))).toBe(1); // Auckland: DST starts Sep 27
    expect(daysUntil(localDay('2027-04-05'), new Date(2027, 3, 4, 0, 1))).toBe(1); // Auckland: DST ends Apr 4
    expect(daysUntil(localDay('2026-12-31'), new Date(2027, 0, 1, 12))).toBe(-1);
    expect(daysUntil(localDay('2027-01-01'), new Date(2026, 11, 31, 23, 59))).toBe(1);
  });
});
