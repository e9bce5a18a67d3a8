// A private skeleton of the page on screen, for bug reports: the structure the adapters read
// (tags, roles, ids, data-* and class names) with everything personal masked. Every text and
// every attribute value that could carry a name, address, subject, body, date or label is
// replaced by its shape (letters a/A, digits 0, punctuation kept): "Thu 9/17/2026 2:52 PM"
// becomes "Aaa 0/00/0000 0:00 AA" and an address stays address-shaped, so the adapters read the
// skeleton as they read the page. This is how the product learns real pages without anyone's mail.
import type { MailAdapter } from './types';
import { safe } from './dom';

/** Attribute values kept as they are: structure, state and opaque ids, never words. */
const KEEP = new Set([
  'id', 'class', 'role', 'type', 'dir', 'lang', 'hidden', 'tabindex', 'contenteditable', 'g_editable', 'spellcheck',
  'autocomplete', 'maxlength', 'jsname', 'jscontroller', 'jsmodel', 'charset', 'rel', 'as', 'http-equiv', 'colspan', 'rowspan',
  'aria-level', 'aria-selected', 'aria-expanded', 'aria-hidden', 'aria-multiline', 'aria-haspopup', 'aria-pressed',
  'aria-checked', 'aria-disabled', 'aria-readonly', 'aria-modal', 'aria-multiselectable', 'aria-posinset', 'aria-setsize',
  'aria-live', 'aria-atomic', 'aria-orientation', 'aria-controls', 'aria-owns', 'aria-labelledby', 'aria-describedby',
]);
/** data-* attributes whose values are people, folders or labels, not structure. */
const PERSONAL_DATA = new Set(['data-name', 'data-hovercard-id', 'data-folder-name', 'data-tooltip', 'data-emoji', 'data-email']);
/** Form field names (Gmail's composeid, subjectbox, to) are structure; a span's name="Maya Patel" is not. */
const FIELD_NAME = /^[a-z_]{1,24}$/;
/** Opaque tokens: ids, conversation ids (+ / = %), numbers, state words. */
const TOKEN = /^[\w\-+/=:#.%]*$/;

const MAX_TEXT = 80;
/** Runs of like siblings longer than this keep their first few and lose the rest. */
const LONG_RUN = 6;
const KEEP_OF_RUN = 3;

/** The shape of a text: letters a/A, digits 0, whitespace and punctuation kept. */
export function shapeOf(text: string): string {
  return text.replace(/(\p{Lu}|\p{Lt})|(\p{L})|\p{N}/gu, (_, upper, letter) => (upper ? 'A' : letter ? 'a' : '0'));
}

function maskAttributes(el: Element): number {
  let masked = 0;
  for (const { name, value } of [...el.attributes]) {
    let next: string | null = value;
    if (name === 'style') next = /display\s*:\s*none/i.test(value) ? 'display: none' : null;
    else if (name === 'href' || name === 'src' || name === 'srcset' || name === 'action') next = value ? shapeOf(value) : value;
    else if (name === 'name') next = FIELD_NAME.test(value) ? value : shapeOf(value);
    else if (name.startsWith('data-')) next = PERSONAL_DATA.has(name) || !TOKEN.test(value) || value.includes('@') ? shapeOf(value) : value;
    else if (KEEP.has(name)) next = value.includes('@') ? shapeOf(value) : value;
    else next = shapeOf(value);
    if (next === null) el.removeAttribute(name);
    else if (next !== value) el.setAttribute(name, next);
    if (next !== value) masked++;
  }
  return masked;
}

/** Cuts long runs of siblings that look alike (list rows), keeping the selected one. */
function cutRuns(parent: Element): number {
  // Rows differ in state classes (read, unread, selected); their role or tag says they are alike.
  const sig = (el: Element) => `${el.tagName}[${el.getAttribute('role') ?? el.getAttribute('class') ?? ''}]`;
  const children = [...parent.children];
  let cut = 0;
  for (let i = 0; i < children.length; ) {
    let j = i;
    while (j < children.length && sig(children[j]) === sig(children[i])) j++;
    if (j - i > LONG_RUN) {
      const drop = children.slice(i + KEEP_OF_RUN, j).filter((el) => !el.matches('[aria-selected=true]') && !el.querySelector('[aria-selected=true]'));
      for (const el of drop) el.remove();
      if (drop.length) children[j - 1].before(parent.ownerDocument.createComment(` ${drop.length} more like this cut `));
      cut += drop.length;
    }
    i = j;
  }
  return cut;
}

function mask(root: Element): { texts: number; attributes: number; cut: number; dropped: number } {
  const doc = root.ownerDocument;
  const counts = { texts: 0, attributes: 0, cut: 0, dropped: 0 };
  // Scripts, styles, drawings and comments say nothing the adapters read and may say much else.
  for (const el of root.querySelectorAll('script, noscript, style, template, iframe, object, embed')) {
    el.textContent = '';
    counts.dropped++;
  }
  for (const svg of root.querySelectorAll('svg')) svg.replaceChildren();
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 | 0x80); // elements, text, comments
  const comments: Node[] = [];
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === 8) comments.push(node);
    else if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (!text.trim()) continue;
      const shaped = shapeOf(text);
      node.nodeValue = shaped.length > MAX_TEXT ? `${shaped.slice(0, MAX_TEXT)}…` : shaped;
      counts.texts++;
    } else if (node.nodeType === 1) counts.attributes += maskAttributes(node as Element);
  }
  for (const c of comments) c.parentNode?.removeChild(c);
  for (const el of [root, ...root.querySelectorAll('*')]) counts.cut += cutRuns(el);
  return counts;
}

/**
 * The skeleton of doc as HTML text, with a leading comment saying what was removed and what the
 * adapter could not read. Pure: reads doc (and the adapter's reading of it), changes nothing.
 */
export function pageSkeleton(doc: Document, adapter: MailAdapter): string {
  const thread = adapter.openThread(doc);
  const composes = adapter.composeWindows(doc);
  const recognized = adapter.recognizes(doc, { thread, composeCount: composes.length });
  const unread = safe(() => adapter.unread(), {});
  // Masked in a document with no window: there an <img src> or <link href> changed into its shape
  // is never fetched (a clone in the page's own document would request "/aaaa/a/0/..." at once).
  const inert = doc.implementation.createHTMLDocument('');
  const root = inert.importNode(doc.documentElement, true);
  const counts = mask(root);
  const path = safe(() => shapeOf(doc.location?.pathname ?? ''), '');
  const header = [
    `FollowThrough page skeleton (${adapter.provider}${path ? `, path ${path}` : ''}).`,
    `Removed: ${counts.texts} texts and ${counts.attributes} attribute values (replaced by their shape: letters a/A, digits 0, punctuation kept; styles other than display:none dropped), the contents of ${counts.dropped} scripts and styles, all comments and drawings, and ${counts.cut} repeated list items.`,
    `Read: ${thread?.messages.length ?? 0} messages, ${composes.length} compose windows; view ${recognized ? 'recognised' : 'NOT recognised'}.`,
    `Could not read: ${Object.keys(unread).length ? Object.entries(unread).map(([k, n]) => `${k} x${n}`).join(', ') : 'nothing'}.`,
  ];
  return `<!DOCTYPE html>\n<!--\n${header.join('\n').replace(/--/g, '- -')}\n-->\n${root.outerHTML}\n`;
}
