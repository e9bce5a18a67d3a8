// Compose and thread URLs for each webmail and for the user's own mail app (mailto:). Pure: the
// only input is what the product recorded (the address of the last page a thread was read on).
// A link needs no access to the webmail page, so writing keeps working when its markup changes.
import type { Provider } from '../data/model';
import { GMAIL_HOST } from './gmail';
import { OUTLOOK_DEFAULT_HOST, OUTLOOK_HOSTS } from './outlook';

/** "Write with" in the settings: the webmail of the mentor's last thread, a fixed one, or mailto:. */
export const WRITE_WITH = ['auto', 'gmail', 'outlook', 'mailto'] as const;
export type WriteWith = (typeof WRITE_WITH)[number];
export type ComposeKind = Provider | 'mailto';

/**
 * Longest link opened, in characters of the encoded URL (non-ASCII text takes 6 to 12 per letter).
 * mailto: is handed to the operating system, and Windows cuts a command line near 2,048
 * characters: 1,800 leaves room. The webmails' limit is the request line their front ends
 * accept; 8 KB is the common default for web servers and proxies (larger links risk a 414 or 400
 * page instead of a compose), and every built-in message fits well under it.
 */
export const URL_LIMITS: Record<ComposeKind, number> = { mailto: 1_800, gmail: 8_000, outlook: 8_000 };

export interface Draft {
  to: string;
  subject: string;
  body: string;
}

export interface ComposeLink {
  kind: ComposeKind;
  url: string;
  /** False when the message was too long for a link: `copy` holds what the user must paste. */
  complete: boolean;
  copy?: string;
}

/** Where the user reads their mail: the page base of one signed-in account. */
export type GmailAccount = { provider: 'gmail'; /** "/mail/u/1/" */ path: string; authuser?: string };
export type OutlookAccount = { provider: 'outlook'; host: string; /** "/mail/" or "/mail/0/" */ path: string };
export type MailAccount = GmailAccount | OutlookAccount;

/** Inserted where the message would go when it was too long for the link (the fill-in marker form). */
export const PASTE_MARKER = '[Paste your message here: FollowThrough copied it, it was too long for a link]';

/** An https address on one of the webmail hosts, or undefined: only these are ever opened. */
export function mailUrl(raw: string | undefined): URL | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    const known = url.hostname === GMAIL_HOST || Object.hasOwn(OUTLOOK_HOSTS, url.hostname);
    return url.protocol === 'https:' && known && !url.username && !url.password ? url : undefined;
  } catch {
    return undefined;
  }
}

export function providerOf(raw: string | undefined): Provider | undefined {
  const url = mailUrl(raw);
  if (!url) return undefined;
  return url.hostname === GMAIL_HOST ? 'gmail' : 'outlook';
}

/**
 * The account a thread was read under, from its page address: Gmail's "/mail/u/N/" (or
 * "/mail/u/<address>/") or an `authuser` parameter; Outlook's host (office.com for work and
 * school, live.com for personal) and its "/mail/N/" mailbox. Without one, the default account.
 */
export function accountOf(provider: 'gmail', raw?: string): GmailAccount;
export function accountOf(provider: 'outlook', raw?: string): OutlookAccount;
export function accountOf(provider: Provider, raw?: string): MailAccount;
export function accountOf(provider: Provider, raw?: string): MailAccount {
  const url = mailUrl(raw);
  if (provider === 'gmail') {
    const ok = url?.hostname === GMAIL_HOST;
    const user = ok ? /^\/mail\/u\/([^/]+)\//.exec(url.pathname)?.[1] : undefined;
    const authuser = ok ? url.searchParams.get('authuser')?.trim() || undefined : undefined;
    return { provider, path: user ? `/mail/u/${user}/` : '/mail/', ...(authuser && !user ? { authuser } : {}) };
  }
  const host = (url && OUTLOOK_HOSTS[url.hostname]) || OUTLOOK_DEFAULT_HOST;
  const box = url && OUTLOOK_HOSTS[url.hostname] ? /^\/mail\/(\d+)\//.exec(url.pathname)?.[1] : undefined;
  return { provider, host, path: box ? `/mail/${box}/` : '/mail/' };
}

/** Text as a URL value: lone surrogates (half an emoji) become U+FFFD instead of throwing. */
function enc(text: string): string {
  return encodeURIComponent(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

/** One line break form in, the form each target wants out (RFC 6068 asks CRLF of mailto:). */
function lines(text: string, eol: string): string {
  return text.replace(/\r\n?|\n/g, eol);
}

function address(to: string): string {
  // "@" is legal unescaped in a mailto: address and keeps the link readable.
  return enc(to.trim()).replace(/%40/g, '@');
}

function gmailBase(account: GmailAccount): string {
  const auth = account.authuser ? `authuser=${enc(account.authuser)}&` : '';
  return `https://${GMAIL_HOST}${account.path}?${auth}`;
}

/**
 * Gmail: `view=cm&fs=1` under the account's own path. Gmail answers it by redirecting to its
 * `tf=cm` form on the same path, so the account is kept; `view=cm` is the form Gmail has accepted
 * at every account path for years, while `tf=cm` is what it writes today.
 */
function gmailCompose(account: GmailAccount, d: Partial<Draft>): string {
  const params = [`to=${address(d.to ?? '')}`];
  if (d.subject !== undefined) params.push(`su=${enc(d.subject)}`);
  if (d.body !== undefined) params.push(`body=${enc(lines(d.body, '\n'))}`);
  return `${gmailBase(account)}view=cm&fs=1&${params.join('&')}`;
}

function outlookCompose(account: OutlookAccount, d: Partial<Draft>): string {
  const params = [`to=${address(d.to ?? '')}`];
  if (d.subject !== undefined) params.push(`subject=${enc(d.subject)}`);
  if (d.body !== undefined) params.push(`body=${enc(lines(d.body, '\n'))}`);
  return `https://${account.host}${account.path}deeplink/compose?${params.join('&')}`;
}

function mailtoCompose(d: Partial<Draft>): string {
  const params: string[] = [];
  if (d.subject !== undefined) params.push(`subject=${enc(d.subject)}`);
  if (d.body !== undefined) params.push(`body=${enc(lines(d.body, '\r\n'))}`);
  return `mailto:${address(d.to ?? '')}${params.length ? `?${params.join('&')}` : ''}`;
}

function build(kind: ComposeKind, account: MailAccount | undefined, d: Partial<Draft>): string {
  if (kind === 'mailto') return mailtoCompose(d);
  if (kind === 'gmail') return gmailCompose(account?.provider === 'gmail' ? account : accountOf('gmail'), d);
  return outlookCompose(account?.provider === 'outlook' ? account : accountOf('outlook'), d);
}

/**
 * The compose link for a draft. When the whole message makes the link too long, the link carries
 * the subject and a marker where the message goes, and `copy` holds the message for the
 * clipboard; when even the subject is too long, only the address, and `copy` holds both.
 */
export function composeLink(kind: ComposeKind, account: MailAccount | undefined, draft: Draft): ComposeLink {
  const limit = URL_LIMITS[kind];
  const full = build(kind, account, draft);
  if (full.length <= limit) return { kind, url: full, complete: true };
  const withSubject = build(kind, account, { to: draft.to, subject: draft.subject, body: PASTE_MARKER });
  if (withSubject.length <= limit) return { kind, url: withSubject, complete: false, copy: draft.body };
  const bare = build(kind, account, { to: draft.to, body: PASTE_MARKER });
  return { kind, url: bare, complete: false, copy: `${draft.subject}\n\n${draft.body}` };
}

/**
 * Where the conversation with a mentor is: the page the last thread was read on (Gmail's hash
 * token is opaque, so the address is kept as the page had it), else a search for their address
 * in the account.
 */
export function threadLink(lastUrl: string | undefined, account: MailAccount, emails: readonly string[]): string | undefined {
  const seen = mailUrl(lastUrl);
  if (seen) return seen.href;
  const people = emails.map((e) => e.trim()).filter(Boolean);
  if (people.length === 0) return undefined;
  const query = people.map((e) => `from:${e}`).join(' OR ');
  if (account.provider === 'gmail') return `${gmailBase(account).replace(/[?&]$/, '')}#search/${enc(query)}`;
  return `https://${account.host}${account.path}deeplink/search?query=${enc(query)}`;
}
