/**
 * What the table view needs only once a reader asks for it (views.ts): the
 * table's styles and the CSV file. Loaded from the library's own folder on ES
 * pages, at hand in the one-file bundle. It imports nothing, so the widget's
 * own modules stay one file, as small as they were.
 *
 * The CSV holds exactly the rows the table shows (table-rows.ts).
 */
import type {Table} from './table-rows.js';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
 * break. A field that a spreadsheet would read as a formula (it starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return: a page's own data may hold
 * anything) is kept as text with a leading apostrophe, as OWASP advises.
 */
function csvField(text: string): string {
  const value = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The table as CSV: a byte-order mark (Excel and WPS then read UTF-8), the column heads, one line per row, CRLF line ends. */
export function toCsv(table: Table): string {
  return `\uFEFF${[table.head, ...table.rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Offers the table as a CSV file to download (a link to the file, clicked; no request leaves the page). */
export function downloadCsv(table: Table, root: ParentNode): void {
  const url = URL.createObjectURL(new Blob([toCsv(table)], {type: 'text/csv;charset=utf-8'}));
  const link = document.createElement('a');
  link.href = url;
  link.download = table.file;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The table's styles, on the widget's tokens. */
const TABLE_CSS =
  '.table{inline-size:100%;border-collapse:collapse;font-size:var(--_font-size-sm);line-height:1.5;overflow-wrap:anywhere}' +
  'caption{caption-side:top;text-align:start;font-weight:600;padding-block-end:var(--_space-2);color:var(--_text-strong)}' +
  '.table th,.table td{padding:var(--_space-1) var(--_space-2);border:1px solid var(--_border);text-align:start;vertical-align:top}' +
  '.table thead th{background:var(--_surface-alt);color:var(--_text-strong)}' +
  '@media (forced-colors:active){.table th,.table td{border-color:CanvasText}}';

let sheet: CSSStyleSheet | undefined;

/**
 * Adds the table's styles to a widget's shadow root, after its own, once (a
 * constructed style sheet, as Lit adopts the widget's own: allowed under a
 * strict CSP). A browser without constructed sheets shows the table unstyled.
 */
export function adoptTableStyles(root: ShadowRoot): void {
  if (!('adoptedStyleSheets' in root)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(TABLE_CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
