/**
 * How a figure reads: value with qualifier and unit, its as-of date, its
 * source line and its trend. Shared by <case-stat> and the figures of
 * <case-study-card>, so a number reads the same wherever it appears.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {cssProperty} from './css-property.js';
import {msg, str} from '../localization/runtime.js';
import type {Dataset} from '../data/dataset.js';
import type {StatRecord} from '../data/types.js';
import {formatFigure, formatPartialDate, formatPeriod, wholePercent} from '../format.js';
import {intlLocale, type Locale} from '../localization/localization.js';
import {pieceScope, t} from '../base/pieces.js';
import {dataLink} from './link.js';

type Qualifier = NonNullable<StatRecord['qualifier']>;
type QualifierPlace = 'before' | 'after-number' | 'after-unit';

/**
 * Where each locale puts the qualifier and what separates the words of a
 * figure: 超过4.55万人 · 300余个 · 100万元以上, but "over 45,500 people",
 * "more than 300", "at least 1 million yuan".
 */
const CHINESE = {
  separator: '',
  qualifier: {over: 'before', nearly: 'before', 'more-than': 'after-number', more: 'after-number', 'at-least': 'after-unit'},
} as const;
const GRAMMAR: Record<Locale, {separator: string; qualifier: Record<Qualifier, QualifierPlace>}> = {
  'zh-Hans': CHINESE,
  'zh-Hant': CHINESE,
  en: {separator: ' ', qualifier: {over: 'before', nearly: 'before', 'more-than': 'before', more: 'before', 'at-least': 'before'}},
};

function qualifierWord(qualifier: Qualifier): string {
  switch (qualifier) {
    case 'over':
      return msg('超过', {id: 'figure.qualifier-over', desc: 'Before a figure the article gives as "over N" (超过/超).'});
    case 'more-than':
      return msg('余', {id: 'figure.qualifier-more-than', desc: 'With a figure the article gives as "N-odd / more than N" with 余 (300余个, 100余万元).'});
    case 'more':
      return msg('多', {id: 'figure.qualifier-more', desc: 'With a figure the article gives as "N-odd / more than N" with 多 (40多个); in English the same as 余: "more than".'});
    case 'nearly':
      return msg('近', {id: 'figure.qualifier-nearly', desc: 'Before a figure the article gives as "nearly N" (近).'});
    case 'at-least':
      return msg('以上', {id: 'figure.qualifier-at-least', desc: 'With a figure the article gives as "N or more" (以上).'});
  }
}

/**
 * A Chinese number's scale word at its end (万, 亿 as Intl's compact form
 * prints them), split off for a qualifier that stands before it (100余万元):
 * [number without the scale word, the scale word], or [number, ''].
 */
function scaleSplit(number: string, stat: Pick<StatRecord, 'qualifierBeforeScale'>, locale: Locale): [string, string] {
  const scale = stat.qualifierBeforeScale && locale !== 'en' ? /[万亿萬億]$/.exec(number) : null;
  return scale ? [number.slice(0, -1), scale[0]] : [number, ''];
}

/** The figure as plain words, e.g. "超过4.55万人" / "over 45,500 people" / "100余万元". */
export function figureText(stat: StatRecord, locale: Locale, value = stat.value, valueTo = stat.valueTo): string {
  const grammar = GRAMMAR[locale];
  const number = formatFigure(value, stat.measure, locale, valueTo);
  const unit = stat.unit ? `${grammar.separator}${stat.unit}` : '';
  if (!stat.qualifier) return `${number}${unit}`;
  const word = qualifierWord(stat.qualifier);
  switch (grammar.qualifier[stat.qualifier]) {
    case 'before':
      return `${word}${grammar.separator}${number}${unit}`;
    case 'after-number': {
      const [head, scale] = scaleSplit(number, stat, locale);
      return `${head}${word}${scale}${unit}`;
    }
    case 'after-unit':
      return `${number}${unit}${word}`;
  }
}

/** Rough width of a text in ems: a CJK character is 1em, a bold digit or Latin letter up to 0.7em, a space or stop less. */
function textEms(text: string): number {
  let ems = 0;
  for (const char of text) ems += char.codePointAt(0)! >= 0x2e80 ? 1 : /[\s.,'’]/.test(char) ? 0.35 : 0.7;
  return ems;
}

/**
 * The figure with its parts marked for styling. `shown` is the number on
 * screen during a count-up; the exact figure is always what assistive
 * technology reads.
 *
 * The number and its unit never break apart (「4.55万人」, "45,500 people"):
 * they sit in one unbreakable `.amount`, with a qualifier that comes between
 * them (300余个), or between the number and its scale word (100余万元), inside
 * it too. Only a qualifier before the number may wrap away from it, and the
 * words of a long English unit after its first word. A figure whose qualifier
 * stands before its scale word does not count up (the count would pass
 * through other scales).
 */
export function renderFigureValue(stat: StatRecord, locale: Locale, shown?: number): TemplateResult {
  const grammar = GRAMMAR[locale];
  const place = stat.qualifier ? grammar.qualifier[stat.qualifier] : undefined;
  const [exact, scale] = scaleSplit(formatFigure(stat.value, stat.measure, locale, stat.valueTo), stat, locale);
  if (scale) shown = undefined;
  // The separator (a space in English) goes with the word it stands beside, so the words read apart wherever the text is read.
  const qualifier = stat.qualifier ? qualifierWord(stat.qualifier) : '';
  // A unit of several words (English) keeps its first word with the number; the rest may wrap.
  const [first = '', ...rest] = (stat.unit ?? '').split(' ');
  // Its width in ems (words of a unit or qualifier are set at half size), so CSS can shrink it to fit a narrow column.
  const between = place === 'after-number' ? qualifier : '';
  const ems = textEms(exact) + textEms(scale) + (textEms(between) + textEms(`${grammar.separator}${first}`)) / 2;
  // The pieces are named in this order whatever the layout: the number, its unit, the rest of the unit, the qualifier.
  const number =
    shown === undefined
      ? t(exact)
      : // The counting number is a piece of its own scope: the exact one and every piece after it keep their names when it goes.
        html`<span aria-hidden="true">${pieceScope('count', () => t(formatFigure(shown, stat.measure, locale)))}</span><span class="visually-hidden">${t(exact)}</span>`;
  const unit = stat.unit ? t(`${grammar.separator}${first}`) : nothing;
  const more = rest.length ? t(` ${rest.join(' ')}`) : nothing;
  const word = place === 'before' ? t(`${qualifier}${grammar.separator}`) : place ? t(qualifier) : nothing;
  // One template for the whole value (a template per span would cost a clone and its markers each).
  return html`${place === 'before' ? html`<span class="qualifier">${word}</span>` : nothing}<span class="amount" style=${cssProperty('--_amount-ems', ems.toFixed(2))}
      ><data class="number" value=${stat.value}>${number}</data>${place === 'after-number' ? html`<span class="qualifier">${word}</span>` : nothing}${scale ? t(scale) : nothing}${stat.unit
        ? html`<span class="unit">${unit}</span>`
        : nothing}</span
    >${rest.length ? html`<span class="unit">${more}</span>` : nothing}${place === 'after-unit' ? html`<span class="qualifier">${word}</span>` : nothing}`;
}

/** Text with one piece kept on one line (a date inside a sentence); the rest wraps as usual. */
export function keepTogether(text: string, piece: string): TemplateResult {
  const at = piece ? text.indexOf(piece) : -1;
  if (at === -1) return html`${t(text, 'line')}`;
  const after = text.slice(at + piece.length);
  return html`${t(text.slice(0, at))}<span class="nowrap">${t(piece, after ? 'inline' : 'line')}</span>${t(after, 'line')}`;
}

/** The date or period of a figure as formatted, or undefined when the article gives none. */
export function asOfDate(stat: Pick<StatRecord, 'asOf'>, locale: Locale): string | undefined {
  const {date, from} = stat.asOf;
  if (date === null) return undefined;
  return from === undefined ? formatPartialDate(date, locale) : formatPeriod(from, date, locale);
}

/**
 * When the figure holds: "数据截至：2024年7月1日", a period, or — for an
 * undated article — its own time words and the fact that it prints no date.
 */
export function asOfText(stat: Pick<StatRecord, 'asOf'>, locale: Locale): string {
  const {date, from, phrase} = stat.asOf;
  if (date === null) {
    return phrase
      ? msg(str`时间：文中称“${phrase}”，报道未注明日期`, {
          id: 'figure.as-of-phrase-undated',
          desc: 'A figure from an article that prints no date; the article’s own time words (e.g. 去年 / last year) follow in quotes.',
        })
      : msg('时间：报道未注明日期', {id: 'figure.as-of-none', desc: 'A figure from an article that prints no date and gives no time words for it.'});
  }
  if (from !== undefined) {
    return msg(str`统计期间：${asOfDate(stat, locale)!}`, {id: 'figure.period', desc: 'The period a figure covers.'});
  }
  return msg(str`数据截至：${asOfDate(stat, locale)!}`, {id: 'figure.as-of', desc: 'The date a figure holds for.'});
}

/** The as-of line with its date kept on one line. */
export function renderAsOf(stat: Pick<StatRecord, 'asOf'>, locale: Locale): TemplateResult {
  return keepTogether(asOfText(stat, locale), asOfDate(stat, locale) ?? '');
}

/** The publication date of a source, or a note that it prints none. */
export function sourceDateText(data: Dataset, sourceId: string, locale: Locale): string {
  const value = data.source(sourceId)?.date.value;
  return value ? formatPartialDate(value, locale) : msg('未注明日期', {id: 'common.undated', desc: 'An article that prints no date.'});
}

/**
 * The source line with its date kept on one line, and the article's title a
 * link when the source has a URL the link policy allows (shared/link.ts).
 */
export function renderSource(data: Dataset, sourceId: string, locale: Locale): TemplateResult {
  const text = sourceText(data, sourceId, locale);
  const date = sourceDateText(data, sourceId, locale);
  const source = data.source(sourceId);
  const href = source?.url ? dataLink(source.url, `sources[${data.all('sources').indexOf(source)}].url`) : undefined;
  const at = href ? text.indexOf(source!.title) : -1;
  if (at === -1) return keepTogether(text, date);
  const end = at + source!.title.length;
  return html`${t(text.slice(0, at))}<a class="source-link" part="source-link" href=${href!}>${t(source!.title)}</a>${keepTogether(text.slice(end), date)}`;
}

/** Several source lines, one per source, a line break between them (each widget's `source` part). */
export function renderSources(data: Dataset, sourceIds: readonly string[], locale: Locale): TemplateResult[] {
  return sourceIds.map((id, i) => html`${i ? html`<br />` : nothing}${renderSource(data, id, locale)}`);
}

/** A figure in a list of figures (a case's, a group's): its value, what it counts and its as-of date. */
export function renderFigureCard(stat: StatRecord, locale: Locale): TemplateResult {
  return html`<figure class="figure" part="figure">
    <p class="value">${renderFigureValue(stat, locale)}</p>
    <figcaption>
      <span class="label">${t(stat.label, true)}</span>
      <span class="meta">${renderAsOf(stat, locale)}</span>
    </figcaption>
  </figure>`;
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
 * e.g. "较此前（2021年）的15万元增加15万元，增幅100%". The earlier figure only
 * ("此前（未注明日期）：247家") when no exact change can be given: approximate
 * figures (超过, 余, 近 …), or figures counted in different units (家 and 个),
 * whose difference would mix them. Undefined when there is no earlier value
 * (or for ranges and percentages, where a percent change would mislead).
 */
export function trendText(stat: StatRecord, data: Dataset, locale: Locale): string | undefined {
  const previous = data.seriesOf(stat.id)?.previous;
  if (!previous || previous.value <= 0 || stat.measure === 'percent' || stat.valueTo !== undefined || previous.valueTo !== undefined) {
    return undefined;
  }
  const before = figureText(previous, locale);
  const when = previous.asOf.date ? formatPartialDate(previous.asOf.date, locale) : sourceDateText(data, previous.source, locale);
  if (stat.qualifier || previous.qualifier || stat.unit?.trim() !== previous.unit?.trim()) {
    return msg(str`此前（${when}）：${before}`, {
      id: 'figure.trend-previous',
      desc: 'The earlier figure of the same series, when no exact change can be given (approximate figures, or different units).',
    });
  }
  const change = stat.value - previous.value;
  const delta = figureText({...stat, qualifier: undefined}, locale, Math.abs(change), undefined);
  // The words say up or down; the percentage carries no sign of its own.
  const percent = wholePercent(intlLocale(locale)).format(Math.abs(change) / previous.value);
  if (change > 0) {
    return msg(str`较此前（${when}）的${before}增加${delta}，增幅${percent}`, {
      id: 'figure.trend-up',
      desc: 'Comparison with the earlier figure of the same series: when, earlier figure, increase, percent change (no sign).',
    });
  }
  if (change < 0) {
    return msg(str`较此前（${when}）的${before}减少${delta}，降幅${percent}`, {
      id: 'figure.trend-down',
      desc: 'Comparison with the earlier figure of the same series: when, earlier figure, decrease, percent change (no sign).',
    });
  }
  return msg(str`与此前（${when}）持平：${before}`, {id: 'figure.trend-same', desc: 'The figure equals the earlier one of its series.'});
}
