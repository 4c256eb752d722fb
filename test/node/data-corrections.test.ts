/**
 * Checks for the corrections of the fact-check of the data against the five
 * articles (data/ERRATA.md, data/COVERAGE.md). Expectations come from the data
 * and from sources independent of it: the article texts in data/seeds/, the
 * tables of data/ERRATA.md, and OpenCC's character table (not the phrase table
 * the build uses). Each check is also run on a broken copy of the data, so it
 * is shown to fail where it should. Run by `npm run test:node`, after
 * `npm run generate` (it reads the generated data modules, as pages load them).
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import * as OpenCC from 'opencc-js';
import {readData, readSeeds} from '../../scripts/lib/data-files.js';
import {HANT_AS_PRINTED, HANT_QUOTATION_MARKS, hantConverter, hantForData, localize} from '../../src/data/localize.js';
import type {AllianceData, Case} from '../../src/data/schema.js';
import {loadDataset} from '../../src/data/dataset.js';
import {COLLECTIONS} from '../../src/data/types.js';
import {checkDataset} from '../../src/data/check.js';

const root = new URL('../../', import.meta.url);
const data = readData() as unknown as AllianceData;
const seeds = readSeeds();
const fresh = () => structuredClone(data);
const errata = readFileSync(new URL('data/ERRATA.md', root), 'utf8');
const coverageFile = new URL('data/COVERAGE.md', root);
const coverage = existsSync(coverageFile) ? readFileSync(coverageFile, 'utf8') : '';

const squash = (text: string) => text.replace(/\s+/g, '');
/** The punctuation mapping data/ERRATA.md describes, so the two copies of the page compare by wording. */
const HALF: Record<string, string> = {'，': ',', '：': ':', '？': '?', '（': '(', '）': ')', '；': ';', '！': '!'};
const norm = (text: string) => squash(text).replace(/[，：？（）；！]/g, (c) => HALF[c]!);
const seedOf = (sourceId: string) => data.sources.find((s) => s.id === sourceId)!.seed;

type Text = {'zh-Hans': string; en: string};
const isText = (v: unknown): v is Text => typeof v === 'object' && v !== null && 'zh-Hans' in v && 'en' in v;
/** Every localized text under `value`, with its path. */
function texts(value: unknown, path = ''): [string, Text][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${path}[${i}]`));
  if (isText(value)) return [[path, value]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
  return [];
}

// ---------------------------------------------------------------------------
// The two copies of the page of 6 December 2021
// ---------------------------------------------------------------------------

const PAGE = 'nbrb-2021-12-06-a7';
const clean = norm(seeds[seedOf(PAGE)]!);
const ocr = norm(seeds[data.sources.find((s) => s.copyOf === PAGE)!.seed]!);
const citesPage = (r: {sources?: string[]; source?: string}) =>
  (r.sources ?? [r.source!]).some((id) => id === PAGE || data.sources.find((s) => s.id === id)?.copyOf === PAGE);

/** Readings where, by data/ERRATA.md, the data follows the OCR copy (rows whose "Data follows" is **000, …**). */
function ocrReadings(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*\d+\s*\|(?:[^|\n]*\|){3}\s*\*\*000, ([^*]+)\*\*/gm)].map((m) => m[1]!.trim());
}

/** Stretches of `text` (3–6 characters) that the OCR copy prints and the clean copy does not, after removing `allowed` readings. */
function ocrOnly(text: string, allowed: readonly string[] = []): string[] {
  let t = norm(text);
  for (const a of allowed) t = t.split(norm(a)).join('|');
  const hits: string[] = [];
  for (let i = 0; i < t.length; i++) {
    for (let len = 3; len <= 6 && i + len <= t.length; len++) {
      const s = t.slice(i, i + len);
      if (s.includes('|')) break;
      if (ocr.includes(s) && !clean.includes(s)) {
        hits.push(s);
        break;
      }
    }
  }
  return hits;
}

/** Name fields of a case: its name, places, people's names and roles. */
const nameFields = (c: Case): [string, string][] => [
  ['name', c.name['zh-Hans']],
  ...Object.entries(c.place).map(([k, t]): [string, string] => [`place.${k}`, t['zh-Hans']]),
  ...c.people.flatMap((p, i): [string, string][] => [[`people[${i}].name`, p.name['zh-Hans']], [`people[${i}].role`, p.role['zh-Hans']]]),
];

function namesNotInCleanCopy(d: AllianceData): string[] {
  return d.cases.filter(citesPage).flatMap((c) => nameFields(c).flatMap(([field, text]) => ocrOnly(text).map((hit) => `${c.id}.${field}: ${hit}`)));
}

/** Every zh-Hans text and verbatim quote of the records drawn from the page. */
function pageTexts(d: AllianceData): [string, string][] {
  const records: [string, {sources?: string[]; source?: string}][] = [
    ...d.models.map((r): [string, typeof r] => [`models#${r.id}`, r]),
    ...d.cases.map((r): [string, typeof r] => [`cases#${r.id}`, r]),
    ...d.events.map((r): [string, typeof r] => [`events#${r.id}`, r]),
    ...d.stats.map((r): [string, typeof r] => [`stats#${r.id}`, r]),
  ];
  return records
    .filter(([, r]) => citesPage(r))
    .flatMap(([at, r]): [string, string][] => [
      ...texts(r).map(([path, t]): [string, string] => [`${at}.${path}`, t['zh-Hans']]),
      ...('quote' in r && typeof r.quote === 'string' ? [[`${at}.quote`, r.quote] as [string, string]] : []),
    ]);
}

function textsNotInCleanCopy(d: AllianceData, markdown: string): string[] {
  const allowed = ocrReadings(markdown);
  return pageTexts(d).flatMap(([at, text]) => ocrOnly(text, allowed).map((hit) => `${at}: ${hit}`));
}

describe('names and wording from the page of 6 December 2021 follow the clean copy (001)', () => {
  it('ERRATA lets the data follow the OCR copy only where 001 has a slip, never for a name', () => {
    assert.deepEqual(ocrReadings(errata), ['后进村社']);
    assert.match(errata, /^\| 10 \|[^\n]*\| \*\*001, 新职业群体\*\* \|/m);
    assert.match(errata, /^\| 1 \|[^\n]*\| 楝树 \| 樟树 \| \*\*001, 楝树\*\* \|/m);
  });

  it('every name, place and role of a case drawn from the page is as 001 prints it', () => {
    assert.deepEqual(namesNotInCleanCopy(data), []);
  });

  it('fails on a name the OCR copy misreads', () => {
    const d = fresh();
    d.cases.find((c) => c.kind === 'project' && citesPage(c))!.name['zh-Hans'] = '樟树下艺术村落';
    assert.deepEqual(namesNotInCleanCopy(d), ['lianshuxia-art-village.name: 樟树下']);
    const e = fresh();
    e.cases.find((c) => c.id === 'kuangyan-south')!.people[1]!.role['zh-Hans'] = '片区联合党委副书记、隘隆村党支部书记';
    assert.ok(namesNotInCleanCopy(e).some((hit) => hit.startsWith('kuangyan-south.people[1].role')), '隘隆村 is caught');
  });

  it('every text and quote drawn from the page follows 001, except the readings ERRATA says follow the OCR copy', () => {
    assert.deepEqual(textsNotInCleanCopy(data, errata), []);
  });

  it('fails on an OCR reading in running text, and on one ERRATA no longer allows', () => {
    const d = fresh();
    const kuangyan = d.cases.find((c) => c.id === 'kuangyan-south')!;
    kuangyan.summary['zh-Hans'] = kuangyan.summary['zh-Hans'].replace('楝树', '樟树');
    assert.ok(textsNotInCleanCopy(d, errata).some((hit) => hit.startsWith('cases#kuangyan-south.summary')), '樟树 in a summary is caught');
    // The OCR copy's 新业态群体, which the data used before (ERRATA row 10 once followed 000), is caught in a quote and in a text.
    const e = fresh();
    e.stats.find((s) => s.id === 'yinzhou-lecture-first-stop-riders')!.quote = '“鄞铃”00后宣讲员为20余名外卖小哥、快递小哥等新业态群体带来微党课';
    const launch = e.events.find((x) => x.id === 'yinzhou-lecture-tour-launch-2021')!;
    launch.text!['zh-Hans'] = launch.text!['zh-Hans'].replace('新职业群体', '新业态群体');
    assert.deepEqual(
      [...new Set(textsNotInCleanCopy(e, errata).filter((hit) => hit.includes('业态')).map((hit) => hit.split(':')[0]))],
      ['events#yinzhou-lecture-tour-launch-2021.text', 'stats#yinzhou-lecture-first-stop-riders.quote']
    );
  });
});

// ---------------------------------------------------------------------------
// Traditional Chinese
// ---------------------------------------------------------------------------

/** OpenCC's character table (STCharacters) and Taiwan variants: every Traditional form a character may take, without the phrase table. */
const [, stCharacters] = OpenCC.Locale.from.cn![0] as unknown as [string, string];
const twTables = (OpenCC.Locale.to.tw![0] as unknown as string[]).join('|');
const charForms = new Map<string, Set<string>>();
for (const entry of stCharacters.split('|')) {
  const [from, ...to] = entry.split(/\s+/);
  charForms.set(from!, new Set(to));
}
const twVariant = new Map<string, string>();
for (const entry of twTables.split('|')) {
  const [from, to] = entry.split(/\s+/);
  if (from && to && [...from].length === 1 && [...to].length === 1) twVariant.set(from, to);
}
const QUOTE_MARKS: Record<string, string[]> = {'“': ['「'], '”': ['」'], '‘': ['『'], '’': ['』']};

/**
 * Characters whose zh-Hans form is also a character of its own in Traditional text: OpenCC's own phrase table
 * keeps each unchanged somewhere (岳 in 岳丈, 杰 in 仁杰), so its character table's single form (岳 → 嶽, 杰 → 傑)
 * may turn a name into another name. Found from OpenCC, not listed by hand.
 */
const stSingle = new Map([...charForms].map(([c, forms]) => [c, [...forms][0]!]));
const [stPhrases] = OpenCC.Locale.from.cn![0] as unknown as [string, string];
const keptByPhrases = new Set<string>();
for (const entry of stPhrases.split('|')) {
  const [from = '', to = ''] = entry.split(/\s+/);
  const a = [...from];
  const b = [...to];
  if (a.length === b.length) a.forEach((c, i) => b[i] === c && stSingle.has(c) && stSingle.get(c) !== c && keptByPhrases.add(c));
}

/**
 * The decision for each such character in the names of the data (places, people, cases, organisations): the form
 * zh-Hant must print. Where the character is kept, the name stays as printed (HANT_AS_PRINTED in src/data/localize.ts
 * makes it so); where it converts, the Traditional character is the only one the name can have.
 */
const NAME_CHARACTERS: Record<string, {form: string; why: string}> = {
  岳: {form: '岳', why: '岳林街道 (Yuelin, Fenghua): 岳 is a character of its own; 嶽林 would be another name'},
  杰: {form: '杰', why: '洪城杰: a person’s name printed 杰, which Traditional names use as it is; 傑 would be another name'},
  党: {form: '黨', why: 'the Party (党建, 党委, 党支部): 党 unconverted is only a surname and 党项'},
  万: {form: '萬', why: '葛万: 万 unconverted is only the surname 万俟, so a given name 万 is 萬'},
  胜: {form: '勝', why: '王建胜: 胜 unconverted is the chemical term (peptide), never a name'},
  余: {form: '餘', why: '余姚 is written 餘姚 in Traditional text; the data has no person surnamed 余 (who would keep 余)'},
  云: {form: '雲', why: '白云街道, 云湖: 云 unconverted means “to say”; the places are 白雲, 雲湖'},
  丰: {form: '豐', why: '安丰社区: 丰 unconverted means “graceful”; the community is 安豐'},
  叶: {form: '葉', why: '叶力: the surname Ye is 葉 (叶 unconverted is an old form of 協)'},
};

/** The Traditional forms a zh-Hans character may take in a name: as decided above, else its character table forms (with Taiwan variants). */
function allowedForms(c: string): Set<string> {
  if (keptByPhrases.has(c)) return new Set(NAME_CHARACTERS[c] ? [NAME_CHARACTERS[c].form] : []);
  const forms = new Set([c, ...(charForms.get(c) ?? []), ...(QUOTE_MARKS[c] ?? [])]);
  for (const f of [...forms]) if (twVariant.has(f)) forms.add(twVariant.get(f)!);
  return forms;
}

/** Organisations named in people's roles (倡隆村党支部, 北岸琴森社区党总支 …). */
const ORGANISATION = /[\p{Script=Han}]{2,}?(?:党总支|党支部|党委|村委会|公司|联盟|联合体|理事会|学院|中心|协会)/gu;

/** Names in the data: places, case names, people, organisations in their roles, papers and contributors, in parts (split at punctuation). */
function names(d: AllianceData): string[] {
  const parts = (text: string) => text.split(/[：、，,（）()“”‘’「」·\s]|和/).filter((p) => [...p].length >= 2);
  const all = [
    ...d.cases.flatMap((c) => [
      ...parts(c.name['zh-Hans']),
      ...Object.values(c.place).flatMap((t) => parts(t['zh-Hans'])),
      ...c.people.map((p) => p.name['zh-Hans']),
      ...c.people.flatMap((p) => parts(p.role['zh-Hans']).flatMap((part) => part.match(ORGANISATION) ?? [])),
    ]),
    ...d.sources.flatMap((s) => [s.paper['zh-Hans'].replace(/（.*）$/, ''), ...s.contributors.map((c) => c.name['zh-Hans'])]),
  ];
  return [...new Set(all)].sort((a, b) => b.length - a.length);
}

/** The records as shipped to pages in `locale` (as a page loads them), by collection. */
async function shippedRecords(locale: 'zh-Hans' | 'zh-Hant'): Promise<Record<string, {id: string}[]>> {
  const dataset = await loadDataset(locale, COLLECTIONS);
  return Object.fromEntries(COLLECTIONS.map((c) => [c, dataset.all(c)]));
}
const valueAt = (record: unknown, path: string): unknown =>
  path.split(/\.|\[(\d+)\]/).filter(Boolean).reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], record);

/** Paths of the authored texts that ship to pages (fields widgets show): those the shipped zh-Hans records hold. */
async function shippedPaths(): Promise<Set<string>> {
  const shipped = await shippedRecords('zh-Hans');
  const out = new Set<string>();
  for (const collection of COLLECTIONS) {
    const byId = new Map(shipped[collection]!.map((r) => [r.id, r]));
    for (const r of (data as unknown as Record<string, {id: string}[]>)[collection]!) {
      for (const [path] of texts(r)) if (typeof valueAt(byId.get(r.id), path) === 'string') out.add(`${collection}#${r.id}.${path}`);
    }
  }
  return out;
}

/** The Traditional text as shipped, by path: the zh-Hant records pages get, or `localize` with a given converter. */
async function shippedHant(toHant?: (s: string) => string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const shipped = toHant ? undefined : await shippedRecords('zh-Hant');
  for (const collection of COLLECTIONS) {
    const authored = (data as unknown as Record<string, {id: string}[]>)[collection]!;
    const hant: {id: string}[] = shipped ? shipped[collection]! : (localize(authored, 'zh-Hant', toHant) as {id: string}[]);
    const byId = new Map(hant.map((r) => [r.id, r]));
    for (const r of authored) {
      for (const [path] of texts(r)) out.set(`${collection}#${r.id}.${path}`, valueAt(byId.get(r.id), path) as string);
    }
  }
  return out;
}
/** The zh-Hans texts by path; only those of `paths` when given (the texts that ship). */
function hansTexts(d: AllianceData, paths?: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const collection of COLLECTIONS) {
    for (const r of d[collection] as {id: string}[]) {
      for (const [path, t] of texts(r)) {
        const at = `${collection}#${r.id}.${path}`;
        if (!paths || paths.has(at)) out.set(at, t['zh-Hans']);
      }
    }
  }
  return out;
}

/** Every place where a name of the data, wherever it occurs in a text, is not kept as printed in zh-Hant. */
function namesAlteredInHant(hans: Map<string, string>, hant: Map<string, string>, nameList: string[]): string[] {
  const problems: string[] = [];
  for (const [at, text] of hans) {
    const converted = hant.get(at);
    if (converted === undefined) {
      problems.push(`${at}: no zh-Hant text`);
      continue;
    }
    const a = [...text];
    const b = [...converted];
    if (a.length !== b.length) {
      problems.push(`${at}: zh-Hant has ${b.length} characters, zh-Hans ${a.length}`);
      continue;
    }
    for (const name of nameList) {
      for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
        const start = [...text.slice(0, i)].length;
        const got = b.slice(start, start + [...name].length).join('');
        if (![...name].every((c, k) => allowedForms(c).has(b[start + k]!))) problems.push(`${at}: ${name} → ${got}`);
      }
    }
  }
  return problems;
}

/** zh-Hant converted back to Simplified must give the zh-Hans text: no word is replaced by another. */
const toHans = OpenCC.Converter({from: 'tw', to: 'cn'});
function rewordedInHant(hans: Map<string, string>, hant: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [at, text] of hans) {
    const converted = hant.get(at) ?? '';
    const back = [...toHans(converted.replace(/[「」『』]/g, (c) => ({'「': '“', '」': '”', '『': '‘', '』': '’'})[c]!))];
    const a = [...text];
    const h = [...converted];
    // A character OpenCC's reverse table over-simplifies (乾 → 干) is fine when zh-Hant kept the zh-Hans character itself.
    const bad = a.findIndex((c, i) => back[i] !== c && h[i] !== c);
    if (a.length !== back.length || bad !== -1) problems.push(`${at}: ${text.slice(Math.max(0, bad - 3), bad + 4)} → ${converted.slice(Math.max(0, bad - 3), bad + 4)}`);
  }
  return problems;
}

describe('Traditional Chinese keeps names and quotes as printed', () => {
  it('the names checked include every place of every case and the people quoted', () => {
    const list = names(data);
    for (const expected of ['慈溪市', '匡堰镇', '倡隆村', '楝树下艺术村落', '龚建立', '葛家村', '九峰山片区', '洪城杰']) assert.ok(list.includes(expected), expected);
    assert.ok(list.length > 100, `${list.length} names`);
  });

  it('every place and person name keeps its characters in the shipped zh-Hant data, inside quotes too', async () => {
    assert.deepEqual(namesAlteredInHant(hansTexts(data, await shippedPaths()), await shippedHant(), names(data)), []);
  });

  it('fails on OpenCC’s own cn → tw, which prints 慈溪 as 慈谿 (six times, once inside a quote)', async () => {
    const plain = await shippedHant(OpenCC.Converter({from: 'cn', to: 'tw'}));
    const problems = namesAlteredInHant(hansTexts(data), plain, names(data));
    const cixi = problems.filter((p) => /慈溪[^→]* → 慈谿/.test(p));
    assert.equal(new Set(cixi.map((p) => p.split(':')[0])).size, 6, cixi.join('\n'));
    assert.ok(cixi.some((p) => p.includes('people[2].quote')), 'the quote of 洪城杰');
  });

  it('every character of a name that is also a Traditional character of its own has a decision, and each decision is used', () => {
    const list = names(data);
    const undecided = [...new Set(list.flatMap((n) => [...n].filter((c) => keptByPhrases.has(c) && !NAME_CHARACTERS[c])))];
    assert.deepEqual(undecided, []);
    for (const c of Object.keys(NAME_CHARACTERS)) assert.ok(list.some((n) => n.includes(c)), `${c} is in a name`);
    for (const organisation of ['倡隆村党支部', '北岸琴森社区党总支']) assert.ok(list.includes(organisation), organisation);
  });

  it('fails where the character table would make a name another name (岳林 → 嶽林 in the case’s name and town, 洪城杰 → 洪城傑)', async () => {
    const old = HANT_AS_PRINTED.filter(([word]) => word !== '岳林' && word !== '洪城杰');
    const problems = namesAlteredInHant(hansTexts(data, await shippedPaths()), await shippedHant(hantConverter(OpenCC.Converter({from: 'cn', to: 'tw'}), old, HANT_QUOTATION_MARKS)), names(data));
    const yuelin = new Set(problems.filter((p) => /岳林[^→]* → \S*嶽林/.test(p)).map((p) => p.split(':')[0]));
    assert.deepEqual([...yuelin].sort(), ['cases#yuelin-subdistrict.name', 'cases#yuelin-subdistrict.place.town']);
    assert.ok(problems.includes('cases#kuangyan-south.people[2].name: 洪城杰 → 洪城傑'), problems.join('\n'));
  });

  it('fails on any other altered place name', async () => {
    const d = fresh();
    const c = d.cases.find((x) => x.id === 'zhangkeng-village')!;
    const hant = await shippedHant();
    hant.set('cases#zhangkeng-village.place.locality', '張坑村');
    assert.deepEqual(namesAlteredInHant(hansTexts(d, await shippedPaths()), hant, names(d)).filter((p) => p.includes('place.locality')), ['cases#zhangkeng-village.place.locality: 涨坑村 → 張坑村']);
    assert.ok(c, 'zhangkeng-village');
  });

  it('no text is reworded: zh-Hant read back into Simplified gives the zh-Hans text', async () => {
    assert.deepEqual(rewordedInHant(hansTexts(data, await shippedPaths()), await shippedHant()), []);
  });

  it('fails on Taiwan phrase substitution (twp), which would reword the articles', async () => {
    const twp = await shippedHant(OpenCC.Converter({from: 'cn', to: 'twp'}));
    assert.ok(rewordedInHant(hansTexts(data), twp).length > 0, 'twp rewords');
  });

  it('prints each word of HANT_AS_PRINTED as listed wherever zh-Hans has it (慈溪, 印明了), in every text and in those that ship', async () => {
    // Every authored text through the data's converter (印明了 is in a figure's note, which does not ship), then the shipped texts.
    for (const [hans, hant, all] of [
      [hansTexts(data), await shippedHant(hantForData(OpenCC)), true],
      [hansTexts(data, await shippedPaths()), await shippedHant(), false],
    ] as const) {
      const seen = new Set<string>();
      for (const [at, text] of hans) {
        for (const [word, form] of HANT_AS_PRINTED) {
          for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
            seen.add(word);
            assert.equal(hant.get(at)!.slice(i, i + form.length), form, at);
          }
        }
      }
      if (all) assert.deepEqual([...seen].sort(), HANT_AS_PRINTED.map(([w]) => w).sort());
      else assert.ok(seen.has('慈溪'), 'shipped texts name 慈溪');
      for (const at of hans.keys()) assert.equal(/慈谿|印明瞭/.exec(hant.get(at)!)?.[0], undefined, at);
    }
  });

  it('sets quotation marks as zh-Hant does', async () => {
    const hant = [...(await shippedHant()).values()].join('');
    const marks = hant.match(/[“”‘’]/g) ?? [];
    assert.equal(marks.length, 0, `${marks.length} Simplified-style quotation marks`);
    assert.equal(hantForData(OpenCC)('他说：“打造‘蛋糕’。”'), '他說：「打造『蛋糕』。」');
  });
});

// ---------------------------------------------------------------------------
// Case-to-model links
// ---------------------------------------------------------------------------

interface LinkRow {
  caseId: string;
  modelId: string;
  link: 'kept' | 'editorial' | 'dropped';
  seed?: string;
  quote?: string;
}
/** The table "Case-to-model links" of data/ERRATA.md. */
function linkRows(markdown: string): LinkRow[] {
  return [...markdown.matchAll(/^\| `([a-z0-9-]+)` \| `([a-z0-9-]+)` \| (kept|editorial|dropped) \| ([^|\n]*) \|/gm)].map((m) => {
    const basis = /^(\d{3}): 「(.+)」/.exec(m[4]!.trim());
    return {caseId: m[1]!, modelId: m[2]!, link: m[3] as LinkRow['link'], seed: basis?.[1], quote: basis?.[2]};
  });
}

function linkProblems(d: AllianceData, markdown: string): string[] {
  const rows = linkRows(markdown);
  const problems: string[] = [];
  for (const c of d.cases) {
    for (const modelId of c.models) {
      const row = rows.find((r) => r.caseId === c.id && r.modelId === modelId);
      const marked = c.editorialModels?.includes(modelId) ?? false;
      if (!row || row.link === 'dropped') {
        problems.push(`${c.id} → ${modelId}: no article makes this tie and ERRATA does not give it as the editors' grouping`);
        continue;
      }
      if (row.link === 'editorial' && !marked) problems.push(`${c.id} → ${modelId}: the editors' grouping is shown as the article's`);
      if (row.link === 'kept' && marked) problems.push(`${c.id} → ${modelId}: an article's tie is marked as the editors'`);
      const seedFile = Object.keys(seeds).find((f) => f.startsWith(row.seed ?? '-'));
      const ofCase = c.sources.map(seedOf);
      if (!seedFile || !ofCase.includes(seedFile)) problems.push(`${c.id} → ${modelId}: the basis is not from an article of the case`);
      else if (!squash(seeds[seedFile]!).includes(squash(row.quote!))) problems.push(`${c.id} → ${modelId}: the quoted sentence is not in ${seedFile}`);
      else if (row.link === 'kept' && !row.quote!.includes(d.models.find((m) => m.id === modelId)!.name['zh-Hans'].replace(/型$/, ''))) {
        problems.push(`${c.id} → ${modelId}: the quoted sentence does not name the model`);
      }
    }
  }
  for (const row of rows.filter((r) => r.link === 'dropped')) {
    if (d.cases.find((c) => c.id === row.caseId)?.models.includes(row.modelId)) problems.push(`${row.caseId} → ${row.modelId}: dropped in ERRATA but still in the data`);
  }
  return problems;
}

describe('a case is shown under a model only where an article makes the tie, or marked as the editors’ grouping', () => {
  it('ERRATA lists the twelve links of the fact-check: two the editors’ grouping, with their basis, ten dropped', () => {
    const rows = linkRows(errata);
    assert.equal(rows.length, 12);
    assert.deepEqual(rows.filter((r) => r.link !== 'dropped').map((r) => `${r.caseId} → ${r.modelId}: ${r.link}`), ['kuangyan-south → industry-cluster: editorial', 'cishui-anshan → mentor-led: editorial']);
    assert.ok(rows.some((r) => r.caseId === 'zhaobaoshan-red-property' && r.link === 'dropped'), 'zhaobaoshan dropped');
  });

  it('every link in the data has its basis quoted from an article of the case, and the editors’ links are marked', () => {
    assert.deepEqual(linkProblems(data, errata), []);
    const linked = data.cases.filter((c) => c.models.length > 0).map((c) => `${c.id}: ${c.editorialModels?.join() ?? ''}`);
    assert.deepEqual(linked, ['kuangyan-south: industry-cluster', 'cishui-anshan: mentor-led']);
  });

  it('fails on the links as they were (the editors’ grouping shown as the article’s), on a dropped link put back, and on a basis that is not in the article', () => {
    const before = fresh();
    for (const c of before.cases) delete c.editorialModels;
    assert.deepEqual(linkProblems(before, errata), [
      'kuangyan-south → industry-cluster: the editors\' grouping is shown as the article\'s',
      'cishui-anshan → mentor-led: the editors\' grouping is shown as the article\'s',
    ]);
    const d = fresh();
    d.cases.find((c) => c.id === 'zhaobaoshan-red-property')!.models.push('joint-governance');
    assert.deepEqual(linkProblems(d, errata), [
      'zhaobaoshan-red-property → joint-governance: no article makes this tie and ERRATA does not give it as the editors\' grouping',
      'zhaobaoshan-red-property → joint-governance: dropped in ERRATA but still in the data',
    ]);
    const forged = errata.replace('「案例一:产业集聚做大“共富”蛋糕」', '「案例一:产业集聚做大蛋糕」');
    assert.deepEqual(linkProblems(data, forged), ['kuangyan-south → industry-cluster: the quoted sentence is not in 001_c58ba13582eead5a.txt']);
  });
});

/**
 * Ties the second fact-check found the data showing as fact although no article states them. Each is a check on
 * the data that fails where the tie is back.
 */
function unstatedTies(d: AllianceData): string[] {
  const problems: string[] = [];
  // A later form of forming alliances is related to a 2021 model only where the two have the same name (项目牵引 / 项目牵引型).
  for (const m of d.models.filter((x) => x.kind === 'variant')) {
    for (const id of m.related ?? []) {
      const other = d.models.find((x) => x.id === id)!;
      if (other.kind === 'formation' && other.name['zh-Hans'].replace(/型$/, '') !== m.name['zh-Hans']) problems.push(`models#${m.id}: related to ${id}, which has another name`);
    }
    if (/对应/.test(m.summary['zh-Hans'])) problems.push(`models#${m.id}: its summary says it corresponds to another model`);
  }
  // 001 says the alliance brought practice bases to 葛家村 and 涨坑村, not that they are among its nine villages or in 大佳何镇.
  for (const id of ['gejia-village', 'zhangkeng-village']) {
    const c = d.cases.find((x) => x.id === id)!;
    if (c.partOf) problems.push(`cases#${id}: partOf ${c.partOf}`);
    if (c.place.town) problems.push(`cases#${id}: town ${c.place.town['zh-Hans']}`);
    if (/成员村/.test(c.summary['zh-Hans'])) problems.push(`cases#${id}: a member village`);
  }
  // 浙江山区26县 names a study route of the Tengtou academy; it counts nothing the article reports.
  for (const stat of d.stats.filter((x) => x.quote.includes('浙江山区26县'))) problems.push(`stats#${stat.id}: 26 counted from the name of a route`);
  // The articles name “党建联建工作指引20条” (002) and “联建二十条指引” (003) but never say they are one document.
  for (const series of d.series) {
    const members = series.members.map((id) => d.stats.find((x) => x.id === id)!);
    if (members.some((x) => x.quote.includes('工作指引20条')) && members.some((x) => x.quote.includes('二十条指引'))) problems.push(`series#${series.id}: the two guidelines as one measure`);
  }
  return problems;
}

describe('no tie the articles do not state', () => {
  it('models, memberships, places, figures and series say only what the articles say', () => {
    assert.deepEqual(unstatedTies(data), []);
  });

  it('fails on the ties as they were', () => {
    const d = fresh();
    const adjacent = d.models.find((m) => m.id === 'adjacent-cooperation')!;
    adjacent.related = ['seven-plus-n', 'good-neighbour-cooperation'];
    adjacent.summary['zh-Hans'] = '“7+N”模式下推广的党建联建方式之一，对应2021年的睦邻协作型。';
    for (const id of ['gejia-village', 'zhangkeng-village']) {
      const c = d.cases.find((x) => x.id === id)!;
      c.partOf = 'ninghai-art-alliance';
      c.place.town = {'zh-Hans': '大佳何镇', en: 'Dajiahe Town'};
    }
    const tengtou = d.stats.find((x) => x.source === 'nbrb-red-engine-grassroots')!;
    d.stats.push({...structuredClone(tengtou), id: 'zhejiang-mountain-counties', value: 26, printed: '26', quote: '推出浙江山区26县和“沿着足迹奔共富”研学线路'});
    d.series.push({id: 'alliance-guideline-articles', label: {'zh-Hans': '党建联建工作指引条数', en: 'Articles'}, members: ['alliance-guideline-articles-earlier', 'alliance-guideline-articles-re']});
    assert.deepEqual(unstatedTies(d), [
      'models#adjacent-cooperation: related to good-neighbour-cooperation, which has another name',
      'models#adjacent-cooperation: its summary says it corresponds to another model',
      'cases#gejia-village: partOf ninghai-art-alliance',
      'cases#gejia-village: town 大佳何镇',
      'cases#zhangkeng-village: partOf ninghai-art-alliance',
      'cases#zhangkeng-village: town 大佳何镇',
      'stats#zhejiang-mountain-counties: 26 counted from the name of a route',
      'series#alliance-guideline-articles: the two guidelines as one measure',
    ]);
  });
});

// ---------------------------------------------------------------------------
// Figures: time phrases, 累计, words for a measure, ratios
// ---------------------------------------------------------------------------

/** Where the quote of a stat is in its article (squashed), or -1. */
function quoteAt(stat: AllianceData['stats'][number]): {text: string; at: number} {
  const family = data.sources.filter((s) => s.id === stat.source || s.copyOf === stat.source || data.sources.find((x) => x.id === stat.source)?.copyOf === s.id);
  for (const s of family) {
    const text = squash(seeds[s.seed]!);
    const at = text.indexOf(squash(stat.quote));
    if (at !== -1) return {text, at};
  }
  return {text: '', at: -1};
}

/** A time phrase must quote the article: each part of it is printed in the quote or in the 200 characters before it. */
function phraseProblems(d: AllianceData): string[] {
  const problems: string[] = [];
  for (const s of d.stats) {
    const phrase = s.asOf.phrase?.['zh-Hans'];
    if (!phrase) continue;
    const {text, at} = quoteAt(s);
    const window = text.slice(Math.max(0, at - 200), at + squash(s.quote).length);
    for (const part of phrase.split(/……|，/).filter(Boolean)) {
      if (!window.includes(squash(part))) problems.push(`${s.id}: “${part}” is not printed with the figure`);
    }
    // 累计 governs the clauses after it up to the end of the sentence or a semicolon, no further.
    const clause = squash(s.quote).slice(0, Math.max(0, printedAt(s.quote, s.printed))).split(/[；。]/).pop() ?? '';
    if (phrase.includes('累计') && !clause.includes('累计')) problems.push(`${s.id}: the quote does not say 累计`);
  }
  return problems;
}

/** Words that state what a figure measures must be printed with it: in the label or the time phrase, only if in the quote's sentence. */
const MEASURE_WORDS = ['累计', '半径', '直径', '同比', '人均', '平均', '年均'];
function measureWordProblems(d: AllianceData): string[] {
  const problems: string[] = [];
  for (const s of d.stats) {
    const {text, at} = quoteAt(s);
    const window = text.slice(Math.max(0, at - 60), at + squash(s.quote).length);
    for (const word of MEASURE_WORDS) {
      if (s.label['zh-Hans'].includes(word) && !window.includes(word)) problems.push(`${s.id}: label says ${word}, the article does not`);
    }
  }
  return problems;
}

/** Where the printed number stands in a quote as a number of its own (not inside a longer one, as 1 in 10), or -1. */
function printedAt(quote: string, printed: string): number {
  const q = squash(quote);
  for (let i = q.indexOf(printed); i !== -1; i = q.indexOf(printed, i + 1)) {
    if (!/[\d.]/.test(q[i - 1] ?? '') && !/[\d.]/.test(q[i + printed.length] ?? '')) return i;
  }
  return -1;
}

/** A figure printed as the 1 of "每10个…中就有1人" is a ratio, not a count. */
function ratioProblems(d: AllianceData): string[] {
  return d.stats
    .filter((s) => {
      const i = printedAt(s.quote, s.printed);
      return i !== -1 && /每[\d一二三四五六七八九十百千]+[^，。；]*中(?:就)?有$/.test(squash(s.quote).slice(0, i));
    })
    .map((s) => `${s.id}: ${s.printed} is the numerator of a ratio`);
}

describe('figures say only what the article prints', () => {
  it('every time phrase quotes the article, and 累计 only where the article says it', () => {
    assert.deepEqual(phraseProblems(data), []);
  });

  it('fails on 目前 where the article says 如今, and on 累计 it does not print', () => {
    const d = fresh();
    d.stats.find((s) => s.id === 'gejia-art-spaces')!.asOf.phrase = {'zh-Hans': '目前', en: 'currently'};
    d.stats.find((s) => s.id === 'gejia-trainees')!.asOf.phrase = {'zh-Hans': '累计', en: 'cumulative'};
    assert.deepEqual(phraseProblems(d), [
      'gejia-art-spaces: “目前” is not printed with the figure',
      // 累计 is printed two clauses before (村庄接待游客累计百万人次), but not in this figure's clause.
      'gejia-trainees: the quote does not say 累计',
    ]);
  });

  it('no label names a measure (半径, 累计, 同比 …) the article does not print', () => {
    assert.deepEqual(measureWordProblems(data), []);
    const d = fresh();
    d.stats.find((s) => s.id === 'shounan-service-circle-km')!.label['zh-Hans'] = '首南“服务圈”半径';
    assert.deepEqual(measureWordProblems(d), ['shounan-service-circle-km: label says 半径, the article does not']);
  });

  it('no ratio is shown as a count', () => {
    assert.deepEqual(ratioProblems(data), []);
    const d = fresh();
    d.stats.push({...structuredClone(d.stats[0]!), id: 'x', printed: '1', value: 1, quote: '每10个长街人中就有1人从事与蛭子有关的行业'});
    assert.deepEqual(ratioProblems(d), ['x: 1 is the numerator of a ratio']);
  });
});

// ---------------------------------------------------------------------------
// Sources, English, coverage
// ---------------------------------------------------------------------------

/**
 * Dates that rest on an inferred article date (003's 1 July 2024, from 「103周年」) say so, in zh-Hans and English:
 * every figure and event of such an article whose year its quote does not print.
 */
function unflaggedChainedDates(d: AllianceData): string[] {
  const inferred = d.sources.filter((s) => s.date.basis === 'inferred' && !s.copyOf);
  const problems: string[] = [];
  for (const source of inferred) {
    const word = source.date.evidence!.match(/\d+周年/)?.[0] ?? source.date.value!;
    const says = (n?: {'zh-Hans': string; en: string}) => !!n && n['zh-Hans'].includes(word) && /inferred/.test(n.en);
    for (const s of d.stats.filter((x) => x.source === source.id && x.asOf.date && !x.quote.includes(`${x.asOf.date.slice(0, 4)}年`))) {
      if (!says(s.asOf.note)) problems.push(`stats#${s.id}`);
    }
    for (const e of d.events.filter((x) => x.source === source.id && !x.quote.includes(`${x.date.slice(0, 4)}年`))) {
      if (!says(e.dateNote)) problems.push(`events#${e.id}`);
    }
  }
  return problems;
}

describe('dates chained from an inferred article date', () => {
  it('say in their notes that the article’s date is inferred, and from what', () => {
    assert.deepEqual(unflaggedChainedDates(data), []);
    assert.ok(data.stats.filter((s) => s.source === 'nbrb-red-engine-grassroots').length > 30);
  });

  it('fails on the notes as they were (“taken as of the article’s date, 1 July 2024”)', () => {
    const d = fresh();
    d.stats.find((s) => s.id === 'alliance-cases')!.asOf.note = {'zh-Hans': '累计数，取文章日期（2024年7月1日）。', en: 'A cumulative total, taken as of the article’s date, 1 July 2024.'};
    d.events.find((e) => e.id === 'yongyao-vanguard-2024')!.dateNote = {'zh-Hans': '文中说“今年开年”部署，年份取自文章日期（2024年7月1日），月份未印。', en: 'The year comes from the article’s date (1 July 2024).'};
    assert.deepEqual(unflaggedChainedDates(d), ['stats#alliance-cases', 'events#yongyao-vanguard-2024']);
  });
});

describe('sources', () => {
  it('a paper’s name that its article does not print is marked as inferred, once, in the source record', () => {
    for (const s of data.sources) {
      // Visitors read the name alone on every line: no qualifier in it.
      assert.equal(s.paper['zh-Hans'], '宁波日报', s.id);
      assert.equal(s.paper.en, 'Ningbo Daily', s.id);
      const printedIn = [s, ...data.sources.filter((x) => x.id === s.copyOf)].some((x) => squash(seeds[x.seed]!).includes('宁波日报'));
      if (printedIn) {
        assert.equal(s.paperBasis ?? 'printed', 'printed', s.id);
        assert.equal(s.paperNote, undefined, s.id);
      } else {
        assert.equal(s.paperBasis, 'inferred', s.id);
        // The note names the byline that the inference rests on, as printed in the seed.
        assert.match(s.paperNote!['zh-Hans'], /黄合/, s.id);
        assert.ok(squash(seeds[s.seed]!).includes('黄合'), s.id);
        assert.match(s.paperNote!.en, /inferred/, s.id);
      }
    }
    assert.deepEqual(
      data.sources.filter((s) => s.paperBasis === 'inferred').map((s) => s.id),
      ['nbrb-common-prosperity-party-building', 'nbrb-red-engine-grassroots', 'nbrb-jiangbei-clusters']
    );
  });

  it('the data check refuses an unmarked inferred paper, a mark on a printed one and a mark without its note', () => {
    const d = fresh();
    const inferred = d.sources.find((s) => s.id === 'nbrb-jiangbei-clusters')!;
    delete inferred.paperBasis;
    delete inferred.paperNote;
    const printed = d.sources.find((s) => s.id === 'nbrb-2021-12-06-a7')!;
    printed.paperBasis = 'inferred';
    printed.paperNote = {'zh-Hans': '推定。', en: 'Inferred.'};
    const unnoted = d.sources.find((s) => s.id === 'nbrb-red-engine-grassroots')!;
    delete unnoted.paperNote;
    const codes = checkDataset(d, seeds).filter((p) => p.code === 'paper-unproved').map((p) => p.at);
    const at = (id: string) => `sources[${d.sources.findIndex((s) => s.id === id)}].paperBasis`;
    assert.deepEqual(codes.sort(), [at('nbrb-jiangbei-clusters'), at('nbrb-2021-12-06-a7'), at('nbrb-red-engine-grassroots')].sort());
    assert.deepEqual(checkDataset(fresh(), seeds).filter((p) => p.code === 'paper-unproved'), []);
  });
});

/**
 * Summaries that once said more than their article: each must carry the article's own words (printed in the seed) and
 * not the reading the fact-check found, in zh-Hans and in English.
 */
const SUMMARY_WORDING: {id: string; seed: string; printed: string; zh: RegExp; notZh: RegExp; en: RegExp; notEn: RegExp}[] = [
  // 还可以导入…: the villagers' ideas, not what was done.
  {id: 'lianshuxia-art-village', seed: '001', printed: '还可以导入', zh: /还可以导入/, notZh: /[，。]导入乡村会客厅/, en: /could also bring in/, notEn: /, bringing in/},
  // The cluster of the 鞍山片区 was set up; 上沈村 then learned from 鞍山村.
  {id: 'jiangbei-anshan', seed: '004', printed: '在鞍山片区党建联合体成立后', zh: /鞍山片区党建联合体成立后，上沈村/, notZh: /上沈村成立/, en: /After the Anshan area cluster was set up/, notEn: /after it was formed, Shangshen/},
  // 费浩栋 says he had just taken over; the article does not call him young.
  {id: 'cishui-anshan', seed: '002', printed: '我刚接任村书记那会儿', zh: /刚接任村书记/, notZh: /年轻书记/, en: /just taken over as village secretary/, notEn: /young secretary/},
];
function summaryProblems(d: AllianceData): string[] {
  const problems: string[] = [];
  for (const rule of SUMMARY_WORDING) {
    const seed = Object.keys(seeds).find((f) => f.startsWith(rule.seed))!;
    if (!squash(seeds[seed]!).includes(rule.printed)) problems.push(`${rule.id}: “${rule.printed}” is not in ${seed}`);
    const {summary} = d.cases.find((c) => c.id === rule.id)!;
    if (!rule.zh.test(summary['zh-Hans']) || rule.notZh.test(summary['zh-Hans'])) problems.push(`${rule.id}: zh-Hans`);
    if (!rule.en.test(summary.en) || rule.notEn.test(summary.en)) problems.push(`${rule.id}: en`);
  }
  return problems;
}

describe('summaries say what their article says', () => {
  it('还可以 (ideas, not done), the 鞍山片区 cluster before 上沈村 learned, 刚接任 not 年轻', () => {
    assert.deepEqual(summaryProblems(data), []);
  });

  it('fails on the summaries as they were', () => {
    const d = fresh();
    const set = (id: string, zh: string, en: string) => Object.assign(d.cases.find((c) => c.id === id)!.summary, {'zh-Hans': zh, en});
    set('lianshuxia-art-village', '……联手打造艺术村落，导入乡村会客厅、梦想厨房等业态。', '… an art village, bringing in a village guest hall and more.');
    set('jiangbei-anshan', '……上沈村成立联合体后向区位、产业类似的鞍山村取经。', '… after it was formed, Shangshen Village went to learn from Anshan Village.');
    set('cishui-anshan', '……帮带庄桥街道费市村年轻书记费浩栋。', '… mentors Fei Haodong, the young secretary of Feishi Village.');
    assert.deepEqual(summaryProblems(d), SUMMARY_WORDING.flatMap(({id}) => [`${id}: zh-Hans`, `${id}: en`]));
  });
});

/** Terms of the articles and how the English must (and must not) render them. */
const GLOSSARY: [string, RegExp, RegExp | null][] = [
  ['农指员', /agricultural guide/i, /rural work instructor/i],
  ['雷笋', /thunder/i, /Lei bamboo shoot/i],
  ['一盘棋', /chess/i, /as one whole/i],
  ['名师', /famous teacher|master[- ]teacher/i, /master[- ]mentor/i],
  ['人次', /person-times?/i, /visit|attendance/i],
  ['酒坊', /winery/i, /distillery/i],
  ['红研小镇', /research town/i, /study[- ]tour town/i],
  // 间 counts rooms: 44间宅基地 are 44 rooms of homestead housing, not plots of land (亩 measures those).
  ['间宅基地', /plots/i, /homestead rooms/i],
  // 头雁 (“lead goose”) is the image for a village's leader.
  ['金牌头雁', /^(?!.*village leaders).*lead geese/i, /top village leaders/i],
  // 城西 and 北岸 are place names, in pinyin (Bei’an with its apostrophe), not translated.
  ['城西', /West Town/i, /Chengxi/],
  ['北岸', /North Bank|Beian/i, /Bei’an/],
];
function glossaryProblems(d: AllianceData): string[] {
  const all = texts(d);
  const problems: string[] = [];
  for (const stat of d.stats.filter((x) => x.unit?.['zh-Hans'] === '间' && x.quote.includes('宅基地'))) {
    if (!/rooms?\b/.test(stat.unit!.en) || !/rooms?\b/.test(stat.label.en)) problems.push(`${stat.id}: 间 of 宅基地 not rendered as rooms`);
  }
  for (const [term, wrong, right] of GLOSSARY) {
    for (const [at, t] of all.filter(([, x]) => x['zh-Hans'].includes(term))) {
      if (wrong.test(t.en)) problems.push(`${at}: ${term} rendered as ${wrong.exec(t.en)![0]}`);
      if (right && !right.test(t.en)) problems.push(`${at}: ${term} not rendered as ${right.source}`);
    }
  }
  return problems;
}

describe('English', () => {
  it('renders the articles’ terms as a foreign reader understands them', () => {
    assert.deepEqual(glossaryProblems(data), []);
    // Every term is found somewhere, so the rule is not vacuous.
    for (const [term] of GLOSSARY) assert.ok(texts(data).some(([, t]) => t['zh-Hans'].includes(term)), term);
  });

  it('fails on the renderings of the second fact-check, as they were', () => {
    const d = fresh();
    const c = (id: string) => d.cases.find((x) => x.id === id)!;
    const plots = d.stats.find((x) => x.id === 'zhangkeng-homestead-plots')!;
    plots.unit!.en = 'plots';
    plots.label.en = 'Homestead plots given for public renovation';
    c('zhangkeng-village').summary.en = c('zhangkeng-village').summary.en.replace('homestead rooms', 'homestead plots');
    d.stats.find((x) => x.id === 'grassroots-guides')!.label.en = 'Rural work instructors, “gold-medal lead geese” and common-prosperity managers working at the grassroots';
    c('jiangbei-wucai-chengxi').name.en = 'Wucai Chengxi (Colourful West Town) party-building cluster';
    c('jiangbei-north-bank-business').name.en = 'North Bank business-district party-building cluster';
    const problems = glossaryProblems(d).map((p) => p.replace(/^[^:]*\.(name|label|summary|unit)[^:]*: /, '$1: '));
    for (const expected of [
      'zhangkeng-homestead-plots: 间 of 宅基地 not rendered as rooms',
      'summary: 间宅基地 rendered as plots',
      'label: 金牌头雁 not rendered as top village leaders',
      'name: 城西 rendered as West Town',
      'name: 北岸 rendered as North Bank',
    ]) assert.ok(problems.includes(expected), `${expected}\n${problems.join('\n')}`);
  });

  it('fails on the renderings the fact-check found', () => {
    const d = fresh();
    d.stats.find((s) => s.id === 'gejia-trainees')!.unit!.en = 'person-times';
    assert.deepEqual(glossaryProblems(d), ['stats[29].unit: 人次 rendered as person-times', 'stats[29].unit: 人次 not rendered as visit|attendance'].map((p) => p.replace('[29]', `[${d.stats.findIndex((s) => s.id === 'gejia-trainees')}]`)));
  });
});

/** What the second fact-check found missing, and where the data now holds it (a check on the data), if anywhere. */
const MISSING: [string, ((d: AllianceData) => boolean) | null][] = [
  ['翻两番', null],
  ['两个先行', null],
  ['全省首家现代社区学院', (d) => d.events.some((e) => e.title['zh-Hans'].includes('全省首家现代社区学院'))],
  ['三改一拆', null],
  ['五水共治', null],
  ['门前三包', null],
  ['两代表一委员', null],
  ['小哥服务资源地图', (d) => d.events.some((e) => e.case === 'yinling-express' && e.title['zh-Hans'].includes('小哥服务资源地图'))],
  ['均居全市首位', (d) => d.cases.find((c) => c.id === 'yinling-express')!.summary['zh-Hans'].includes('均居全市首位')],
];
function missingFromCoverage(d: AllianceData, rows: {quote: string}[]): string[] {
  return MISSING.filter(([term, held]) => !rows.some((r) => r.quote.includes(term)) || (held !== null && !held(d))).map(([term]) => term);
}

describe('coverage', () => {
  /** Rows of data/COVERAGE.md that quote an article: | … | seed | 「sentence」 | … | */
  const rows = [...coverage.matchAll(/^\|([^|\n]+)\|\s*(\d{3})\s*\|\s*「([^」\n]+(?:」[^」\n|]+)*)」\s*\|/gm)].map((m) => ({what: m[1]!.trim(), seed: m[2]!, quote: m[3]!}));

  it('every scheme, village and figure left out is listed with the sentence that names it, verbatim', () => {
    assert.ok(rows.length >= 20, `${rows.length} rows`);
    for (const r of rows) {
      const file = Object.keys(seeds).find((f) => f.startsWith(r.seed))!;
      assert.ok(squash(seeds[file]!).includes(squash(r.quote)), `${r.what}: not in ${file}: ${r.quote}`);
    }
    for (const scheme of ['五化协同', '“三会”', '“五联”', '“六个一”', '“1+X+N”', '捆绑竞赛', '“五大底座”']) {
      assert.ok(rows.some((r) => r.quote.includes(scheme.replace(/[“”]/g, '')) || r.quote.includes(scheme)), scheme);
    }
  });

  it('what the second fact-check found missing is in the data or listed with why (翻两番, 两个先行, 三改一拆 …), and 003’s caption 龙头村 is in ERRATA', () => {
    assert.deepEqual(missingFromCoverage(data, rows), []);
    assert.match(errata, /^\| 003 \| Photo caption 奉化区萧王庙街道龙头村 \|/m);
  });

  it('fails on the data and COVERAGE as they were', () => {
    const d = fresh();
    d.events = d.events.filter((e) => !['yinzhou-courier-service-map', 'modern-community-college'].includes(e.id));
    const express = d.cases.find((c) => c.id === 'yinling-express')!;
    express.summary['zh-Hans'] = express.summary['zh-Hans'].replace(/^[^。]*均居全市首位。/, '').replace('鄞州在全市率先推出小哥服务资源地图。', '');
    const before = rows.filter((r) => !/翻两番|两个先行|社区学院|三改一拆|门前三包|两代表一委员|资源地图|全市首位/.test(r.quote));
    assert.deepEqual(missingFromCoverage(d, before), MISSING.map(([term]) => term));
  });

  it('the four villages 004 profiles are cases, named as printed', () => {
    const text = squash(seeds[seedOf('nbrb-jiangbei-clusters')]!);
    for (const village of ['金沙村', '公有村', '八字村', '南联村']) {
      const c = data.cases.find((x) => x.kind === 'village' && x.name['zh-Hans'] === village && x.sources.includes('nbrb-jiangbei-clusters'));
      assert.ok(c, village);
      assert.ok(text.includes(village), village);
    }
  });
});
