// The date forms Outlook and Gmail show in 2025-2026, at their boundaries, in several time zones.
// Node re-reads process.env.TZ when it changes, so each case sets the zone it is about.
import { afterAll, describe, expect, it } from 'vitest';
import { parseMailDate } from '../../../lib/mail/mail-date';

const original = process.env.TZ;
afterAll(() => {
  process.env.TZ = original;
});

const inZone = (tz: string, text: string, locale?: string) => {
  process.env.TZ = tz;
  return parseMailDate(text, locale);
};

describe('Outlook header dates', () => {
  it.each([
    // en-US, 12-hour
    ['America/New_York', 'Thu 9/17/2026 2:52 PM', 'en-US', '2026-09-17T18:52:00.000Z'],
    ['America/New_York', 'Thu 9/17/2026 12:00 AM', 'en-US', '2026-09-17T04:00:00.000Z'], // midnight
    ['America/New_York', 'Thu 9/17/2026 12:00 PM', 'en-US', '2026-09-17T16:00:00.000Z'], // noon
    ['America/New_York', 'Thu 12/31/2026 11:59 PM', 'en-US', '2027-01-01T04:59:00.000Z'], // year change in UTC
    ['Pacific/Auckland', 'Fri 1/1/2027 12:30 AM', 'en-US', '2026-12-31T11:30:00.000Z'], // and the other way
    // en-GB, 24-hour: day first, settled by the weekday when both orders make a date
    ['Europe/London', 'Thu 17/09/2026 14:52', 'en-GB', '2026-09-17T13:52:00.000Z'],
    ['Europe/London', 'Mon 05/10/2026 00:00', 'en-GB', '2026-10-04T23:00:00.000Z'],
    ['Europe/London', 'Sun 10/05/2026 00:00', 'en-GB', '2026-05-09T23:00:00.000Z'],
    // German, 24-hour
    ['Europe/Berlin', 'Do 17.09.2026 14:52', 'de', '2026-09-17T12:52:00.000Z'],
    ['Europe/Berlin', 'Fr 01.01.2027 00:00', 'de', '2026-12-31T23:00:00.000Z'],
    // "ddd dd-MMM-yy HH:mm"
    ['America/Chicago', 'Wed 10-May-23 15:25', undefined, '2023-05-10T20:25:00.000Z'],
    ['Asia/Kolkata', 'Fri 01-Jan-27 00:05', 'en-GB', '2026-12-31T18:35:00.000Z'],
  ])('in %s reads %j (%s)', (tz, text, locale, iso) => {
    expect(inZone(tz, text, locale)).toBe(iso);
  });

  it.each([
    ['Thu 9/17/2026 13:52 PM', 'no 13 PM'],
    ['Wed 9/17/2026 2:52 PM', 'weekday disagrees'],
    ['Thu 11-Foo-26 07:41', 'no such month'],
    ['Thu 9/17 2:52 PM', 'no year'],
  ])('gives undefined for %j (%s)', (text) => {
    expect(inZone('UTC', text, 'en-US')).toBeUndefined();
  });
});

describe('Gmail date titles in Chinese, Japanese and Korean', () => {
  it.each([
    ['Asia/Shanghai', '2016年5月4日 上午10:08', 'zh-CN', '2016-05-04T02:08:00.000Z'],
    ['Asia/Shanghai', '2016年5月4日 下午12:08', 'zh-CN', '2016-05-04T04:08:00.000Z'], // 12 PM is noon
    ['Asia/Shanghai', '2016年5月4日 上午12:08', 'zh-CN', '2016-05-03T16:08:00.000Z'], // 12 AM is midnight
    ['Asia/Tokyo', '2026年11月19日(木) 15:05', 'ja', '2026-11-19T06:05:00.000Z'],
    ['Asia/Tokyo', '2026年11月19日 午後3:05', 'ja', '2026-11-19T06:05:00.000Z'],
    ['Asia/Seoul', '2026년 11월 19일 (목) 오후 3:05', 'ko', '2026-11-19T06:05:00.000Z'],
    ['America/Los_Angeles', '2026年12月31日 下午11:30', 'zh-TW', '2027-01-01T07:30:00.000Z'],
  ])('in %s reads %j', (tz, text, locale, iso) => {
    expect(inZone(tz, text, locale)).toBe(iso);
  });

  it('refuses a day the month lacks', () => {
    expect(inZone('Asia/Tokyo', '2026年2月30日 15:05', 'ja')).toBeUndefined();
    // and a weekday that disagrees (19 November 2026 is a Thursday, 木)
    expect(inZone('Asia/Tokyo', '2026年11月19日(金) 15:05', 'ja')).toBeUndefined();
  });
});
