// Live view of everything the rules need, recomputed whenever any extension page or the
// background writes (Dexie's live queries cross contexts of the extension origin).
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getSettings } from '@/lib/data/db';
import { loadSchedule, loadSnoozes } from '@/lib/data/reads';
import { computeDue, type DueItem, type ScheduleData, type Settings } from '@/lib/schedule';

export interface ScheduleState {
  now: Date;
  data: ScheduleData;
  settings: Settings;
  items: DueItem[];
}

/** The current time, ticking each minute so "today" stays true while a page stays open. */
export function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(id);
  }, []);
  return now;
}

/** `tick` (from useNow) re-runs the query as time passes; each run reads the clock itself, so a
 * write made a moment ago is never "in the future". */
export function useSchedule(tick: Date): ScheduleState | undefined {
  return useLiveQuery(async () => {
    const [data, settings, snoozes] = await Promise.all([loadSchedule(), getSettings(), loadSnoozes()]);
    const now = new Date();
    return { now, data, settings, items: computeDue(data, now, settings, snoozes) };
  }, [tick.getTime()]);
}
