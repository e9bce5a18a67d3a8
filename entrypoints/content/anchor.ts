// Where the chip joins the page's own flow: right after the open thread's subject heading, so
// it sits in the subject row and covers nothing. No heading found: the chip is an edge tab.
// (Read-only lookups of two headings the adapters also read; kept here so the chip never
// depends on the adapters' internals.)
import type { Provider } from '@/lib/model';

const SUBJECT_HEADING: Record<Provider, string> = {
  gmail: 'h2.hP',
  outlook: '[role=heading][aria-level="2"]',
};

export function chipAnchor(provider: Provider, doc: Document = document): Element | null {
  for (const el of doc.querySelectorAll(SUBJECT_HEADING[provider])) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.height > 0) return el;
  }
  return null;
}
