// Serves the hand-written fixture pages at the real webmail URLs, so the extension's content
// script runs on them as on the real sites. `?ft=NAME` picks tests/fixtures/<provider>/NAME.html;
// without it, a compose link (Gmail's view=cm or tf=cm, Outlook's deeplink/compose) gets the
// compose-link page, which fills itself from the link as the webmails do, and anything else the
// provider's fallback page.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Which fixture folder answers each webmail host, and the page shown when `?ft=` is absent. */
export const PROVIDERS = [
  { provider: 'gmail', pattern: 'https://mail.google.com/**', fallback: 'inbox' },
  ...['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'].map((host) => ({
    provider: 'outlook',
    pattern: `https://${host}/**`,
    fallback: 'reading-pane',
  })),
];

export function fixturePath(provider, name) {
  return resolve('tests/fixtures', provider, `${name.replace(/[^\w-]/g, '')}.html`);
}

/** The compose pages FollowThrough's Write links open. */
export function isComposeLink(url) {
  if (url.hostname === 'mail.google.com') return ['view', 'tf'].some((k) => url.searchParams.get(k) === 'cm');
  return /^\/mail\/(\d+\/)?deeplink\/compose\/?$/.test(url.pathname);
}

export async function routeMail(context) {
  for (const { provider, pattern, fallback } of PROVIDERS) {
    await context.route(pattern, (route) => {
      const request = route.request();
      if (request.resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
      const url = new URL(request.url());
      const name = url.searchParams.get('ft') ?? (isComposeLink(url) ? 'compose-link' : fallback);
      try {
        const body = withRelativeDates(readFileSync(fixturePath(provider, name), 'utf8'));
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
      } catch {
        return route.fulfill({ status: 404, contentType: 'text/plain', body: `No fixture ${provider}/${name}` });
      }
    });
  }
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A fixture whose rules depend on how old a message is writes its dates as tokens, filled in
 * here relative to today (the test machine's zone, which the browser shares), in the form Gmail
 * shows them: {{ft-date:-3 15:05}} gives "Fri, Nov 27, 2026, 3:05 PM" (a narrow space before
 * PM), {{ft-day:-3}} gives "Nov 27". Fixtures without tokens are served as they are.
 */
export function withRelativeDates(html, now = new Date()) {
  const dayAt = (offset, time = '00:00') => {
    const [h, m] = time.split(':').map(Number);
    return new Date(now.getFullYear(), now.getMonth(), now.getDate() + Number(offset), h, m);
  };
  return html
    .replace(/\{\{ft-date:(-?\d+) (\d{1,2}:\d{2})\}\}/g, (_, offset, time) => {
      const d = dayAt(offset, time);
      const hour = d.getHours() % 12 || 12;
      const clock = `${hour}:${String(d.getMinutes()).padStart(2, '0')}\u202f${d.getHours() < 12 ? 'AM' : 'PM'}`;
      return `${WEEKDAYS[d.getDay()]}, ${MONTHS[d.getMonth()]} ${d.getDate()}, ${d.getFullYear()}, ${clock}`;
    })
    .replace(/\{\{ft-day:(-?\d+)\}\}/g, (_, offset) => {
      const d = dayAt(offset);
      return `${MONTHS[d.getMonth()]} ${d.getDate()}`;
    });
}

export const GMAIL = (fixture, hash = 'inbox') => `https://mail.google.com/mail/u/0/?ft=${fixture}#${hash}`;
export const OUTLOOK = (fixture, path = 'mail/inbox') => `https://outlook.office.com/${path}?ft=${fixture}`;
