import { browser } from 'wxt/browser';
import { handleMessages } from '@/lib/messaging';
import { sidebarView } from '@/lib/sidebar-view';
import { recordThread, trackMentor } from '@/lib/tracking';
import { scheduleRecompute } from './recompute';

export function setupMessages(): void {
  handleMessages({
    'sidebar:view': async ({ thread, people }) => {
      if (thread) await recordThread(thread);
      return sidebarView(people, new Date());
    },
    'sidebar:track': async ({ person, thread, people }) => {
      await trackMentor(person, new Date());
      if (thread) await recordThread(thread);
      return sidebarView(people, new Date());
    },
    'open-options': async ({ hash }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${hash ? `#${hash}` : ''}`) });
      return null;
    },
    'data-changed': async () => {
      scheduleRecompute(0);
      return null;
    },
  });
}
