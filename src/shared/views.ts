/**
 * "以表格查看" (view as table) and "下载CSV" (download CSV) for a widget that
 * shows figures or events, and the table. The table's styles and the CSV
 * writer load when a reader first asks for either (table-loader.ts). The table replaces what the widget shows in place, with
 * the same id, so the toggle's `aria-controls` names whichever is there; the
 * CSV file holds exactly the table's rows.
 *
 * In static HTML (before the widget is defined, or with scripts off) the
 * buttons keep their room but are hidden: they would do nothing there.
 */
import {css, html, type ReactiveControllerHost, type TemplateResult} from 'lit';
import {msg} from '../localization/runtime.js';
import {t} from '../base/pieces.js';
import {loadTable, tableModule} from './table-loader.js';
import type {Table} from './table-rows.js';

/** What the views need of their widget: its root, and its locale for a CSV made outside a render. */
export interface TableHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  inLocale<R>(make: () => R): R;
}

/** The reader's choice of view (it lives as long as its widget; no lifecycle of its own). */
export class TableView {
  /** Whether the reader chose the table. */
  on = false;

  /** `table` makes the table of what the widget shows now, in the widget's locale (undefined: nothing to show). */
  constructor(
    private readonly host: TableHost,
    private readonly table: () => Table | undefined
  ) {}

  private readonly toggle = async (): Promise<void> => {
    this.on = !this.on;
    this.host.requestUpdate();
    if (this.on && !tableModule()) {
      await loadTable();
      this.host.requestUpdate();
    }
  };

  private readonly download = async (): Promise<void> => {
    const module = await loadTable();
    const table = this.host.inLocale(this.table);
    if (table) module.downloadCsv(table, this.host.renderRoot);
  };

  /** The two buttons; `id` is that of what they switch (see `content`). */
  buttons(id: string): TemplateResult {
    // One line per element: a template's white space ships as written.
    return html`<div class="views" part="views" role="group" aria-label=${msg('数据视图', {id: 'views.group', desc: 'Name of the pair of buttons that show figures as a table and download them as CSV.'})}
><button class="chip" type="button" aria-pressed=${this.on ? 'true' : 'false'} aria-controls=${id} @click=${this.toggle}>${t(
        msg('以表格查看', {id: 'views.table', desc: 'Toggle button: shows the figures or events as a table (pressed) or as the widget shows them.'})
      )}</button
><button class="chip" type="button" @click=${this.download}>${t(msg('下载CSV', {id: 'views.csv', desc: 'Button that downloads what the table shows as a CSV file.'}))}</button></div>`;
  }

  /** The table (with `id`) when the reader chose it and its styles are at hand, else `content` (which carries `id` too). */
  content(id: string, content: () => unknown): unknown {
    const module = tableModule();
    const table = this.on && module ? this.table() : undefined;
    if (!table) return content();
    module!.adoptTableStyles(this.host.renderRoot as ShadowRoot);
    return renderTable(table, id);
  }
}

/** The table, with a caption and header cells with their scope; every text a piece in the page's DOM. */
function renderTable(table: Table, id: string): TemplateResult {
  return html`<table class="table" part="table" id=${id}><caption>${t(table.caption, true)}</caption><thead><tr>${table.head.map(
    (head) => html`<th scope="col">${t(head, true)}</th>`
  )}</tr></thead><tbody>${table.rows.map(([first, ...rest]) => html`<tr><th scope="row">${t(first, true)}</th>${rest.map((cell) => html`<td>${t(cell, true)}</td>`)}</tr>`)}</tbody></table>`;
}

/** The buttons' row: hidden, keeping its room, in static HTML; not printed. */
export const viewsStyles = css`
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  /* The table is on: the toggle looks pressed (same box, no reflow). */
  .views [aria-pressed='true'] {
    background: var(--_surface-alt);
    box-shadow: inset 0 0 0 1px var(--_accent-text);
  }
  :host(:not(:defined)) .views {
    visibility: hidden;
  }
  @media print {
    .views {
      display: none;
    }
  }
`;
