// The "log contact" form's time: shown and read back in the user's own zone. Filled from UTC, a
// contact logged at 23:11 in New York was stored five hours in the future.
import { expect, it } from 'vitest';
import { fromDateTimeLocal, toDateTimeLocal } from '@/lib/format/local-time';

// One instant, 2026-12-01 04:11 UTC, as each zone's clock shows it.
const INSTANT = new Date('2026-12-01T04:11:00.000Z');
const WALL_CLOCK: Record<string, string> = {
  'America/New_York': '2026-11-30T23:11', // UTC-5 in winter: still the evening before
  'Pacific/Auckland': '2026-12-01T17:11', // UTC+13 in summer
};

it('fills the input with the local wall-clock time, not UTC', () => {
  expect(toDateTimeLocal(INSTANT)).toBe(WALL_CLOCK[process.env.TZ!]);
});

it('reads the input back as the same instant', () => {
  expect(fromDateTimeLocal(WALL_CLOCK[process.env.TZ!])?.toISOString()).toBe(INSTANT.toISOString());
  expect(fromDateTimeLocal(toDateTimeLocal(INSTANT))?.getTime()).toBe(INSTANT.getTime());
  // With seconds, as some browsers send them.
  expect(fromDateTimeLocal(`${WALL_CLOCK[process.env.TZ!]}:30`)?.toISOString()).toBe('2026-12-01T04:11:30.000Z');
});

it('keeps the round trip on the days the clocks change', () => {
  // New York: 2026-03-08 and 2026-11-01; Auckland: 2026-04-05 and 2026-09-27. Midday, each zone's
  // own, so no instant falls in the repeated hour, which a wall-clock time cannot tell apart.
  for (const iso of ['2026-03-08T17:00:00.000Z', '2026-11-01T17:00:00.000Z', '2026-04-05T00:00:00.000Z', '2026-09-27T00:00:00.000Z']) {
    const at = new Date(iso);
    expect(fromDateTimeLocal(toDateTimeLocal(at))?.toISOString()).toBe(iso);
  }
});

it('refuses an incomplete or impossible value', () => {
  expect(fromDateTimeLocal('')).toBeUndefined();
  expect(fromDateTimeLocal('2026-11-30')).toBeUndefined();
  expect(fromDateTimeLocal('2026-02-30T10:00')).toBeUndefined();
});
