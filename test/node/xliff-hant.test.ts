/**
 * Traditional Chinese UI text (xliff/zh-Hant.xlf, xliff/workbench/zh-Hant.xlf)
 * is derived from the zh-Hans sources by scripts/xliff-hant.ts with hantForUi:
 * OpenCC cn → twp, with the terms of HANT_UI_TERMS written as Taiwan and Hong
 * Kong write them (發布, 欄, 儲存格, 範例, 範本, 連字號, 選取, 捲動). These
 * checks read the committed files: they are up to date, no target keeps a
 * term twp gets wrong, and the terms are needed (OpenCC alone gives the
 * wrong ones).
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import * as OpenCC from 'opencc-js';
import {HANT_QUOTATION_MARKS, HANT_UI_TERMS, HANT_UI_WORDING, hantConverter, hantForUi} from '../../src/data/localize.js';

const FILES = ['xliff/zh-Hant.xlf', 'xliff/workbench/zh-Hant.xlf'];
const units = FILES.flatMap((file) =>
  [...readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8').matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((m) => ({
    id: m[1]!,
    source: /<source>([\s\S]*?)<\/source>/.exec(m[2]!)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(m[2]!)?.[1] ?? '',
  }))
);
/** A source converted as scripts/xliff-hant.ts does: the text between placeholders. */
const convertWith = (toHant: (s: string) => string) => (source: string) => source.split(/(<x [^>]*\/>)/).map((part, i) => (i % 2 ? part : toHant(part))).join('');

/** Mainland or wrong wording in Traditional UI text: what twp gives for 发布, 单元格, 示例, 模板, 连字符, 选中, 滚动. */
const WRONG = /釋出|單元格|示例|模板|連字元|選中|滾動/g;

/** Where a target says something the terms forbid: a wrong word, or 列 where the source's 列 is a column. */
function wordingProblems(list: {id: string; source: string; target: string}[]): string[] {
  const problems: string[] = [];
  for (const {id, source, target} of list) {
    for (const word of target.match(WRONG) ?? []) problems.push(`${id}: ${word}`);
    for (const [hans, hant] of HANT_UI_TERMS) {
      const inSource = source.split(/<x [^>]*\/>/).join('\u0000');
      if (inSource.includes(hans) && !target.split(/<x [^>]*\/>/).join('\u0000').includes(hant)) problems.push(`${id}: ${hans} is not ${hant}`);
    }
  }
  return problems;
}

describe('Traditional Chinese UI wording', () => {
  it('the zh-Hant files are what the converter gives for their sources', () => {
    const convert = convertWith(hantForUi(OpenCC));
    assert.ok(units.length > 100, `${units.length} messages`);
    for (const u of units) assert.equal(u.target, convert(u.source), u.id);
  });

  it('no target keeps 釋出, 單元格, 示例, 模板, 連字元, 選中, 滾動, or 列 for a column', () => {
    assert.deepEqual(wordingProblems(units), []);
    // Each term is used by some message, so none is left over.
    for (const [hans] of HANT_UI_TERMS) assert.ok(units.some((u) => u.source.includes(hans)), hans);
    // 列 that is not a column keeps 列: 列出, 列表, 排列, 系列.
    for (const word of ['列出', '列表', '排列', '系列']) assert.ok(units.some((u) => u.target.includes(word)), word);
  });

  it('fails on OpenCC’s twp alone, which gives 釋出, 單元格, 示例, 模板, 連字元, 選中, 滾動 and 列 for a column', () => {
    const old = convertWith(hantConverter(OpenCC.Converter({from: 'cn', to: 'twp'}), [], [...HANT_UI_WORDING, ...HANT_QUOTATION_MARKS]));
    const problems = wordingProblems(units.map((u) => ({...u, target: old(u.source)})));
    for (const word of ['釋出', '單元格', '示例', '模板', '連字元', '選中', '滾動', '列名 is not 欄名', ' 列 is not  欄']) {
      assert.ok(problems.some((p) => p.endsWith(word)), `${word}\n${problems.join('\n')}`);
    }
  });
});
