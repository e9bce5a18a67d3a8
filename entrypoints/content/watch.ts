// Follows what the page shows with one debounced MutationObserver on the smallest element the
// adapter names, re-aimed when the webmail app replaces that element. Hash and history changes
// only nudge it: they fire before the DOM is ready (InboxSDK's lesson).
export function watchPage(getRoot: () => Element | null, onChange: () => void, delayMs = 10): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let root: Element | null = null;
  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      aim();
      onChange();
    }, delayMs);
  };
  const observer = new MutationObserver(fire);
  function aim() {
    const next = getRoot() ?? document.body;
    if (next === root && root.isConnected) return;
    observer.disconnect();
    root = next;
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-selected', 'hidden'] });
    // Outlook replaces its reading pane whole: the parent's child list changing is what tells.
    if (root.parentElement) observer.observe(root.parentElement, { childList: true });
  }
  aim();
  addEventListener('hashchange', fire);
  addEventListener('popstate', fire);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    removeEventListener('hashchange', fire);
    removeEventListener('popstate', fire);
  };
}
