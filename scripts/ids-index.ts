/**
 * Writes docs/ids.md: every data id a webmaster can write in a widget's
 * attributes, with its Chinese and English labels and, for figures, the value
 * and the date it holds for. Read from data/*.json through
 * stories/data-ids.ts (the same index the catalogue's controls and its
 * "数据索引 / Data ids" page use). The output depends on the data only, so CI
 * can check the committed file: `tsx scripts/ids-index.ts --check` exits 1
 * when docs/ids.md is not up to date.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {CASE_IDS, ERA_IDS, EVENT_KINDS, MODEL_IDS, SCHEME_IDS, STAT_IDS, type IdEntry} from '../stories/data-ids.js';
import {WIDGETS} from '../src/widgets.js';

/** The markup that takes ids of `kind` (the first widget of the registry whose record attribute names them): `<case-stat stat="…">`. */
function takes(kind: string): string {
  const found = Object.entries(WIDGETS).find(([, w]) => w.ids === kind && w.record);
  if (!found) throw new Error(`ids-index: no widget in src/widgets.ts takes ${kind} ids`);
  return `\`<${found[0]} ${found[1].record}="…">\``;
}

const OUT = fileURLToPath(new URL('../docs/ids.md', import.meta.url));

/** A Markdown table cell: pipes escaped, line breaks as spaces. */
const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: string[][]) => [row(head), `|${head.map(() => ' --- |').join('')}`, ...rows.map(row)].join('\n');

const labelled = (entries: readonly IdEntry[], withGroup: boolean) =>
  table(
    ['id', '中文', 'English', ...(withGroup ? ['kind'] : [])],
    entries.map((e) => [`\`${e.id}\``, e.zh, e.en, ...(withGroup ? [e.group ?? ''] : [])])
  );

/** The whole index as Markdown. */
export function idsMarkdown(): string {
  return [
    '# 数据索引 / Data ids',
    '',
    '<!-- Written by scripts/ids-index.ts from data/*.json. Do not edit by hand. -->',
    '',
    'Every id the widgets’ attributes accept, with its Chinese and English labels. 组件属性中可写的全部数据 id。',
    'An unknown id shows a short notice and fires `alliance-error`.',
    '',
    `## 数据 / Figures — ${takes('stats')} (${STAT_IDS.length})`,
    '',
    'Value as the widget shows it in Chinese, then in English; “as of” is the date or period the figure holds for.',
    '',
    table(
      ['id', '中文', 'English', '数值 / Value', '时间 / As of'],
      STAT_IDS.map((s) => [`\`${s.id}\``, s.zh, s.en, `${s.valueZh} / ${s.valueEn}`, s.asOf])
    ),
    '',
    `## 案例 / Cases — ${takes('cases')} (${CASE_IDS.length})`,
    '',
    labelled(CASE_IDS, true),
    '',
    `## 组建模式 / Models — ${takes('models')} (${MODEL_IDS.length})`,
    '',
    '`kind` chooses a group: `formation` (the default), `variant`, `approach`, `historical` or `all`.',
    '',
    labelled(MODEL_IDS, true),
    '',
    `## 名目 / Schemes — ${takes('schemes')} (${SCHEME_IDS.length})`,
    '',
    labelled(SCHEME_IDS, false),
    '',
    `## 时期 / Eras — ${takes('eras')} (${ERA_IDS.length})`,
    '',
    'Several ids are written comma-separated. 多个 id 以逗号分隔。',
    '',
    labelled(ERA_IDS, false),
    '',
    '## 事件类型 / Kinds of events — `<timeline-view kinds="…">`',
    '',
    EVENT_KINDS.map((k) => `\`${k}\``).join(', '),
    '',
  ].join('\n');
}

const markdown = idsMarkdown();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // Missing counts as out of date.
  }
  if (current !== markdown) {
    console.error('docs/ids.md is out of date with data/*.json: run `tsx scripts/ids-index.ts`');
    process.exit(1);
  }
  console.log('docs/ids.md is up to date');
} else {
  writeFileSync(OUT, markdown);
  console.log(`docs/ids.md: ${STAT_IDS.length} figures, ${CASE_IDS.length} cases, ${MODEL_IDS.length} models, ${SCHEME_IDS.length} schemes, ${ERA_IDS.length} eras`);
}
