// Prints one closing line for the whole suite, "tests: N passed, N failed", from the JSON the
// unit, end-to-end and Firefox runners wrote, so CI reads one verdict for all. A test that passed only
// on a retry is flaky: it is listed by name and counted apart (", N flaky"), never as passed.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Counts from vitest's JSON report. */
export function unitCounts(r) {
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + (r.numTodoTests ?? 0), flaky: [] };
}

/** Counts from Playwright's JSON report; flaky tests by title, with their file. */
export function e2eCounts(r) {
  const flaky = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) if (t.status === 'flaky') flaky.push(`${spec.file}: ${spec.title}`);
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of r.suites ?? []) walk(suite);
  return { passed: r.stats.expected, failed: r.stats.unexpected, skipped: r.stats.skipped, flaky };
}

export function summaryLine({ passed, failed, skipped, flaky }) {
  return `tests: ${passed} passed, ${failed} failed${flaky ? `, ${flaky} flaky` : ''}${skipped ? `, ${skipped} skipped` : ''}`;
}

function main() {
  const total = { passed: 0, failed: 0, skipped: 0, flaky: [] };
  const reports = [
    ['test-results/unit.json', unitCounts],
    ['test-results/e2e.json', e2eCounts],
    // The Firefox suite runs on vitest too.
    ['test-results/firefox.json', unitCounts],
  ];
  for (const [file, count] of reports) {
    if (!existsSync(file)) continue;
    const c = count(JSON.parse(readFileSync(file, 'utf8')));
    total.passed += c.passed;
    total.failed += c.failed;
    total.skipped += c.skipped;
    total.flaky.push(...c.flaky);
  }
  for (const name of total.flaky) console.log(`flaky (passed only on retry): ${name}`);
  console.log(summaryLine({ ...total, flaky: total.flaky.length }));
  // A flaky test does not fail the run, but it is not a pass either: it is reported above.
  process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
