import { browser } from 'wxt/browser';

/** Opens the options page, at a place such as `letter=ID` or `mentor=ID` when given. */
export async function openOptions(place = ''): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${place ? `#${place}` : ''}`) });
}
