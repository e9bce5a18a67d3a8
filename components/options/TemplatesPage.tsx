import type { ScheduleState } from '../useSchedule';

export function TemplatesPage(_props: { state: ScheduleState }) {
  return <h1>Templates</h1>;
}
