import { describe, expect, it } from 'vitest';
import { foldName, nameOnly, personKey, sameName } from '../../../lib/mail/names';
import { uniqueByEmail } from '../../../lib/mail/dom';

describe('name matching', () => {
  it.each([
    ['Samuel Okafor', 'Dr. Samuel Okafor'],
    ['Okafor, Samuel', 'Dr Samuel Okafor'],
    ['OKAFOR, SAMUEL', 'samuel okafor'],
    ['Samuel Okafor, MD', 'Prof. Samuel Okafor'],
    ['Zoë Müller', 'Zoe Muller'],
    ['Müller, Zoë (Kardiologie)', 'Dr. Zoe Müller'],
    ["Siobhan O'Brien", "O'Brien, Siobhan"],
  ])('%j is %j', (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ['Samuel Okafor', 'Samuel Okafor-Jones'],
    ['Samuel Okafor', 'Sam Okafor'],
    ['Dr.', 'Dr.'], // a title alone names no one
    ['', ''],
  ])('%j is not %j', (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });

  it('folds "Last, First" but not "First Last, MD"', () => {
    expect(foldName('Okafor, Samuel')).toBe('samuel okafor');
    expect(foldName('Samuel Okafor, MD, PhD')).toBe('samuel okafor');
  });

  it('keeps name-only people apart by name and drops one also named with an address', () => {
    expect(nameOnly('  ')).toBeNull();
    expect(personKey({ name: 'Okafor, Samuel', email: '' })).toBe(personKey({ name: 'Dr. Samuel Okafor', email: '' }));
    expect(
      uniqueByEmail([
        { name: 'Okafor, Samuel', email: '' },
        { name: 'Maya Patel', email: '' },
        { name: 'Maya Patel', email: 'mpatel@med.example.edu' },
        { name: 'Samuel Okafor', email: '' },
      ]),
    ).toEqual([{ name: 'Okafor, Samuel', email: '' }, { name: 'Maya Patel', email: 'mpatel@med.example.edu' }]);
  });
});
