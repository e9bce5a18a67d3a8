import { describe, expect, it } from 'vitest';
import { inQuietHours, placeFor } from '@/entrypoints/background/notifications';
import { DEFAULT_SETTINGS } from '@/lib/schedule';

const at = (h: number, m = 0) => new Date(2026, 10, 22, h, m);

describe('notifications', () => {
  it('keep quiet overnight by default (22:00 to 07:00), and never when the hours are equal', () => {
    expect(inQuietHours(DEFAULT_SETTINGS, at(21, 59))).toBe(false);
    expect(inQuietHours(DEFAULT_SETTINGS, at(22))).toBe(true);
    expect(inQuietHours(DEFAULT_SETTINGS, at(3))).toBe(true);
    expect(inQuietHours(DEFAULT_SETTINGS, at(7))).toBe(false);
    expect(inQuietHours({ ...DEFAULT_SETTINGS, quietStartHour: 12, quietEndHour: 14 }, at(13))).toBe(true);
    expect(inQuietHours({ ...DEFAULT_SETTINGS, quietStartHour: 12, quietEndHour: 14 }, at(14))).toBe(false);
    expect(inQuietHours({ ...DEFAULT_SETTINGS, quietStartHour: 0, quietEndHour: 0 }, at(3))).toBe(false);
  });

  it('lead to the letter when there is one, else to the mentor', () => {
    expect(placeFor({ itemId: 'x', at: '', mentorId: 'm1', letterId: 'l1' })).toEqual(['letter', 'l1']);
    expect(placeFor({ itemId: 'x', at: '', mentorId: 'm1' })).toEqual(['mentor', 'm1']);
    expect(placeFor(undefined)).toBeUndefined();
  });
});
