// A corpus of bad files: each is refused with a reason a person can act on, and writes nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { parseBackup, serializeBackup, type Backup } from '@/lib/backup';
import { exportBackup, importBackup } from '@/lib/data/backup';
import { activity, at, letter, mentor } from '../../factories';

const now = at(2026, 11, 22);
let db: FollowThroughDB;
let n = 0;
let valid: Backup;

beforeEach(async () => {
  db = new FollowThroughDB(`backup-malformed-${++n}`);
  await db.mentors.add(mentor());
  await db.letters.add(letter());
  await db.activities.add(activity('meeting', at(2026, 11, 1)));
  await db.threads.add({ id: 'gmail:t1:m1', provider: 'gmail', providerThreadId: 't1', subject: 'Research', mentorId: 'm1' });
  await db.goals.add({ id: 'g1', mentorId: 'm1', text: 'Submit an abstract', revisitOn: '2027-02-01', createdAt: now.toISOString() });
  await db.templates.add({ id: 't1', name: 'My update', subject: 'Update', body: 'Dear Dr. Patel,', updatedAt: now.toISOString() });
  await db.settings.put({ key: 'settings', value: { userName: 'Jordan Lee' } });
  valid = await exportBackup(now, db);
});
afterEach(async () => {
  await db.delete();
});

/** The valid export, changed by `edit`, as file text. */
function fileWith(edit: (b: Record<string, any>) => void): string {
  const copy = structuredClone(valid) as Record<string, any>;
  edit(copy);
  return JSON.stringify(copy);
}

const PATEL = 'mentors[0] (Dr. Maya Patel)';
const MGH = 'letters[0] (Internal Medicine, Mass General)';

// [what is wrong, the file, the expected reason]
const corpus: [string, () => string, string | RegExp][] = [
  ['not JSON at all', () => 'Dear Dr. Patel, thank you', /^This file is not JSON: /],
  ['cut-off JSON', () => serializeBackup(valid).slice(0, 200), /^This file is not JSON: /],
  ['an empty file', () => '', 'This file is empty'],
  ['only whitespace', () => ' \n\t ', 'This file is empty'],
  ['a JSON array', () => '[]', /^This is not a FollowThrough backup/],
  ['JSON null', () => 'null', /^This is not a FollowThrough backup/],
  ['a JSON number', () => '42', /^This is not a FollowThrough backup/],
  ['another format', () => fileWith((b) => (b.format = 'calendar-export')), /^This is not a FollowThrough backup/],
  ['no format', () => fileWith((b) => delete b.format), /^This is not a FollowThrough backup/],
  ['version 2', () => fileWith((b) => (b.version = 2)), 'This backup is version 2; this FollowThrough reads version 1'],
  ['version "1"', () => fileWith((b) => (b.version = '1')), 'This backup is version "1"; this FollowThrough reads version 1'],
  ['no version', () => fileWith((b) => delete b.version), 'This backup has no version; this FollowThrough reads version 1'],
  ['no mentors', () => fileWith((b) => delete b.mentors), 'mentors is missing'],
  ['mentors not a list', () => fileWith((b) => (b.mentors = {})), 'mentors must be a list'],
  ['no exportedAt', () => fileWith((b) => delete b.exportedAt), 'exportedAt is missing'],
  ['a letter that is not an object', () => fileWith((b) => (b.letters = [5])), 'letters[0] must be an object'],
  ['a letter without deadline', () => fileWith((b) => delete b.letters[0].deadline), `${MGH}: deadline is missing`],
  ['a mentor without name', () => fileWith((b) => delete b.mentors[0].name), 'mentors[0]: name is missing'],
  ['cadenceDays "thirty"', () => fileWith((b) => (b.mentors[0].cadenceDays = 'thirty')), `${PATEL}: cadenceDays must be a whole number from 1 to 365`],
  ['cadenceDays 0', () => fileWith((b) => (b.mentors[0].cadenceDays = 0)), `${PATEL}: cadenceDays must be a whole number from 1 to 365`],
  ['remindersSent -1', () => fileWith((b) => (b.letters[0].remindersSent = -1)), `${MGH}: remindersSent must be a whole number from 0 to 10`],
  ['remindersSent 1.5', () => fileWith((b) => (b.letters[0].remindersSent = 1.5)), `${MGH}: remindersSent must be a whole number from 0 to 10`],
  ['deadline 2027-02-30', () => fileWith((b) => (b.letters[0].deadline = '2027-02-30')), `${MGH}: deadline must be a date like 2027-01-15`],
  ['deadline 01/15/2027', () => fileWith((b) => (b.letters[0].deadline = '01/15/2027')), `${MGH}: deadline must be a date like 2027-01-15`],
  ['a timestamp without time', () => fileWith((b) => (b.activities[0].at = '2026-11-01')), 'activities[0]: at must be a date and time like 2026-11-22T15:00:00.000Z'],
  ['a bad email', () => fileWith((b) => (b.mentors[0].emails = ['mpatel at med.example.edu'])), `${PATEL}: emails[0] must be an email address like name@example.edu`],
  ['a bad status', () => fileWith((b) => (b.letters[0].status = 'pending')), `${MGH}: status must be one of planned, asked, agreed, declined, materials-sent, submitted, thanked, outcome-shared`],
  ['a bad provider', () => fileWith((b) => (b.threads[0].provider = 'yahoo')), 'threads[0] (Research): provider must be one of gmail, outlook'],
  ['a thread page that is not a webmail', () => fileWith((b) => (b.threads[0].url = 'javascript:alert(1)')), 'threads[0] (Research): url must be a Gmail or Outlook page address'],
  ['a thread page over http', () => fileWith((b) => (b.threads[0].url = 'http://mail.google.com/mail/u/0/#inbox/x')), 'threads[0] (Research): url must be a Gmail or Outlook page address'],
  ['an unknown Write with', () => fileWith((b) => (b.settings.writeWith = 'yahoo')), 'settings: writeWith must be one of auto, gmail, outlook, mailto'],
  ['a bad activity kind', () => fileWith((b) => (b.activities[0].kind = 'call')), /^activities\[0\]: kind must be one of email-sent/],
  ['materials not booleans', () => fileWith((b) => (b.letters[0].materials = { cv: 'yes' })), `${MGH}: materials.cv must be true or false`],
  ['a letter for a mentor not in the file', () => fileWith((b) => (b.letters[0].mentorId = 'm9')), `${MGH}: mentorId "m9" is not a mentor in this file`],
  ['a goal for a mentor not in the file', () => fileWith((b) => (b.goals[0].mentorId = 'gone')), 'goals[0] (Submit an abstract): mentorId "gone" is not a mentor in this file'],
  ['a duplicate mentor id', () => fileWith((b) => b.mentors.push({ ...b.mentors[0], name: 'Dr. Samuel Okafor' })), 'mentors[1] (Dr. Samuel Okafor): id "m1" is also the id of mentors[0]'],
  ['an empty id', () => fileWith((b) => (b.templates[0].id = ' ')), 'templates[0] (My update): id must not be empty'],
  ['a 1 MB name', () => fileWith((b) => (b.mentors[0].name = 'x'.repeat(1024 * 1024))), /^mentors\[0\] \(x{39}…\): name is too long \(1,048,576 characters; at most 200\)$/],
  ['HTML in a mentor name', () => fileWith((b) => (b.mentors[0].name = '<img src=x onerror=alert(1)>')), /^mentors\[0\] \(.*\): name contains HTML markup$/],
  ['HTML in a title', () => fileWith((b) => (b.mentors[0].title = 'Dr.</b>')), `${PATEL}: title contains HTML markup`],
  ['a setting out of bounds', () => fileWith((b) => (b.settings.askWarnDays = 3)), 'settings: askWarnDays must be a whole number from 14 to 180'],
  ['a third reminder in settings', () => fileWith((b) => (b.settings.maxReminders = 3)), 'settings: maxReminders must be a whole number from 1 to 2'],
  ['no reminders at all in settings', () => fileWith((b) => (b.settings.maxReminders = 0)), 'settings: maxReminders must be a whole number from 1 to 2'],
  ['late not before ask-ahead in settings', () => fileWith((b) => Object.assign(b.settings, { askWarnDays: 30, askLateDays: 30 })), 'settings: askLateDays must be fewer days than the ask-ahead figure (askWarnDays)'],
  ['a reply figure out of bounds', () => fileWith((b) => (b.settings.replyDueDays = 0)), 'settings: replyDueDays must be a whole number from 1 to 7'],
  ['reply figures out of order', () => fileWith((b) => Object.assign(b.settings, { replyDueDays: 5, replyOverdueDays: 5 })), 'settings: replyOverdueDays must be more days than a reply is due after (replyDueDays)'],
  ['a "They replied" time that is not one', () => fileWith((b) => (b.mentors[0].theyRepliedAt = 'yesterday')), `${PATEL}: theyRepliedAt must be a date and time like 2026-11-22T15:00:00.000Z`],
  ['settings not an object', () => fileWith((b) => (b.settings = 'defaults')), 'settings must be an object'],
  ['a file over 20 MB', () => ' '.repeat(20 * 1024 * 1024 + 1), 'This file is too large for a FollowThrough backup (over 20 MB)'],
];

describe('a malformed backup', () => {
  it.each(corpus)('is refused: %s', async (_, file, reason) => {
    const text = file();
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    const errors = parsed.ok ? [] : parsed.errors;
    if (typeof reason === 'string') expect(errors).toContain(reason);
    else expect(errors.some((e) => reason.test(e)), errors.join('\n')).toBe(true);

    const before = await exportBackup(now, db);
    expect(await importBackup(text, db)).toEqual({ ok: false, errors });
    expect(await exportBackup(now, db)).toEqual(before);
    expect(await db.mentors.count()).toBe(1);
  });

  it('lists at most 20 problems, then how many more', () => {
    const text = fileWith((b) => {
      b.letters = Array.from({ length: 30 }, (_, i) => ({ ...b.letters[0], id: `l${i}`, deadline: 'soon' }));
    });
    const parsed = parseBackup(text);
    expect(parsed.ok ? [] : parsed.errors).toHaveLength(21);
    expect(parsed.ok ? '' : parsed.errors[20]).toBe('and 10 more');
  });

  it('reports every problem in a record, not only the first', () => {
    const parsed = parseBackup(fileWith((b) => Object.assign(b.letters[0], { deadline: 'soon', status: 'pending' })));
    expect(parsed.ok ? [] : parsed.errors).toHaveLength(2);
  });
});
