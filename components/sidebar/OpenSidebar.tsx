// Firefox's sidebar cannot be opened from a click in the mail page, but a button in the toolbar
// popup is a user action it accepts. Chrome opens its side panel from the chip, so no button there.
import { browser } from 'wxt/browser';

type SidebarAction = { open(): Promise<void> };
const sidebarAction = () => (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;

export function OpenSidebarButton() {
  const action = sidebarAction();
  if (!action) return null;
  return (
    <button
      className="secondary"
      data-testid="open-sidebar"
      // Called at once in the click: Firefox refuses it after an await.
      onClick={() => void action.open().then(() => window.close())}
    >
      Open the sidebar
    </button>
  );
}
