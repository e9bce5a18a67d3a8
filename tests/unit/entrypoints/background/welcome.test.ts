import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setupWelcome } from '@/entrypoints/background/welcome';

/** URLs of the tabs the extension opened (the fake browser starts with one blank tab). */
async function openedUrls(): Promise<string[]> {
  const tabs = await fakeBrowser.tabs.query({});
  return tabs.map((t) => t.url ?? '').filter(Boolean);
}

describe('the welcome page on install', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    setupWelcome();
  });

  it('opens once on a fresh install, at the welcome route of the options page', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    const urls = await openedUrls();
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/\/options\.html#welcome$/);
  });

  it('stays closed on an update, a browser update and a shared-module update', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'shared_module_update', id: 'some-shared-module' });
    expect(await openedUrls()).toEqual([]);
  });

  it('opens only once, even when a browser reports each start as an install', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await openedUrls()).toHaveLength(1);
  });
});
