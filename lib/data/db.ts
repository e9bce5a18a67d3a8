// The only Dexie instance. It lives in the extension's origin (background, popup, options):
// content scripts never open it. Every version() stays here with its upgrade(), so an old
// database migrates every row.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Activity, Goal, LetterRequest, Mentor, Snooze, Thread, UserTemplate } from './model';
import type { Settings } from '../schedule/settings';
import { withDefaults } from './settings-schema';
import type { DueKind } from '../schedule/types';

interface SettingsRow {
  key: 'settings';
  value: Partial<Settings>;
}

/** A due item already announced, so a recompute does not raise it again. */
export interface NotifiedRow {
  itemId: string;
  at: string;
  /** Where a click on the notification leads. */
  mentorId?: string;
  letterId?: string;
  kind?: DueKind;
  /** Its first button writes the message (else it opens the item in options). */
  writes?: boolean;
}

const DB_NAME = 'followthrough';

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /** Moves every row of the version before to this one's shape; never drops a row. */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema the database has had, oldest first. Add a version, never edit or remove one:
 * tests/unit/data/migrations.test.ts builds a database at each and upgrades it to the newest.
 */
export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // *emails: one lookup finds the mentor of any of their addresses.
      mentors: 'id, *emails, status, name',
      threads: 'id, [provider+providerThreadId], mentorId, lastMessageAt',
      letters: 'id, mentorId, deadline, status',
      activities: 'id, mentorId, [mentorId+at], at, threadId',
      goals: 'id, mentorId, revisitOn',
      templates: 'id, builtinId',
      snoozes: 'itemId',
      settings: 'key',
      notified: 'itemId',
    },
  },
];

export class FollowThroughDB extends Dexie {
  mentors!: Table<Mentor, string>;
  threads!: Table<Thread, string>;
  letters!: Table<LetterRequest, string>;
  activities!: Table<Activity, string>;
  goals!: Table<Goal, string>;
  templates!: Table<UserTemplate, string>;
  snoozes!: Table<Snooze, string>;
  settings!: Table<SettingsRow, string>;
  notified!: Table<NotifiedRow, string>;

  /** `upTo` opens the schema as it was at an earlier version (migration tests). */
  constructor(name = DB_NAME, upTo = Infinity) {
    super(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= upTo)) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

export const db = new FollowThroughDB();

export async function getSettings(database: FollowThroughDB = db): Promise<Settings> {
  const row = await database.settings.get('settings');
  return withDefaults(row?.value);
}

export async function saveSettings(patch: Partial<Settings>, database: FollowThroughDB = db): Promise<void> {
  await database.transaction('rw', database.settings, async () => {
    const row = await database.settings.get('settings');
    await database.settings.put({ key: 'settings', value: { ...row?.value, ...patch } });
  });
}

export function newId(): string {
  return crypto.randomUUID();
}
