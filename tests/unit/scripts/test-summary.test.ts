// The suite's closing line: flaky tests (passed only on a retry) are counted apart, and the line
// keeps the shape CI reads: "N passed, N failed", then optional ", N flaky" and ", N skipped".
import { expect, it } from 'vitest';
import { e2eCounts, summaryLine, unitCounts } from '../../../scripts/test-summary.mjs';

const playwright = {
  stats: { expected: 3, unexpected: 1, flaky: 1, skipped: 0 },
  suites: [
    {
      specs: [{ file: 'options.spec.ts', title: 'a', tests: [{ status: 'expected' }] }],
      suites: [{ specs: [{ file: 'sidebar.spec.ts', title: 'slow one', tests: [{ status: 'flaky' }] }, { file: 'sidebar.spec.ts', title: 'b', tests: [{ status: 'unexpected' }] }] }],
    },
  ],
};

it('counts a test that passed on retry as flaky, not passed', () => {
  expect(e2eCounts(playwright)).toEqual({ passed: 3, failed: 1, skipped: 0, flaky: ['sidebar.spec.ts: slow one'] });
});

it('reads vitest counts', () => {
  expect(unitCounts({ numPassedTests: 10, numFailedTests: 0, numPendingTests: 1, numTodoTests: 1 })).toEqual({ passed: 10, failed: 0, skipped: 2, flaky: [] });
});

it('keeps the closing line parseable', () => {
  const shape = /^tests: (\d+) passed, (\d+) failed(, \d+ flaky)?(, \d+ skipped)?$/;
  expect(summaryLine({ passed: 5, failed: 0, skipped: 0, flaky: 0 })).toBe('tests: 5 passed, 0 failed');
  expect(summaryLine({ passed: 5, failed: 1, skipped: 2, flaky: 3 })).toBe('tests: 5 passed, 1 failed, 3 flaky, 2 skipped');
  expect(summaryLine({ passed: 5, failed: 1, skipped: 2, flaky: 3 })).toMatch(shape);
  expect(summaryLine({ passed: 5, failed: 1, skipped: 2, flaky: 3 })).toMatch(/\d+ passed, \d+ failed/);
});
