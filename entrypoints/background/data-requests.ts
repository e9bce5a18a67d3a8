// The background's answers about the data: a template filled in, a letter step or a reply mark
// recorded, a compose opened (the sidebar's buttons), and the pages' word that they wrote.
import type { Handlers } from '@/lib/messaging/protocol';
import { getSettings } from '@/lib/data/db';
import { renderById } from '@/lib/views/suggestions';
import { markReply } from '@/lib/data/mentors';
import { performLetterAction } from '@/lib/data/letters';
import { scheduleRecompute, tablesWritten } from './recompute';
import { writeFromWorker } from './write';

export const dataHandlers = {
  'template:render': async ({ templateId, mentorId, letterId }) =>
    renderById(templateId, mentorId, new Date(), await getSettings(), undefined, letterId),
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
} satisfies Partial<Handlers>;
