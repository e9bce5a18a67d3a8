// The toolbar button's badge: how many items are due now, red when a letter step is overdue.
import { browser } from 'wxt/browser';
import { actionable, type DueItem } from '@/lib/schedule';

const BADGE_COLORS = { letterOverdue: '#B3261E', due: '#1A73E8' };

/** Chromium and Firefox MV3 have `action`; Firefox's MV2 build has only `browserAction`. */
function toolbarButton(): typeof browser.action {
  const api = browser as typeof browser & { browserAction?: typeof browser.action };
  return api.action ?? api.browserAction!;
}

/** The number of items due now or overdue; red when a letter step is overdue. */
export async function updateBadge(items: DueItem[]): Promise<void> {
  const now = actionable(items);
  const letterOverdue = now.some((i) => i.severity === 'overdue' && i.letterId);
  const button = toolbarButton();
  await button.setBadgeText({ text: now.length ? String(now.length) : '' });
  await button.setBadgeBackgroundColor({ color: letterOverdue ? BADGE_COLORS.letterOverdue : BADGE_COLORS.due });
  await button.setTitle({ title: now.length ? `FollowThrough: ${now.length} due` : 'FollowThrough: nothing due' });
}
