/**
 * From records as authored (every text in zh-Hans and en) to what widgets
 * read (only the fields they show, each text one locale's string).
 * Pure, with no Node or DOM dependency: the build step uses it for the
 * bundled data, and a page's or a server's own data can go through it too.
 */
import {PROVENANCE_KEYS, SHOWN_FIELDS, type Collection, type CollectionRecords, type Fields, type Locale} from './types.js';

/** Authored text: Simplified Chinese as printed, English, and optionally Traditional Chinese. */
type AuthoredText = {'zh-Hans': string; en: string; 'zh-Hant'?: string};

/** Whether `value` is one localized text (only `zh-Hans`, `en` and optionally `zh-Hant`). */
export const isLocalizedText = (value: object): value is AuthoredText =>
  'zh-Hans' in value && 'en' in value && Object.keys(value).every((key) => key === 'zh-Hans' || key === 'en' || key === 'zh-Hant');

/**
 * Reduces every localized text in `value` to one locale's string and drops
 * provenance-only strings (verbatim quotes, evidence). Traditional Chinese is
 * the text's own `zh-Hant` when it has one, else `toHant` of its zh-Hans (a
 * converter given by the caller: the library ships none to readers, only the
 * one-file bundle's table for its own text, src/data/hant.ts).
 */
export function localize(value: unknown, locale: Locale, toHant: (zhHans: string) => string = (text) => text): unknown {
  if (Array.isArray(value)) return value.map((item) => localize(item, locale, toHant));
  if (value === null || typeof value !== 'object') return value;
  if (isLocalizedText(value)) return locale === 'zh-Hant' ? (value['zh-Hant'] ?? toHant(value['zh-Hans'])) : value[locale];
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, item]) => !((PROVENANCE_KEYS as readonly string[]).includes(key) && typeof item === 'string'))
      .map(([key, item]) => [key, localize(item, locale, toHant)])
  );
}

/** `value` with only the fields `fields` lists (see SHOWN_FIELDS). */
export function shownFields(value: unknown, fields: Fields | true): unknown {
  if (fields === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => shownFields(item, fields));
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => Object.hasOwn(fields, key))
      .map(([key, item]) => [key, shownFields(item, fields[key]!)])
  );
}

/** One collection of authored records as widgets read them in `locale`: the fields they show (SHOWN_FIELDS), localized. */
export function localizeCollection<C extends Collection>(
  collection: C,
  records: readonly unknown[],
  locale: Locale,
  toHant?: (zhHans: string) => string
): CollectionRecords[C][] {
  return localize(shownFields(records, SHOWN_FIELDS[collection]), locale, toHant) as CollectionRecords[C][];
}

/**
 * Traditional Chinese (zh-Hant) is derived from zh-Hans with OpenCC at build
 * time (docs/adr/0004). OpenCC is a build-time dependency only, so these
 * helpers take the OpenCC module from their caller (the build scripts and the
 * tests) and never import it: pages never load it.
 */
export interface OpenCCLike {
  Converter(options: {from: string; to: string}): (text: string) => string;
}

/**
 * zh-Hans words that OpenCC's phrase table would change although they must
 * stay as printed, with the Traditional form to print. Each entry is the
 * smallest stretch of text that stops the wrong phrase from matching.
 * - 慈溪: the city's name as the articles print it. OpenCC gives 慈谿, the
 *   county's name before 1954.
 * - 印明了: 印明 ("states in print") followed by the particle 了; OpenCC reads
 *   明了 as one word and gives 明瞭.
 * - 岳林: 岳林街道 in Fenghua. OpenCC's character table gives 嶽林, another
 *   name; 岳 is a Traditional character of its own.
 * - 洪城杰: a person's name as printed. OpenCC gives 洪城傑, another name; 杰
 *   is a Traditional character of its own, used in names as it is.
 * Every other character of a name takes its one Traditional form (区 → 區,
 * 余姚 → 餘姚); test/node/data-corrections.test.ts holds the decision for each
 * character of a name that is also a Traditional character of its own.
 */
export const HANT_AS_PRINTED: readonly (readonly [string, string])[] = [
  ['慈溪', '慈溪'],
  ['印明了', '印明了'],
  ['岳林', '岳林'],
  ['洪城杰', '洪城杰'],
];

/** Quotation marks as Taiwan and Hong Kong set them: 「」 outside, 『』 inside. */
export const HANT_QUOTATION_MARKS: readonly (readonly [string, string])[] = [
  ['“', '「'],
  ['”', '」'],
  ['‘', '『'],
  ['’', '』'],
];

/** Taiwan wording for UI text that OpenCC's phrase table (twp) does not give. */
export const HANT_UI_WORDING: readonly (readonly [string, string])[] = [['報道', '報導']];

/**
 * UI terms (zh-Hans → zh-Hant as Taiwan and Hong Kong write them) that OpenCC's
 * twp phrase table gets wrong or leaves in mainland wording; each is given to
 * the converter as it stands, never to OpenCC. Tested in
 * test/node/xliff-hant.test.ts.
 * - 发布: "published" (a source's date, the published format). twp gives 釋出
 *   ("released", as software), which is not what a date of publication is.
 * - 列 as a column of a table: 欄 (欄名, 第 3 行 B 欄, as Taiwan's editors
 *   write line and column). Only where 列 is a column: 列出 (to list), 列表,
 *   排列 and 系列 keep 列; 繁体中文列 (the Traditional columns) is 繁體中文欄.
 * - 单元格 (a cell of a table): 儲存格.
 * - 示例 (an example): 範例. 模板 (a template): 範本.
 * - 连字符 (a hyphen): 連字號; twp gives 連字元.
 * - 选中 (text selected): 選取.
 * - 滚动 (to scroll): 捲動.
 */
export const HANT_UI_TERMS: readonly (readonly [string, string])[] = [
  ['发布', '發布'],
  ['列名', '欄名'],
  ['列的顺序', '欄的順序'],
  ['表格的列', '表格的欄'],
  ['列说明', '欄說明'],
  ['这一列', '這一欄'],
  ['必需的列', '必需的欄'],
  ['前一列', '前一欄'],
  ['中文列', '中文欄'],
  [' 列', ' 欄'],
  ['单元格', '儲存格'],
  ['示例', '範例'],
  ['模板', '範本'],
  ['连字符', '連字號'],
  ['选中', '選取'],
  ['滚动', '捲動'],
];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (table: readonly (readonly [string, string])[]) =>
  new RegExp(
    [...table.map(([from]) => from)]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'g'
  );

/**
 * Wraps an OpenCC converter: the `keep` words are never given to it (each is
 * replaced by its listed form), and after conversion each `after` string is
 * replaced in the Traditional output.
 */
export function hantConverter(
  convert: (text: string) => string,
  keep: readonly (readonly [string, string])[] = [],
  after: readonly (readonly [string, string])[] = []
): (zhHans: string) => string {
  const keepMap = new Map(keep);
  const keepRe = keep.length > 0 ? alternation(keep) : null;
  const afterMap = new Map(after);
  const afterRe = after.length > 0 ? alternation(after) : null;
  return (text) => {
    let out = '';
    if (keepRe) {
      let last = 0;
      for (const match of text.matchAll(keepRe)) {
        out += convert(text.slice(last, match.index)) + keepMap.get(match[0])!;
        last = match.index + match[0].length;
      }
      out += convert(text.slice(last));
    } else {
      out = convert(text);
    }
    return afterRe ? out.replace(afterRe, (word) => afterMap.get(word)!) : out;
  };
}

/**
 * The converter for the data: OpenCC cn → tw (characters in Taiwan's standard
 * forms, no phrase substitution, so names and quotes keep their wording), the
 * words of HANT_AS_PRINTED kept, quotation marks as zh-Hant sets them.
 */
export const hantForData = (opencc: OpenCCLike) =>
  hantConverter(opencc.Converter({from: 'cn', to: 'tw'}), HANT_AS_PRINTED, HANT_QUOTATION_MARKS);

/**
 * The converter for UI text (xliff/zh-Hant.xlf): OpenCC cn → twp, with
 * Taiwan's wording (数据 → 資料, 刷新 → 重新整理, 加载 → 載入), the terms of
 * HANT_UI_TERMS as listed, and quotation marks
 * as zh-Hant sets them. UI text names nothing from the articles, so phrase
 * substitution is safe there.
 */
export const hantForUi = (opencc: OpenCCLike) =>
  hantConverter(opencc.Converter({from: 'cn', to: 'twp'}), HANT_UI_TERMS, [...HANT_UI_WORDING, ...HANT_QUOTATION_MARKS]);
