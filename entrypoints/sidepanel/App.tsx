// The sidebar beside the mail: the browser's side panel (or its iframe inside the page), showing
// the view of the webmail tab it belongs to. It talks to the page only through the background.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Sidebar, type Notice, type SidebarStatus } from '@/components/sidebar/Sidebar';
import { send } from '@/lib/messaging/protocol';
import type { InsertRequest, PanelView } from '@/lib/messaging/payloads';
import type { LetterAction } from '@/lib/schedule/letter-actions';
import type { Person } from '@/lib/mail/types';
import { ReportPage } from '@/components/sidebar/ReportPage';
import { useTabId, useTabView, type Loaded } from './useTabView';

const DONE = 'Recorded. Thank you for following through.';

function statusOf(loaded: Loaded): SidebarStatus {
  if (loaded.kind === 'loading') return { kind: 'loading' };
  if (loaded.kind === 'error') return { kind: 'error', message: loaded.message };
  const { status } = loaded.view;
  return status.kind === 'none' ? { kind: 'idle' } : status;
}

/** The deadline overview (the toolbar popup's page), one click away when no mentor is on screen. */
function OverviewLink() {
  return (
    <p className="overview">
      <a href={browser.runtime.getURL('/popup.html')} target="_blank" rel="noreferrer" data-testid="open-overview">
        See every deadline and check-in
      </a>
    </p>
  );
}

/** Set when this page is the in-page frame (the chip's fallback) rather than the side panel. */
const IN_PAGE = new URLSearchParams(location.search).has('inPage');

/** Asks the mail page's content script to close this frame. The page's own scripts see the
 * message too: it carries nothing but its type. */
function closeFrame() {
  window.parent.postMessage({ type: 'followthrough:close-frame' }, '*');
}

export function App() {
  const tabId = useTabId();
  const [loaded, setView] = useTabView(tabId);
  const [notice, setNotice] = useState<Notice | undefined>();
  const dark = loaded.kind === 'view' && loaded.view.dark;
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);
  // A notice belongs to the tab it was about.
  useEffect(() => setNotice(undefined), [tabId]);
  // Escape closes the in-page frame, as it closes a dialog.
  useEffect(() => {
    if (!IN_PAGE) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !e.defaultPrevented && closeFrame();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const recordStep = async (letterId: string, action: LetterAction, done?: string) => {
    try {
      await send({ type: 'letter:action', letterId, action });
      if (done) setNotice({ text: done });
    } catch (err) {
      setNotice({ text: err instanceof Error ? err.message : 'That step could not be recorded.' });
    }
  };

  const insert = async (req: InsertRequest) => {
    if (tabId === undefined) return;
    let text: string;
    try {
      const outcome = await send({ type: 'panel:insert', tabId, req });
      text = outcome.message;
      if (!outcome.composeFound) {
        // No compose in the tab: the text goes to the clipboard, from this extension page.
        text = await navigator.clipboard.writeText(`${req.subject}\n\n${req.body}`).then(
          () => outcome.message,
          () => 'Open a reply or a new message first, then choose the template again.',
        );
      }
    } catch (err) {
      text = err instanceof Error ? err.message : 'The text could not be inserted.';
    }
    const { letterId, confirms } = req;
    setNotice({
      text,
      confirm: letterId && confirms ? { label: confirms.label, run: () => void recordStep(letterId, confirms.action, DONE) } : undefined,
    });
  };

  const track = async (person: Person) => {
    if (tabId === undefined) return;
    try {
      const view: PanelView = await send({ type: 'panel:track', tabId, person });
      setView(view);
    } catch (err) {
      setNotice({ text: err instanceof Error ? err.message : 'That person could not be tracked.' });
    }
  };

  const skeleton = () =>
    tabId === undefined ? Promise.reject(new Error('Open a Gmail or Outlook tab first.')) : send({ type: 'panel:skeleton', tabId });

  return (
    <>
    <Sidebar
      status={statusOf(loaded)}
      notice={notice}
      onTrack={(p) => void track(p)}
      onInsert={(req) => void insert(req)}
      onPick={async (templateId, mentorId) => send({ type: 'template:render', templateId, mentorId })}
      onFailure={(message) => setNotice({ text: message })}
      onLetterAction={(letterId, action) => void recordStep(letterId, action)}
      onDismissNotice={() => setNotice(undefined)}
      idleExtra={<OverviewLink />}
      onClose={IN_PAGE ? closeFrame : undefined}
    />
    <ReportPage getSkeleton={skeleton} />
    </>
  );
}
