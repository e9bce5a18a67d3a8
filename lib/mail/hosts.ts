// The webmail pages FollowThrough runs on: the content script's matches and the manifest's
// host permissions, named once.
export const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

const MAIL_ORIGINS = new Set(MAIL_HOSTS.map((h) => h.replace('/*', '')));

/** Whether a URL is on one of the webmail hosts. */
export function isMailUrl(url: string): boolean {
  try {
    return MAIL_ORIGINS.has(new URL(url).origin);
  } catch {
    return false;
  }
}
