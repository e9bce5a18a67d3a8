import { useEffect, useState } from 'react';

export type Route =
  | { page: 'mentors' }
  | { page: 'mentor'; id: string }
  | { page: 'letters'; newFor?: string }
  | { page: 'letter'; id: string }
  | { page: 'templates' }
  | { page: 'settings' }
  | { page: 'backup' };

/** `#mentor=ID`, `#letter=ID`, `#new-letter=MENTOR` or a page name: the places notifications and the popup link to. */
export function parseRoute(hash: string): Route {
  const [key, id] = hash.replace(/^#/, '').split('=');
  if ((key === 'mentor' || key === 'letter') && id) return { page: key, id: decodeURIComponent(id) };
  if (key === 'new-letter') return { page: 'letters', newFor: decodeURIComponent(id ?? '') };
  if (key === 'letters' || key === 'templates' || key === 'settings' || key === 'backup') return { page: key };
  return { page: 'mentors' };
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

export function go(hash: string): void {
  location.hash = hash;
}
