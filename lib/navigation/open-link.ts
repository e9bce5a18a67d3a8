import { browser } from 'wxt/browser';
import { mailUrl } from '../mail/links';

/**
 * Opens a compose or thread link. A webmail page opens in a new tab (tabs.create needs no
 * permission); a mailto: link is handed to the user's mail app from the current tab, which stays
 * where it is. Anything else is refused: only the links lib/mail/links.ts builds are opened.
 */
export async function openLink(url: string): Promise<void> {
  if (url.startsWith('mailto:')) await browser.tabs.update({ url });
  else if (mailUrl(url)) await browser.tabs.create({ url });
  else throw new Error('FollowThrough opens only Gmail, Outlook and mailto: links.');
}
