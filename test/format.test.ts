import {expect} from '@open-wc/testing';
import {formatFigure, formatPartialDate, formatPeriod} from '../src/format.js';
import {intlTag} from '../src/localization/localization.js';
import {loadMessages, withLocale} from '../src/localization/runtime.js';
import type {Locale} from '../src/data/types.js';

/**
 * Golden strings for numbers, ranges, percentages, dates and periods, written
 * out by hand (not recomputed with Intl), in every locale — the same in
 * Chromium and Firefox. The README's 4.55万 / 4.55萬 / 45,500 are among them.
 */
const FIGURES: [string, number, string, number | undefined, Record<Locale, string>][] = [
  ['workshop employment', 45500, 'count', undefined, {'zh-Hans': '4.55万', en: '45,500', 'zh-Hant': '4.55萬'}],
  ['member income', 1269, 'amount', undefined, {'zh-Hans': '1269', en: '1,269', 'zh-Hant': '1269'}],
  ['parcels', 130000000, 'count', undefined, {'zh-Hans': '1.3亿', en: '130 million', 'zh-Hant': '1.3億'}],
  ['express revenue', 2930000000, 'amount', undefined, {'zh-Hans': '29.3亿', en: '2.93 billion', 'zh-Hant': '29.3億'}],
  ['sales range', 30000, 'amount', 40000, {'zh-Hans': '3万 - 4万', en: '30,000–40,000', 'zh-Hant': '3萬 - 4萬'}],
  ['owners’ committees', 82.98, 'percent', undefined, {'zh-Hans': '82.98%', en: '82.98%', 'zh-Hant': '82.98%'}],
];
const DATES: [string, Record<Locale, string>][] = [
  ['2024-07-01', {'zh-Hans': '2024年7月1日', en: '1 July 2024', 'zh-Hant': '2024年7月1日'}],
  ['2021-11', {'zh-Hans': '2021年11月', en: 'November 2021', 'zh-Hant': '2021年11月'}],
  ['2015', {'zh-Hans': '2015年', en: '2015', 'zh-Hant': '2015年'}],
];
const PERIODS: [string, string, Record<Locale, string>][] = [
  ['2021-01', '2021-06', {'zh-Hans': '2021年1月至6月', en: 'January – June 2021', 'zh-Hant': '2021年1月至6月'}],
  ['2024-01', '2024-07-01', {'zh-Hans': '2024年1月至7月1日', en: 'January – 1 July 2024', 'zh-Hant': '2024年1月至7月1日'}],
  ['2022', '2024-07-01', {'zh-Hans': '2022年至2024年7月1日', en: '2022 – 1 July 2024', 'zh-Hant': '2022年至2024年7月1日'}],
  ['2007', '2014', {'zh-Hans': '2007年至2014年', en: '2007 – 2014', 'zh-Hant': '2007年至2014年'}],
];

/** Runs `fn` as a widget of language `tag` renders. */
async function inLocale<T>(locale: Locale, tag: string, fn: () => T): Promise<T> {
  const templates = await loadMessages(locale);
  return withLocale({locale, intl: intlTag(locale, tag), templates}, fn);
}

describe('formatting, against golden strings', () => {
  for (const [locale, tag] of [
    ['zh-Hans', 'zh-CN'],
    ['en', 'en'],
    ['zh-Hant', 'zh-TW'],
  ] as const) {
    it(`figures, ranges and percentages in ${locale}`, async () => {
      const got = await inLocale(locale, tag, () => FIGURES.map(([, value, measure, to]) => formatFigure(value, measure, locale, to)));
      expect(got).to.deep.equal(FIGURES.map(([, , , , want]) => want[locale]));
    });

    it(`dates at their own precision in ${locale}`, async () => {
      const got = await inLocale(locale, tag, () => DATES.map(([date]) => formatPartialDate(date, locale)));
      expect(got).to.deep.equal(DATES.map(([, want]) => want[locale]));
    });

    it(`periods, each end at its own precision, in ${locale}`, async () => {
      const got = await inLocale(locale, tag, () => PERIODS.map(([from, to]) => formatPeriod(from, to, locale)));
      expect(got).to.deep.equal(PERIODS.map(([, , want]) => want[locale]));
    });
  }

  it('English follows the page’s region: en-US', async () => {
    const got = await inLocale('en', 'en-US', () => [formatPartialDate('2024-07-01', 'en'), formatPeriod('2024-01', '2024-07-01', 'en'), formatFigure(45500, 'count', 'en')]);
    expect(got).to.deep.equal(['July 1, 2024', 'January – July 1, 2024', '45,500']);
  });
});
