// First run: a fresh install opens the welcome page once. An update, a browser update or a
// reload of the unpacked extension does not: those users already know the product.
import { browser } from 'wxt/browser';
import { openOptions } from '@/lib/open-options';

/** The options route of the welcome page (components/welcome/WelcomePage.tsx). */
export const WELCOME_PLACE = 'welcome';

export async function onInstalled(details: { reason: string }): Promise<void> {
  if (details.reason !== 'install') return;
  await openOptions(WELCOME_PLACE);
}

export function setupWelcome(): void {
  browser.runtime.onInstalled.addListener((details) => void onInstalled(details));
}
