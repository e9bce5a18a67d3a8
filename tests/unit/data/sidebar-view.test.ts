// The sidebar's cards read from the records a thread left: last contact, next check-in, letters
// and what is due, by the same rules as the rest of the extension.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowThroughDB } from '@/lib/data/db';
import { recordThread } from '@/lib/data/mail-records';
import { sidebarView } from '@/lib/views/sidebar';
import { at, letter, mentor, patel, thread } from '../factories';

let db: FollowThroughDB;
let n = 0;
beforeEach(async () => {
  db = new FollowThroughDB(`sidebar-view-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('sidebar view', () => {
  it('shows a card for each tracked person and offers to track the others', async () => {
    await db.mentors.add(mentor());
    await db.letters.add(letter({ status: 'materials-sent', deadline: '2026-11-28' }));
    await recordThread(thread(), db);
    const view = await sidebarView([patel, { name: 'Elena Ruiz', email: 'eruiz@university.example.edu' }, { name: 'Gmail', email: 'no-reply@accounts.google.com' }], at(2026, 11, 22), db);
    expect(view.unknown.map((p) => p.email)).toEqual(['eruiz@university.example.edu']);
    expect(view.cards).toHaveLength(1);
    const card = view.cards[0];
    expect(card.lastContactAt).toBe('2026-11-12T16:30:00.000Z');
    // 30 days after the last contact's local day: Nov 12 in New York, already Nov 13 in Auckland.
    expect(card.nextCheckinOn).toBe(process.env.TZ === 'Pacific/Auckland' ? '2026-12-13' : '2026-12-12');
    expect(card.letters.map((l) => l.nextStep)).toEqual(['Remind a week before the deadline']);
    // Dr. Patel wrote last, 10 days ago: a reply is overdue, ahead of the due reminder.
    expect(card.due.map((d) => `${d.kind}:${d.severity}`)).toEqual(['reply-owed:overdue', 'letter-reminder:due']);
  });

  it('does not take a scheduled meeting as the last contact (one rule with the due items)', async () => {
    await db.mentors.add(mentor());
    await recordThread(thread(), db);
    await db.activities.add({ id: 'booked', mentorId: 'm1', kind: 'meeting', at: at(2026, 11, 29, 9).toISOString() });
    const [card] = (await sidebarView([patel], at(2026, 11, 22), db)).cards;
    expect(card.lastContactAt).toBe('2026-11-12T16:30:00.000Z');
    expect(card.nextCheckinOn).toBe(process.env.TZ === 'Pacific/Auckland' ? '2026-12-13' : '2026-12-12');
  });
});
