// The screens' reads: the whole schedule at once, and the few narrow reads live queries make.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { firstMentorsByName, loadSchedule, loadSnoozes, loadUserTemplates } from '@/lib/data/reads';
import { activity, at, letter, mentor } from '../factories';

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`reads-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('reads', () => {
  it('loads every record the rules need', async () => {
    const goal = { id: 'g1', mentorId: 'm1', text: 'Submit an abstract', revisitOn: '2027-02-01', createdAt: at(2026, 11, 1).toISOString() };
    const met = activity('meeting', at(2026, 11, 2));
    await db.mentors.add(mentor());
    await db.letters.add(letter());
    await db.activities.add(met);
    await db.goals.add(goal);
    expect(await loadSchedule(db)).toEqual({ mentors: [mentor()], letters: [letter()], activities: [met], goals: [goal] });
  });

  it('lists the first mentors by name, no more than asked', async () => {
    await db.mentors.bulkAdd(['Zhou', 'Adams', 'Patel', 'Kim'].map((name, i) => mentor({ id: `m${i}`, name })));
    expect((await firstMentorsByName(3, db)).map((m) => m.name)).toEqual(['Adams', 'Kim', 'Patel']);
  });

  it('reads the snoozes and the user templates', async () => {
    const snooze = { itemId: 'checkin:m1', until: at(2026, 11, 23).toISOString() };
    const template = { id: 't1', name: 'Thanks', subject: 'Thank you', body: 'Dear {{mentor.name}},', updatedAt: at(2026, 11, 1).toISOString() };
    await db.snoozes.add(snooze);
    await db.templates.add(template);
    expect(await loadSnoozes(db)).toEqual([snooze]);
    expect(await loadUserTemplates(db)).toEqual([template]);
  });
});
