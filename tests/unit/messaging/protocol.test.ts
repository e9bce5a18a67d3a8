// The background's one message listener: each request goes to its type's handler, called at once
// (sidePanel.open() must run within the user's click), and its answer or failure comes back.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, type Handlers } from '@/lib/messaging/protocol';

/** Sends `message` to the registered listener; returns what it returned and what it answered. */
function deliver(message: unknown, sender = {}) {
  const sendResponse = vi.fn();
  const returned = fakeBrowser.runtime.onMessage.trigger(message, sender, sendResponse);
  return { returned, sendResponse };
}

describe('handleMessages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('calls the handler of the request type at once, with the sender, and answers its value', async () => {
    const view = vi.fn(async () => ({ status: { kind: 'none' as const }, dark: false, composeCount: 0 }));
    handleMessages({ 'panel:view': view } as Partial<Handlers> as Handlers);
    const sender = { tab: { id: 3 } };
    const { returned, sendResponse } = deliver({ type: 'panel:view', tabId: 3 }, sender);
    expect(view).toHaveBeenCalledWith({ type: 'panel:view', tabId: 3 }, sender);
    expect(await returned).toEqual([true]);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, value: { status: { kind: 'none' }, dark: false, composeCount: 0 } }));
  });

  it('answers a failure with its message', async () => {
    handleMessages({ 'panel:skeleton': async () => Promise.reject(new Error('The mail tab did not answer')) } as Partial<Handlers> as Handlers);
    const { sendResponse } = deliver({ type: 'panel:skeleton', tabId: 1 });
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: false, error: 'The mail tab did not answer' }));
  });

  it('leaves a message of no known type to other listeners', async () => {
    handleMessages({} as Handlers);
    const { returned, sendResponse } = deliver({ type: 'someone-else' });
    expect(await returned).toEqual([false]);
    expect(sendResponse).not.toHaveBeenCalled();
  });
});
