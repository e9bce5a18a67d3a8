// @vitest-environment happy-dom
// A mentor save that fails (the database refused it) says why inside the form and keeps what was
// typed; it is not an unhandled rejection nobody sees.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it } from 'vitest';
import { MentorForm, draftOf } from '@/components/options/MentorForm';
import { mentor } from '../../factories';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function renderForm(onSubmit: () => Promise<void>) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(<MentorForm initial={draftOf(mentor())} submitLabel="Save" onSubmit={onSubmit} />));
  const submit = () => act(async () => void host.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  return { host, root, submit };
}

it('shows a failed save in the form, with the reason, and keeps the values', async () => {
  let calls = 0;
  const { host, root, submit } = await renderForm(async () => {
    calls++;
    throw new Error('QuotaExceededError: the disk is full');
  });
  await submit();
  expect(calls).toBe(1);
  const alert = host.querySelector('form [role=alert]');
  expect(alert?.textContent).toBe('The mentor was not saved: QuotaExceededError: the disk is full');
  expect((host.querySelector('input') as HTMLInputElement).value).toBe('Dr. Maya Patel');
  await act(async () => root.unmount());
});

it('shows nothing when the save succeeds', async () => {
  const { host, root, submit } = await renderForm(async () => undefined);
  await submit();
  expect(host.querySelector('[role=alert]')).toBeNull();
  await act(async () => root.unmount());
});
