import { browser } from 'wxt/browser';
import { optionsPlace, type OptionsPlace } from './options-place';

/** Opens the options page, at a place such as a letter or a mentor when given. */
export async function openOptions(place?: OptionsPlace): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${place ? `#${optionsPlace(...place)}` : ''}`) });
}
