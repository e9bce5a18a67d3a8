// Where the chip joins the page's own flow, so it covers nothing: right after the open thread's
// subject heading (in the subject row), else just above the body of the first compose window.
// Neither found: the chip is a small tab at the edge. (Read-only lookups of elements the
// adapters also read; kept here so the chip never depends on the adapters' internals.)
import type { Provider } from '@/lib/data/model';

const SUBJECT_HEADING: Record<Provider, string> = {
  gmail: 'h2.hP',
  outlook: '[role=heading][aria-level="2"]',
};
/** Outlook's subject shares a flex row with its print and more buttons and narrows beside the chip
 * until its words spill over it: there the chip goes on its own line right under that row. */
const BELOW_SUBJECT_ROW: Record<Provider, boolean> = { gmail: false, outlook: true };
const COMPOSE_EDITOR: Record<Provider, string> = {
  gmail: '[g_editable=true]',
  outlook: '[contenteditable=true][aria-multiline=true]',
};

export interface ChipAnchor {
  element: Element;
  /** The chip goes right after the element (a heading), or right before it (an editor). */
  where: 'after' | 'before';
}

/** Rendered at all (Gmail keeps hidden threads under display: none). Not "has width": the chip
 * beside a heading narrows it, and must not then give up its place. */
function firstVisible(doc: Document, selector: string): Element | undefined {
  return [...doc.querySelectorAll(selector)].find((el) => el.getClientRects().length > 0);
}

export function chipAnchor(provider: Provider, doc: Document = document): ChipAnchor | null {
  const heading = firstVisible(doc, SUBJECT_HEADING[provider]);
  const row = heading && BELOW_SUBJECT_ROW[provider] ? heading.parentElement : heading;
  if (row) return { element: row, where: 'after' };
  const editor = firstVisible(doc, COMPOSE_EDITOR[provider]);
  return editor?.parentElement ? { element: editor, where: 'before' } : null;
}
