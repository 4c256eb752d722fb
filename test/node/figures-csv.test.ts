/**
 * The data workbench's reading of a table of figures (workbench/),
 * against golden tables written by hand: how a spreadsheet writes numbers,
 * dates and columns, and what each kind of mistake is reported as.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {columnLetter, figuresTemplate, guessDelimiter, readDate, readFiguresTable, readNumber} from '../../workbench/figures-csv.js';
import {readInput} from '../../workbench/read-input.js';
import {checkPageData, pageDataProblems} from '../../src/data/page.js';

const same = (s: string) => s;

test('numbers as spreadsheets write them, and what is not read', () => {
  const golden: [string, ReturnType<typeof readNumber>][] = [
    ['36', {value: 36, percent: false}],
    ['1,200,000', {value: 1200000, percent: false}],
    ['1200000.5', {value: 1200000.5, percent: false}],
    ['82.98%', {value: 82.98, percent: true}],
    ['８２．９８％', {value: 82.98, percent: true}],
    [' 58 ', {value: 58, percent: false}],
    ['-3', {value: -3, percent: false}],
    ['120万', undefined],
    ['约36', undefined],
    ['1,20,000', undefined],
    ['一百二', undefined],
    ['', undefined],
    ['1e5', undefined],
  ];
  for (const [cell, expected] of golden) assert.deepEqual(readNumber(cell), expected, cell);
});

test('dates as spreadsheets write them, to the schema form whose precision they have', () => {
  const golden: [string, string | undefined][] = [
    ['2025', '2025'],
    ['2025-12', '2025-12'],
    ['2025-1', '2025-01'],
    ['2025/12/31', '2025-12-31'],
    ['2025.3.5', '2025-03-05'],
    ['2025年12月', '2025-12'],
    ['2025年12月31日', '2025-12-31'],
    ['2024/2/29', '2024-02-29'],
    ['2025/2/29', undefined],
    ['2025-13', undefined],
    ['2025-12-32', undefined],
    ['12/31/2025', undefined],
    ['去年', undefined],
  ];
  for (const [cell, expected] of golden) assert.equal(readDate(cell), expected, cell);
});

test('column letters and separators', () => {
  assert.deepEqual([0, 7, 25, 26, 27, 51, 52].map(columnLetter), ['A', 'H', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  assert.equal(guessDelimiter('a,b,c\n1,2,3'), ',');
  assert.equal(guessDelimiter('a\tb\tc'), '\t');
  assert.equal(guessDelimiter('a;b;c'), ';');
  assert.equal(guessDelimiter('"x,y";b;c'), ';', 'commas inside quotes do not count');
});

test('the template reads back with no problem into a document the widgets accept', () => {
  const table = readFiguresTable(figuresTemplate());
  assert.deepEqual(table.problems, []);
  assert.deepEqual(pageDataProblems(table.document), []);
  assert.doesNotThrow(() => checkPageData(table.document));
  assert.equal(table.document!.stats!.length, 1);
});

test('English or Traditional-Chinese headers, cells pasted with tabs, and rows of one case and source merged', () => {
  const rows = (sep: string, header: string[]) =>
    [
      header,
      ['沿河新开民宿', 'New homestays', '36', '某区', 'A district', '年报', 'Annual report', '沿河联盟', 'River alliance', '简介', 'Summary'],
      ['集体增收', 'Income', '120', '某区', 'A district', '年报', 'Annual report', '沿河联盟', '', '', ''],
    ]
      .map((r) => r.join(sep))
      .join('\n');
  const english = ['label', 'label_en', 'value', 'source_publisher', 'source_publisher_en', 'source_title', 'source_title_en', 'case_name', 'case_name_en', 'case_summary', 'case_summary_en'];
  const hant = ['指標名稱', '指標名稱（英文）', '數值', '來源單位', '來源單位（英文）', '來源標題', '來源標題（英文）', '案例名稱', '案例名稱（英文）', '案例簡介', '案例簡介（英文）'];
  for (const [sep, header] of [[',', english], ['\t', hant]] as const) {
    const table = readFiguresTable(rows(sep, [...header]));
    assert.deepEqual(table.problems, [], JSON.stringify(table.problems));
    assert.equal(table.delimiter, sep);
    assert.equal(table.document!.cases!.length, 1);
    assert.equal(table.document!.sources!.length, 1);
    assert.deepEqual(
      table.document!.stats!.map((s) => [s['id'], s['case'], s['source'], s['scope'], s['asOf']]),
      [
        ['figure-2', 'case-1', 'source-1', 'case', {date: null}],
        ['figure-3', 'case-1', 'source-1', 'case', {date: null}],
      ]
    );
  }
});

test('each kind of mistake, at its row and column', () => {
  const header = '指标名称,指标名称（英文）,数值,类别,范围,截至日期,来源单位,来源单位（英文）,来源标题,来源标题（英文）,案例编号,案例名称,案例名称（英文）,案例简介,案例简介（英文）,备注';
  const src = '某区,A district,年报,Report';
  const table = readFiguresTable(
    [
      header,
      `A,A,1,数量,区县,2025,${src},,,,,,`,
      `,B,二,重量,全宇宙,2025-13,${src},,,,,,`,
      `C,C,3,,,2025,${src},c1,案例,Case,简介,Summary,`,
      `D,D,4,,,2025,${src},c1,另一个名字,,,,`,
      `E,E,5,,区县,2025,${src},,,,,,,extra`,
    ].join('\r\n')
  );
  const got = table.problems.map((p) => [p.code, p.row, p.column === undefined ? undefined : columnLetter(p.column)]);
  assert.deepEqual(got, [
    ['unknown-column', 1, 'P'],
    ['required', 3, 'A'],
    ['not-number', 3, 'C'],
    ['not-choice', 3, 'D'],
    ['not-choice', 3, 'E'],
    ['not-date', 3, 'F'],
    ['conflict', 5, 'L'],
    ['extra-cells', 6, 'Q'],
  ]);
  assert.equal(table.problems.find((p) => p.code === 'conflict')!.otherRow, 4);
  assert.deepEqual(readFiguresTable('数值\n1').problems.map((p) => [p.code, p.header]).slice(0, 2), [
    ['missing-column', '指标名称'],
    ['missing-column', '指标名称（英文）'],
  ]);
  assert.deepEqual(
    readFiguresTable(`${header}\n"A,A,1`).problems.map((p) => p.code),
    ['csv-syntax'],
    'an unclosed quotation mark'
  );
});

test('JSON: every problem of the document, not only the first, each with its path', async () => {
  const portal = JSON.parse(await readFile(new URL('../data/portal.json', import.meta.url), 'utf8'));
  portal.stats[0].value = 'many';
  portal.stats[2].measure = 'weight';
  portal.sources[0].url = 'data:text/html,x';
  portal.cases[1].name.en = ' padded';
  const result = readInput(JSON.stringify(portal), same);
  assert.deepEqual(
    result.problems.map((p) => [p.code, p.path]),
    [
      ['unsafe-url', 'sources[0].url'],
      ['bad-text', 'cases[1].name.en'],
      ['wrong-type', 'stats[0].value'],
      ['not-one-of', 'stats[2].measure'],
    ]
  );
  assert.equal(result.document, undefined);
  assert.deepEqual(readInput('{"schemaVersion": 2}', same).problems.map((p) => [p.code, p.value, p.expected]), [['unsupported-version', '2', '1']]);
  assert.deepEqual(readInput('[1, 2]', same).problems.map((p) => p.code), ['not-object']);
  const syntax = readInput('{\n  "a": 1,\n}', same).problems[0]!;
  assert.deepEqual([syntax.code, syntax.line], ['invalid-json', 3]);
});

test('zh-Hant is filled in where the document has none, and kept where it has', async () => {
  const portal = JSON.parse(await readFile(new URL('../data/portal.json', import.meta.url), 'utf8'));
  const result = readInput(JSON.stringify(portal), (zh) => `[${zh}]`);
  const doc = result.document!;
  const source = doc.sources![0] as {paper: Record<string, string>; title: Record<string, string>};
  assert.equal(source.paper['zh-Hant'], portal.sources[0].paper['zh-Hant'], 'the document’s own zh-Hant');
  assert.equal(source.title['zh-Hant'], `[${portal.sources[0].title['zh-Hans']}]`, 'converted');
  assert.deepEqual(pageDataProblems(doc), []);
});

test('a Traditional-Chinese sheet: its headers and its choice words (區縣, 超過) are read by character', () => {
  const table = readFiguresTable(
    ['指標名稱,指標名稱（英文）,數值,範圍,修飾,來源單位,來源單位（英文）,來源標題,來源標題（英文）,來源鏈接', '全區聯盟,Alliances,42,區縣,超過,某區,A district,年報,Report,https://example.org/'].join('\n')
  );
  assert.deepEqual(table.problems, []);
  assert.deepEqual([table.document!.stats![0]!['scope'], table.document!.stats![0]!['qualifier'], table.document!.sources![0]!['url']], ['district', 'over', 'https://example.org/']);
});
