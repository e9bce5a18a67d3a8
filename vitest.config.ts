import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Rules are about calendar days and wall-clock hours in the user's zone, so every unit test runs
// twice: west of UTC with a daylight-saving change (New York, UTC-5/-4) and far east of it, across
// the date line from the Americas (Auckland, UTC+13/+12). Each project is its own set of workers,
// so TZ is set before any date code runs (tests/unit/zone.test.ts checks it took effect).
const zone = (name: string, tz: string) => ({ extends: true, test: { name, env: { TZ: tz } } }) as const;

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Property tests import and write through fake-indexeddb hundreds of times; on a busy 2-core
    // machine that can pass 5 s without anything being wrong.
    testTimeout: 30_000,
    // The same for a hook that loads every fixture page (the selector cases).
    hookTimeout: 30_000,
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    projects: [zone('new-york', 'America/New_York'), zone('auckland', 'Pacific/Auckland')],
  },
});
