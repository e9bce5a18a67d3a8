// A webmail page (a fixture served at the real Gmail or Outlook URL) as FollowThrough changes it:
// the chip in the page's own flow, and the in-page sidebar frame the chip opens (the fallback,
// entrypoints/content/chip.ts), both inside the `followthrough-sidebar` shadow root.
import type { Locator, Page } from '@playwright/test';
import { Sidebar } from './sidebar';

/** The chip's test id, for code that runs in the page and finds it in the shadow root itself. */
export const CHIP_TEST_ID = 'page-chip';

export class MailPage {
  constructor(readonly page: Page) {}

  /** The chip: the mentor's name and what is due; opens the sidebar. */
  get chip(): Locator {
    return this.page.getByTestId(CHIP_TEST_ID);
  }

  /** The in-page sidebar's frame, when it is open. */
  get sidebarFrame(): Locator {
    return this.page.getByTestId('sidebar-frame');
  }

  /** The sidebar inside that frame. */
  get inPageSidebar(): Sidebar {
    return new Sidebar(this.page.frameLocator('followthrough-sidebar iframe'));
  }
}
