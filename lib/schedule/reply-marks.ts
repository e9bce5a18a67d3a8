// What the user can say about replies on a mentor's card. No imports: the sidebar's content
// script bundles this and must not pull in the database.

/** "They replied" elsewhere (phone, in person), or "No reply needed" to their emails so far. */
export type ReplyMark = 'they-replied' | 'no-reply-needed';

export const REPLY_MARK_LABELS: Record<ReplyMark, string> = {
  'they-replied': 'They replied',
  'no-reply-needed': 'No reply needed',
};

/** The mark each reply item offers: our reply owed may need none; theirs came elsewhere. */
export const MARK_FOR_KIND: Partial<Record<string, ReplyMark>> = {
  'reply-owed': 'no-reply-needed',
  'awaiting-reply': 'they-replied',
  'letter-ask-followup': 'they-replied',
};
