// Property: whatever valid data the database holds, export then import into a fresh database
// gives it back exactly, and a second import changes nothing.
import { SETTING_BOUNDS } from '@/lib/data/settings-schema';
import 'fake-indexeddb/auto';
import { WRITE_WITH } from '@/lib/mail/links';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { serializeBackup, type Backup } from '@/lib/backup';
import { exportBackup, importBackup } from '@/lib/data/backup';
import { ACTIVITY_KINDS, LETTER_STATUSES, MENTOR_ROLES, PACKET_ITEMS, type Mentor } from '@/lib/data/model';
import { at } from '../../factories';

const now = at(2026, 11, 22);

const nonBlank = (s: string) => s.trim() !== '';
const id = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 }).filter(nonBlank);
const name = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((s) => nonBlank(s) && !/<[a-z!/]/i.test(s));
const label = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).filter(nonBlank);
// 'binary' includes lone surrogates: free text must survive JSON and IndexedDB as it is.
const freeText = fc.string({ unit: 'binary', maxLength: 300 });
const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
const day = instant.map((iso) => iso.slice(0, 10));
const email = fc.emailAddress().filter((e) => e.length <= 254);
const optional = { requiredKeys: [] as never[] };

const mentorArb: fc.Arbitrary<Mentor> = fc.record(
  {
    id,
    name,
    title: name,
    emails: fc.uniqueArray(email, { maxLength: 3 }),
    role: fc.constantFrom(...MENTOR_ROLES),
    cadenceDays: fc.integer({ min: 1, max: 365 }),
    status: fc.constantFrom('active', 'paused', 'ended'),
    notes: freeText,
    createdAt: instant,
    theyRepliedAt: instant,
    replyDismissedAt: instant,
  },
  { requiredKeys: ['id', 'name', 'emails', 'cadenceDays', 'status', 'createdAt'] },
);

const timestamps = <K extends string>(keys: readonly K[]) => fc.record(Object.fromEntries(keys.map((k) => [k, instant])) as Record<K, fc.Arbitrary<string>>, optional);
const unique = <T extends { id: string }>(arb: fc.Arbitrary<T>) => fc.uniqueArray(arb, { selector: (r) => r.id, maxLength: 5 });

/** Records that all belong to the generated mentors, as a database would hold them. */
const backupArb: fc.Arbitrary<Omit<Backup, 'format' | 'version' | 'exportedAt'>> = unique(mentorArb).chain((mentors) => {
  const mentorId = mentors.length ? fc.constantFrom(...mentors.map((m) => m.id)) : fc.constant('none');
  const owned = <T extends { id: string }>(arb: fc.Arbitrary<T>): fc.Arbitrary<T[]> => (mentors.length ? unique(arb) : fc.constant([]));
  const letter = fc
    .tuple(
      fc.record({ id, mentorId, purpose: label, program: label, deadline: day, status: fc.constantFrom(...LETTER_STATUSES), remindersSent: fc.integer({ min: 0, max: 10 }) }),
      fc.record(
        {
          programs: fc.array(label, { maxLength: 3 }),
          outcome: freeText,
          portal: fc.record({ name: label, letterId: fc.string({ maxLength: 20 }) }),
          materials: fc.record(Object.fromEntries(Object.keys(PACKET_ITEMS).map((k) => [k, fc.boolean()])), optional),
        },
        optional,
      ),
      timestamps(['askedAt', 'agreedAt', 'declinedAt', 'declineHandledAt', 'materialsSentAt', 'lastReminderAt', 'submittedAt', 'thankedAt', 'outcomeKnownAt', 'outcomeSharedAt', 'createdAt']),
    )
    .map(([required, extra, times]) => ({ ...required, ...extra, ...times }));
  const thread = fc
    .tuple(
      fc.record({ id, provider: fc.constantFrom('gmail' as const, 'outlook' as const), providerThreadId: id, subject: freeText, mentorId }),
      timestamps(['lastMessageAt', 'lastFromMentorAt', 'lastFromMeAt']),
      fc.record({ url: fc.stringMatching(/^[\w-]{1,30}$/).map((token) => `https://mail.google.com/mail/u/1/#inbox/${token}`) }, optional),
    )
    .map(([t, times, page]) => ({ ...t, ...times, ...page }));
  const activity = fc.record({ id, mentorId, kind: fc.constantFrom(...ACTIVITY_KINDS), at: instant, threadId: id, text: freeText }, { requiredKeys: ['id', 'mentorId', 'kind', 'at'] });
  const goal = fc.record({ id, mentorId, text: label, revisitOn: day, done: fc.boolean(), createdAt: instant }, { requiredKeys: ['id', 'mentorId', 'text', 'revisitOn', 'createdAt'] });
  const template = fc.record({ id, name: label, subject: freeText, body: fc.string({ unit: 'binary', maxLength: 2000 }), builtinId: id, updatedAt: instant }, { requiredKeys: ['id', 'name', 'subject', 'body', 'updatedAt'] });
  const settings = fc.record(
    {
      // Anything the Settings page can save (the bounds are its schema's).
      defaultCadenceDays: fc.integer(SETTING_BOUNDS.defaultCadenceDays),
      askWarnDays: fc.integer(SETTING_BOUNDS.askWarnDays),
      maxReminders: fc.integer(SETTING_BOUNDS.maxReminders),
      replyDueDays: fc.integer(SETTING_BOUNDS.replyDueDays),
      earlyReminderDaysBefore: fc.integer(SETTING_BOUNDS.earlyReminderDaysBefore),
      userName: fc.string({ maxLength: 40 }),
      notificationsEnabled: fc.boolean(),
      quietStartHour: fc.integer(SETTING_BOUNDS.quietStartHour),
      lastBackupAt: instant,
      writeWith: fc.constantFrom(...WRITE_WITH),
    },
    optional,
  );
  return fc.record({ mentors: fc.constant(mentors), letters: owned(letter), threads: owned(thread), activities: owned(activity), goals: owned(goal), templates: unique(template), settings });
});

let n = 0;
async function withDb<T>(use: (db: FollowThroughDB) => Promise<T>): Promise<T> {
  const db = new FollowThroughDB(`backup-roundtrip-${++n}`);
  try {
    return await use(db);
  } finally {
    await db.delete();
  }
}

describe('backup round trip', () => {
  it('gives back exactly what was exported, and a second import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(backupArb, async (data) =>
        withDb(async (source) => {
          await source.transaction('rw', [source.mentors, source.letters, source.threads, source.activities, source.goals, source.templates, source.settings], async () => {
            await source.mentors.bulkAdd(data.mentors);
            await source.letters.bulkAdd(data.letters);
            await source.threads.bulkAdd(data.threads);
            await source.activities.bulkAdd(data.activities);
            await source.goals.bulkAdd(data.goals);
            await source.templates.bulkAdd(data.templates);
            await source.settings.put({ key: 'settings', value: data.settings });
          });
          const exported = await exportBackup(now, source);
          const text = serializeBackup(exported);
          await withDb(async (target) => {
            const first = await importBackup(text, target);
            expect(first, JSON.stringify(first)).toMatchObject({ ok: true, merged: [] });
            expect(await exportBackup(now, target)).toStrictEqual(exported);
            const again = await importBackup(text, target);
            expect(again).toMatchObject({ ok: true, added: { mentors: 0, threads: 0, letters: 0, activities: 0, goals: 0, templates: 0, settings: 0 } });
            expect(again.ok && Object.values(again.updated).every((c) => c === 0)).toBe(true);
          });
        }),
      ),
      { numRuns: 30 },
    );
    // Thirty databases written and read back: seconds on a busy machine, past vitest's default 5 s.
  }, 60_000);
});
