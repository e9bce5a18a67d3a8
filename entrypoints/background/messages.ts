import { handleMessages } from '@/lib/messaging/protocol';
import { db, getSettings } from '@/lib/data/db';
import { renderById } from '@/lib/views/suggestions';
import { markReply } from '@/lib/data/mentors';
import { performLetterAction } from '@/lib/data/letters';
import { scheduleRecompute, tablesWritten } from './recompute';
import { writeFromWorker } from './write';

export function setupMessages(): void {
  handleMessages({
    'template:render': async ({ templateId, mentorId, letterId }) =>
      renderById(templateId, mentorId, new Date(), await getSettings(), db, letterId),
    'letter:action': async ({ letterId, action }) => {
      await performLetterAction(letterId, action, new Date());
      return null;
    },
    write: async ({ mentorId, letterId, kind }) => writeFromWorker({ mentorId, letterId, kind }),
    'reply:mark': async ({ mentorId, mark }) => {
      await markReply(mentorId, mark, new Date());
      return null;
    },
    'data-changed': async ({ tables }) => {
      // Pages' own Dexie writes also arrive as storagemutated; a writer that bypasses Dexie
      // (the test and demo seeding) names its tables.
      if (tables) tablesWritten(tables);
      else scheduleRecompute(0);
      return null;
    },
  });
}
