// @vitest-environment happy-dom
// A page that throws while rendering shows what happened and a way back, not a blank options page.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@/components/options/ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(() => vi.restoreAllMocks());

function Broken(): never {
  throw new Error('URI malformed');
}

it('shows the error and a link back instead of an empty page', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => {
    root.render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
  });
  expect(host.querySelector('[data-testid=page-error]')?.textContent).toContain('This page could not be shown');
  expect(host.textContent).toContain('URI malformed');
  expect(host.querySelector('a')?.getAttribute('href')).toBe('#mentors');
  await act(async () => root.unmount());
});

it('shows the page itself when nothing throws', async () => {
  const host = document.createElement('div');
  const root = createRoot(host);
  await act(async () => {
    root.render(
      <ErrorBoundary>
        <p>Mentors</p>
      </ErrorBoundary>,
    );
  });
  expect(host.textContent).toBe('Mentors');
  await act(async () => root.unmount());
});
