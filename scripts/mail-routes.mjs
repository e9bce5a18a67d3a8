// Serves the hand-written fixture pages at the real webmail URLs, so the extension's content
// script runs on them as on the real sites. `?ft=NAME` picks tests/fixtures/<provider>/NAME.html.
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

export async function routeMail(context) {
  for (const { provider, pattern, fallback } of PROVIDERS) {
    await context.route(pattern, (route) => {
      const request = route.request();
      if (request.resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
      const name = new URL(request.url()).searchParams.get('ft') ?? fallback;
      try {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(fixturePath(provider, name)) });
      } catch {
        return route.fulfill({ status: 404, contentType: 'text/plain', body: `No fixture ${provider}/${name}` });
      }
    });
  }
}

export const GMAIL = (fixture, hash = 'inbox') => `https://mail.google.com/mail/u/0/?ft=${fixture}#${hash}`;
export const OUTLOOK = (fixture, path = 'mail/inbox') => `https://outlook.office.com/${path}?ft=${fixture}`;
