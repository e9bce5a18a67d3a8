// An item is recorded as announced only once its notification exists: a failed one is tried
// again on the next recompute, and a shown one is never repeated. Quiet hours hold them back.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { db } from '@/lib/data/db';
import { notifyNewItems } from '@/entrypoints/background/notifications';
import { DEFAULT_SETTINGS, type DueItem } from '@/lib/schedule';
import { at } from '../../factories';

const item = (id: string): DueItem => ({ id, kind: 'checkin', mentorId: 'm1', mentorName: 'Dr. Maya Patel', dueDate: '2026-11-22', severity: 'due', reason: 'Check in with Dr. Maya Patel' });
const noon = at(2026, 11, 22, 12);
let create: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  create = vi.spyOn(browser.notifications, 'create').mockResolvedValue('ok' as never);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.notified.clear();
});

const shown = () => create.mock.calls.map((c: unknown[]) => c[0]);

it('shows each new item once, and records it', async () => {
  await notifyNewItems([item('a'), item('b')], DEFAULT_SETTINGS, noon);
  await notifyNewItems([item('a'), item('b')], DEFAULT_SETTINGS, noon);
  expect(shown()).toEqual(['a', 'b']);
  expect((await db.notified.toArray()).map((r) => r.itemId).sort()).toEqual(['a', 'b']);
});

it('tries a notification that failed again next time, without repeating the others', async () => {
  create.mockImplementation(async (id: unknown) => {
    if (id === 'b') throw new Error('Unable to show the notification');
    return String(id);
  });
  await expect(notifyNewItems([item('a'), item('b'), item('c')], DEFAULT_SETTINGS, noon)).rejects.toThrow('1 of 3 notifications could not be shown');
  expect((await db.notified.toArray()).map((r) => r.itemId).sort()).toEqual(['a', 'c']);
  create.mockResolvedValue('ok' as never);
  create.mockClear();
  await notifyNewItems([item('a'), item('b'), item('c')], DEFAULT_SETTINGS, noon);
  expect(shown()).toEqual(['b']);
});

it('records nothing when a summary of many could not be shown, so all are announced later', async () => {
  const many = ['a', 'b', 'c', 'd', 'e', 'f'].map(item);
  create.mockRejectedValueOnce(new Error('Unable to show the notification'));
  await expect(notifyNewItems(many, DEFAULT_SETTINGS, noon)).rejects.toThrow();
  expect(await db.notified.count()).toBe(0);
  await notifyNewItems(many, DEFAULT_SETTINGS, noon);
  expect(await db.notified.count()).toBe(6);
});

it('holds notifications during quiet hours and shows them after', async () => {
  await notifyNewItems([item('a')], DEFAULT_SETTINGS, at(2026, 11, 22, 23, 30));
  await notifyNewItems([item('a')], DEFAULT_SETTINGS, at(2026, 11, 23, 6, 59));
  expect(shown()).toEqual([]);
  expect(await db.notified.count()).toBe(0);
  await notifyNewItems([item('a')], DEFAULT_SETTINGS, at(2026, 11, 23, 7, 0));
  expect(shown()).toEqual(['a']);
});
