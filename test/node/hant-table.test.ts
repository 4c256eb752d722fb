/**
 * The one-file bundle carries each collection once, as a skeleton with the
 * zh-Hans texts beside it and the English ones in a file of their own beside
 * the bundle (src/data/skeleton.ts, src/bundle.ts), and makes its
 * zh-Hant texts in the page from the zh-Hans ones with a table the build
 * computes (src/data/hant.ts, generated src/data/generated/hant.ts), instead
 * of carrying a third copy. It must give exactly what the build's OpenCC
 * conversion gives (`hantForData`: cn → tw, the names kept as printed, 「」
 * quotation marks), text for text, and the records of every locale exactly.
 * Expectations come from the authored data and OpenCC, never from the table.
 * Run by `npm run test:node`, after `npm run generate`.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import * as OpenCC from 'opencc-js';
import {readData} from '../../scripts/lib/data-files.js';
import {table} from '../../src/data/generated/hant.js';
import {skeletons, texts as bundledTexts} from '../../src/data/generated/eager.js';
import bundledEnglish from '../../src/data/generated/bundle-en.js';
import {hantFromTable, type HantTable} from '../../src/data/hant.js';
import {fill} from '../../src/data/skeleton.js';
import {hantForData, localizeCollection, shownFields} from '../../src/data/localize.js';
import {COLLECTIONS, SHOWN_FIELDS} from '../../src/data/types.js';

const data = readData();
/** The build's conversion: the oracle. */
const opencc = hantForData(OpenCC);
/** Every zh-Hans text of the bundled data (the Text fields that ship, SHOWN_FIELDS), from the authored data. */
const texts: string[] = [];
const collect = (value: unknown): void => {
  if (value !== null && typeof value === 'object' && 'zh-Hans' in value && 'en' in value) texts.push((value as {'zh-Hans': string})['zh-Hans']);
  else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
};
const zhHansRecords = Object.fromEntries(COLLECTIONS.map((c) => [c, localizeCollection(c, data[c] as unknown[], 'zh-Hans')]));
for (const c of COLLECTIONS) collect(shownFields(data[c], SHOWN_FIELDS[c]));
/** The texts the bundle carries, by collection (the zh-Hans ones are what it converts). */
const carried = (locale: 'zh-Hans' | 'en', c: (typeof COLLECTIONS)[number]) =>
  locale === 'en' ? (JSON.parse(bundledEnglish) as Record<string, string[]>)[c]! : (JSON.parse(bundledTexts[locale][c]) as string[]);

/** The texts a table converts otherwise than OpenCC, with both results. */
function mismatches(t: HantTable): string[] {
  const convert = hantFromTable(t);
  return [...new Set(texts)].filter((s) => convert(s) !== opencc(s)).map((s) => `${s}\n  table:  ${convert(s)}\n  OpenCC: ${opencc(s)}`);
}

describe('zh-Hant in the page, from zh-Hans and the table', () => {
  it('converts every zh-Hans text of the bundled data exactly as the build’s OpenCC does', () => {
    assert.ok(new Set(texts).size > 400, `${new Set(texts).size} texts`);
    assert.deepEqual(mismatches(table), []);
  });

  it('carries exactly those texts, and its records in every locale are the ones the build derives (zh-Hant with OpenCC)', () => {
    const convert = hantFromTable(table);
    assert.deepEqual(COLLECTIONS.flatMap((c) => carried('zh-Hans', c)), texts);
    for (const c of COLLECTIONS) {
      assert.deepEqual(fill(skeletons[c], carried('zh-Hans', c)), zhHansRecords[c], `${c} zh-Hans`);
      assert.deepEqual(fill(skeletons[c], carried('en', c)), localizeCollection(c, data[c] as unknown[], 'en'), `${c} en`);
      assert.deepEqual(fill(skeletons[c], carried('zh-Hans', c).map(convert)), localizeCollection(c, data[c] as unknown[], 'zh-Hant', opencc), `${c} zh-Hant`);
    }
  });

  it('covers words OpenCC reads in context even in tw mode (了解 → 瞭解, 若干 keeps 干), the names kept as printed (慈溪) and 「」', () => {
    const convert = hantFromTable(table);
    const sample = texts.find((s) => s.includes('了解') && s.includes('“'))!;
    assert.ok(sample, 'a text with 了解 and a quotation');
    assert.equal(convert(sample), opencc(sample));
    assert.match(convert(sample), /瞭解.*「|「.*瞭解/);
    const cixi = texts.find((s) => s.includes('慈溪'))!;
    assert.ok(convert(cixi).includes('慈溪'), convert(cixi));
    assert.ok(texts.some((s) => s.includes('若干') && convert(s).includes('若干')));
  });

  it('needs every entry: without any one character or word, some text converts wrong', () => {
    const from = [...table.from];
    const to = [...table.to];
    assert.equal(from.length, to.length);
    assert.ok(from.length > 300 && table.words.length > 0, `${from.length} characters, ${table.words.length} words`);
    for (let i = 0; i < from.length; i++) {
      const without = {...table, from: [...from.slice(0, i), ...from.slice(i + 1)].join(''), to: [...to.slice(0, i), ...to.slice(i + 1)].join('')};
      assert.ok(mismatches(without).length > 0, `character ${from[i]} → ${to[i]} is needed`);
    }
    for (let i = 0; i < table.words.length; i++) {
      const without = {...table, words: table.words.filter((_, j) => j !== i)};
      assert.ok(mismatches(without).length > 0, `word ${table.words[i]![0]} → ${table.words[i]![1]} is needed`);
    }
  });

  it('fails on a table with one entry dropped, naming the texts it gets wrong', () => {
    const words = table.words.filter(([word]) => word !== '了解');
    assert.equal(words.length, table.words.length - 1, 'the table has 了解');
    const wrong = mismatches({...table, words});
    assert.ok(wrong.length > 0 && wrong.every((m) => m.includes('了解') && m.includes('OpenCC: ')), wrong.join('\n'));
  });

  it('ships no converter library to the page: the converter, the table and the skeleton filler import no code', () => {
    for (const file of ['src/data/hant.ts', 'src/data/skeleton.ts', 'src/data/generated/hant.ts']) {
      const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
      const imports = [...source.matchAll(/^import\s+(type\s+)?.*$/gm)];
      assert.ok(imports.every((m) => m[1]), `${file} imports only types`);
    }
  });
});
