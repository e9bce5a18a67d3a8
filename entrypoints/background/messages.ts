import { browser } from 'wxt/browser';
import { handleMessages } from '@/lib/messaging';
import { sidebarView } from '@/lib/sidebar-view';
import { recordThread, trackMentor } from '@/lib/tracking';
import { db, getSettings } from '@/lib/db';
import { renderById } from '@/lib/template-view';
import { letterActions } from '@/lib/letter-actions';
import { performLetterAction } from '@/lib/store';
import { historyChanged, scheduleRecompute } from './recompute';

export function setupMessages(): void {
  handleMessages({
    'sidebar:view': async ({ thread, people }) => {
      if (thread) await recordThread(thread);
      return sidebarView(people, new Date(), db, thread);
    },
    'sidebar:track': async ({ person, thread, people }) => {
      await trackMentor(person, new Date());
      if (thread) await recordThread(thread);
      return sidebarView(people, new Date(), db, thread);
    },
    'template:render': async ({ templateId, mentorId, letterId }) =>
      renderById(templateId, mentorId, new Date(), await getSettings(), db, letterId),
    'letter:action': async ({ letterId, action }) => {
      const [letter, settings] = await Promise.all([db.letters.get(letterId), getSettings()]);
      const now = new Date();
      // The sidebar offers a step only when it is allowed; check again, the data may have moved on.
      if (!letter || !letterActions(letter, settings, now).includes(action)) {
        throw new Error(action === 'reminder-sent' ? 'No more reminders for this letter: two is the most, a few days apart.' : 'That step no longer applies to this letter.');
      }
      await performLetterAction(letterId, action, now);
      return null;
    },
    'open-options': async ({ hash }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash ? `#${hash}` : ''}`) });
      return null;
    },
    'data-changed': async ({ tables }) => {
      // Pages' own Dexie writes also arrive as storagemutated; a writer that bypasses Dexie
      // (the test and demo seeding) names its tables.
      if (tables) historyChanged(tables);
      scheduleRecompute(0);
      return null;
    },
  });
}
