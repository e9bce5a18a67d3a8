import { setupAlarms } from './alarms';
import { setupMessages } from './messages';
import { setupNotifications } from './notifications';
import { setupRecompute } from './recompute';

export default defineBackground(() => {
  setupRecompute();
  setupAlarms();
  setupMessages();
  setupNotifications();
});
