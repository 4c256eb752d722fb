import {html, isServer, nothing, type CSSResultGroup, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {keyed} from '../../base/keyed.js';
import {msg, str} from '../../localization/runtime.js';
import {AllianceElement, type Resolution} from '../../base/alliance-element.js';
import type {Dataset} from '../../data/dataset.js';
import {focusKey} from '../../data/focus.js';
import type {ModelRecord} from '../../data/types.js';
import {hostStyles} from '../../styles/tokens.js';
import {renderSources} from '../../shared/figure.js';
import {chip, editorialMark} from '../../shared/chip.js';
import {templateLink} from '../../shared/link.js';
import {heading} from '../../shared/heading.js';
import {styles} from './alliance-model-card.styles.js';
import {t} from '../../base/pieces.js';

type ModelKind = ModelRecord['kind'];
const KINDS: readonly ModelKind[] = ['formation', 'variant', 'approach', 'historical'];

/**
 * A formation model of the party-building alliances (党建联盟组建模式): its
 * number, name and summary, the full description behind a disclosure button,
 * and the cases from the articles that exemplify it. Without `model` (or with
 * `model="all"`) it shows a responsive gallery of the models of one kind —
 * by default the eight formation models of 2021.
 *
 * @tag alliance-model-card
 * @summary One alliance formation model, or a gallery of them, with the cases that exemplify each.
 *
 * @csspart base - The wrapper (carries the theme, care and compact looks).
 * @csspart gallery - The list of cards when several models are shown.
 * @csspart card - One model's card.
 * @csspart number - The model's number in its printed list.
 * @csspart name - The model's name (a heading).
 * @csspart summary - The one-sentence summary.
 * @csspart toggle - The button that shows or hides the full description.
 * @csspart description - The full description.
 * @csspart cases - The list of cases that exemplify the model.
 * @csspart editorial - Beside a case the editors grouped under the model (no article states the tie): 「编者归类」.
 * @csspart case - One case: a link with `case-href`, a button with `selectable`, otherwise text.
 * @csspart source - The source line.
 * @csspart source-link - In a source line, the article's title: a link when the data gives the article's URL (a portal's own data).
 * @csspart state - The loading, not-found or error message.
 *
 * @cssprop [--alliance-model-card-accent-color=var(--alliance-color-accent, #b3261e)] - Top rule and number badge.
 * @cssprop [--alliance-model-card-background=var(--alliance-color-surface, #ffffff)] - Card background.
 * @cssprop [--alliance-model-card-padding=var(--alliance-space-3, 1em)] - Inner spacing of a card.
 * @cssprop [--alliance-model-card-min-width=18em] - Narrowest card in the gallery before it wraps.
 * @cssprop [--alliance-model-card-gap=var(--alliance-space-3, 1em)] - Space between cards.
 *
 * @fires {AllianceSelectEvent} alliance-select - With `selectable` or `case-href`: the reader chose a case (`kind` "case", `id` the case id). Cancel it to stop a `case-href` link from being followed.
 * @fires {AllianceErrorEvent} alliance-error - The `model` id or `kind` is unknown, or the data failed to load; or `case-href` makes no http(s) link (the cases then stay text).
 */
export class AllianceModelCard extends AllianceElement<ModelRecord[]> {
  static override styles: CSSResultGroup = [hostStyles, styles];

  protected static override collections = ['models', 'cases', 'sources'] as const;

  /** @internal Ids of the models the reader toggled away from the `open` default. */
  @state() private toggled = new Set<string>();

  /** Id of the model to show, e.g. `mentor-led`; empty or `all` shows the gallery. */
  @property({reflect: true}) model = '';

  /** Which models the gallery shows: `formation` (the eight of 2021), `variant`, `approach`, `historical` or `all`. */
  @property({reflect: true}) kind: ModelKind | 'all' = 'formation';

  /** Heading level of the model names (2–6), to fit the page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** Shows every description from the start (the reader can still close each). */
  @property({type: Boolean, reflect: true}) open = false;

  /**
   * A link for each case, with `{id}` standing for the case id (e.g. `/cases/{id}.html`); it wins over `selectable`.
   * Only http and https links are made (relative ones included): for any other scheme the case names stay text and the
   * widget fires `alliance-error` (`invalid-attribute`, path `case-href`).
   */
  @property({attribute: 'case-href'}) caseHref = '';

  /** Cases become buttons that fire `alliance-select` (kind "case"), for a page that shows the chosen case itself; without it, and without `case-href`, they are plain text. */
  @property({type: Boolean, reflect: true}) selectable = false;

  /** @internal */
  protected override looks(): Record<string, boolean> {
    const model = this.model.trim();
    return {'shows-gallery': !model || model === 'all'};
  }

  /** @internal `kind` is one of the kinds of model, or `all`. */
  protected override invalidAttribute(): [string, string] | undefined {
    const kind = this.kind.trim() || 'formation';
    if (kind !== 'all' && !KINDS.includes(kind as ModelKind)) return ['kind', kind];
    return super.invalidAttribute();
  }

  /** @internal One model, or the gallery of a kind. */
  protected override dataFocus(): string | undefined {
    const id = this.model.trim();
    if (id && id !== 'all') return focusKey('models', id);
    const kind = this.kind.trim() || 'formation';
    return kind === 'all' || KINDS.includes(kind as ModelKind) ? focusKey('kinds', kind) : undefined;
  }

  /** @internal */
  protected override resolve(data: Dataset): Resolution<ModelRecord[]> {
    const id = this.model.trim();
    if (id && id !== 'all') {
      const model = data.get('models', id);
      return model ? {ok: true, value: [model]} : {ok: false, reason: 'not-found', id};
    }
    const kind = this.kind.trim() || 'formation';
    const models = data.all('models').filter((m) => kind === 'all' || m.kind === kind);
    return {ok: true, value: models};
  }

  /** @internal Descriptions start open with `open`, and in static HTML (no script for "展开全文") and the widget that takes it over. */
  private get openByDefault(): boolean {
    return this.open || isServer || this.fromStatic;
  }

  /** Whether one model's full description is shown. */
  isOpen(modelId: string): boolean {
    return this.openByDefault !== this.toggled.has(modelId);
  }

  /** Shows or hides one model's full description. */
  toggle(modelId: string, open = !this.isOpen(modelId)): void {
    const next = new Set(this.toggled);
    if (open === this.openByDefault) next.delete(modelId);
    else next.add(modelId);
    this.toggled = next;
  }

  private onCase(event: MouseEvent, caseId: string): void {
    if (this.select('case', caseId).defaultPrevented) event.preventDefault();
  }

  private renderCases(model: ModelRecord, data: Dataset): TemplateResult {
    const cases = data.casesForModel(model.id);
    const title = msg('典型案例', {id: 'model-card.cases', desc: 'Heading of the list of cases that exemplify a model.'});
    if (cases.length === 0) {
      return html`<p class="none">${t(msg('报道中暂无对应此模式的案例。', {id: 'model-card.no-cases', desc: 'When no article case exemplifies the model.'}), true)}</p>`;
    }
    const titleId = `cases-${model.id}`;
    return html`
      <p class="cases-title" id=${titleId}>${t(title, true)}</p>
      <ul class="cases" part="cases" aria-labelledby=${titleId}>
        ${keyed(
          cases,
          (c) => c.id,
          (c) =>
            {
              // A link only where the URL policy allows it (shared/link.ts); a refused one leaves the name as text, and is reported.
              const href = this.caseHref ? templateLink(this.caseHref, c.id, 'case-href') : undefined;
              return html`<li>
                ${chip(c.name, {
                  className: 'case',
                  part: 'case',
                  href,
                  onSelect: href !== undefined || this.selectable ? (e: MouseEvent) => this.onCase(e, c.id) : undefined,
                })}${c.editorialModels?.includes(model.id) ? editorialMark() : nothing}
              </li>`;
            }
        )}
      </ul>
    `;
  }

  private renderCard(model: ModelRecord, data: Dataset): TemplateResult {
    const open = this.isOpen(model.id);
    const descriptionId = `description-${model.id}`;
    const number = model.kind === 'formation' && model.number !== undefined ? model.number : undefined;
    const related = (model.related ?? []).map((id) => data.get('models', id)?.name).filter((n): n is string => !!n);
    return html`
      <article class="card" part="card" aria-labelledby=${`name-${model.id}`}>
        ${heading(
          this.headingLevel,
          {class: 'heading', part: 'name', id: `name-${model.id}`},
          html`${number === undefined ? nothing : html`<span class="number" part="number" aria-hidden="true">${t(number)}</span>`}
            <span
              >${number === undefined
                ? t(model.name)
                : html`<span class="visually-hidden">${t(msg(str`模式${number}：`, {id: 'model-card.number', desc: 'Spoken before a model name: its number in the list.'}))}</span>${t(model.name)}`}</span
            >`
        )}
        <p class="summary" part="summary">${t(model.summary, true)}</p>
        <button class="chip toggle" part="toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${descriptionId} @click=${() => this.toggle(model.id)}>
          ${t(
            open
              ? msg('收起全文', {id: 'model-card.collapse', desc: 'Button that hides the full description.'})
              : msg('展开全文', {id: 'model-card.expand', desc: 'Button that shows the full description.'})
          )}
        </button>
        <p class="description" part="description" id=${descriptionId} ?hidden=${!open}>${t(model.description, true)}</p>
        ${related.length
          ? html`<p class="meta">${t(msg(str`相关模式：${related.join(' · ')}`, {id: 'model-card.related', desc: 'Models this one renames or belongs to.'}), true)}</p>`
          : nothing}
        ${this.renderCases(model, data)}
        <p class="meta" part="source">${renderSources(data, model.sources, data.locale)}</p>
      </article>
    `;
  }

  /** @internal */
  protected override renderReady(models: ModelRecord[], data: Dataset): TemplateResult {
    if (models.length === 1 && this.model.trim() && this.model.trim() !== 'all') return this.renderCard(models[0]!, data);
    return html`<ul class="gallery" part="gallery" role="list">
      ${keyed(
        models,
        (m) => m.id,
        (m) => html`<li>${this.renderCard(m, data)}</li>`
      )}
    </ul>`;
  }
}
