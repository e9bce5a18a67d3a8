export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  flaky: string[];
}
export function unitCounts(report: unknown): Counts;
export function e2eCounts(report: unknown): Counts;
export function summaryLine(counts: { passed: number; failed: number; skipped: number; flaky: number }): string;
