/**
 * How a figure reads: value with qualifier and unit, its as-of date, its
 * source line and its trend. Shared by <case-stat> and the figures of
 * <case-study-card>, so a number reads the same wherever it appears.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Dataset} from '../../data/dataset.js';
import type {StatRecord} from '../../data/types.js';
import {formatFigure, formatPartialDate, formatPeriod} from '../../format.js';
import {intlLocale, type Locale} from '../../localization/localization.js';

type Qualifier = NonNullable<StatRecord['qualifier']>;
type QualifierPlace = 'before' | 'after-number' | 'after-unit';

/**
 * Where each locale puts the qualifier and what separates the words of a
 * figure: 超过4.55万人 · 300余个 · 100万元以上, but "over 45,500 people",
 * "more than 300", "at least 1 million yuan".
 */
const CHINESE = {
  separator: '',
  qualifier: {over: 'before', nearly: 'before', 'more-than': 'after-number', 'at-least': 'after-unit'},
} as const;
const GRAMMAR: Record<Locale, {separator: string; qualifier: Record<Qualifier, QualifierPlace>}> = {
  'zh-Hans': CHINESE,
  'zh-Hant': CHINESE,
  en: {separator: ' ', qualifier: {over: 'before', nearly: 'before', 'more-than': 'before', 'at-least': 'before'}},
};

function qualifierWord(qualifier: Qualifier): string {
  switch (qualifier) {
    case 'over':
      return msg('超过', {id: 'figure.qualifier-over', desc: 'Before a figure the article gives as "over N" (超过/超).'});
    case 'more-than':
      return msg('余', {id: 'figure.qualifier-more-than', desc: 'With a figure the article gives as "N-odd / more than N" (余/多).'});
    case 'nearly':
      return msg('近', {id: 'figure.qualifier-nearly', desc: 'Before a figure the article gives as "nearly N" (近).'});
    case 'at-least':
      return msg('以上', {id: 'figure.qualifier-at-least', desc: 'With a figure the article gives as "N or more" (以上).'});
  }
}

/** The figure as plain words, e.g. "超过4.55万人" / "over 45,500 people". */
export function figureText(stat: StatRecord, locale: Locale, value = stat.value, valueTo = stat.valueTo): string {
  const grammar = GRAMMAR[locale];
  const number = formatFigure(value, stat.measure, locale, valueTo);
  const unit = stat.unit ? `${grammar.separator}${stat.unit}` : '';
  if (!stat.qualifier) return `${number}${unit}`;
  const word = qualifierWord(stat.qualifier);
  switch (grammar.qualifier[stat.qualifier]) {
    case 'before':
      return `${word}${grammar.separator}${number}${unit}`;
    case 'after-number':
      return `${number}${word}${unit}`;
    case 'after-unit':
      return `${number}${unit}${word}`;
  }
}

/**
 * The figure with its parts marked for styling. `shown` is the number on
 * screen during a count-up; the exact figure is always what assistive
 * technology reads.
 */
export function renderFigureValue(stat: StatRecord, locale: Locale, shown?: number): TemplateResult {
  const grammar = GRAMMAR[locale];
  const exact = formatFigure(stat.value, stat.measure, locale, stat.valueTo);
  const number = html`<data class="number" value=${stat.value}
    >${shown === undefined ? exact : html`<span aria-hidden="true">${formatFigure(shown, stat.measure, locale)}</span><span class="visually-hidden">${exact}</span>`}</data
  >`;
  const unit = stat.unit ? html`${grammar.separator}<span class="unit">${stat.unit}</span>` : nothing;
  if (!stat.qualifier) return html`${number}${unit}`;
  const word = html`<span class="qualifier">${qualifierWord(stat.qualifier)}</span>`;
  switch (grammar.qualifier[stat.qualifier]) {
    case 'before':
      return html`${word}${grammar.separator}${number}${unit}`;
    case 'after-number':
      return html`${number}${word}${unit}`;
    case 'after-unit':
      return html`${number}${unit}${word}`;
  }
}

/** When the figure holds: "数据截至：2024年7月1日", a period, or the article's words when it prints no date. */
export function asOfText(stat: StatRecord, locale: Locale): string {
  const {date, from, phrase} = stat.asOf;
  if (date === null) {
    return msg(str`时间：${phrase}（报道未注明日期）`, {id: 'figure.as-of-undated', desc: 'When the article gives no date; the article’s own time words follow.'});
  }
  if (from !== undefined) {
    return msg(str`统计期间：${formatPeriod(from, date, locale)}`, {id: 'figure.period', desc: 'The period a figure covers.'});
  }
  return msg(str`数据截至：${formatPartialDate(date, locale)}`, {id: 'figure.as-of', desc: 'The date a figure holds for.'});
}

/** The publication date of a source, or a note that it prints none. */
export function sourceDateText(data: Dataset, sourceId: string, locale: Locale): string {
  const value = data.source(sourceId)?.date.value;
  return value ? formatPartialDate(value, locale) : msg('未注明日期', {id: 'common.undated', desc: 'An article that prints no date.'});
}

/** "来源：宁波日报《标题》，2024年7月1日". */
export function sourceText(data: Dataset, sourceId: string, locale: Locale): string {
  const source = data.source(sourceId);
  if (!source) return msg('来源不详', {id: 'figure.source-unknown', desc: 'Source record missing.'});
  const date = sourceDateText(data, sourceId, locale);
  return msg(str`来源：${source.paper}《${source.title}》，${date}`, {id: 'figure.source', desc: 'Source line: paper, article title, publication date.'});
}

/**
 * How the figure compares with the one reported before it in its series,
 * e.g. "较此前（未注明日期）的247个增加588个，增幅+238%". Approximate figures
 * (超过, 余, 近 …) get the earlier figure only, since their difference is not
 * exact. Undefined when there is no earlier value (or for ranges and
 * percentages, where a percent change would mislead).
 */
export function trendText(stat: StatRecord, data: Dataset, locale: Locale): string | undefined {
  const previous = data.seriesOf(stat.id)?.previous;
  if (!previous || previous.value <= 0 || stat.measure === 'percent' || stat.valueTo !== undefined || previous.valueTo !== undefined) {
    return undefined;
  }
  const before = figureText(previous, locale);
  const when = previous.asOf.date ? formatPartialDate(previous.asOf.date, locale) : sourceDateText(data, previous.source, locale);
  if (stat.qualifier || previous.qualifier) {
    // "Over 9,400" and "over 45,500" have no exact difference: show the earlier figure only.
    return msg(str`此前（${when}）：${before}`, {id: 'figure.trend-previous', desc: 'The earlier figure of the same series, when no exact change can be given.'});
  }
  const change = stat.value - previous.value;
  const delta = figureText({...stat, qualifier: undefined}, locale, Math.abs(change), undefined);
  const percent = new Intl.NumberFormat(intlLocale(locale), {style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 0}).format(
    change / previous.value
  );
  if (change > 0) {
    return msg(str`较此前（${when}）的${before}增加${delta}，增幅${percent}`, {
      id: 'figure.trend-up',
      desc: 'Comparison with the earlier figure of the same series: when, earlier figure, increase, percent change.',
    });
  }
  if (change < 0) {
    return msg(str`较此前（${when}）的${before}减少${delta}，降幅${percent}`, {
      id: 'figure.trend-down',
      desc: 'Comparison with the earlier figure of the same series: when, earlier figure, decrease, percent change.',
    });
  }
  return msg(str`与此前（${when}）持平：${before}`, {id: 'figure.trend-same', desc: 'The figure equals the earlier one of its series.'});
}
