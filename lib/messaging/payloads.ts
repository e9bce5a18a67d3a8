// What travels between a webmail tab, the background and the sidebar. The page side gets only
// what the chip shows; everything else (notes, letters, drafts) stays in extension pages.
// "Panel" in PanelView, PanelStatus and the panel:* messages means the sidebar: those names are
// the protocol's, and stay.
import { sameName } from '../mail/names';
import type { OpenThread, Person } from '../mail/types';
import type { Provider } from '../data/model';
import type { SidebarView } from '../views/sidebar';
import type { SuggestionView } from '../views/suggestions';

/** What a content script read from its page. */
export interface PageReport {
  provider: Provider;
  url: string;
  thread: OpenThread | null;
  /** Everyone on screen (thread and compose), the user left out. */
  people: Person[];
  composeCount: number;
  readable: boolean;
  dark: boolean;
}

/** Where the sidebar shows: the browser's side panel, or an iframe in the page. */
export type Placement = 'beside' | 'inside';

/** All the page is told: which of its own people is a tracked mentor, and how much is due. */
export interface ChipView {
  tabId: number;
  /** Index into the reported people of the first tracked mentor, or -1. */
  personIndex: number;
  dueCount: number;
  placement: Placement;
}

export type PanelStatus =
  /** The tab is not a webmail page FollowThrough reads (or has not reported yet). */
  | { kind: 'none' }
  | { kind: 'idle' }
  | { kind: 'unreadable' }
  | { kind: 'ready'; view: SidebarView };

export interface PanelView {
  status: PanelStatus;
  dark: boolean;
  composeCount: number;
}

/** What the background keeps per webmail tab (in session storage, extension pages only). */
export interface TabState {
  report: PageReport;
  /** The sidebar's view as computed for this report; data changes later are asked for afresh. */
  panel: PanelView;
}

export interface InsertRequest {
  mentorEmails: string[];
  subject: string;
  body: string;
  missing: string[];
  letterId?: string;
  confirms?: SuggestionView['confirms'];
}

export interface InsertOutcome {
  /** False when no compose window was open: the sidebar copies the text instead. */
  composeFound: boolean;
  message: string;
}

/** The chip's figures for a view: the first tracked person on screen and their due count. */
export function chipFigures(view: SidebarView, people: Person[]): Pick<ChipView, 'personIndex' | 'dueCount'> {
  const card = view.cards[0];
  if (!card) return { personIndex: -1, dueCount: 0 };
  const emails = new Set(card.mentor.emails.map((e) => e.toLowerCase()));
  // Outlook names colleagues in the user's organisation without an address: then by name.
  const personIndex = people.findIndex((p) => (p.email ? emails.has(p.email.toLowerCase()) : sameName(p.name, card.mentor.name)));
  return { personIndex, dueCount: card.due.filter((d) => d.severity !== 'upcoming').length };
}

/** The sidebar's state for a report and its view. */
export function panelStatus(report: PageReport | undefined, view: SidebarView | undefined): PanelStatus {
  if (!report) return { kind: 'none' };
  if (report.people.length === 0) return report.readable ? { kind: 'idle' } : { kind: 'unreadable' };
  return view ? { kind: 'ready', view } : { kind: 'idle' };
}
