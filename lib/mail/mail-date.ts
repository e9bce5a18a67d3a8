// The dates webmail pages show, read tolerantly and in the browser's time zone. Kept apart from
// the DOM helpers: it is the one piece of the adapters that is mostly text parsing.
import { safe } from './dom';

const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?)?/;
// Machine-readable (a <time datetime>): honour its zone instead of reading it as local time.
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const NUMERIC_DATE = /(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})/;
// Outlook's "dd-MMM-yy" date format: "Wed 10-May-23 15:25".
const DASHED_DATE = /(\d{1,2})-([\p{L}]+)\.?-(\d{4}|\d{2})(?!\d)/u;
// Chinese, Japanese and Korean: "2016年5月4日 上午10:08", "2016년 5월 4일 (수) 오후 3:05".
const CJK_DATE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;
const CJK_AM = /上午|午前|오전/;
const CJK_PM = /下午|午後|오후/;

interface Day {
  year: number;
  /** 0-based, as in Date. */
  month: number;
  day: number;
  /** For a numeric date read month-first (true) or day-first (false). */
  monthFirst?: boolean;
}

interface Names {
  months: Map<string, number>;
  weekdays: Map<string, number>;
}

/**
 * Parses the localized date a webmail page shows, in the browser's time zone, to ISO 8601:
 * "Thu, Nov 19, 2026, 3:05 PM", "Thu, Dec 18, 2014 at 12:35 PM", "19 Nov 2026, 15:05",
 * "Thu 11/19/2026 3:05 PM", "tor. 19. nov. 2026, 15:05", "2026-11-19 15:05", "Wed 10-May-23 15:25", "2016年5月4日 上午10:08". It needs a year
 * and a time. Month and weekday names come from Intl, for English and `locale`. A weekday in the
 * text must agree with the date; a numeric date that reads both ways (05/11) is settled by the
 * weekday, else by the locale's order. Anything unsure gives undefined: no date beats a wrong one.
 */
export function parseMailDate(raw: string | null | undefined, locale?: string): string | undefined {
  if (raw && ISO_DATE_TIME.test(raw)) return safe(() => new Date(raw).toISOString(), undefined);
  const text = (raw ?? '').toLowerCase();
  const time = TIME.exec(text);
  if (!time) return undefined;
  const [, h, minute, second = '0', latin] = time;
  const half = latin ?? (CJK_AM.test(text) ? 'a' : CJK_PM.test(text) ? 'p' : undefined);
  let hour = Number(h);
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  const rest = `${text.slice(0, time.index)} ${text.slice(time.index + time[0].length)}`;
  const { days, weekdays } = readDays(rest, namesFor(locale));
  const fits = days
    .map((d) => ({ d, date: new Date(d.year, d.month, d.day, hour, Number(minute), Number(second)) }))
    .filter(
      ({ d, date }) =>
        date.getFullYear() === d.year &&
        date.getMonth() === d.month &&
        date.getDate() === d.day &&
        date.getHours() === hour && // rejects 15:75 and times skipped by a DST change
        (weekdays.length === 0 || weekdays.includes(date.getDay())),
    );
  const order = fits.length > 1 ? monthFirst(locale) : undefined;
  const pick = fits.length === 1 ? fits[0] : fits.find((f) => order !== undefined && f.d.monthFirst === order);
  return pick?.date.toISOString();
}

function readDays(text: string, names: Names): { days: Day[]; weekdays: number[] } {
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
  const cjk = CJK_DATE.exec(text);
  // 日 and 일 after the day number are "day", not Sunday: only the words outside the date count.
  if (cjk) {
    const outside = text.slice(0, cjk.index) + ' ' + text.slice(cjk.index + cjk[0].length);
    const weekdays = weekdaysIn(outside.match(/[\p{L}\p{M}]+/gu) ?? [], names);
    return { days: [{ year: +cjk[1], month: +cjk[2] - 1, day: +cjk[3] }], weekdays };
  }
  const dashed = DASHED_DATE.exec(text);
  if (dashed && names.months.has(dashed[2])) {
    const year = dashed[3].length === 2 ? 2000 + +dashed[3] : +dashed[3];
    const month = names.months.get(dashed[2])!;
    return { days: [{ year, month, day: +dashed[1] }], weekdays: weekdaysIn(words.filter((w) => w !== dashed[2]), names) };
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const weekdays = weekdaysIn(words, names);
    const [, a, separator, b, c] = numeric;
    if (a.length === 4) return { days: [{ year: +a, month: +b - 1, day: +c }], weekdays };
    if (c.length !== 4 && c.length !== 2) return { days: [], weekdays };
    const year = c.length === 2 ? 2000 + +c : +c;
    const dayFirst: Day = { year, month: +b - 1, day: +a, monthFirst: false };
    // Dotted dates (19.11.2026) are day-first wherever they are written.
    if (separator === '.' || a === b) return { days: [dayFirst], weekdays };
    return { days: [{ year, month: +a - 1, day: +b, monthFirst: true }, dayFirst], weekdays };
  }
  // A word can be both a month and a weekday (Spanish "mar"): prefer words that are only months.
  const monthWords = words.filter((w) => names.months.has(w));
  const onlyMonths = monthWords.filter((w) => !names.weekdays.has(w));
  const candidates = onlyMonths.length ? onlyMonths : monthWords;
  const numbers = text.match(/\d+/g) ?? [];
  const years = numbers.filter((n) => n.length === 4);
  const dayNumbers = numbers.filter((n) => n.length <= 2);
  const months = new Set(candidates.map((w) => names.months.get(w)!));
  if (months.size !== 1 || years.length !== 1 || dayNumbers.length !== 1) return { days: [], weekdays: [] };
  return {
    days: [{ year: +years[0], month: [...months][0], day: +dayNumbers[0] }],
    weekdays: weekdaysIn(words.filter((w) => !candidates.includes(w)), names),
  };
}

function weekdaysIn(words: string[], names: Names): number[] {
  return words.flatMap((w) => (names.weekdays.has(w) ? [names.weekdays.get(w)!] : []));
}

const namesByLocale = new Map<string, Names>();

function namesFor(locale = 'en'): Names {
  let names = namesByLocale.get(locale);
  if (!names) {
    names = { months: new Map(), weekdays: new Map() };
    for (const tag of ['en', 'en-GB', locale]) addNames(names, tag);
    namesByLocale.set(locale, names);
  }
  return names;
}

function addNames(names: Names, tag: string): void {
  const key = (s: string) => s.toLowerCase().replace(/\./g, '').trim();
  safe(() => {
    for (const style of ['long', 'short'] as const) {
      const month = new Intl.DateTimeFormat(tag, { month: style, timeZone: 'UTC' });
      const weekday = new Intl.DateTimeFormat(tag, { weekday: style, timeZone: 'UTC' });
      for (let i = 0; i < 12; i++) names.months.set(key(month.format(Date.UTC(2021, i, 15))), i);
      // 7 Feb 2021 was a Sunday, so the i-th day from it has getDay() === i.
      for (let i = 0; i < 7; i++) names.weekdays.set(key(weekday.format(Date.UTC(2021, 1, 7 + i))), i);
    }
  }, undefined); // an unknown locale tag leaves the English names
}

/** Whether the locale writes numeric dates month first; undefined when unknown. */
function monthFirst(locale?: string): boolean | undefined {
  if (!locale) return undefined;
  return safe<boolean | undefined>(() => {
    const order = new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric' })
      .formatToParts(0)
      .map((p) => p.type);
    return order.indexOf('month') < order.indexOf('day');
  }, undefined);
}
