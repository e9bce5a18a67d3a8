import { defineConfig } from 'wxt';
import { asciiOnly } from './scripts/ascii-only-plugin';
import { MAIL_HOSTS } from './lib/mail/hosts';

// The narrowest permissions that do the job: local data, a schedule, notifications, and the
// webmail hosts the sidebar reads. No tabs, no scripting, no <all_urls>.
export const PERMISSIONS = ['storage', 'unlimitedStorage', 'alarms', 'notifications'];
export { MAIL_HOSTS };

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'FollowThrough',
    description:
      'Keep mentor relationships warm and letter requests on time, from Gmail and Outlook. Everything stays on your machine.',
    permissions: PERMISSIONS,
    host_permissions: MAIL_HOSTS,
    action: { default_title: 'FollowThrough: deadlines at a glance' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox asks each add-on to declare what it collects: nothing leaves the machine.
        gecko: { id: 'followthrough@followthrough.app', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  // Extension pages load their chunks natively: Vite's modulepreload polyfill (a fetch) is not needed.
  vite: () => ({ plugins: [asciiOnly()], build: { modulePreload: { polyfill: false } } }),
});
