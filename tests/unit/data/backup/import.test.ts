// Importing: merge by id, the same person recognised by email, all or nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB, getSettings } from '@/lib/data/db';
import { backupFileName, backupReminderDue, parseBackup, serializeBackup, type Backup } from '@/lib/backup';
import { exportBackup, importBackup, markBackedUp } from '@/lib/data/backup';
import type { Activity, Thread } from '@/lib/data/model';
import { activity, at, letter, mentor } from '../../factories';

const now = at(2026, 11, 22);
const dbs: FollowThroughDB[] = [];
let n = 0;
async function freshDb(): Promise<FollowThroughDB> {
  const db = new FollowThroughDB(`backup-import-${++n}`);
  await db.open();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const zero = { mentors: 0, threads: 0, letters: 0, activities: 0, goals: 0, templates: 0, settings: 0 };

let source: FollowThroughDB;
let file: string;
beforeEach(async () => {
  source = await freshDb();
  await source.mentors.bulkAdd([mentor(), mentor({ id: 'm2', name: 'Dr. Samuel Okafor', emails: ['sokafor@hospital.example.org'] })]);
  await source.letters.bulkAdd([letter(), letter({ id: 'l2', mentorId: 'm2', program: 'Cardiology, Penn', status: 'agreed' })]);
  await source.threads.add({ id: 'gmail:t1:m1', provider: 'gmail', providerThreadId: 't1', subject: 'Research', mentorId: 'm1' });
  await source.activities.bulkAdd([
    activity('email-received', at(2026, 11, 1), { id: 'mail:gmail:t1:m1:email-received:2026-11-01T14:00:00.000Z', threadId: 'gmail:t1:m1' }),
    activity('meeting', at(2026, 11, 5), { id: 'a-meeting' }),
  ]);
  await source.goals.add({ id: 'g1', mentorId: 'm1', text: 'Submit an abstract', revisitOn: '2027-02-01', createdAt: now.toISOString() });
  await source.templates.add({ id: 't1', name: 'My update', subject: 'Update', body: 'Dear Dr. Patel,', updatedAt: now.toISOString() });
  await source.settings.put({ key: 'settings', value: { userName: 'Jordan Lee', askWarnDays: 56 } });
  // Transient state that a backup leaves out.
  await source.snoozes.put({ itemId: 'checkin:m1', until: now.toISOString() });
  file = serializeBackup(await exportBackup(now, source));
});

describe('export', () => {
  it('writes every record table and the settings, not snoozes or notifications', async () => {
    const b = JSON.parse(file) as Backup;
    expect(Object.keys(b)).toEqual(['format', 'version', 'exportedAt', 'mentors', 'threads', 'letters', 'activities', 'goals', 'templates', 'settings']);
    expect(b).toMatchObject({ format: 'followthrough-backup', version: 1, exportedAt: now.toISOString(), settings: { userName: 'Jordan Lee', askWarnDays: 56 } });
    expect(b.mentors).toHaveLength(2);
    expect(file).not.toContain('checkin:m1');
  });

  it('names the file after the local day', () => {
    expect(backupFileName(at(2026, 11, 22, 23, 30))).toBe('followthrough-backup-2026-11-22.json');
  });
});

describe('import', () => {
  it('restores into an empty database, and adds nothing the second time', async () => {
    const target = await freshDb();
    expect(await importBackup(file, target)).toEqual({
      ok: true,
      added: { mentors: 2, threads: 1, letters: 2, activities: 2, goals: 1, templates: 1, settings: 1 },
      updated: zero,
      unchanged: 0,
      merged: [],
    });
    expect(await importBackup(file, target)).toEqual({ ok: true, added: zero, updated: zero, unchanged: 10, merged: [] });
    expect(await exportBackup(now, target)).toEqual(await exportBackup(now, source));
    expect(await target.snoozes.count()).toBe(0);
  });

  it('replaces a record with a known id only when it differs', async () => {
    await source.letters.update('l1', { status: 'asked', askedAt: now.toISOString() });
    const target = await freshDb();
    await importBackup(file, target);
    const report = await importBackup(serializeBackup(await exportBackup(now, source)), target);
    expect(report).toMatchObject({ ok: true, added: zero, updated: { ...zero, letters: 1 }, unchanged: 9 });
    expect((await target.letters.get('l1'))?.status).toBe('asked');
  });

  it('merges settings over the stored ones and keeps the later backup date', async () => {
    const target = await freshDb();
    await target.settings.put({ key: 'settings', value: { userStage: 'resident', askWarnDays: 42, lastBackupAt: '2026-12-01T00:00:00.000Z' } });
    const b = JSON.parse(file) as Backup;
    b.settings.lastBackupAt = '2026-10-01T00:00:00.000Z';
    const report = await importBackup(JSON.stringify(b), target);
    expect(report).toMatchObject({ ok: true, updated: { settings: 1 } });
    expect((await target.settings.get('settings'))?.value).toEqual({
      userStage: 'resident',
      userName: 'Jordan Lee',
      askWarnDays: 56,
      lastBackupAt: '2026-12-01T00:00:00.000Z',
    });
  });

  it('drops unknown fields and settings, and lower-cases addresses', async () => {
    const b = JSON.parse(file) as Record<string, any>;
    b.mentors[0].emails = ['  MPatel@Med.Example.EDU '];
    b.mentors[0].favouriteColour = 'teal';
    b.settings.theme = 'dark';
    b.futureTable = [{ id: 'x' }];
    delete b.goals; // written before goals were part of the file
    const target = await freshDb();
    expect(await importBackup(JSON.stringify(b), target)).toMatchObject({ ok: true, added: { goals: 0 } });
    expect(await target.mentors.get('m1')).toEqual(mentor());
    expect((await target.settings.get('settings'))?.value).toEqual({ userName: 'Jordan Lee', askWarnDays: 56 });
  });

  it('treats a new mentor id with a known address as the same person', async () => {
    // The same mentor, added separately on another computer: another id, the same address.
    const target = await freshDb();
    const here = mentor({ id: 'local-patel', emails: ['maya.patel@gmail.com', 'mpatel@med.example.edu'] });
    await target.mentors.add(here);
    await target.threads.add({ id: 'gmail:t1:local-patel', provider: 'gmail', providerThreadId: 't1', subject: 'Research', mentorId: 'local-patel' });
    await target.activities.add({ id: 'mail:gmail:t1:local-patel:email-received:2026-11-01T14:00:00.000Z', mentorId: 'local-patel', kind: 'email-received', at: '2026-11-01T14:00:00.000Z', threadId: 'gmail:t1:local-patel' });

    const report = await importBackup(file, target);
    expect(report).toMatchObject({
      ok: true,
      added: { mentors: 1, letters: 2, threads: 0, activities: 1, goals: 1 },
      merged: ['Dr. Maya Patel (mpatel@med.example.edu) is already tracked as Dr. Maya Patel: merged into that mentor'],
    });
    expect((await target.mentors.toArray()).map((m) => m.id).sort()).toEqual(['local-patel', 'm2']);
    expect(await target.letters.where('mentorId').equals('local-patel').primaryKeys()).toEqual(['l1']);
    expect(await target.goals.get('g1')).toMatchObject({ mentorId: 'local-patel' });
    // The thread and its message were already recorded here: one row each, not two.
    expect(await target.threads.toArray()).toEqual<Thread[]>([expect.objectContaining({ id: 'gmail:t1:local-patel' })]);
    expect((await target.activities.toArray()).map((a: Activity) => [a.id, a.mentorId]).sort()).toEqual([
      ['a-meeting', 'local-patel'],
      ['mail:gmail:t1:local-patel:email-received:2026-11-01T14:00:00.000Z', 'local-patel'],
    ]);
  });

  it('gives the existing mentor the addresses only the file knew', async () => {
    const target = await freshDb();
    await target.mentors.add(mentor({ id: 'local-patel' }));
    const b = JSON.parse(file) as Backup;
    b.mentors[0].emails.push('maya.patel@gmail.com');
    expect(await importBackup(JSON.stringify(b), target)).toMatchObject({ ok: true, updated: { mentors: 1 } });
    expect((await target.mentors.get('local-patel'))?.emails).toEqual(['mpatel@med.example.edu', 'maya.patel@gmail.com']);
  });
});

describe('all or nothing', () => {
  it('leaves the database exactly as it was when a write fails half-way', async () => {
    const target = await freshDb();
    await target.mentors.add(mentor({ name: 'Dr. M. Patel' }));
    await target.settings.put({ key: 'settings', value: { userStage: 'resident' } });
    const before = await exportBackup(now, target);
    // Templates are written after mentors, threads, letters, activities and goals.
    const failing = () => {
      throw new Error('disk full');
    };
    target.templates.hook('creating', failing);

    const report = await importBackup(file, target);
    expect(report).toEqual({ ok: false, errors: ['The import failed and nothing was changed: disk full'] });
    expect(await exportBackup(now, target)).toEqual(before);

    target.templates.hook('creating').unsubscribe(failing);
    expect(await importBackup(file, target)).toMatchObject({ ok: true, updated: { mentors: 1 } });
  });

  it('writes nothing when one record in the file is wrong', async () => {
    const target = await freshDb();
    const b = JSON.parse(file) as Backup;
    b.templates[0].updatedAt = 'yesterday';
    expect(await importBackup(JSON.stringify(b), target)).toMatchObject({ ok: false });
    expect(await target.mentors.count()).toBe(0);
    expect(await target.settings.count()).toBe(0);
  });
});

describe('parse', () => {
  it('accepts a file with a byte-order mark and offsets in timestamps', () => {
    const b = JSON.parse(file) as Backup;
    b.exportedAt = '2026-11-22T10:00:00-05:00';
    expect(parseBackup(`\uFEFF${JSON.stringify(b)}`)).toMatchObject({ ok: true });
  });
});

describe('backup reminder', () => {
  it('is due with data and no backup, or one 30 days old', () => {
    expect(backupReminderDue(undefined, false, now)).toBe(false);
    expect(backupReminderDue(undefined, true, now)).toBe(true);
    expect(backupReminderDue('not a date', true, now)).toBe(true);
    expect(backupReminderDue(at(2026, 10, 24).toISOString(), true, now)).toBe(false);
    expect(backupReminderDue(at(2026, 10, 23).toISOString(), true, now)).toBe(true);
    expect(backupReminderDue(at(2026, 11, 1).toISOString(), true, now, 14)).toBe(true);
  });

  it('remembers when the user last exported', async () => {
    const db = await freshDb();
    await markBackedUp(now, db);
    expect((await getSettings(db)).lastBackupAt).toBe(now.toISOString());
  });
});
