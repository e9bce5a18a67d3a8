// One rule for what an email address looks like, shared by the mail adapters (reading pages),
// the mentor form and backups, so an address the sidebar can track is one a backup keeps.
// Deliberately looser than RFC 5321 parsers: international (non-ASCII) addresses and RFC 5322
// punctuation in the local part (o'brien, o.neil+lor) are accepted; whitespace, brackets,
// quotes, commas and semicolons end an address, since they separate addresses in headers.
const LOCAL = String.raw`[^\s@<>()[\]\\,;:"]+`;
const LABEL = String.raw`[^\s@<>()[\]\\,;:"'.]+`;
const ADDRESS = `${LOCAL}@${LABEL}(?:\\.${LABEL})+`;
const EXACT = new RegExp(`^${ADDRESS}$`, 'u');

/** At most 254 characters (RFC 5321's path limit). */
export const MAX_ADDRESS_LENGTH = 254;

/** Whether s (already trimmed) is one address. */
export function isAddress(s: string): boolean {
  return s.length <= MAX_ADDRESS_LENGTH && EXACT.test(s);
}

/** Every address in text, lower-cased, in order; quotes around an address are not part of it. */
export function addressesIn(text: string | null | undefined): string[] {
  return (text?.match(new RegExp(ADDRESS, 'gu')) ?? []).map((a) => a.replace(/^'+/, '').toLowerCase());
}
