import {html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {AllianceElement, type Resolution} from '../../base/alliance-element.js';
import {hostStyles} from '../../styles/tokens.js';
import type {Dataset} from '../../data/dataset.js';
import {focusKey} from '../../data/focus.js';
import type {StatRecord} from '../../data/types.js';
import {renderAsOf, renderFigureValue, renderSource, trendText} from '../../shared/figure.js';
import {styles} from './case-stat.styles.js';
import {t} from '../../base/pieces.js';
import {loadSeriesChart, seriesChart} from './chart-loader.js';
import {TableView, viewsStyles} from '../../shared/views.js';
import {figureTable} from '../../shared/table-rows.js';
import {msg, str} from '../../localization/runtime.js';

/** Length of the optional count-up, in milliseconds. */
const COUNT_UP_MS = 1200;

/**
 * One headline figure of the alliance work, exact and sourced: value with its
 * unit and qualifier (over / more than / nearly), what it counts, the date it
 * holds for, the article it comes from, and how it changed since the figure
 * reported before it.
 *
 * @tag case-stat
 * @summary A sourced headline figure, formatted for the reader's locale (4.55万 / 45,500).
 *
 * @csspart base - The wrapper (carries the theme, care and compact looks).
 * @csspart figure - The figure block.
 * @csspart value - The number with its qualifier and unit.
 * @csspart label - What the figure counts.
 * @csspart trend - The comparison with the earlier figure of its series.
 * @csspart series - With `chart`: the chart of the figure's series and the list of its figures.
 * @csspart views - With `chart`: the "view as table" and "download CSV" buttons of the series.
 * @csspart table - With `chart`: the figures of the series as a table, when the reader chose it.
 * @csspart chart - With `chart`: the bars (a picture; the list beside it has every figure as text).
 * @csspart as-of - The date or period the figure holds for.
 * @csspart source - The source line (article, paper, date).
 * @csspart source-link - In a source line, the article's title: a link when the data gives the article's URL (a portal's own data).
 * @csspart state - The loading, not-found or error message.
 *
 * @cssprop [--case-stat-value-color=var(--alliance-color-text-strong, #111418)] - Colour of the number.
 * @cssprop [--case-stat-value-font-size=var(--alliance-font-size-xxl, 2.25em)] - Size of the number.
 * @cssprop [--case-stat-accent-color=var(--alliance-color-accent, #b3261e)] - Colour of the accent rule.
 * @cssprop [--case-stat-background=var(--alliance-color-surface, #ffffff)] - Background.
 * @cssprop [--case-stat-padding=var(--alliance-space-3, 1em)] - Inner spacing.
 *
 * @fires {AllianceErrorEvent} alliance-error - The `stat` id is missing or unknown, or the data failed to load.
 */
export class CaseStat extends AllianceElement<StatRecord> {
  static override styles: CSSResultGroup = [hostStyles, viewsStyles, styles];

  protected static override collections = ['stats', 'sources', 'series'] as const;

  /** @internal The number on screen while counting up. */
  @state() private shown: number | undefined;

  /** @internal With `chart`: the figures of the series as a table and as CSV. */
  readonly tableView = new TableView(this, () => {
    const data = this.localeData.data;
    const stat = this.found?.ok ? this.found.value : undefined;
    const series = stat && data?.seriesOf(stat.id);
    if (!data || !stat || !series || series.members.length < 2) return undefined;
    const caption = msg(str`${stat.label}：历次数字`, {id: 'case-stat.table-caption', desc: 'Caption of the table of the figures of a series; the label of the figure shown comes first.'});
    return figureTable(series.members, data, caption, series.series.id);
  });

  /** Id of the figure to show, e.g. `workshop-employment`. */
  @property({reflect: true}) stat = '';

  /** Hides the source line (keep it wherever the figure stands alone). */
  @property({type: Boolean, reflect: true, attribute: 'no-source'}) noSource = false;

  /** Hides the comparison with the earlier figure of the series. */
  @property({type: Boolean, reflect: true, attribute: 'no-trend'}) noTrend = false;

  /**
   * Shows the figure's series as a small bar chart, with every figure of it
   * (date and value) as text beside it; nothing when the figure is in no series.
   */
  @property({type: Boolean, reflect: true}) chart = false;

  /** Counts the number up from zero when it first appears (never in care mode or with reduced motion). */
  @property({type: Boolean, reflect: true, attribute: 'count-up'}) countUp = false;

  /** @internal */
  private animated: string | undefined;
  /** @internal */
  private frame = 0;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelAnimationFrame(this.frame);
    this.shown = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // The chart's script loads beside the data, so both are usually there together.
    if (this.chart && !seriesChart()) void loadSeriesChart().then(() => this.requestUpdate());
    const stat = this.found?.ok ? this.found.value : undefined;
    if (this.countUp && stat && this.animated !== stat.id && this.motionAllowed && stat.valueTo === undefined && !this.fromStatic) {
      this.animated = stat.id;
      this.startCountUp(stat.value);
    }
  }

  /** @internal Starts from zero in this update; each frame then moves the number on. */
  private startCountUp(target: number): void {
    cancelAnimationFrame(this.frame);
    const start = performance.now();
    const step = (now: number) => {
      const t = Math.min((now - start) / COUNT_UP_MS, 1);
      const eased = 1 - (1 - t) ** 3;
      this.shown = t < 1 ? Math.round(target * eased) : undefined;
      if (t < 1) this.frame = requestAnimationFrame(step);
    };
    this.shown = 0;
    this.frame = requestAnimationFrame(step);
  }

  /** @internal */
  protected override dataFocus(): string | undefined {
    return focusKey('stats', this.stat.trim());
  }

  /** @internal */
  protected override resolve(data: Dataset): Resolution<StatRecord> {
    const id = this.stat.trim();
    if (!id) return {ok: false, reason: 'missing-id', id: undefined};
    const stat = data.stat(id);
    return stat ? {ok: true, value: stat} : {ok: false, reason: 'not-found', id};
  }

  /** @internal */
  protected override renderReady(stat: StatRecord, data: Dataset): TemplateResult {
    const locale = data.locale;
    const chart = this.chart ? seriesChart() : undefined;
    // Asked for a chart whose script is still on its way: the loading state a little longer, so the figure appears once, whole.
    if (this.chart && !chart) return this.renderLoading();
    const trend = this.noTrend ? undefined : trendText(stat, data, locale);
    return html`
      <figure class="figure" part="figure">
        <p class="value" part="value">${renderFigureValue(stat, locale, this.shown)}</p>
        <figcaption>
          <span class="label" part="label">${t(stat.label, true)}</span>
          ${trend ? html`<span class="trend" part="trend">${t(trend, true)}</span>` : nothing}
          ${chart && (data.seriesOf(stat.id)?.members.length ?? 0) > 1
            ? html`${this.tableView.buttons('series')}${this.tableView.content('series', () => chart.renderSeriesChart(stat, data, locale))}`
            : nothing}
          <span class="meta">
            <span part="as-of">${renderAsOf(stat, locale)}</span>
            ${this.noSource ? nothing : html`<span part="source">${renderSource(data, stat.source, locale)}</span>`}
          </span>
        </figcaption>
      </figure>
    `;
  }
}
