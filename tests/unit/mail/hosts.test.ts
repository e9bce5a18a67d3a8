// @vitest-environment happy-dom
// The webmail hosts are named by each adapter once; the manifest's patterns, the adapters' own
// matches and the links all agree on them.
import { describe, expect, it } from 'vitest';
import { MAIL_HOSTS, isMailUrl } from '../../../lib/mail/hosts';
import { GMAIL_HOST } from '../../../lib/mail/gmail';
import { OUTLOOK_HOSTS } from '../../../lib/mail/outlook';
import { adapterFor } from '../../../lib/mail/registry';
import { mailUrl, providerOf } from '../../../lib/mail/links';

const hostnames = MAIL_HOSTS.map((pattern) => new URL(pattern.replace('/*', '/')).hostname);

describe('MAIL_HOSTS', () => {
  it('are the manifest patterns, in the order the manifest has always listed them', () => {
    expect(MAIL_HOSTS).toEqual([
      'https://mail.google.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
      'https://outlook.cloud.microsoft/*',
    ]);
  });

  it('come from the adapters', () => {
    expect(hostnames).toEqual([GMAIL_HOST, ...Object.keys(OUTLOOK_HOSTS)]);
  });

  it('are each read by the adapter that names them, and opened by the links', () => {
    for (const host of hostnames) {
      const provider = host === GMAIL_HOST ? 'gmail' : 'outlook';
      expect(adapterFor(new URL(`https://${host}/mail/`), document)?.provider, host).toBe(provider);
      expect(mailUrl(`https://${host}/mail/`), host).toBeDefined();
      expect(providerOf(`https://${host}/mail/`), host).toBe(provider);
    }
  });
});

describe('isMailUrl', () => {
  it('is true on every webmail host and false elsewhere', () => {
    for (const host of hostnames) expect(isMailUrl(`https://${host}/mail/u/0/#inbox`), host).toBe(true);
    expect(isMailUrl('https://www.google.com/')).toBe(false);
    expect(isMailUrl('https://mail.google.com.evil.example/')).toBe(false);
    expect(isMailUrl('http://mail.google.com/')).toBe(false);
    expect(isMailUrl('https://mail.google.com:8443/')).toBe(false);
    expect(isMailUrl('not a url')).toBe(false);
  });
});
