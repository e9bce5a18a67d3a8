import { defineConfig } from 'wxt';
import type { Alias, AliasOptions } from 'vite';
import { asciiOnly } from './scripts/ascii-only-plugin';
import { MAIL_HOSTS } from './lib/mail/hosts';
import { POPUP_COMMANDS, SHORTCUT } from './lib/navigation/shortcut';

// The narrowest permissions that do the job: local data, a schedule, notifications, the side
// panel (added by WXT for the `sidepanel` entrypoint on Chrome) and the webmail hosts the sidebar
// reads. No tabs, no scripting, no <all_urls>.
export const PERMISSIONS = ['storage', 'unlimitedStorage', 'alarms', 'notifications'];
/** Chrome only: Firefox's sidebar_action needs no permission. */
export const CHROME_PERMISSIONS = [...PERMISSIONS, 'sidePanel'];
export { MAIL_HOSTS };

/**
 * The content script holds no UI framework (the chip is plain DOM); should React code ever reach
 * it, it runs on preact/compat (a few KB instead of React DOM's 60 KB gzipped). Extension pages,
 * the side panel among them, keep React.
 */
const PREACT_FOR_REACT: Alias[] = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

function aliasesOf(alias: AliasOptions | undefined): Alias[] {
  if (!alias) return [];
  return Array.isArray(alias) ? [...alias] : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
}

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser, manifestVersion }) => ({
    name: 'FollowThrough',
    description:
      'Keep mentor relationships warm and letter requests on time, from Gmail and Outlook. Everything stays on your machine.',
    permissions: browser === 'firefox' ? PERMISSIONS : CHROME_PERMISSIONS,
    host_permissions: MAIL_HOSTS,
    action: { default_title: 'FollowThrough: deadlines at a glance' },
    // The in-page fallback frames the sidebar page: reachable from the webmail pages only, and
    // under a URL that changes per session so no page can fingerprint the extension by it.
    web_accessible_resources: [{ resources: ['sidepanel.html'], matches: MAIL_HOSTS, use_dynamic_url: true }],
    // A keyboard shortcut for the toolbar popup (the welcome page names it; users can change it in
    // the browser's shortcut settings). Manifest V2 (Firefox) calls the same command by its old name.
    commands: {
      [POPUP_COMMANDS[manifestVersion === 2 ? 1 : 0]]: {
        suggested_key: { default: SHORTCUT },
        description: 'Open the FollowThrough deadline overview',
      },
      // Firefox opens its sidebar from a shortcut, the sidebar launcher or the popup's button,
      // never from a click in the page.
      ...(browser === 'firefox' && {
        _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+Y' }, description: 'Open the FollowThrough sidebar' },
      }),
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Firefox asks each add-on to declare what it collects: nothing leaves the machine.
        gecko: { id: 'followthrough@followthrough.app', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  // Extension pages load their chunks natively: Vite's modulepreload polyfill (a fetch) is not needed.
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.resolve ??= {};
      config.resolve.alias = [...PREACT_FOR_REACT, ...aliasesOf(config.resolve.alias)];
    },
  },
  vite: () => ({ plugins: [asciiOnly()], build: { modulePreload: { polyfill: false } } }),
});
