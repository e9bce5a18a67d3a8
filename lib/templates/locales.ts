// The date-fns locale for the user's browser language, so a drafted message writes dates the way
// the user does ("15 January 2027" in the UK). Unknown languages fall back to US English.
import type { Locale } from 'date-fns';
import { da, de, enAU, enCA, enGB, enIN, enUS, es, fi, fr, frCA, it, ja, ko, nb, nl, pl, pt, ptBR, sv, zhCN } from 'date-fns/locale';

const BY_TAG: Record<string, Locale> = {
  'en-us': enUS, 'en-gb': enGB, 'en-ca': enCA, 'en-au': enAU, 'en-in': enIN,
  'fr-ca': frCA, 'pt-br': ptBR, 'zh-cn': zhCN,
  en: enUS, fr, de, es, it, pt, nl, nb, no: nb, sv, da, fi, pl, ja, ko, zh: zhCN,
};

export function dateLocale(languageTag: string | undefined): Locale {
  const tag = (languageTag ?? '').toLowerCase();
  return BY_TAG[tag] ?? BY_TAG[tag.split('-')[0]] ?? enUS;
}
