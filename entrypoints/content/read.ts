// What the page shows now, in the shape the background is told, plus what only this page needs
// (the compose elements, to keep the in-page panel clear of them).
import type { MailAdapter, Person } from '@/lib/mail/types';
import { personKey } from '@/lib/mail/names';
import type { PageReport } from '@/lib/messaging/payloads';

export interface PageRead {
  report: PageReport;
  composeElements: Element[];
  /** Equal signatures mean nothing the background would answer differently. */
  signature: string;
}

export function readPage(adapter: MailAdapter, doc: Document = document): PageRead {
  const thread = ((t) => t && { ...t, url: location.href })(adapter.openThread(doc));
  const composes = adapter.composeWindows(doc);
  const me = adapter.userEmail(doc);
  const seen = new Set<string>(me ? [me] : []);
  const people: Person[] = [];
  for (const p of [...(thread?.participants ?? []), ...composes.flatMap((c) => c.recipients)]) {
    // Name-only people (Outlook, same organisation) all have email '': tell them apart by name.
    if (seen.has(personKey(p))) continue;
    seen.add(personKey(p));
    people.push(p);
  }
  const report: PageReport = {
    provider: adapter.provider,
    url: location.href,
    thread,
    people,
    composeCount: composes.length,
    readable: adapter.recognizes(doc, { thread, composeCount: composes.length }),
    dark: adapter.isDark(doc),
  };
  const signature = JSON.stringify([
    thread?.providerThreadId,
    thread?.messages.map((m) => [m.key, m.at]),
    people,
    report.composeCount,
    report.readable,
    report.dark,
  ]);
  return { report, composeElements: composes.map((c) => c.element), signature };
}
