// Mounts the sidebar in an open shadow root on a host element of our own, so the page's CSS
// and ours never meet and tests can reach inside.
import { createRoot, type Root } from 'react-dom/client';
import styles from '@/components/sidebar/sidebar.css?inline';

export const HOST_TAG = 'followthrough-sidebar';

export interface Mounted {
  host: HTMLElement;
  root: Root;
}

export function placeHost(host: HTMLElement, offsets: { top: number; right: number }): void {
  host.style.top = `${offsets.top}px`;
  host.style.right = `${offsets.right}px`;
  host.style.setProperty('--ft-top', `${offsets.top}px`);
}

export function mountHost(doc: Document): Mounted {
  doc.querySelector(HOST_TAG)?.remove(); // a previous copy after the extension reloaded
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = styles;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.append(host);
  const root = createRoot(container, {
    // Never let a rendering error escape into the mail page.
    onUncaughtError: (err) => console.warn('FollowThrough sidebar error', err),
  });
  return { host, root };
}
