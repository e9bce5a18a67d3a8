// "Write" and "Open thread" asked of the worker (notification buttons, the sidebar). The worker has
// no clipboard: a message too long for a link opens the mentor's page in options instead, whose
// Write button copies it and opens the compose with the subject.
import { writeLinks, type WriteTarget } from '@/lib/views/write';
import { openLink } from '@/lib/navigation/open-link';
import { openOptions } from '@/lib/navigation/open-options';
import type { OptionsPlace } from '@/lib/navigation/options-place';

/** 'too-long' and 'no-message' (the step needs none now) open the mentor's page in options. */
export type WriteOutcome = 'compose' | 'too-long' | 'no-message';

export async function writeFromWorker(target: WriteTarget, now = new Date()): Promise<WriteOutcome> {
  const links = await writeLinks(target, now);
  if (!links) throw new Error('That mentor no longer exists.');
  const compose = links.message?.compose;
  if (compose?.complete) {
    await openLink(compose.url);
    return 'compose';
  }
  await openOptions(['mentor', target.mentorId]);
  return compose ? 'too-long' : 'no-message';
}

/** The last thread with the mentor, or `fallback` in options when there is no mail to go to. */
export async function openThreadFromWorker(target: WriteTarget, fallback: OptionsPlace | undefined, now = new Date()): Promise<'thread' | 'options'> {
  const links = await writeLinks(target, now);
  if (links?.threadUrl) {
    await openLink(links.threadUrl);
    return 'thread';
  }
  await openOptions(fallback);
  return 'options';
}
