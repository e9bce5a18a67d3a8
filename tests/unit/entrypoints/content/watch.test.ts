// @vitest-environment happy-dom
// The content script's watcher follows a reading pane that Outlook replaces whole.
import { describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../../../entrypoints/content/watch';


describe('watchPage', () => {
  it('re-aims at the new pane after a swap and sees changes inside it', async () => {
    document.body.innerHTML = '<div id="app"><div role="main" id="pane-1"><p>one</p></div></div>';
    let changes = 0;
    const stop = watchPage(() => document.querySelector('[role=main]'), () => changes++, 5);
    const next = document.createElement('div');
    next.setAttribute('role', 'main');
    next.id = 'pane-2';
    document.getElementById('pane-1')!.replaceWith(next);
    await vi.waitFor(() => expect(changes).toBe(1));
    next.append(document.createElement('p')); // inside the new pane
    await vi.waitFor(() => expect(changes).toBe(2));
    stop();
  });
});
