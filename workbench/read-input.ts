/**
 * What the data workbench does with what a webmaster pastes or drops: tell
 * JSON from a table of figures, read it, list every problem with the place a
 * webmaster can find it (JSON path and line, or spreadsheet row and column),
 * and, when there is none, give the document the widgets and the embed code
 * use, with Traditional Chinese filled in where the document has none (the
 * catalogue may run a converter; readers' pages never do).
 */
import {isLocalizedText} from '../src/data/localize.js';
import {pageDataProblems, type PageDataProblemCode, type PageDocument} from '../src/data/page.js';
import {asciiJson} from '../src/static/ascii-json.js';
import {cellOf, readFiguresTable, type CsvProblem, type CsvProblemCode} from './figures-csv.js';

/** One problem, with where it is: a cell of a table, or a path (and for a syntax error, a line and column) of JSON. */
export interface WorkbenchProblem {
  code: CsvProblemCode | PageDataProblemCode | 'not-object';
  row?: number;
  column?: number;
  header?: string;
  path?: string;
  line?: number;
  lineColumn?: number;
  value?: string;
  expected?: string;
  otherRow?: number;
  choices?: readonly string[];
}

export interface WorkbenchResult {
  /** What the text was read as. */
  format: 'empty' | 'json' | 'csv';
  /** For a table: the separator found (`,` or a tab for cells pasted from a spreadsheet). */
  delimiter?: string;
  problems: WorkbenchProblem[];
  /** The document, when there are no problems: checked, with zh-Hant filled in. */
  document?: PageDocument;
}

/** A JSON syntax error's line and column, from the engine's message (V8 and SpiderMonkey word it differently). */
function syntaxPlace(text: string, message: string): {line: number; lineColumn: number} | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return {line: Number(lc[1]), lineColumn: Number(lc[2])};
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  const before = text.slice(0, Number(position[1])).split('\n');
  return {line: before.length, lineColumn: before.at(-1)!.length + 1};
}

/** The value at a document path, as short text for a message. */
function valueAt(doc: unknown, path: string): string | undefined {
  let value: unknown = doc;
  for (const [, key, index] of path.matchAll(/\.?([^.[\]]+)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key ?? index!];
  }
  if (value === undefined || (typeof value === 'object' && value !== null)) return undefined;
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The document with `zh-Hant` added to every text that lacks it, converted from its zh-Hans. */
export function withHant<T>(value: T, toHant: (zhHans: string) => string): T {
  if (Array.isArray(value)) return value.map((item) => withHant(item, toHant)) as T;
  if (value === null || typeof value !== 'object') return value;
  if (isLocalizedText(value)) return {...value, 'zh-Hant': value['zh-Hant'] ?? toHant(value['zh-Hans'])} as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withHant(v, toHant)])) as T;
}

/** Reads what was pasted or dropped: JSON when it starts with `{` or `[`, else a table of figures. */
export function readInput(input: string, toHant: (zhHans: string) => string): WorkbenchResult {
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return {format: 'empty', problems: []};
  if (/^\s*[{[]/.test(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return {format: 'json', problems: [{code: 'invalid-json', ...syntaxPlace(text, (error as Error).message)}]};
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return {format: 'json', problems: [{code: 'not-object'}]};
    const problems: WorkbenchProblem[] = pageDataProblems(value).map((p) => ({
      code: p.code,
      path: p.path,
      ...(p.expected === undefined ? {} : {expected: p.expected}),
      ...(p.path === undefined ? {} : {value: valueAt(value, p.path)}),
    }));
    return problems.length > 0 ? {format: 'json', problems} : {format: 'json', problems, document: withHant(value as PageDocument, toHant)};
  }

  const table = readFiguresTable(text);
  const problems: WorkbenchProblem[] = table.problems.map((p: CsvProblem) => ({...p}));
  if (table.document) {
    // What the table's rows make is checked against the publishing schema too; a
    // problem at a cell the table already reported is not listed twice.
    const reported = new Set(table.problems.map((p) => `${p.row}:${p.column}`));
    for (const p of pageDataProblems(table.document)) {
      const cell = p.path === undefined ? undefined : cellOf(table.cells, p.path);
      if (cell && reported.has(`${cell.row}:${cell.column}`)) continue;
      if (cell) reported.add(`${cell.row}:${cell.column}`);
      problems.push({
        code: p.code,
        ...(cell ? {row: cell.row, ...(cell.column >= 0 ? {column: cell.column, header: cell.header} : {})} : {path: p.path}),
        ...(p.expected === undefined ? {} : {expected: p.expected}),
        ...(p.path === undefined ? {} : {value: valueAt(table.document, p.path)}),
      });
    }
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? -1) - (b.column ?? -1));
  const result: WorkbenchResult = {format: 'csv', delimiter: table.delimiter, problems};
  if (problems.length === 0 && table.document) result.document = withHant(table.document, toHant);
  return result;
}

/**
 * A dropped or chosen file's text: UTF-8 (with or without a BOM) when it is
 * valid UTF-8, else GB18030, which is what WPS and Excel write for "CSV" on
 * a Chinese Windows (GB18030 contains GBK and GB2312).
 */
export function decodeFile(bytes: ArrayBuffer): {text: string; encoding: 'utf-8' | 'gb18030'} {
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'utf-8'};
  } catch {
    return {text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030'};
  }
}

/**
 * The document as text for a `<script type="application/json">` inside a
 * page: pure ASCII, with every `<` and every non-ASCII character escaped
 * (src/static/ascii-json.ts), so it survives a page in any encoding and no
 * `</script>` in the data can end the script element.
 */
export const inlineJson = (doc: PageDocument) => asciiJson(doc);

/** The document as a file: indented, with a final newline. */
export const fileJson = (doc: PageDocument) => `${JSON.stringify(doc, null, 2)}\n`;
