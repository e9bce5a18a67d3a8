// The places in the options page that other parts link to (popup, notifications, the pages
// themselves), written one way: the id URI-encoded, so one holding "%", "=" or "#" survives.

export type OptionsPlace =
  | [page: 'mentors' | 'letters' | 'season' | 'templates' | 'settings' | 'backup' | 'welcome']
  | [page: 'mentor' | 'letter' | 'new-letter', id: string];

/** `mentor=a%25b`, or a page name. */
export function optionsPlace(...[page, id]: OptionsPlace): string {
  return id === undefined ? page : `${page}=${encodeURIComponent(id)}`;
}
