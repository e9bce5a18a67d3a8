import { browser } from 'wxt/browser';
import { actionable, type DueItem } from '@/lib/schedule';

export const BADGE_COLORS = { letterOverdue: '#B3261E', due: '#1A73E8' };

/** The number of items due now or overdue; red when a letter step is overdue. */
export async function updateBadge(items: DueItem[]): Promise<void> {
  const now = actionable(items);
  const letterOverdue = now.some((i) => i.severity === 'overdue' && i.letterId);
  await browser.action.setBadgeText({ text: now.length ? String(now.length) : '' });
  await browser.action.setBadgeBackgroundColor({ color: letterOverdue ? BADGE_COLORS.letterOverdue : BADGE_COLORS.due });
  const title = now.length ? `FollowThrough: ${now.length} due` : 'FollowThrough: nothing due';
  await browser.action.setTitle({ title });
}
