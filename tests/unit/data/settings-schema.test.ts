// One schema for the settings: the Settings page and a backup import accept exactly the same
// values, and a bad stored value (from an older version) never blocks saving the others.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FollowThroughDB, getSettings } from '@/lib/data/db';
import { parseBackup } from '@/lib/backup';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/schedule/settings';
import { SETTING_BOUNDS, settingsSchema, storedSettingsSchema, withDefaults } from '@/lib/data/settings-schema';

const backupWith = (settings: Partial<Settings>) =>
  JSON.stringify({ format: 'followthrough-backup', version: 1, exportedAt: '2026-11-22T15:00:00.000Z', mentors: [], threads: [], letters: [], activities: [], goals: [], templates: [], settings });

describe('settings bounds, one for the page and the backup', () => {
  it('accept the defaults', () => {
    expect(settingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
    expect(parseBackup(backupWith(DEFAULT_SETTINGS)).ok).toBe(true);
  });

  it.each(Object.entries(SETTING_BOUNDS))('%s: both ends accepted, one past either refused, by both', (key, { min, max }) => {
    // askLateDays must stay under askWarnDays, and the reply figures and reminders in order: give
    // each room at both ends.
    const base = {
      ...DEFAULT_SETTINGS,
      askWarnDays: SETTING_BOUNDS.askWarnDays.max,
      askLateDays: SETTING_BOUNDS.askLateDays.min,
      reminderDaysBefore: SETTING_BOUNDS.reminderDaysBefore.min,
      earlyReminderDaysBefore: SETTING_BOUNDS.earlyReminderDaysBefore.max,
      replyDueDays: SETTING_BOUNDS.replyDueDays.min,
      replyOverdueDays: key === 'replyDueDays' ? SETTING_BOUNDS.replyOverdueDays.max : SETTING_BOUNDS.replyOverdueDays.min,
      replyDropDays: SETTING_BOUNDS.replyDropDays.max,
    };
    const page = (v: number) => settingsSchema.safeParse({ ...base, [key]: v }).success;
    const backup = (v: number) => parseBackup(backupWith({ [key]: v })).ok;
    for (const v of [min, max]) {
      if (key === 'askWarnDays' && v <= base.askLateDays) continue;
      expect(page(v), `${key} = ${v} on the page`).toBe(true);
      expect(backup(v), `${key} = ${v} in a backup`).toBe(true);
    }
    for (const v of [min - 1, max + 1, min + 0.5]) {
      expect(page(v), `${key} = ${v} on the page`).toBe(false);
      expect(backup(v), `${key} = ${v} in a backup`).toBe(false);
    }
  });

  it('refuse a late mark not before the ask-ahead mark, on the page and in a backup', () => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, askWarnDays: 30, askLateDays: 30 }).success).toBe(false);
    expect(storedSettingsSchema.safeParse({ askWarnDays: 30, askLateDays: 30 }).success).toBe(false);
    // A backup holding only one of the two is checked against nothing it does not hold.
    expect(storedSettingsSchema.safeParse({ askLateDays: 30 }).success).toBe(true);
  });

  it('refuse reply figures or reminders out of order, on the page and in a backup', () => {
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, replyDueDays: 5, replyOverdueDays: 5 }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, replyOverdueDays: 14, replyDropDays: 14 }).success).toBe(false);
    expect(storedSettingsSchema.safeParse({ reminderDaysBefore: 14, earlyReminderDaysBefore: 14 }).success).toBe(false);
    expect(storedSettingsSchema.safeParse({ reminderDaysBefore: 14, earlyReminderDaysBefore: 15 }).success).toBe(true);
  });

  it('refuse a backup asking for no reminders at all, with the reason', () => {
    const parsed = parseBackup(backupWith({ maxReminders: 0 }));
    expect(parsed.ok ? [] : parsed.errors).toEqual(['settings: maxReminders must be a whole number from 1 to 2']);
  });
});

describe('stored settings', () => {
  it('bring a value out of bounds (an older import) back to its default, keeping the rest', () => {
    const s = withDefaults({ maxReminders: 0, askWarnDays: 56, userName: 'Jordan Lee', quietStartHour: 24 });
    expect(s).toMatchObject({ maxReminders: 2, askWarnDays: 56, userName: 'Jordan Lee', quietStartHour: 22 });
    // So the Settings page starts from values it can save.
    expect(settingsSchema.safeParse(s).success).toBe(true);
  });

  it('keep the late mark under the ask-ahead mark', () => {
    const s = withDefaults({ askWarnDays: 20, askLateDays: 28 });
    expect(s.askWarnDays).toBe(20);
    expect(s.askLateDays).toBe(19);
    expect(settingsSchema.safeParse(s).success).toBe(true);
  });

  it('keep the reply figures and the early reminder in order', () => {
    const s = withDefaults({ replyDueDays: 7, reminderDaysBefore: 21 });
    expect(s).toMatchObject({ replyDueDays: 7, replyOverdueDays: 8, replyDropDays: 14, reminderDaysBefore: 21, earlyReminderDaysBefore: 22 });
    expect(settingsSchema.safeParse(s).success).toBe(true);
  });

  it('are read through those bounds from the database', async () => {
    const db = new FollowThroughDB('settings-schema');
    await db.settings.put({ key: 'settings', value: { maxReminders: 0, outcomeDays: 'soon' as unknown as number } });
    expect(await getSettings(db)).toMatchObject({ maxReminders: 2, outcomeDays: DEFAULT_SETTINGS.outcomeDays });
    await db.delete();
  });
});
