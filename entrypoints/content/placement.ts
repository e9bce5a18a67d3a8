// Keeps the in-page sidebar (the fallback iframe) clear of the webmail's floating compose
// windows (Gmail's sit bottom right): it moves left of any narrow compose it would cover. Wide
// composes (a reply in the reading pane) are part of the page body.
export const SIDEBAR_WIDTH = 300;
const GAP = 12;
/** A compose narrower than this share of the window is a floating window, not the page. */
const FLOATING_SHARE = 0.6;

export function placeSidebar(base: { top: number; right: number }, composes: Element[], viewportWidth: number): { top: number; right: number } {
  let right = base.right;
  for (const el of composes) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.width > viewportWidth * FLOATING_SHARE) continue;
    const sidebarLeft = viewportWidth - right - SIDEBAR_WIDTH;
    const overlaps = box.right > sidebarLeft && box.left < viewportWidth - right && box.bottom > base.top;
    if (overlaps) right = Math.max(right, viewportWidth - box.left + GAP);
  }
  return { top: base.top, right };
}
