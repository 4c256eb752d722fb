/**
 * A table of figures, as a webmaster saves it from WPS or Excel (CSV, or
 * cells copied and pasted, which arrive tab-separated), made into a
 * publishing-schema document: one row per figure, with the case it belongs
 * to and the source it comes from written out on the row. Rows naming the
 * same case or the same source share one record.
 *
 * Every problem names its row and column as the spreadsheet shows them
 * (row 1 is the header row, columns are A, B, C …), so the webmaster can go
 * straight to the cell. The column layout below is the documentation: the
 * workbench prints it as a table and writes the template file from it.
 */
import {dsvFormat} from 'd3-dsv';
import * as OpenCC from 'opencc-js';
import type {PageDocument} from '../src/data/page.js';

/** The columns, in the template's order. `zh` is the header the template writes; `en` is accepted too. */
export const FIGURE_COLUMNS = [
  {key: 'caseId', zh: '案例编号', en: 'case_id', need: 'optional', example: 'riverside-villages'},
  {key: 'caseName', zh: '案例名称', en: 'case_name', need: 'optional', example: '沿河五村党建联盟'},
  {key: 'caseNameEn', zh: '案例名称（英文）', en: 'case_name_en', need: 'case', example: 'Five riverside villages alliance'},
  {key: 'caseSummary', zh: '案例简介', en: 'case_summary', need: 'case', example: '五个村共同治理河道、发展民宿。'},
  {key: 'caseSummaryEn', zh: '案例简介（英文）', en: 'case_summary_en', need: 'case', example: 'Five villages manage the river and develop homestays together.'},
  {key: 'caseKind', zh: '案例类型', en: 'case_kind', need: 'optional', example: '联盟'},
  {key: 'figureId', zh: '指标编号', en: 'figure_id', need: 'optional', example: 'river-homestays'},
  {key: 'label', zh: '指标名称', en: 'label', need: 'always', example: '沿河新开民宿'},
  {key: 'labelEn', zh: '指标名称（英文）', en: 'label_en', need: 'always', example: 'New homestays along the river'},
  {key: 'value', zh: '数值', en: 'value', need: 'always', example: '36'},
  {key: 'unit', zh: '单位', en: 'unit', need: 'optional', example: '家'},
  {key: 'unitEn', zh: '单位（英文）', en: 'unit_en', need: 'unit', example: 'homestays'},
  {key: 'measure', zh: '类别', en: 'measure', need: 'optional', example: '数量'},
  {key: 'qualifier', zh: '修饰', en: 'qualifier', need: 'optional', example: ''},
  {key: 'scope', zh: '范围', en: 'scope', need: 'no-case', example: '案例'},
  {key: 'asOf', zh: '截至日期', en: 'as_of', need: 'optional', example: '2025-12'},
  {key: 'publisher', zh: '来源单位', en: 'source_publisher', need: 'always', example: '某区委组织部'},
  {key: 'publisherEn', zh: '来源单位（英文）', en: 'source_publisher_en', need: 'always', example: 'District Party Organization Department'},
  {key: 'title', zh: '来源标题', en: 'source_title', need: 'always', example: '党建联盟工作年报'},
  {key: 'titleEn', zh: '来源标题（英文）', en: 'source_title_en', need: 'always', example: 'Annual report on party-building alliances'},
  {key: 'sourceDate', zh: '来源日期', en: 'source_date', need: 'optional', example: '2025-12-31'},
  {key: 'sourceUrl', zh: '来源链接', en: 'source_url', need: 'optional', example: 'https://example.org/report.html'},
  {key: 'caseNameHant', zh: '案例名称（繁体）', en: 'case_name_zh_hant', need: 'optional', example: ''},
  {key: 'caseSummaryHant', zh: '案例简介（繁体）', en: 'case_summary_zh_hant', need: 'optional', example: ''},
  {key: 'labelHant', zh: '指标名称（繁体）', en: 'label_zh_hant', need: 'optional', example: ''},
  {key: 'unitHant', zh: '单位（繁体）', en: 'unit_zh_hant', need: 'optional', example: ''},
  {key: 'publisherHant', zh: '来源单位（繁体）', en: 'source_publisher_zh_hant', need: 'optional', example: ''},
  {key: 'titleHant', zh: '来源标题（繁体）', en: 'source_title_zh_hant', need: 'optional', example: ''},
] as const satisfies readonly {key: string; zh: string; en: string; need: ColumnNeed; example: string}[];

/**
 * When a column must have a value: on every row; on the first row of each
 * case (`case`); when the row has a unit (`unit`); when the row names no
 * case (`no-case`); or never (`optional`).
 */
export type ColumnNeed = 'always' | 'case' | 'unit' | 'no-case' | 'optional';

export type ColumnKey = (typeof FIGURE_COLUMNS)[number]['key'];

/**
 * The words a cell may hold for a field with a fixed set of values: the
 * schema's value, then the Chinese words for it (all accepted, the first one
 * is what the template and the documentation show).
 */
export const CHOICES = {
  caseKind: {alliance: ['联盟', '联建'], cluster: ['片区', '联合体'], village: ['村'], community: ['社区'], town: ['镇', '乡', '街道'], platform: ['平台'], project: ['项目']},
  measure: {count: ['数量', '人数', '个数'], amount: ['金额'], percent: ['百分比', '比例'], area: ['面积'], length: ['长度'], duration: ['时长']},
  qualifier: {over: ['超过', '超', '突破'], 'more-than': ['余'], more: ['多'], nearly: ['近', '将近'], 'at-least': ['以上', '至少']},
  scope: {province: ['全省', '省'], city: ['全市', '市'], district: ['区县', '区', '县', '县市区'], town: ['镇街', '镇', '街道', '乡镇'], case: ['案例']},
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type ChoiceKey = keyof typeof CHOICES;

/** What is wrong with a table, cell by cell. */
export type CsvProblemCode =
  | 'no-rows'
  | 'csv-syntax'
  | 'unknown-column'
  | 'duplicate-column'
  | 'missing-column'
  | 'extra-cells'
  | 'required'
  | 'not-number'
  | 'not-date'
  | 'not-choice'
  | 'conflict';

/** A problem at a cell (or a whole row or column) of the table. */
export interface CsvProblem {
  code: CsvProblemCode;
  /** Spreadsheet row, 1 for the header row. */
  row?: number;
  /** Column index, 0 for A. */
  column?: number;
  /** The column's header as written in the file (or the template's, for a missing column). */
  header?: string;
  /** The cell's text, for problems with what it holds. */
  value?: string;
  /** For `conflict`: the row that wrote the case or source first. For `not-choice`: the words accepted. */
  otherRow?: number;
  choices?: readonly string[];
}

/** A cell of the table: where a value of the document came from. */
export interface Cell {
  row: number;
  column: number;
  header: string;
}

/** What reading a table gives: the document (when the rows could be read), the problems, and each document path's cell. */
export interface FiguresTable {
  document: PageDocument | undefined;
  problems: CsvProblem[];
  /** `stats[2].value` → the cell it came from. */
  cells: Map<string, Cell>;
  /** The separator found: `,`, a tab (cells pasted from a spreadsheet), `;` … */
  delimiter: string;
}

/**
 * The separator of a table: a tab for cells copied from a spreadsheet and
 * pasted, else the most frequent of `,` and `;` (Excel in some regions
 * writes `;`) in the first line, outside quoted cells.
 */
export function guessDelimiter(text: string): string {
  const first = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (c: string) => first.split(c).length - 1;
  const [best] = ['\t', ',', ';'].map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let out = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** Traditional characters to Simplified (OpenCC, characters only), so a spreadsheet with zh-Hant headers (來源標題) is read too. */
const toSimplified = OpenCC.Converter({from: 'tw', to: 'cn'});

/** A header as compared: no BOM or spaces, full-width brackets as ASCII, Simplified characters, lower case. */
const headerKey = (text: string) =>
  toSimplified(text.normalize('NFKC').replace(/[\s\uFEFF]/g, '')).toLowerCase();

const HEADERS = new Map<string, ColumnKey>(FIGURE_COLUMNS.flatMap((c) => [[headerKey(c.zh), c.key] as const, [headerKey(c.en), c.key] as const]));

/**
 * A number as a spreadsheet writes it: digits with an optional decimal part,
 * thousands separators (`1,200,000`), full-width digits, and a trailing `%`
 * for a percentage. Anything else (`120万`, `约36`) is not read: the table
 * must say the number itself.
 */
export function readNumber(text: string): {value: number; percent: boolean} | undefined {
  const t = text.normalize('NFKC').replace(/\s/g, '');
  const match = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(%?)$/.exec(t);
  if (!match) return undefined;
  const value = Number(match[1]!.replaceAll(',', ''));
  return Number.isFinite(value) ? {value, percent: match[2] === '%'} : undefined;
}

/**
 * A date as a spreadsheet writes it, to the schema's `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD` (the form is the precision): `2025`, `2025-12`, `2025/12/31`,
 * `2025.12.31`, `2025年12月`, `2025年12月31日`. Undefined when it is not a
 * real date.
 */
export function readDate(text: string): string | undefined {
  const t = text.normalize('NFKC').replace(/\s/g, '');
  const match = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?)?年?$/.exec(t);
  if (!match) return undefined;
  const [, y, m, d] = match;
  if (m === undefined) return y;
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  const mm = String(month).padStart(2, '0');
  if (d === undefined) return `${y}-${mm}`;
  const day = Number(d);
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (day < 1 || day > last) return undefined;
  return `${y}-${mm}-${String(day).padStart(2, '0')}`;
}

/** For each choice column, every word it accepts (compared as headers are) → the schema's value. */
const CHOICE_WORDS = Object.fromEntries(
  Object.entries(CHOICES).map(([key, values]) => [key, new Map(Object.entries(values).flatMap(([value, words]) => [value, ...words].map((w) => [headerKey(w), value] as const)))])
) as Record<ChoiceKey, Map<string, string>>;

/** A choice cell to the schema's value, by the schema's word or one of its Chinese words (Simplified or Traditional). */
const readChoice = (key: ChoiceKey, text: string): string | undefined => CHOICE_WORDS[key].get(headerKey(text));

/** The words a choice column accepts, for the message: the first Chinese word and the schema's value of each. */
export const choiceWords = (key: ChoiceKey): string[] => Object.entries(CHOICES[key]).map(([value, words]) => `${words[0]} / ${value}`);

type Text = {'zh-Hans': string; en: string; 'zh-Hant'?: string};

/** Reads the text of a table of figures. */
export function readFiguresTable(input: string): FiguresTable {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = guessDelimiter(text);
  const problems: CsvProblem[] = [];
  const cells = new Map<string, Cell>();
  const rows = dsvFormat(delimiter).parseRows(text);
  // In well-formed CSV quotation marks come in pairs (a quoted cell's two, and "" for one inside it):
  // an odd count means a quoted cell that never closes, which swallows the rest of the file into it.
  // What is read after it is noise, so that is the one problem reported until it is fixed.
  if ((text.match(/"/g)?.length ?? 0) % 2 === 1) return {document: undefined, problems: [{code: 'csv-syntax', row: rows.length}], cells, delimiter};
  const blank = (row: string[]) => row.every((cell) => cell.trim() === '');
  const headerIndex = rows.findIndex((row) => !blank(row));
  if (headerIndex < 0) return {document: undefined, problems: [{code: 'no-rows'}], cells, delimiter};

  // The header row: which column is which.
  const header = rows[headerIndex]!.map((h) => h.trim());
  const at = new Map<ColumnKey, number>();
  header.forEach((name, column) => {
    if (name === '') return;
    const key = HEADERS.get(headerKey(name));
    if (!key) problems.push({code: 'unknown-column', row: headerIndex + 1, column, header: name});
    else if (at.has(key)) problems.push({code: 'duplicate-column', row: headerIndex + 1, column, header: name});
    else at.set(key, column);
  });
  for (const c of FIGURE_COLUMNS) {
    if (c.need === 'always' && !at.has(c.key)) problems.push({code: 'missing-column', row: headerIndex + 1, header: c.zh});
  }
  if (problems.some((p) => p.code === 'missing-column')) return {document: undefined, problems, cells, delimiter};

  const sources: Record<string, unknown>[] = [];
  const cases: Record<string, unknown>[] = [];
  const stats: Record<string, unknown>[] = [];
  const sourceRows = new Map<string, {index: number; row: number}>();
  const caseRows = new Map<string, {index: number; row: number; record: Record<string, unknown>}>();
  const columnOf = (key: ColumnKey) => at.get(key);
  const headerOf = (key: ColumnKey) => {
    const column = at.get(key);
    return column === undefined ? FIGURE_COLUMNS.find((c) => c.key === key)!.zh : header[column]!;
  };

  rows.forEach((cellsOfRow, index) => {
    if (index <= headerIndex || blank(cellsOfRow)) return;
    const row = index + 1;
    if (cellsOfRow.length > header.length && cellsOfRow.slice(header.length).some((c) => c.trim() !== '')) {
      problems.push({code: 'extra-cells', row, column: header.length});
    }
    const get = (key: ColumnKey) => {
      const column = columnOf(key);
      return column === undefined ? '' : (cellsOfRow[column] ?? '').trim();
    };
    const cell = (key: ColumnKey): Cell => ({row, column: columnOf(key) ?? -1, header: headerOf(key)});
    const problem = (code: CsvProblemCode, key: ColumnKey, extra: Partial<CsvProblem> = {}) => {
      const column = columnOf(key);
      problems.push({code, row, ...(column === undefined ? {} : {column}), header: headerOf(key), ...extra});
    };
    const required = (key: ColumnKey) => {
      const value = get(key);
      if (value === '') problem('required', key);
      return value;
    };
    /** A text of the document from its zh, en and optional zh-Hant cells, with each language's path recorded. */
    const text = (path: string, zh: ColumnKey, en: ColumnKey, hant: ColumnKey): Text => {
      const out: Text = {'zh-Hans': get(zh), en: get(en)};
      const h = get(hant);
      if (h !== '') out['zh-Hant'] = h;
      cells.set(`${path}.zh-Hans`, cell(zh));
      cells.set(`${path}.en`, cell(en));
      cells.set(`${path}.zh-Hant`, cell(hant));
      cells.set(path, cell(zh));
      return out;
    };

    // The source: one record per publisher, title, date and link.
    required('publisher');
    required('publisherEn');
    required('title');
    required('titleEn');
    const sourceDateText = get('sourceDate');
    const sourceDate = sourceDateText === '' ? null : readDate(sourceDateText);
    if (sourceDate === undefined) problem('not-date', 'sourceDate', {value: sourceDateText});
    const sourceKey = JSON.stringify([get('publisher'), get('publisherEn'), get('title'), get('titleEn'), sourceDate, get('sourceUrl')]);
    let source = sourceRows.get(sourceKey);
    if (!source) {
      const index = sources.length;
      const path = `sources[${index}]`;
      const record: Record<string, unknown> = {
        id: `source-${index + 1}`,
        paper: text(`${path}.paper`, 'publisher', 'publisherEn', 'publisherHant'),
        title: text(`${path}.title`, 'title', 'titleEn', 'titleHant'),
        date: sourceDate ?? null,
      };
      cells.set(`${path}.date`, cell('sourceDate'));
      if (get('sourceUrl') !== '') {
        record['url'] = get('sourceUrl');
        cells.set(`${path}.url`, cell('sourceUrl'));
      }
      cells.set(path, cell('title'));
      sources.push(record);
      sourceRows.set(sourceKey, (source = {index, row}));
    }

    // The case: named by its id, or by its name when it has no id.
    const caseId = get('caseId');
    const caseName = get('caseName');
    let caseRef: string | undefined;
    if (caseId !== '' || caseName !== '') {
      const key = caseId !== '' ? `id:${caseId}` : `name:${caseName}`;
      const known = caseRows.get(key);
      if (!known) {
        const index = cases.length;
        const path = `cases[${index}]`;
        if (caseName === '') problem('required', 'caseName');
        required('caseNameEn');
        required('caseSummary');
        required('caseSummaryEn');
        const kindText = get('caseKind');
        const kind = kindText === '' ? 'alliance' : readChoice('caseKind', kindText);
        if (kind === undefined) problem('not-choice', 'caseKind', {value: kindText, choices: choiceWords('caseKind')});
        const record: Record<string, unknown> = {
          id: caseId !== '' ? caseId : `case-${index + 1}`,
          kind: kind ?? 'alliance',
          name: text(`${path}.name`, 'caseName', 'caseNameEn', 'caseNameHant'),
          place: {},
          summary: text(`${path}.summary`, 'caseSummary', 'caseSummaryEn', 'caseSummaryHant'),
          models: [],
          people: [],
          sources: [`source-${source.index + 1}`],
        };
        cells.set(`${path}.id`, cell(caseId !== '' ? 'caseId' : 'caseName'));
        cells.set(`${path}.kind`, cell('caseKind'));
        cells.set(`${path}.sources[0]`, cell('title'));
        cells.set(path, cell('caseName'));
        cases.push(record);
        caseRows.set(key, {index, row, record});
        caseRef = record['id'] as string;
      } else {
        // A later row of the case: what it writes about the case must agree with the first.
        const first = known.record;
        const same: [ColumnKey, unknown][] = [
          ['caseName', (first['name'] as Text)['zh-Hans']],
          ['caseNameEn', (first['name'] as Text).en],
          ['caseSummary', (first['summary'] as Text)['zh-Hans']],
          ['caseSummaryEn', (first['summary'] as Text).en],
        ];
        for (const [k, value] of same) {
          const own = get(k);
          if (own !== '' && own !== value) problem('conflict', k, {value: own, otherRow: known.row});
        }
        const sourceId = `source-${source.index + 1}`;
        const list = first['sources'] as string[];
        if (!list.includes(sourceId)) list.push(sourceId);
        caseRef = first['id'] as string;
      }
    }

    // The figure.
    const figureId = get('figureId');
    const path = `stats[${stats.length}]`;
    required('label');
    required('labelEn');
    const valueText = required('value');
    const number = valueText === '' ? undefined : readNumber(valueText);
    if (valueText !== '' && number === undefined) problem('not-number', 'value', {value: valueText});
    const measureText = get('measure');
    const measure = measureText === '' ? (number?.percent ? 'percent' : 'count') : readChoice('measure', measureText);
    if (measure === undefined) problem('not-choice', 'measure', {value: measureText, choices: choiceWords('measure')});
    const qualifierText = get('qualifier');
    const qualifier = qualifierText === '' ? undefined : readChoice('qualifier', qualifierText);
    if (qualifierText !== '' && qualifier === undefined) problem('not-choice', 'qualifier', {value: qualifierText, choices: choiceWords('qualifier')});
    const scopeText = get('scope');
    const scope = scopeText === '' ? (caseRef ? 'case' : undefined) : readChoice('scope', scopeText);
    if (scopeText === '' && !caseRef) problem('required', 'scope');
    else if (scope === undefined) problem('not-choice', 'scope', {value: scopeText, choices: choiceWords('scope')});
    const asOfText = get('asOf');
    const asOf = asOfText === '' ? null : readDate(asOfText);
    if (asOf === undefined) problem('not-date', 'asOf', {value: asOfText});
    const hasUnit = get('unit') !== '' || get('unitEn') !== '';
    if (hasUnit) {
      if (get('unit') === '') problem('required', 'unit');
      if (get('unitEn') === '') problem('required', 'unitEn');
    }
    const record: Record<string, unknown> = {
      id: figureId !== '' ? figureId : `figure-${row}`,
      value: number?.value ?? 0,
      measure: measure ?? 'count',
      ...(hasUnit ? {unit: text(`${path}.unit`, 'unit', 'unitEn', 'unitHant')} : {}),
      ...(qualifier ? {qualifier} : {}),
      label: text(`${path}.label`, 'label', 'labelEn', 'labelHant'),
      scope: scope ?? 'case',
      ...(caseRef ? {case: caseRef} : {}),
      asOf: {date: asOf ?? null},
      source: `source-${source.index + 1}`,
    };
    cells.set(`${path}.id`, cell(figureId !== '' ? 'figureId' : 'label'));
    for (const [field, key] of [['value', 'value'], ['measure', 'measure'], ['qualifier', 'qualifier'], ['scope', 'scope'], ['case', 'caseId'], ['asOf', 'asOf'], ['asOf.date', 'asOf'], ['source', 'title']] as const) {
      cells.set(`${path}.${field}`, cell(field === 'case' && columnOf('caseId') === undefined ? 'caseName' : key));
    }
    cells.set(path, {row, column: -1, header: ''});
    stats.push(record);
  });

  if (stats.length === 0 && problems.length === 0) problems.push({code: 'no-rows'});
  const document = {schemaVersion: 1, sources, cases, stats} as PageDocument;
  return {document, problems, cells, delimiter};
}

/** The CSV a webmaster starts from: the header row and one example row, with a BOM so Excel reads it as UTF-8. */
export function figuresTemplate(): string {
  const line = (cells: readonly string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');
  return `\uFEFF${line(FIGURE_COLUMNS.map((c) => c.zh))}\r\n${line(FIGURE_COLUMNS.map((c) => c.example))}\r\n`;
}

/** The cell a document path came from: the path itself, else its nearest recorded parent. */
export function cellOf(cells: Map<string, Cell>, path: string): Cell | undefined {
  for (let p = path; p !== ''; p = p.replace(/(?:\.[^.[\]]+|\[\d+\])$/, '')) {
    const found = cells.get(p);
    if (found) return found;
    if (!/(?:\.[^.[\]]+|\[\d+\])$/.test(p)) break;
  }
  return undefined;
}
