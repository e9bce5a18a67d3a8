import { useEffect, useState } from 'react';
import { optionsPlace, type OptionsPlace } from '@/lib/navigation/options-place';

export type Route =
  | { page: 'mentors' }
  | { page: 'mentor'; id: string }
  | { page: 'letters'; newFor?: string }
  | { page: 'letter'; id: string }
  | { page: 'season' }
  | { page: 'welcome' }
  | { page: 'templates' }
  | { page: 'settings' }
  | { page: 'backup' };

/** An id as written in a hash; a malformed escape ("%", "%zz") is taken as the text it is. */
function decodeId(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * `#mentor=ID`, `#letter=ID`, `#new-letter=MENTOR` or a page name: the places notifications and
 * the popup link to. Ids are URI-encoded (routeHash); only the first "=" separates, so an id may
 * hold "=" or "%" and still reach its page.
 */
export function parseRoute(hash: string): Route {
  const place = hash.replace(/^#/, '');
  const split = place.indexOf('=');
  const key = split < 0 ? place : place.slice(0, split);
  const id = split < 0 ? '' : decodeId(place.slice(split + 1));
  if ((key === 'mentor' || key === 'letter') && id) return { page: key, id };
  if (key === 'new-letter') return { page: 'letters', newFor: id };
  if (key === 'letters' || key === 'templates' || key === 'settings' || key === 'backup') return { page: key };
  if (key === 'season' || key === 'welcome') return { page: key };
  return { page: 'mentors' };
}

/** The href of a place in the options page: `#mentor=a%25b`. */
export function routeHash(...place: OptionsPlace): string {
  return `#${optionsPlace(...place)}`;
}

export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

export function go(...place: OptionsPlace): void {
  location.hash = optionsPlace(...place);
}
