// The background's side of the sidebar: keeps what each webmail tab reported, enables the
// browser's side panel on those tabs only, answers the sidebar with the tab's view, opens the side
// panel from the chip, and carries inserts to the tab's content script.
import { browser } from 'wxt/browser';
import { DATA_VERSION_KEY, type Handlers, type TabRequest } from '@/lib/messaging/protocol';
import { sidebarView, type SidebarView } from '@/lib/views/sidebar';
import { recordThread, trackMentor, withChoice } from '@/lib/data/mail-records';
import { getSettings } from '@/lib/data/db';
import { isMailUrl } from '@/lib/mail/hosts';
import { chipFigures, panelStatus, type InsertOutcome, type PageReport, type PanelView, type Placement, type TabState } from '@/lib/messaging/payloads';

/** storage.session key of a tab's report and the view computed for it: extension pages only
 * (content scripts cannot read session storage by default). The sidebar listens to it to follow its
 * tab, and shows the view it carries without asking again. */
export const tabKey = (tabId: number) => `tab:${tabId}`;

/** Firefox has sidebar_action instead, which cannot be opened from a click in the page. */
const sidePanel = () => (browser as unknown as { sidePanel?: typeof chrome.sidePanel }).sidePanel;

/** The last view computed per tab, so the sidebar's first question after a report costs nothing. */
const views = new Map<number, { report: PageReport; view: SidebarView }>();

async function reportOf(tabId: number): Promise<PageReport | undefined> {
  const key = tabKey(tabId);
  return ((await browser.storage.session.get(key)) as Record<string, TabState | undefined>)[key]?.report;
}

async function viewOf(tabId: number, report: PageReport): Promise<SidebarView> {
  const cached = views.get(tabId);
  if (cached?.report === report) return cached.view;
  const view = await sidebarView(report.people, new Date(), undefined, report.thread);
  views.set(tabId, { report, view });
  return view;
}

async function panelView(tabId: number): Promise<PanelView> {
  const report = views.get(tabId)?.report ?? (await reportOf(tabId));
  const view = report && report.people.length > 0 ? await viewOf(tabId, report) : undefined;
  return { status: panelStatus(report, view), dark: report?.dark ?? false, composeCount: report?.composeCount ?? 0 };
}

async function placement(): Promise<Placement> {
  if (!sidePanel()) return 'inside';
  return (await getSettings()).sidebarPlacement ?? 'beside';
}

/** The sidebar's messages and the chip's. */
export const tabHandlers = {
  'page:report': async ({ report }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) throw new Error('Reports come from a tab.');
    void sidePanel()
      ?.setOptions({ tabId, path: `sidepanel.html?tabId=${tabId}`, enabled: true })
      .catch(() => {});
    views.delete(tabId);
    // Recording the thread and computing the view run together: a new thread row shows in
    // the view at the refresh its write brings.
    const [view] = await Promise.all([
      report.people.length > 0 ? viewOf(tabId, report) : undefined,
      report.thread ? recordThread(report.thread) : undefined,
    ]);
    const state: TabState = { report, panel: { status: panelStatus(report, view), dark: report.dark, composeCount: report.composeCount } };
    await browser.storage.session.set({ [tabKey(tabId)]: state });
    const figures = view ? chipFigures(view, report.people) : { personIndex: -1, dueCount: 0 };
    return { tabId, ...figures, placement: await placement() };
  },
  'panel:open': async (_req, sender) => {
    const tabId = sender.tab?.id;
    // Called before any await, within the click's user gesture (Chrome's cookbook sample).
    if (tabId !== undefined) await sidePanel()?.open({ tabId });
    return null;
  },
  'panel:view': async ({ tabId }) => panelView(tabId),
  'panel:track': async ({ tabId, person }) => {
    await trackMentor(person, new Date());
    // A name-only person tracked (or picked) with an address is that address from now on.
    const stored = await reportOf(tabId);
    const report = stored && { ...stored, ...withChoice(person, stored.thread, stored.people) };
    if (report?.thread) await recordThread(report.thread);
    views.delete(tabId);
    if (!report) return panelView(tabId);
    const view = report.people.length > 0 ? await viewOf(tabId, report) : undefined;
    const state: TabState = { report, panel: { status: panelStatus(report, view), dark: report.dark, composeCount: report.composeCount } };
    // The sidebar that asked shows the answer at once; the stored copy (other sidebars of the tab,
    // a reopened one) follows without holding it up.
    void browser.storage.session.set({ [tabKey(tabId)]: state }).catch((err: unknown) => console.error('FollowThrough: the tab view could not be kept', err));
    return state.panel;
  },
  'panel:insert': async ({ tabId, req }) => {
    const message: TabRequest = { type: 'page:insert', req };
    const outcome = (await browser.tabs.sendMessage(tabId, message).catch(() => undefined)) as InsertOutcome | undefined;
    return outcome ?? { composeFound: false, message: 'The mail tab did not answer; reload it and try again.' };
  },
  'panel:skeleton': async ({ tabId }) => {
    const message: TabRequest = { type: 'page:skeleton' };
    const text = (await browser.tabs.sendMessage(tabId, message).catch(() => undefined)) as string | undefined;
    if (typeof text !== 'string') throw new Error('The mail tab did not answer; reload it and try again.');
    return text;
  },
} satisfies Partial<Handlers>;

export function setupWebmailTabs(): void {
  // Disabled everywhere by default; each webmail tab enables its own on its first report.
  void sidePanel()?.setOptions({ enabled: false }).catch(() => {});

  // Any data change may change every tab's view.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[DATA_VERSION_KEY]) views.clear();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    views.delete(tabId);
    void browser.storage.session.remove(tabKey(tabId));
  });
  // A tab that leaves the webmail loses its side panel. (Its URL is visible to us on the webmail
  // hosts only, which is all this needs.)
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'loading' || (tab.url && isMailUrl(tab.url))) return;
    views.delete(tabId);
    void browser.storage.session.remove(tabKey(tabId));
    void sidePanel()?.setOptions({ tabId, enabled: false }).catch(() => {});
  });
}
