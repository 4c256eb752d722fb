import {html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {AllianceElement, type Resolution} from '../../base/alliance-element.js';
import {hostStyles} from '../../styles/tokens.js';
import type {Dataset} from '../../data/dataset.js';
import type {StatRecord} from '../../data/types.js';
import {formatFigure, formatPartialDate, formatPeriod} from '../../format.js';
import type {Locale} from '../../localization/localization.js';
import {styles} from './case-stat.styles.js';

type QualifierPlace = 'before' | 'after-number' | 'after-unit';

/**
 * Where each locale puts the qualifier and what separates the words of a
 * figure: 超过4.55万人 · 300余个 · 100万元以上, but "over 45,500 people",
 * "more than 300", "at least 1 million yuan".
 */
const FIGURE_GRAMMAR: Record<Locale, {unitSeparator: string; qualifierSeparator: string; qualifier: Record<NonNullable<StatRecord['qualifier']>, QualifierPlace>}> = {
  'zh-Hans': {unitSeparator: '', qualifierSeparator: '', qualifier: {over: 'before', nearly: 'before', 'more-than': 'after-number', 'at-least': 'after-unit'}},
  'zh-Hant': {unitSeparator: '', qualifierSeparator: '', qualifier: {over: 'before', nearly: 'before', 'more-than': 'after-number', 'at-least': 'after-unit'}},
  en: {unitSeparator: ' ', qualifierSeparator: ' ', qualifier: {over: 'before', nearly: 'before', 'more-than': 'before', 'at-least': 'before'}},
};

/**
 * One headline figure of the alliance work, exact and sourced: value with its
 * unit and qualifier (over / more than / nearly), what it counts, the date it
 * holds for and the article it comes from.
 *
 * @tag case-stat
 * @summary A sourced headline figure, formatted for the reader's locale (4.55万 / 45,500).
 *
 * @csspart base - The figure wrapper.
 * @csspart value - The number with its qualifier and unit.
 * @csspart label - What the figure counts.
 * @csspart as-of - The date or period the figure holds for.
 * @csspart source - The source line (article, paper, date).
 * @csspart state - The loading, not-found or error message.
 *
 * @cssprop [--case-stat-value-color=var(--alliance-color-text-strong, #1a1a1a)] - Colour of the number.
 * @cssprop [--case-stat-value-font-size=var(--alliance-font-size-xxl, 2.25rem)] - Size of the number.
 * @cssprop [--case-stat-accent-color=var(--alliance-color-accent, #b3261e)] - Colour of the accent rule.
 * @cssprop [--case-stat-background=var(--alliance-color-surface, #ffffff)] - Background.
 * @cssprop [--case-stat-padding=var(--alliance-space-3, 1rem)] - Inner spacing.
 *
 * @fires {AllianceErrorEvent} alliance-error - The `stat` id is missing or unknown, or the data failed to load.
 */
export class CaseStat extends AllianceElement<StatRecord> {
  static override styles = [hostStyles, styles];

  protected static override collections = ['stats', 'sources', 'series'] as const;

  /** Id of the figure to show, e.g. `workshop-employment`. */
  @property({reflect: true}) stat = '';

  /** Hides the source line (keep it visible wherever the figure stands alone). */
  @property({type: Boolean, reflect: true, attribute: 'no-source'}) noSource = false;

  /** @internal */
  protected override resolve(data: Dataset): Resolution<StatRecord> {
    const id = this.stat.trim();
    if (!id) return {ok: false, reason: 'missing-id', id: undefined};
    const stat = data.stat(id);
    return stat ? {ok: true, value: stat} : {ok: false, reason: 'not-found', id};
  }

  private qualifierWord(qualifier: NonNullable<StatRecord['qualifier']>): string {
    switch (qualifier) {
      case 'over':
        return msg('超过', {id: 'case-stat.qualifier-over', desc: 'Before a figure the article gives as "over N" (超过/超).'});
      case 'more-than':
        return msg('余', {id: 'case-stat.qualifier-more-than', desc: 'With a figure the article gives as "N-odd / more than N" (余/多).'});
      case 'nearly':
        return msg('近', {id: 'case-stat.qualifier-nearly', desc: 'Before a figure the article gives as "nearly N" (近).'});
      case 'at-least':
        return msg('以上', {id: 'case-stat.qualifier-at-least', desc: 'With a figure the article gives as "N or more" (以上).'});
    }
  }

  private renderValue(stat: StatRecord, locale: Locale): TemplateResult {
    const grammar = FIGURE_GRAMMAR[locale];
    const number = html`<data class="number" value=${stat.value}>${formatFigure(stat.value, stat.measure, locale, stat.valueTo)}</data>`;
    const unit = stat.unit ? html`${grammar.unitSeparator}<span class="unit">${stat.unit}</span>` : nothing;
    const word = stat.qualifier ? html`<span class="qualifier">${this.qualifierWord(stat.qualifier)}</span>` : nothing;
    switch (stat.qualifier ? grammar.qualifier[stat.qualifier] : undefined) {
      case 'before':
        return html`${word}${grammar.qualifierSeparator}${number}${unit}`;
      case 'after-number':
        return html`${number}${word}${unit}`;
      case 'after-unit':
        return html`${number}${unit}${word}`;
      default:
        return html`${number}${unit}`;
    }
  }

  private renderAsOf(stat: StatRecord, locale: Locale): string {
    const {date, from, phrase} = stat.asOf;
    if (date === null) {
      return msg(str`时间：${phrase}（报道未注明日期）`, {id: 'case-stat.as-of-undated', desc: 'When the article gives no date; the article’s own time words follow.'});
    }
    if (from !== undefined) {
      return msg(str`统计期间：${formatPeriod(from, date, locale)}`, {id: 'case-stat.period', desc: 'The period a figure covers.'});
    }
    return msg(str`数据截至：${formatPartialDate(date, locale)}`, {id: 'case-stat.as-of', desc: 'The date a figure holds for.'});
  }

  private renderSource(stat: StatRecord, data: Dataset, locale: Locale): string {
    const source = data.source(stat.source);
    if (!source) return msg('来源不详', {id: 'case-stat.source-unknown', desc: 'Source record missing.'});
    const date = source.date.value
      ? formatPartialDate(source.date.value, locale)
      : msg('未注明日期', {id: 'common.undated', desc: 'An article that prints no date.'});
    return msg(str`来源：${source.paper}《${source.title}》，${date}`, {
      id: 'case-stat.source',
      desc: 'Source line: paper, article title, publication date.',
    });
  }

  /** @internal */
  protected override renderReady(stat: StatRecord, data: Dataset): TemplateResult {
    const locale = data.locale;
    return html`
      <figure class="base" part="base" lang=${locale}>
        <p class="value" part="value">${this.renderValue(stat, locale)}</p>
        <figcaption>
          <span class="label" part="label">${stat.label}</span>
          <span class="meta">
            <span part="as-of">${this.renderAsOf(stat, locale)}</span>
            ${this.noSource ? nothing : html`<span part="source">${this.renderSource(stat, data, locale)}</span>`}
          </span>
        </figcaption>
      </figure>
    `;
  }
}
