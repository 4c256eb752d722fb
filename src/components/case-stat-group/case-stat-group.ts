import {html, nothing, type CSSResultGroup, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {keyed} from '../../base/keyed.js';
import {msg} from '../../localization/runtime.js';
import {AllianceElement, type Resolution} from '../../base/alliance-element.js';
import type {Dataset} from '../../data/dataset.js';
import type {StatRecord} from '../../data/types.js';
import {hostStyles} from '../../styles/tokens.js';
import {renderFigureCard, renderSources} from '../../shared/figure.js';
import {heading} from '../../shared/heading.js';
import {TableView, viewsStyles} from '../../shared/views.js';
import {figureTable} from '../../shared/table-rows.js';
import {t} from '../../base/pieces.js';
import {styles} from './case-stat-group.styles.js';

/** The ids in `stats`: separated by commas or spaces, each once, in the order given. */
const statIds = (value: string): string[] => [...new Set(value.split(/[\s,，]+/).filter(Boolean))];

/**
 * Several headline figures side by side, as a portal sets its row of key
 * figures (数据看板): each exact, with its as-of date, and the articles they
 * come from below them. "以表格查看" shows them all as one table and
 * "下载CSV" saves that table.
 *
 * @tag case-stat-group
 * @summary A row of sourced headline figures, viewable as a table and downloadable as CSV.
 *
 * @csspart base - The wrapper (carries the theme, care and compact looks).
 * @csspart group - The group: its heading, buttons, figures and sources.
 * @csspart heading - The group's heading (with `heading`).
 * @csspart views - The "view as table" and "download CSV" buttons.
 * @csspart figures - The list of figures.
 * @csspart figure - One figure.
 * @csspart table - The figures as a table, when the reader chose it.
 * @csspart source - The source lines.
 * @csspart source-link - In a source line, the article's title: a link when the data gives the article's URL (a portal's own data).
 * @csspart state - The loading, not-found or error message.
 *
 * @cssprop [--case-stat-group-figure-min-width=12em] - Narrowest figure before the row wraps.
 * @cssprop [--case-stat-group-accent-color=var(--alliance-color-accent, #b3261e)] - The accent rule of each figure.
 * @cssprop [--case-stat-group-background=var(--alliance-color-surface, #ffffff)] - Background of each figure.
 *
 * @fires {AllianceErrorEvent} alliance-error - `stats` is empty, an id in it is unknown, or the data failed to load.
 */
export class CaseStatGroup extends AllianceElement<StatRecord[]> {
  static override styles: CSSResultGroup = [hostStyles, viewsStyles, styles];

  protected static override collections = ['stats', 'sources'] as const;

  /** Ids of the figures to show, in order, separated by commas or spaces, e.g. `alliance-cases, common-prosperity-workshops`. */
  @property({reflect: true}) stats = '';

  /** A heading above the figures (the page's words, e.g. 「党建联建数据」); also the caption of their table. */
  @property() heading = '';

  /** Heading level of `heading` (2–6), to fit the page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** @internal The figures as one table, and as CSV. */
  readonly tableView = new TableView(this, () => {
    const data = this.localeData.data;
    if (!this.found?.ok || !data) return undefined;
    return figureTable(this.found.value, data, this.caption(), 'figures');
  });

  /** @internal The group's name: its heading, else 「关键数据」. */
  private caption(): string {
    return this.heading.trim() || msg('关键数据', {id: 'case-card.figures', desc: 'Heading of the list of figures of a case.'});
  }

  /** @internal */
  protected override resolve(data: Dataset): Resolution<StatRecord[]> {
    const ids = statIds(this.stats);
    if (!ids.length) return {ok: false, reason: 'missing-id', id: undefined};
    const stats: StatRecord[] = [];
    for (const id of ids) {
      const stat = data.stat(id);
      if (!stat) return {ok: false, reason: 'not-found', id};
      stats.push(stat);
    }
    return {ok: true, value: stats};
  }

  /** @internal */
  protected override renderReady(stats: StatRecord[], data: Dataset): TemplateResult {
    const locale = data.locale;
    const sources = [...new Set(stats.map((s) => s.source))];
    const named = this.heading.trim();
    return html`<section class="group" part="group" aria-label=${named ? nothing : this.caption()} aria-labelledby=${named ? 'heading' : nothing}>
      ${named ? heading(this.headingLevel, {class: 'heading', part: 'heading', id: 'heading'}, t(named, true)) : nothing} ${this.tableView.buttons('figures')}
      ${this.tableView.content(
        'figures',
        () =>
          html`<ul class="figures" part="figures" id="figures">
            ${keyed(
              stats,
              (s) => s.id,
              (s) => html`<li>${renderFigureCard(s, locale)}</li>`
            )}
          </ul>`
      )}
      <p class="sources" part="source">${renderSources(data, sources, locale)}</p>
    </section>`;
  }
}
