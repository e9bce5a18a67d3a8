// The keyboard shortcut that opens the toolbar popup: declared in the manifest (wxt.config.ts) and
// named on the welcome page. Users can change it in the browser's shortcut settings.

/** Suggested for the popup; the browser keeps it only if nothing else holds it, and the user may change it. */
export const SHORTCUT = 'Alt+Shift+F';

/** The command that opens the popup, by its Manifest V3 and V2 (Firefox) names. */
export const POPUP_COMMANDS = ['_execute_action', '_execute_browser_action'];
