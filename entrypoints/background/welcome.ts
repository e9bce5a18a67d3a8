// First run: a fresh install opens the welcome page once. An update, a browser update or a
// reload of the unpacked extension does not: those users already know the product.
import { browser } from 'wxt/browser';
import { openOptions } from '@/lib/navigation/open-options';

/** Set when the welcome page has been opened. Chromium started with --load-extension (the demo,
 * the tests) reports every start as an "install"; the mark keeps that to one welcome. */
export const WELCOME_SHOWN_KEY = 'welcomeShownAt';

export async function onInstalled(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  const stored = await browser.storage.local.get(WELCOME_SHOWN_KEY);
  if (stored[WELCOME_SHOWN_KEY]) return;
  await browser.storage.local.set({ [WELCOME_SHOWN_KEY]: new Date().toISOString() });
  // The options route of the welcome page (components/welcome/WelcomePage.tsx).
  await openOptions(['welcome']);
}

export function setupWelcome(): void {
  browser.runtime.onInstalled.addListener((details) =>
    onInstalled(details).catch((err: unknown) => console.error('FollowThrough: the welcome page could not open', err)),
  );
}
