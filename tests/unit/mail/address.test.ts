// @vitest-environment happy-dom
// One address rule for what the adapters read, what the mentor form accepts and what a backup keeps.
import { describe, expect, it } from 'vitest';
import { addressesIn, isAddress } from '../../../lib/mail/address';
import { parseAddressList, personIn } from '../../../lib/mail/dom';
import { mentorDraftSchema } from '../../../lib/data/forms';
import { backupSchema, BACKUP_FORMAT, BACKUP_VERSION } from '../../../lib/backup/schema';

const ACCEPTED = [
  "o'brien@hospital.example.org",
  'o.neil+lor@med.example.edu',
  'jürgen.müller@universität.example.de',
  'дмитрий@пример.рф',
  '山田@例え.jp',
  'a@b.co',
];
const REFUSED = ['', 'plain', '@example.org', 'name@', 'name@example', 'a b@example.org', 'a@b..org', "'quoted@example.org'", 'a@b.org.'];

const draft = (emails: string) => ({ name: 'Dr. Siobhan O’Brien', title: '', emails, role: '', cadenceDays: '30', notes: '' });
/** A backup holding one mentor with this address. */
const backup = (email: string) => ({
  format: BACKUP_FORMAT,
  version: BACKUP_VERSION,
  exportedAt: '2026-11-22T00:00:00.000Z',
  mentors: [{ id: 'm1', name: 'Siobhan O’Brien', emails: [email], cadenceDays: 30, status: 'active', createdAt: '2026-11-01T00:00:00.000Z' }],
  threads: [],
  letters: [],
  activities: [],
  goals: [],
  templates: [],
  settings: {},
});

describe('the address rule', () => {
  it.each(ACCEPTED)('accepts %s everywhere', (address) => {
    expect(isAddress(address)).toBe(true);
    expect(addressesIn(`Siobhan <${address}>`)).toEqual([address.toLowerCase()]);
    expect(mentorDraftSchema.safeParse(draft(address)).success).toBe(true);
    expect(backupSchema.safeParse(backup(address)).success).toBe(true);
  });

  it.each(REFUSED)('refuses %j everywhere', (address) => {
    expect(isAddress(address)).toBe(false);
    expect(backupSchema.safeParse(backup(address)).success).toBe(false);
    if (address.trim()) expect(mentorDraftSchema.safeParse(draft(address)).success).toBe(false);
  });

  it("does not cut o'brien@ out of page text, nor keep the quotes around an address", () => {
    expect(addressesIn("Write to o'brien@hospital.example.org today")).toEqual(["o'brien@hospital.example.org"]);
    expect(addressesIn("'jane@example.org', mailto:joe@example.org.")).toEqual(['jane@example.org', 'joe@example.org']);
    expect(parseAddressList("Siobhan O'Brien <O'Brien@Hospital.example.org>")).toEqual([
      { name: "Siobhan O'Brien", email: "o'brien@hospital.example.org" },
    ]);
    document.body.innerHTML = `<button title="o'brien@hospital.example.org">Siobhan O'Brien</button>`;
    expect(personIn(document.body.firstElementChild!, document.body)).toEqual({
      name: "Siobhan O'Brien",
      email: "o'brien@hospital.example.org",
    });
  });

  it('keeps the 254-character limit', () => {
    const long = `${'a'.repeat(64)}@${'b'.repeat(185)}.org`;
    expect(long.length).toBe(254);
    expect(isAddress(long)).toBe(true);
    expect(isAddress(`a${long}`)).toBe(false);
  });
});
