// The recompute at start and every half hour after: due dates move with the clock too.
import { browser } from 'wxt/browser';
import { periodicRecompute, recomputeNow } from './recompute';

const RECOMPUTE_ALARM = 'followthrough-recompute';
/** Due dates move at day boundaries; half an hour keeps the badge current without waking often. */
const PERIOD_MINUTES = 30;

export function setupAlarms(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RECOMPUTE_ALARM) void periodicRecompute();
  });
  // Alarms can be lost (browser update, cleared profile): re-create whenever the worker starts.
  void browser.alarms.get(RECOMPUTE_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(RECOMPUTE_ALARM, { periodInMinutes: PERIOD_MINUTES, delayInMinutes: 1 });
  });
  void recomputeNow();
}
