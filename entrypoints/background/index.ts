// The background: each module sets up its own listeners; the messages of all of them are
// registered once (messages.ts).
import { setupAlarms } from './alarms';
import { setupMessages } from './messages';
import { setupNotifications } from './notifications';
import { setupRecompute } from './recompute';
import { setupWebmailTabs } from './webmail-tabs';
import { setupWelcome } from './welcome';

export default defineBackground(() => {
  setupRecompute();
  setupAlarms();
  setupMessages();
  setupNotifications();
  setupWebmailTabs();
  setupWelcome();
});
