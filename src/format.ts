/** Number and date formatting through Intl, never by hand. */
import {intlLocale, type Locale} from './localization/localization.js';
import {msg, str} from './localization/runtime.js';
import type {PartialDate} from './data/schema.js';

const DATE_FIELDS: Intl.DateTimeFormatOptions[] = [
  {year: 'numeric'},
  {year: 'numeric', month: 'long'},
  {year: 'numeric', month: 'long', day: 'numeric'},
];

/**
 * Formatters by locale tag and options: making one costs far more than using
 * it, and a page of figures formats the same few kinds again and again.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(tag: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${tag}|${options.style ?? ''}|${options.notation ?? ''}|${options.compactDisplay ?? ''}|${options.maximumSignificantDigits ?? ''}|${options.maximumFractionDigits ?? ''}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(tag, options)));
  return format;
}

/** A partial date's formatter at its precision (1 year, 2 month, 3 day). */
function dateFormat(tag: string, precision: number): Intl.DateTimeFormat {
  const key = `${tag}|${precision}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(tag, {...DATE_FIELDS[precision - 1], timeZone: 'UTC'})));
  return format;
}

/** The percent formatter of a locale tag, whole percents (a change between two figures). */
export const wholePercent = (tag: string): Intl.NumberFormat => numberFormat(tag, {style: 'percent', maximumFractionDigits: 0});

/** Significant digits of a number as written, so compact forms never round (45500 → 3, 4.55万). */
function significantDigits(value: number): number {
  const digits = String(Math.abs(value)).replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.min(Math.max(digits.length, 1), 21);
}

const fractionDigits = (value: number) => (String(value).split('.')[1] ?? '').length;

/**
 * Formats a figure exactly for a locale. Chinese uses 万/亿 from 10,000 up and
 * no digit grouping below (1269, 4.55万, 29.3亿); English groups digits
 * (45,500) and spells out millions and billions (130 million). Percent values are given in percent (82.98 → 82.98%).
 */
export function formatFigure(value: number, measure: string, locale: Locale, valueTo?: number): string {
  const tag = intlLocale(locale);
  const key = `${tag}|${measure}|${value}|${valueTo}`;
  let text = formattedFigures.get(key);
  if (text === undefined) {
    if (formattedFigures.size > 1000) formattedFigures.clear();
    formattedFigures.set(key, (text = figureIn(tag, value, measure, locale, valueTo)));
  }
  return text;
}

/** Figures as formatted, by locale tag, measure and value (bounded like the dates). */
const formattedFigures = new Map<string, string>();

function figureIn(tag: string, value: number, measure: string, locale: Locale, valueTo: number | undefined): string {
  let format: Intl.NumberFormat;
  if (measure === 'percent') {
    const digits = Math.max(fractionDigits(value), valueTo === undefined ? 0 : fractionDigits(valueTo));
    format = numberFormat(tag, {style: 'percent', maximumFractionDigits: digits});
    return valueTo === undefined ? format.format(value / 100) : format.formatRange(value / 100, valueTo / 100);
  }
  const largest = Math.max(Math.abs(value), Math.abs(valueTo ?? 0));
  // Chinese: always the compact form (1269, 4.55万, 29.3亿, as the articles print them).
  const compact = locale !== 'en' || largest >= 1e6;
  const digits = Math.max(significantDigits(value), valueTo === undefined ? 1 : significantDigits(valueTo));
  format = numberFormat(
    tag,
    compact
      ? {notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: digits}
      : {maximumFractionDigits: Math.max(fractionDigits(value), valueTo === undefined ? 0 : fractionDigits(valueTo))}
  );
  return valueTo === undefined ? format.format(value) : format.formatRange(value, valueTo);
}


/** A partial date as the Date of its first day (UTC): a month or a year counts from its start. */
export const toDate = (date: PartialDate): Date => {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m - 1, d));
};

/** Formats a partial date at its own precision: a year-only date reads as a year. */
export function formatPartialDate(date: PartialDate, locale: Locale): string {
  const tag = intlLocale(locale);
  const key = `${tag}|${date}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    // A page shows the same few dates again and again: each is formatted once per locale tag.
    if (formattedDates.size > 1000) formattedDates.clear();
    formattedDates.set(key, (text = dateFormat(tag, date.split('-').length).format(toDate(date))));
  }
  return text;
}

/** Dates as formatted, by locale tag and date (bounded: a page with more distinct dates starts again). */
const formattedDates = new Map<string, string>();

/** A partial date at its own precision without its year ("7月1日", "1 July", "July 1"), from the same Intl parts as the full date. */
function withoutYear(date: PartialDate, locale: Locale): string {
  const parts = dateFormat(intlLocale(locale), date.split('-').length).formatToParts(toDate(date));
  const at = parts.findIndex((part) => part.type === 'year');
  // The year goes with the literal that joins it to the rest: 2024年 | 1 July 2024 | July 1, 2024.
  const drop = at === 0 ? [0, 1] : [at - 1, at];
  return parts
    .filter((_, i) => !drop.includes(i))
    .map((part) => part.value)
    .join('')
    .trim();
}

/**
 * Formats a period from one partial date to another, each end at its own
 * precision (a month stays a month: 2021年1月至6月, never "1 January"), the
 * year written once when both ends share it: 2021年1月至6月 · January – June
 * 2021 · 2022年至2024年7月1日. Not Intl's formatRange, whose output differs
 * between browsers (2021/1 – 2021/6 in one, 2024年一月1日 in another).
 */
export function formatPeriod(from: PartialDate, to: PartialDate, locale: Locale): string {
  const sameYear = from.length > 4 && to.length > 4 && from.slice(0, 4) === to.slice(0, 4);
  // Chinese writes the year first, so the end drops it; English writes it last, so the start does.
  const start = sameYear && locale === 'en' ? withoutYear(from, locale) : formatPartialDate(from, locale);
  const end = sameYear && locale !== 'en' ? withoutYear(to, locale) : formatPartialDate(to, locale);
  return msg(str`${start}至${end}`, {id: 'common.period', desc: 'A period from one date to another, e.g. 2021年1月至6月 / January – June 2021. Both dates follow, already formatted.'});
}
