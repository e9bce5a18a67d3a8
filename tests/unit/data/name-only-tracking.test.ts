// People Outlook names without an address, matched to tracked mentors in the background: by name
// (titles, "Last, First", case and accents aside), never guessed, never one of two without asking.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { recordThread, resolveNames, trackMentor, withChoice } from '@/lib/data/mail-records';
import { sidebarView } from '@/lib/views/sidebar';
import type { OpenThread, Person } from '@/lib/mail/types';
import { at, mentor } from '../factories';

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`names-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const OKAFOR = mentor({ id: 'okafor', name: 'Dr. Samuel Okafor', emails: ['sokafor@hospital.example.org'] });
const OKAFOR_2 = mentor({ id: 'okafor-2', name: 'Samuel Okafor', title: undefined, emails: ['samuel.okafor@clinic.example.com'] });
const ME = 'jordan.lee@hospital.example.org';
const NAMED: Person = { name: 'Okafor, Samuel', email: '' };

const thread = (from: Person = NAMED): OpenThread => ({
  provider: 'outlook',
  providerThreadId: 'CONV1',
  subject: 'Letter for EM residency',
  participants: [from],
  messages: [
    { key: 'a', from: { name: 'Jordan Lee', email: ME }, at: at(2026, 11, 9, 23, 58).toISOString(), fromMe: true },
    { key: 'b', from, at: at(2026, 11, 10, 9, 15).toISOString(), fromMe: false },
  ],
});

describe('name-only people', () => {
  it('are the one mentor with that name, with or without title, in "Last, First" order', async () => {
    await db.mentors.add(OKAFOR);
    const view = await sidebarView([NAMED], at(2026, 11, 20), db, thread());
    expect(view.cards.map((c) => c.mentor.id)).toEqual(['okafor']);
    expect(view.unknown).toEqual([]);
    expect(view.ambiguous).toEqual([]);
    expect(await recordThread(thread(), db)).toBe(2); // the mentor's message and the user's
    const kinds = (await db.activities.toArray()).map((a) => [a.mentorId, a.kind]).sort();
    expect(kinds).toEqual([['okafor', 'email-received'], ['okafor', 'email-sent']]);
  });

  it('fold accents and case', async () => {
    await db.mentors.add(mentor({ id: 'muller', name: 'Prof. Zoë Müller', emails: ['zmuller@uni.example.de'] }));
    const { people } = await resolveNames([{ name: 'MULLER, ZOE', email: '' }], null, db);
    expect(people).toEqual([{ name: 'MULLER, ZOE', email: 'zmuller@uni.example.de' }]);
  });

  it('are never guessed: someone untracked stays name-only, offered for tracking with an address', async () => {
    await db.mentors.add(mentor({ id: 'patel' }));
    const view = await sidebarView([NAMED], at(2026, 11, 20), db, thread());
    expect(view.cards).toEqual([]);
    expect(view.unknown).toEqual([NAMED]);
    expect(await recordThread(thread(), db)).toBe(0);
    expect(await db.activities.count()).toBe(0);
  });

  it('cannot be tracked without an address; with one, the thread is theirs', async () => {
    await expect(trackMentor(NAMED, at(2026, 11, 20), db)).rejects.toThrow(/email address/);
    await expect(trackMentor({ ...NAMED, email: 'not an address' }, at(2026, 11, 20), db)).rejects.toThrow(/email address/);
    expect(await db.mentors.count()).toBe(0);
    const given = { name: NAMED.name, email: 'sokafor@hospital.example.org' };
    await trackMentor(given, at(2026, 11, 20), db);
    const chosen = withChoice(given, thread(), [NAMED]);
    expect(chosen.people).toEqual([{ name: 'Okafor, Samuel', email: 'sokafor@hospital.example.org' }]);
    expect(await recordThread(chosen.thread!, db)).toBe(2);
    // Later views name them without the address again: the name now finds the new mentor.
    const view = await sidebarView([NAMED], at(2026, 11, 20), db, thread());
    expect(view.cards).toHaveLength(1);
  });

  it('never pick one of two mentors with the same name without asking', async () => {
    await db.mentors.bulkAdd([OKAFOR, OKAFOR_2]);
    const view = await sidebarView([NAMED], at(2026, 11, 20), db, thread());
    expect(view.cards).toEqual([]);
    expect(view.unknown).toEqual([]);
    expect(view.ambiguous).toEqual([
      {
        person: NAMED,
        mentors: [
          { id: 'okafor', name: 'Dr. Samuel Okafor', email: 'sokafor@hospital.example.org' },
          { id: 'okafor-2', name: 'Samuel Okafor', email: 'samuel.okafor@clinic.example.com' },
        ],
      },
    ]);
    // Nothing is recorded for either of them...
    expect(await recordThread(thread(), db)).toBe(0);
    // ...until the user picks one; the thread then remembers the pick.
    const pick = { name: NAMED.name, email: OKAFOR_2.emails[0] };
    await recordThread(withChoice(pick, thread(), [NAMED]).thread!, db);
    const after = await sidebarView([NAMED], at(2026, 11, 20), db, thread());
    expect(after.ambiguous).toEqual([]);
    expect(after.cards.map((c) => c.mentor.id)).toEqual(['okafor-2']);
    expect((await db.activities.toArray()).every((a) => a.mentorId === 'okafor-2')).toBe(true);
  });
});
