import type { Severity } from '@/lib/schedule';

const LABELS: Record<Severity, string> = { upcoming: 'Soon', due: 'Due', overdue: 'Overdue' };

export function SeverityPill({ severity }: { severity: Severity }) {
  return <span className={`pill ${severity}`}>{LABELS[severity]}</span>;
}
