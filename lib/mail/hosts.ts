// The webmail pages FollowThrough runs on: the content script's matches and the manifest's host
// permissions, derived from the hosts each adapter names. wxt.config.ts reads this at build time
// in Node, so the adapters keep nothing at module level that needs a browser.
import { GMAIL_HOST } from './gmail';
import { OUTLOOK_HOSTS } from './outlook';

export const MAIL_HOSTS = [GMAIL_HOST, ...Object.keys(OUTLOOK_HOSTS)].map((host) => `https://${host}/*`);

/** Whether a URL is on one of the webmail hosts. (No origin set built at load: the content
 * script imports this file for its matches and would carry the set unused.) */
export function isMailUrl(url: string): boolean {
  try {
    return MAIL_HOSTS.includes(`${new URL(url).origin}/*`);
  } catch {
    return false;
  }
}
