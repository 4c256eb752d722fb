import {html, nothing, type CSSResultGroup, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {msg, str} from '../../localization/runtime.js';
import {AllianceElement, type Resolution} from '../../base/alliance-element.js';
import type {Dataset} from '../../data/dataset.js';
import {focusKey} from '../../data/focus.js';
import type {SchemeRecord} from '../../data/types.js';
import {hostStyles} from '../../styles/tokens.js';
import {renderAsOf, renderSources} from '../../shared/figure.js';
import {heading} from '../../shared/heading.js';
import {styles} from './alliance-scheme.styles.js';
import {t} from '../../base/pieces.js';

type Part = NonNullable<SchemeRecord['parts']>[number];
type Link = NonNullable<SchemeRecord['links']>[number];

/** The name a linked record goes by (a figure by its label, an event by its title), if it is in the data. */
function linkName(data: Dataset, link: Link): string | undefined {
  switch (link.to) {
    case 'stats':
      return data.get('stats', link.id)?.label;
    case 'events':
      return data.get('events', link.id)?.title;
    default:
      return data.get(link.to, link.id)?.name;
  }
}

const editorial = () => msg('（编者解读）', {id: 'scheme.editorial', desc: 'After a part or a link that is the data’s reading, not stated by the article.'});

/**
 * A named scheme the articles present (五化协同, the “1+1” policy system,
 * 三会 …): its name, what it is, its parts as the article lists them, the
 * passage that defines it, the records it is tied to, and its source with
 * the date it holds for. What is the data's own reading, not the article's,
 * says so.
 *
 * @tag alliance-scheme
 * @summary One named scheme, system or standard of the alliance work, with its parts, defining quote and source.
 *
 * @csspart base - The wrapper (carries the theme, care and compact looks).
 * @csspart card - The scheme's card.
 * @csspart name - The scheme's name (a heading).
 * @csspart definition - What the scheme is.
 * @csspart parts - A list of the scheme's parts (one per named group).
 * @csspart part - One part.
 * @csspart quote - The passage of the article that defines it.
 * @csspart links - The records it is tied to.
 * @csspart as-of - The date it holds for.
 * @csspart source - The source lines.
 * @csspart source-link - In a source line, the article's title: a link when the data gives the article's URL (a portal's own data).
 * @csspart state - The loading, not-found or error message.
 *
 * @cssprop [--alliance-scheme-accent-color=var(--alliance-color-accent, #b3261e)] - Rule at the start of the card.
 * @cssprop [--alliance-scheme-background=var(--alliance-color-surface, #ffffff)] - Card background.
 * @cssprop [--alliance-scheme-padding=var(--alliance-space-3, 1em)] - Inner spacing.
 *
 * @fires {AllianceErrorEvent} alliance-error - The `scheme-id` is missing or unknown, or the data failed to load.
 */
export class AllianceScheme extends AllianceElement<SchemeRecord> {
  static override styles: CSSResultGroup = [hostStyles, styles];

  protected static override collections = ['schemes', 'sources', 'models', 'cases', 'events', 'stats'] as const;

  /** Id of the scheme to show, e.g. `four-links-three-unchanged`. */
  @property({reflect: true, attribute: 'scheme-id'}) schemeId = '';

  /** Heading level of the scheme's name (2–6), to fit the page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** @internal */
  protected override dataFocus(): string | undefined {
    return focusKey('schemes', this.schemeId.trim());
  }

  /** @internal */
  protected override resolve(data: Dataset): Resolution<SchemeRecord> {
    const id = this.schemeId.trim();
    if (!id) return {ok: false, reason: 'missing-id', id: undefined};
    const scheme = data.get('schemes', id);
    return scheme ? {ok: true, value: scheme} : {ok: false, reason: 'not-found', id};
  }

  private renderParts(scheme: SchemeRecord): TemplateResult[] {
    // One list per named group (四联 / 三不变), in the order the data gives them; one untitled group otherwise.
    const groups = new Map<string, Part[]>();
    for (const part of scheme.parts ?? []) {
      const key = part.group ?? '';
      groups.set(key, [...(groups.get(key) ?? []), part]);
    }
    return [...groups].map(([group, parts], i) => {
      const titleId = `parts-${i}`;
      const title = group || msg('组成', {id: 'scheme.parts', desc: 'Heading of the list of a scheme’s parts.'});
      // A group that is wholly the data's reading says so once, at its title.
      const whole = parts.every((p) => p.basis === 'editorial');
      const marked = (text: string, mark: boolean) => (mark ? html`${t(text)}${t(editorial(), 'line')}` : t(text, true));
      return html`<div class="group">
        <span class="group-title" id=${titleId}>${marked(title, whole)}</span>
        <ul class="parts" part="parts" aria-labelledby=${titleId}>
          ${parts.map((p) => html`<li class="part" part="part">${marked(p.name, !whole && p.basis === 'editorial')}</li>`)}
        </ul>
      </div>`;
    });
  }

  /** @internal */
  protected override renderReady(scheme: SchemeRecord, data: Dataset): TemplateResult {
    const locale = data.locale;
    const names = (scheme.links ?? [])
      .map((link) => {
        const name = linkName(data, link);
        return name && (link.basis === 'editorial' ? name + editorial() : name);
      })
      .filter(Boolean)
      .join(' · ');
    const sources = [scheme.source, ...(scheme.mentions ?? []).map((m) => m.source)];
    return html`
      <article class="card" part="card" aria-labelledby="name">
        ${heading(this.headingLevel, {class: 'heading', part: 'name', id: 'name'}, t(scheme.name, true))}
        <p class="definition" part="definition">${t(scheme.definition, true)}</p>
        ${this.renderParts(scheme)}
        <figure class="quote" part="quote">
          <figcaption class="group-title">${t(msg('原文摘录', {id: 'scheme.quote', desc: 'Label of the passage of the article that defines the scheme (translated outside Chinese).'}), true)}</figcaption>
          <blockquote><p>${t(scheme.quote, true)}</p></blockquote>
        </figure>
        ${names ? html`<p class="meta" part="links">${t(msg(str`相关：${names}`, {id: 'scheme.links', desc: 'Records the scheme is tied to.'}), true)}</p>` : nothing}
        <p class="meta" part="as-of">${renderAsOf(scheme, locale)}</p>
        <p class="meta" part="source">${renderSources(data, sources, locale)}</p>
      </article>
    `;
  }
}
