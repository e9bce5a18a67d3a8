import type { ScheduleState } from '../useSchedule';

export function BackupPage(_props: { state: ScheduleState }) {
  return <h1>Backup</h1>;
}
