// Every message type has one home among the background's modules, and the tab handlers keep
// their checks of who sent a message.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlers } from '@/entrypoints/background/messages';
import { dataHandlers } from '@/entrypoints/background/data-requests';
import { tabHandlers } from '@/entrypoints/background/webmail-tabs';
import type { PageReport } from '@/lib/messaging/payloads';

const ALL_TYPES = [
  'page:report', 'panel:open', 'panel:view', 'panel:track', 'panel:insert', 'panel:skeleton',
  'template:render', 'letter:action', 'write', 'reply:mark', 'data-changed',
];

describe('the background message handlers', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answer every message type, each in one module only', () => {
    const tabTypes = Object.keys(tabHandlers);
    const dataTypes = Object.keys(dataHandlers);
    expect(tabTypes.filter((t) => dataTypes.includes(t))).toEqual([]);
    expect([...tabTypes, ...dataTypes].sort()).toEqual([...ALL_TYPES].sort());
    expect(Object.keys(handlers).sort()).toEqual([...ALL_TYPES].sort());
  });

  it('take reports from a tab only', async () => {
    const report = { people: [], thread: null, readable: true, dark: false, composeCount: 0 } as unknown as PageReport;
    await expect(tabHandlers['page:report']({ type: 'page:report', report }, {})).rejects.toThrow('Reports come from a tab.');
  });

  it("open the side panel for the sender's tab before any await, and for no other", async () => {
    const sidePanel = (fakeBrowser as unknown as { sidePanel: { open: (o: { tabId: number }) => Promise<void> } }).sidePanel;
    const open = vi.spyOn(sidePanel, 'open').mockResolvedValue(undefined);
    const opening = tabHandlers['panel:open']({ type: 'panel:open' }, { tab: { id: 7 } as never });
    expect(open).toHaveBeenCalledWith({ tabId: 7 });
    expect(await opening).toBeNull();
    await tabHandlers['panel:open']({ type: 'panel:open' }, {});
    expect(open).toHaveBeenCalledTimes(1);
  });
});
