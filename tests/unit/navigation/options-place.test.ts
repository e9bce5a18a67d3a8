// Options page places: an id holding "%", "=" or "#" reaches its page, and a malformed hash
// (typed or pasted) never throws.
import { expect, it } from 'vitest';
import { parseRoute, routeHash } from '@/components/options/useHashRoute';
import { optionsPlace } from '@/lib/navigation/options-place';

const ODD_IDS = ['100%', 'a=b', 'a==b%3D', '%E0%A4%A', 'x#y', 'gmail:19a36435ce2f0ff3:m1', 'ünï cödé', '   '];

it.each(ODD_IDS)('takes %j there and back', (id) => {
  expect(parseRoute(routeHash('mentor', id))).toEqual({ page: 'mentor', id });
  expect(parseRoute(routeHash('letter', id))).toEqual({ page: 'letter', id });
  expect(parseRoute(routeHash('new-letter', id))).toEqual({ page: 'letters', newFor: id });
  expect(parseRoute(`#${optionsPlace('letter', id)}`)).toEqual({ page: 'letter', id });
});

it('reads a hash that was not built here without throwing', () => {
  expect(parseRoute('#mentor=100%')).toEqual({ page: 'mentor', id: '100%' });
  expect(parseRoute('#letter=%E0%A4%A')).toEqual({ page: 'letter', id: '%E0%A4%A' });
  expect(parseRoute('#letter=a=b')).toEqual({ page: 'letter', id: 'a=b' });
  expect(parseRoute('#mentor=')).toEqual({ page: 'mentors' });
  expect(parseRoute('#settings')).toEqual({ page: 'settings' });
  expect(parseRoute('#nonsense=%%%')).toEqual({ page: 'mentors' });
  expect(parseRoute('')).toEqual({ page: 'mentors' });
});
