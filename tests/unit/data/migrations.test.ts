// Every schema version the database has had: build a database at that version from its fixture
// (tests/fixtures/db/vN.json), open it with today's code, and find every row intact.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FollowThroughDB, SCHEMA_VERSIONS, getSettings } from '@/lib/data/db';

const fixture = (version: number): Record<string, object[]> =>
  JSON.parse(readFileSync(`tests/fixtures/db/v${version}.json`, 'utf8'));

describe('schema migrations', () => {
  it('keeps every version, numbered in order', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  for (const { version } of SCHEMA_VERSIONS) {
    it(`upgrades a version ${version} database with every row intact`, async () => {
      const name = `migrate-from-v${version}`;
      const rows = fixture(version);
      const old = new FollowThroughDB(name, version);
      await old.open();
      await old.transaction('rw', old.tables, async () => {
        for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
      });
      old.close();

      const current = new FollowThroughDB(name);
      await current.open();
      expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      for (const [table, list] of Object.entries(rows)) {
        const t = current.table(table);
        expect(await t.count(), table).toBe(list.length);
        // Each row keeps what it held; an upgrade may add fields, never lose one.
        const key = t.schema.primKey.keyPath as string;
        for (const row of list) expect(await t.get((row as Record<string, string>)[key]), table).toMatchObject(row);
      }
      // Spot checks that the indexes the product relies on answer after the upgrade.
      expect((await current.mentors.where('emails').equals('maya.patel@gmail.com').first())?.id).toBe('m1');
      expect(await current.activities.where('[mentorId+at]').between(['m1', ''], ['m1', '\uffff']).count()).toBe(2);
      expect((await getSettings(current)).askWarnDays).toBe(56);
      await current.delete();
    });
  }
});
