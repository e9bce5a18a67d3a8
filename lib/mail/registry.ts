// Which adapter reads this page. A new provider is one adapter file, one line here and its hosts
// in hosts.ts.
import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';
import { safe } from './dom';
import type { MailAdapter } from './types';

export const ADAPTERS: readonly MailAdapter[] = [
  gmailAdapter,
  outlookAdapter,
];

export function adapterFor(location: Location | URL, doc: Document): MailAdapter | null {
  return ADAPTERS.find((adapter) => safe(() => adapter.matches(location, doc), false)) ?? null;
}
