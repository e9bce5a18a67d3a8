// Which tab the sidebar belongs to (`?tabId=N`, else the active tab of its window) and that tab's
// view, asked again whenever the tab reports a change or the data changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { DATA_VERSION_KEY, send } from '@/lib/messaging/protocol';
import type { PanelView, TabState } from '@/lib/messaging/payloads';

const fixedTab = (): number | undefined => {
  const raw = new URLSearchParams(location.search).get('tabId');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : undefined;
};

export function useTabId(): number | undefined {
  const [tabId, setTabId] = useState(fixedTab);
  useEffect(() => {
    if (fixedTab() !== undefined) return;
    const follow = () => void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setTabId(tab?.id));
    follow();
    browser.tabs.onActivated.addListener(follow);
    return () => browser.tabs.onActivated.removeListener(follow);
  }, []);
  return tabId;
}

export type Loaded = { kind: 'loading' } | { kind: 'view'; view: PanelView } | { kind: 'error'; message: string };

export function useTabView(tabId: number | undefined): [Loaded, (view: PanelView) => void] {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const asked = useRef(0);
  // Only the newest answer counts: a slow one for the previous thread must not come back.
  const load = useCallback(async () => {
    if (tabId === undefined) return;
    const mine = ++asked.current;
    let next: Loaded;
    try {
      next = { kind: 'view', view: await send({ type: 'panel:view', tabId }) };
    } catch (err) {
      next = { kind: 'error', message: err instanceof Error ? err.message : 'FollowThrough is unavailable.' };
    }
    if (mine === asked.current) setLoaded(next);
  }, [tabId]);

  const set = useCallback((view: PanelView) => {
    asked.current += 1;
    setLoaded({ kind: 'view', view });
  }, []);

  useEffect(() => {
    void load();
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const tab = area === 'session' ? changes[`tab:${tabId}`] : undefined;
      // A new report carries its view: shown at once, without a round trip.
      const pushed = (tab?.newValue as TabState | undefined)?.panel;
      if (pushed) set(pushed);
      else if (tab || (area === 'local' && changes[DATA_VERSION_KEY])) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [load, set, tabId]);

  return [loaded, set];
}
