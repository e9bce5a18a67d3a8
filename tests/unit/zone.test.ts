// Each vitest project runs in its own zone (vitest.config.ts): make sure the zone really applies,
// so the per-zone tests are not all quietly running in the machine's zone.
import { expect, it } from 'vitest';

const OFFSETS: Record<string, { january: number; july: number }> = {
  // getTimezoneOffset: minutes to add to local time to reach UTC.
  'America/New_York': { january: 300, july: 240 },
  'Pacific/Auckland': { january: -780, july: -720 },
};

it('runs in the zone its project names', () => {
  const zone = process.env.TZ ?? '';
  expect(Object.keys(OFFSETS)).toContain(zone);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  expect(new Date(2026, 0, 15).getTimezoneOffset()).toBe(OFFSETS[zone].january);
  expect(new Date(2026, 6, 15).getTimezoneOffset()).toBe(OFFSETS[zone].july);
});
