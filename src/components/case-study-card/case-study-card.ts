import {html, isServer, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {keyed} from '../../base/keyed.js';
import {msg, str} from '../../localization/runtime.js';
import {AllianceElement, type Resolution} from '../../base/alliance-element.js';
import type {Dataset} from '../../data/dataset.js';
import {focusKey} from '../../data/focus.js';
import type {CaseRecord} from '../../data/types.js';
import {hostStyles} from '../../styles/tokens.js';
import {renderFigureCard, renderSources} from '../../shared/figure.js';
import {chip, editorialMark} from '../../shared/chip.js';
import {heading} from '../../shared/heading.js';
import {styles} from './case-study-card.styles.js';
import {t} from '../../base/pieces.js';
import {TableView, viewsStyles} from '../../shared/views.js';
import {figureTable} from '../../shared/table-rows.js';

/**
 * A typical case of the alliance work: its name and place, the formation
 * models it shows, its key figures (each exact, with its as-of date), the
 * people the articles quote with their roles, how it relates to other cases,
 * and its sources.
 *
 * @tag case-study-card
 * @summary One alliance case study with its figures, people and sources.
 *
 * @csspart base - The wrapper (carries the theme, care and compact looks).
 * @csspart card - The card.
 * @csspart name - The case name (a heading).
 * @csspart place - District, town and locality.
 * @csspart summary - What the case is.
 * @csspart models - The list of formation models the case shows (buttons with `selectable`, otherwise text).
 * @csspart editorial - Beside a model the editors grouped the case under (no article states the tie): 「编者归类」.
 * @csspart figures - The list of key figures.
 * @csspart views - The "view as table" and "download CSV" buttons of the figures.
 * @csspart table - The figures as a table, when the reader chose it.
 * @csspart figure - One figure.
 * @csspart people - The people quoted.
 * @csspart related - The larger case and the cases within it (buttons with `selectable`, otherwise text).
 * @csspart source - The source lines.
 * @csspart source-link - In a source line, the article's title: a link when the data gives the article's URL (a portal's own data).
 * @csspart state - The loading, not-found or error message.
 *
 * @cssprop [--case-study-card-accent-color=var(--alliance-color-accent, #b3261e)] - Top rule.
 * @cssprop [--case-study-card-background=var(--alliance-color-surface, #ffffff)] - Card background.
 * @cssprop [--case-study-card-padding=var(--alliance-space-4, 1.5em)] - Inner spacing.
 * @cssprop [--case-study-card-figure-min-width=13em] - Narrowest figure before the grid wraps.
 *
 * @fires {AllianceSelectEvent} alliance-select - With `selectable`: the reader chose a model (`kind` "model") or a related case (`kind` "case").
 * @fires {AllianceErrorEvent} alliance-error - The `case` id is missing or unknown, or the data failed to load.
 */
export class CaseStudyCard extends AllianceElement<CaseRecord> {
  static override styles: CSSResultGroup = [hostStyles, viewsStyles, styles];

  protected static override collections = ['cases', 'stats', 'sources', 'models'] as const;

  /** @internal Whether all figures are shown (from the start in static HTML, which has no script for "show all", and in the widget that takes it over). */
  @state() private allFigures = false;

  /** @internal The figures as a table (all of them) and as CSV. */
  readonly tableView = new TableView(this, () => {
    const data = this.localeData.data;
    if (!this.found?.ok || !data) return undefined;
    const c = this.found.value;
    const caption = msg(str`${c.name}：关键数据`, {id: 'case-card.table-caption', desc: 'Caption of the table of a case’s figures; the case’s name comes first.'});
    return figureTable(data.statsForCase(c.id), data, caption, `${c.id}-figures`);
  });

  /** Id of the case to show, e.g. `kuangyan-south`. */
  @property({reflect: true, attribute: 'case'}) caseId = '';

  /** Heading level of the case name (2–6), to fit the page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** How many figures to show before a "show all" button (0 shows none). */
  @property({type: Number, attribute: 'max-figures'}) maxFigures = 6;

  /** Models and related cases become buttons that fire `alliance-select`, for a page that acts on the choice; without it they are plain text. */
  @property({type: Boolean, reflect: true}) selectable = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Another case starts with its first figures again.
    if (changed.has('caseId')) this.allFigures = changed.get('caseId') === undefined && (isServer || this.fromStatic);
  }

  /** @internal `max-figures` is a whole number, 0 or more. */
  protected override invalidAttribute(): [string, string] | undefined {
    if (!(Number.isInteger(this.maxFigures) && this.maxFigures >= 0)) return ['max-figures', this.getAttribute('max-figures') ?? String(this.maxFigures)];
    return super.invalidAttribute();
  }

  /** @internal */
  protected override dataFocus(): string | undefined {
    return focusKey('cases', this.caseId.trim());
  }

  /** @internal */
  protected override resolve(data: Dataset): Resolution<CaseRecord> {
    const id = this.caseId.trim();
    if (!id) return {ok: false, reason: 'missing-id', id: undefined};
    const found = data.get('cases', id);
    return found ? {ok: true, value: found} : {ok: false, reason: 'not-found', id};
  }

  private renderFigures(c: CaseRecord, data: Dataset): TemplateResult | typeof nothing {
    const stats = data.statsForCase(c.id);
    const limit = Math.max(0, Math.floor(this.maxFigures));
    if (stats.length === 0 || limit === 0) return nothing;
    const shown = this.allFigures ? stats : stats.slice(0, limit);
    // Named with the case's name too, so two cards on one page give two distinct regions (axe: landmark-unique).
    return html`<section aria-labelledby="name figures-title">
      <div class="section-head">
        <p class="section-title" id="figures-title">${t(msg('关键数据', {id: 'case-card.figures', desc: 'Heading of the list of figures of a case.'}), true)}</p>
        ${this.tableView.buttons('figures')}
      </div>
      ${this.tableView.content(
        'figures',
        () =>
          html`<ul class="figures" part="figures" id="figures">
              ${keyed(
                shown,
                (s) => s.id,
                (s) => html`<li>${renderFigureCard(s, data.locale)}</li>`
              )}
            </ul>
            ${stats.length > limit
              ? html`<button class="chip more" type="button" aria-expanded=${this.allFigures ? 'true' : 'false'} aria-controls="figures" @click=${() => (this.allFigures = !this.allFigures)}>
                  ${t(
                    this.allFigures
                      ? msg('收起', {id: 'case-card.fewer-figures', desc: 'Button that shows only the first figures again.'})
                      : msg(str`显示全部${stats.length}项数据`, {id: 'case-card.all-figures', desc: 'Button that shows every figure of the case; the count follows.'})
                  )}
                </button>`
              : nothing}`
      )}
    </section>`;
  }

  private renderPeople(c: CaseRecord): TemplateResult | typeof nothing {
    if (c.people.length === 0) return nothing;
    return html`<section aria-labelledby="name people-title">
      <p class="section-title" id="people-title">${t(msg('人物', {id: 'case-card.people', desc: 'Heading of the list of people named in a case.'}), true)}</p>
      <ul class="people" part="people">
        ${c.people.map(
          (p) => html`<li>
            <figure class=${p.quote ? 'person quoted' : 'person'}>
              ${p.quote ? html`<blockquote>${t(p.quote, true)}</blockquote>` : nothing}
              <figcaption><span class="person-name">${t(p.name)}</span>${t(msg(str`，${p.role}`, {id: 'case-card.role', desc: 'After a person’s name: their role.'}), 'line')}</figcaption>
            </figure>
          </li>`
        )}
      </ul>
    </section>`;
  }

  private renderRelated(c: CaseRecord, data: Dataset): TemplateResult | typeof nothing {
    const parent = c.partOf ? data.get('cases', c.partOf) : undefined;
    const children = data.all('cases').filter((other) => other.partOf === c.id);
    if (!parent && children.length === 0) return nothing;
    const item = (other: CaseRecord) => html`<li>${chip(other.name, {onSelect: this.selectable ? () => this.select('case', other.id) : undefined})}</li>`;
    return html`<div part="related">
      ${parent
        ? html`<p class="section-title">${t(msg('所属', {id: 'case-card.part-of', desc: 'Label before the larger case this one belongs to.'}), true)}</p>
            <ul class="chips">${item(parent)}</ul>`
        : nothing}
      ${children.length
        ? html`<p class="section-title">${t(msg('下属案例', {id: 'case-card.children', desc: 'Label before the cases within this one.'}), true)}</p>
            <ul class="chips">${children.map(item)}</ul>`
        : nothing}
    </div>`;
  }

  /** @internal */
  protected override renderReady(c: CaseRecord, data: Dataset): TemplateResult {
    const place = [c.place.district, c.place.town, c.place.locality].filter((p): p is string => !!p);
    const models = c.models.map((id) => data.get('models', id)).filter((m) => m !== undefined);
    const sources = [...new Set([...c.sources, ...data.statsForCase(c.id).map((s) => s.source)])];
    return html`
      <article class="card" part="card" aria-labelledby="name">
        <div>
          ${heading(this.headingLevel, {class: 'name', part: 'name', id: 'name'}, t(c.name, true))}
          ${place.length ? html`<p class="place" part="place">${t(place.join(' · '), true)}</p>` : nothing}
        </div>
        <p class="summary" part="summary">${t(c.summary, true)}</p>
        ${models.length
          ? html`<div>
              <p class="section-title" id="models-title">${t(msg('组建模式', {id: 'case-card.models', desc: 'Label before the formation models a case shows.'}), true)}</p>
              <ul class="chips" part="models" aria-labelledby="models-title">
                ${models.map(
                  (m) =>
                    html`<li>${chip(m.name, {onSelect: this.selectable ? () => this.select('model', m.id) : undefined})}${c.editorialModels?.includes(m.id) ? editorialMark() : nothing}</li>`
                )}
              </ul>
            </div>`
          : nothing}
        ${this.renderFigures(c, data)} ${this.renderPeople(c)} ${this.renderRelated(c, data)}
        <p class="meta" part="source">${renderSources(data, sources, data.locale)}</p>
      </article>
    `;
  }
}
