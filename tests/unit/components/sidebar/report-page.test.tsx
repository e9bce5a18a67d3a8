// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportPage } from '../../../../components/sidebar/ReportPage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

async function mount(getSkeleton: () => Promise<string>) {
  const host = document.body.appendChild(document.createElement('div'));
  await act(async () => createRoot(host).render(<ReportPage getSkeleton={getSkeleton} />));
  return host;
}

const click = (el: Element | null) => act(async () => void (el as HTMLElement).click());

describe('ReportPage', () => {
  it('shows the skeleton in a text area only when asked, and copies it', async () => {
    const getSkeleton = vi.fn(async () => '<div role="main">Aaaa</div>');
    const host = await mount(getSkeleton);
    expect(host.querySelector('[data-testid=report-text]')).toBeNull();
    expect(getSkeleton).not.toHaveBeenCalled();
    await click(host.querySelector('[data-testid=report-page]'));
    expect(host.querySelector<HTMLTextAreaElement>('[data-testid=report-text]')!.value).toBe('<div role="main">Aaaa</div>');
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await click(host.querySelector('[data-testid=report-copy]'));
    expect(writeText).toHaveBeenCalledWith('<div role="main">Aaaa</div>');
    expect(host.querySelector('[role=status]')!.textContent).toMatch(/Copied/);
  });

  it('says so when the page cannot be read, and shows no stale text', async () => {
    const host = await mount(async () => {
      throw new Error('No webmail page is open in this tab.');
    });
    await click(host.querySelector('[data-testid=report-page]'));
    expect(host.querySelector('[data-testid=report-text]')).toBeNull();
    expect(host.querySelector('[role=status]')!.textContent).toBe('No webmail page is open in this tab.');
  });
});
