// Writes of mentors: one way to add one (forms and mail alike), and a delete that takes every
// record of theirs and nobody else's.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { addMentor, deleteMentor, updateMentor } from '@/lib/data/mentors';
import { recordThread, trackMentor } from '@/lib/data/mail-records';
import { activity, at, letter, mentor, thread } from '../factories';

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`mentors-${++n}`);
  await db.open();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const values = { name: 'Dr. Elena Ruiz', emails: ['eruiz@university.example.edu'], role: 'research', cadenceDays: 45, notes: 'Met at the spring research day' };

describe('adding a mentor', () => {
  it('stores what was given, active from now, under a fresh id', async () => {
    const a = await addMentor(values, at(2026, 11, 20), db);
    const b = await addMentor({ ...values, name: 'Dr. Samuel Okafor', emails: ['sokafor@hospital.example.org'] }, at(2026, 11, 21), db);
    expect(a.id).not.toBe(b.id);
    expect(await db.mentors.get(a.id)).toEqual({ id: a.id, ...values, status: 'active', createdAt: at(2026, 11, 20).toISOString() });
  });

  it('refuses a row the database refuses, and leaves what was there', async () => {
    await db.mentors.add(mentor());
    vi.spyOn(crypto, 'randomUUID').mockReturnValue('m1' as ReturnType<typeof crypto.randomUUID>);
    await expect(addMentor(values, at(2026, 11, 20), db)).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.mentors.toArray()).toEqual([mentor()]);
  });

  it('is the same add from the mail: a correspondent is refused without an address, else added once', async () => {
    await expect(trackMentor({ name: 'Ruiz, Elena', email: '' }, at(2026, 11, 20), db)).rejects.toThrow(/email address/);
    expect(await db.mentors.count()).toBe(0);
    const tracked = await trackMentor({ name: 'Dr. Elena Ruiz', email: 'eruiz@university.example.edu' }, at(2026, 11, 20), db);
    expect(await db.mentors.get(tracked.id)).toEqual({
      id: tracked.id,
      name: 'Dr. Elena Ruiz',
      title: 'Dr.',
      emails: ['eruiz@university.example.edu'],
      cadenceDays: 30,
      status: 'active',
      createdAt: at(2026, 11, 20).toISOString(),
    });
  });
});

describe('editing a mentor', () => {
  it('changes only the fields it is given', async () => {
    await db.mentors.add(mentor());
    await updateMentor('m1', { status: 'paused', cadenceDays: 60 }, db);
    expect(await db.mentors.get('m1')).toEqual({ ...mentor(), status: 'paused', cadenceDays: 60 });
  });
});

describe('deleting a mentor', () => {
  it('removes the mentor with their letters, history, goals and threads; another mentor keeps theirs', async () => {
    const okafor = { name: 'Dr. Samuel Okafor', email: 'sokafor@hospital.example.org' };
    await db.mentors.bulkAdd([mentor(), mentor({ id: 'm2', name: okafor.name, emails: [okafor.email] })]);
    await db.letters.bulkAdd([letter(), letter({ id: 'l2', mentorId: 'm2' })]);
    await db.activities.bulkAdd([activity('meeting', at(2026, 11, 2)), activity('meeting', at(2026, 11, 3), { mentorId: 'm2' })]);
    await db.goals.bulkAdd([
      { id: 'g1', mentorId: 'm1', text: 'Submit an abstract', revisitOn: '2027-02-01', createdAt: at(2026, 11, 1).toISOString() },
      { id: 'g2', mentorId: 'm2', text: 'Present at grand rounds', revisitOn: '2027-03-01', createdAt: at(2026, 11, 1).toISOString() },
    ]);
    await recordThread(thread({ participants: [{ name: 'Dr. Maya Patel', email: 'mpatel@med.example.edu' }, okafor] }), db);
    expect(await db.threads.count()).toBe(2);

    await deleteMentor('m1', db);

    const mentorIds = async (rows: Promise<{ mentorId: string }[]>) => [...new Set((await rows).map((r) => r.mentorId))];
    expect((await db.mentors.toArray()).map((m) => m.id)).toEqual(['m2']);
    expect(await mentorIds(db.letters.toArray())).toEqual(['m2']);
    expect(await mentorIds(db.activities.toArray())).toEqual(['m2']);
    expect(await mentorIds(db.goals.toArray())).toEqual(['m2']);
    expect(await mentorIds(db.threads.toArray())).toEqual(['m2']);
    expect(await db.letters.count()).toBe(1);
    expect(await db.goals.count()).toBe(1);
  });
});
