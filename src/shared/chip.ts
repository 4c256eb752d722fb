/**
 * A case or model named inside a widget. It leads somewhere only when the page
 * says where: a link when the page gives a URL, a button that fires
 * `alliance-select` when the page asks for selection events (`selectable`),
 * and otherwise plain text — never a control that does nothing.
 */
import {html, type TemplateResult} from 'lit';
import {t} from '../base/pieces.js';
import {msg} from '../localization/runtime.js';

export interface ChipOptions {
  /** The link target, when the page gave a URL template. */
  href?: string | undefined;
  /** Called when the reader picks it; makes it a button. */
  onSelect?: ((event: MouseEvent) => void) | undefined;
  /** Extra class names and the part name. */
  className?: string;
  part?: string;
}

export function chip(label: string, {href, onSelect, className = '', part = ''}: ChipOptions = {}): TemplateResult {
  const classes = `chip ${className}`.trim();
  if (href !== undefined) return html`<a class=${classes} part=${part} href=${href} @click=${(e: MouseEvent) => onSelect?.(e)}>${t(label, 'line')}</a>`;
  if (onSelect) return html`<button class=${classes} part=${part} type="button" @click=${onSelect}>${t(label, 'line')}</button>`;
  return html`<span class=${`${classes} label`} part=${part}>${t(label, 'line')}</span>`;
}

/**
 * The mark beside a case-to-model link that the data's editors make and no
 * article states (data/ERRATA.md, "Case-to-model links"): 「编者归类」.
 */
export function editorialMark(): TemplateResult {
  return html`<span class="editorial" part="editorial">${t(
    msg('编者归类', {id: 'common.editorial-grouping', desc: 'Beside a case shown under a formation model (or a model shown for a case) when the link is the editors’ grouping, not stated by the article.'}),
    'line'
  )}</span>`;
}
