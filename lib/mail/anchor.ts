// Where the chip joins the page's own flow, so it covers nothing: right after the open thread's
// subject heading (in the subject row), else just above the editor of the first compose window.
// Each adapter names its own heading and editor; neither found, the chip is a small tab at the edge.
import type { ChipAnchor } from './types';

/** Rendered at all (Gmail keeps hidden threads under display: none). Not "has width": the chip
 * beside a heading narrows it, and must not then give up its place. */
function firstVisible(doc: Document, selector: string): Element | undefined {
  return [...doc.querySelectorAll(selector)].find((el) => el.getClientRects().length > 0);
}

/**
 * `belowHeadingRow`: the subject shares a flex row with buttons and narrows beside the chip until
 * its words spill over it, so the chip goes on its own line right under that row.
 */
export function chipAnchor(doc: Document, heading: string, editor: string, belowHeadingRow: boolean): ChipAnchor | null {
  const subject = firstVisible(doc, heading);
  const row = subject && belowHeadingRow ? subject.parentElement : subject;
  if (row) return { element: row, where: 'after' };
  const body = firstVisible(doc, editor);
  return body?.parentElement ? { element: body, where: 'before' } : null;
}
