/**
 * The named schemes (data/schemes.json): each one the issue names is there,
 * each quote is verbatim in its article, each part is printed in the quote
 * that defines it, each article link is made by a sentence of the scheme's
 * articles, the names keep their characters in zh-Hant, and data/COVERAGE.md
 * lists every scheme with its seed. Expectations come from the seeds and
 * OpenCC's character table, not from the build's converter; every check is
 * also run on a broken copy, so it is shown to fail where it should.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import * as OpenCC from 'opencc-js';
import {readData, readSeeds} from '../../scripts/lib/data-files.js';
import {checkDataset} from '../../src/data/check.js';
import {loadDataset} from '../../src/data/dataset.js';
import type {AllianceData, Scheme} from '../../src/data/schema.js';

const data = readData() as unknown as AllianceData;
const seeds = readSeeds();
const fresh = () => structuredClone(data);
const coverage = readFileSync(new URL('../../data/COVERAGE.md', import.meta.url), 'utf8');
const squash = (text: string) => text.replace(/\s+/g, '');

/** The seed texts a quote under `sourceId` may come from: the article and any copy of the same page. */
function seedsOf(d: AllianceData, sourceId: string): string[] {
  const source = d.sources.find((s) => s.id === sourceId);
  if (!source) return [];
  const root = source.copyOf ?? source.id;
  return d.sources.filter((s) => s.id === root || s.copyOf === root).map((s) => squash(seeds[s.seed] ?? ''));
}

/** Every quote of the schemes that is not verbatim where it should be. */
function quoteProblems(d: AllianceData): string[] {
  const problems: string[] = [];
  for (const s of d.schemes) {
    const inSeed = (quote: string, sources: string[]) => sources.some((id) => seedsOf(d, id).some((t) => t.includes(squash(quote))));
    if (!inSeed(s.quote['zh-Hans'], [s.source])) problems.push(`${s.id}: quote not in the seed of ${s.source}`);
    for (const m of s.mentions ?? []) if (!inSeed(m.quote, [m.source])) problems.push(`${s.id}: mention not in the seed of ${m.source}`);
    const articles = [s.source, ...(s.mentions ?? []).map((m) => m.source)];
    for (const l of s.links ?? []) {
      if (l.basis === 'article' && !(l.quote && inSeed(l.quote, articles))) problems.push(`${s.id} → ${l.id}: the tie is not quoted from its articles`);
    }
    for (const p of s.parts ?? []) {
      for (const name of [p.name['zh-Hans'], p.group?.['zh-Hans']]) {
        if (name !== undefined && !squash(s.quote['zh-Hans']).includes(squash(name))) problems.push(`${s.id}: part ${name} not in its quote`);
      }
    }
  }
  return problems;
}

/** The schemes the issue names, as the articles print them. */
const NAMED = ['五化协同', '“1+1”', '20条', '四联三不变', '三会', '五联', '六个一', '1+X+N', '7+N'];
const missingNamed = (d: AllianceData) => NAMED.filter((name) => !d.schemes.some((s) => s.name['zh-Hans'].includes(name)));

describe('schemes', () => {
  it('every scheme the issue names is a record, its name as printed in its article', () => {
    assert.deepEqual(missingNamed(data), []);
    for (const s of data.schemes) {
      const printed = s.name['zh-Hans'].replace(/^“([^”]+)”$/, '$1');
      assert.ok(seedsOf(data, s.source).some((t) => t.includes(squash(printed))), `${s.id}: ${printed} is not printed in its article`);
    }
  });

  it('fails when one of them is missing', () => {
    const d = fresh();
    d.schemes = d.schemes.filter((s) => s.id !== 'three-meetings');
    assert.deepEqual(missingNamed(d), ['三会']);
  });

  it('every quote is verbatim in its article, every part in its quote, every article link quoted from the scheme’s articles', () => {
    assert.deepEqual(quoteProblems(data), []);
    assert.deepEqual(checkDataset(data, seeds), []);
  });

  it('fails on a reworded quote, a part that is not printed, and an unquoted tie, here and in the build’s check', () => {
    const d = fresh();
    const at = (id: string) => d.schemes.findIndex((s) => s.id === id);
    const byId = (id: string) => d.schemes[at(id)]!;
    byId('three-meetings').quote['zh-Hans'] = byId('three-meetings').quote['zh-Hans'].replace('季度专题会', '季度专题会议');
    byId('five-joint-tasks').parts![0]!.name['zh-Hans'] = '党员联学';
    delete byId('four-links-three-unchanged').links![0]!.quote;
    assert.deepEqual(quoteProblems(d), [
      'four-links-three-unchanged → kuangyan-south: the tie is not quoted from its articles',
      'three-meetings: quote not in the seed of nbrb-common-prosperity-party-building',
      'five-joint-tasks: part 党员联学 not in its quote',
    ]);
    assert.deepEqual(
      checkDataset(d, seeds).map((p) => `${p.code} ${p.at}`),
      [`link-unproved schemes[${at('four-links-three-unchanged')}].links[0]`, `quote-not-in-seed schemes[${at('three-meetings')}].quote`, `part-not-in-quote schemes[${at('five-joint-tasks')}].parts[0]`]
    );
  });

  it('the build’s check refuses an editorial link without its reason, a link to nothing, and a scheme with no date and no note', () => {
    const d = fresh();
    const s = d.schemes[0]!;
    s.links = [
      {to: 'cases', id: 'kuangyan-south', basis: 'editorial'},
      {to: 'models', id: 'no-such-model', basis: 'editorial', note: {'zh-Hans': '编者关联。', en: 'Editorial.'}},
    ];
    delete (s.asOf as Scheme['asOf']).note;
    assert.deepEqual(
      checkDataset(d, seeds).map((p) => `${p.code} ${p.at}`),
      ['missing-as-of schemes[0].asOf', 'link-unproved schemes[0].links[0]', 'dangling-reference schemes[0].links[1].id']
    );
  });

  it('a part the article does not state as one is marked editorial: the four 联 of 四联三不变', () => {
    const s = data.schemes.find((x) => x.id === 'four-links-three-unchanged')!;
    const by = (group: string) => s.parts!.filter((p) => p.group?.['zh-Hans'] === group).map((p) => `${p.name['zh-Hans']} ${p.basis}`);
    assert.deepEqual(by('三不变'), ['管理层级不变 article', '资产属性不变 article', '账务核算不变 article']);
    assert.deepEqual(by('四联'), ['党建联盟 editorial', '产业联动 editorial', '规划联体 editorial', '社会联治 editorial']);
  });

  it('ships the shown fields only: the defining quote and its translation, not the sentences behind links and mentions', async () => {
    const shipped = (await loadDataset('en', ['schemes'])).all('schemes');
    assert.equal(shipped.length, data.schemes.length);
    const s = shipped.find((x) => x.id === 'seven-plus-n')!;
    assert.equal(s.quote, data.schemes.find((x) => x.id === 'seven-plus-n')!.quote.en);
    assert.deepEqual(s.mentions, [{source: 'nbrb-red-engine-grassroots'}]);
    assert.ok(s.links!.every((l) => Object.keys(l).join() === 'to,id,basis'));
  });
});

// ---------------------------------------------------------------------------
// Traditional Chinese: the names as printed
// ---------------------------------------------------------------------------

/** OpenCC's character table (STCharacters) and Taiwan variants, without the phrase table. */
const [, stCharacters] = OpenCC.Locale.from.cn![0] as unknown as [string, string];
const charForms = new Map<string, Set<string>>();
for (const entry of stCharacters.split('|')) {
  const [from, ...to] = entry.split(/\s+/);
  charForms.set(from!, new Set(to));
}
const twVariant = new Map<string, string>();
for (const entry of (OpenCC.Locale.to.tw![0] as unknown as string[]).join('|').split('|')) {
  const [from, to] = entry.split(/\s+/);
  if (from && to && [...from].length === 1 && [...to].length === 1) twVariant.set(from, to);
}
const MARKS: Record<string, string> = {'“': '「', '”': '」', '‘': '『', '’': '』'};
function allowed(c: string): Set<string> {
  const forms = new Set([c, ...(charForms.get(c) ?? []), ...(MARKS[c] ? [MARKS[c]] : [])]);
  for (const f of [...forms]) if (twVariant.has(f)) forms.add(twVariant.get(f)!);
  return forms;
}
const toHans = OpenCC.Converter({from: 'tw', to: 'cn'});
const unmark = (text: string) => text.replace(/[「」『』]/g, (c) => Object.keys(MARKS).find((k) => MARKS[k] === c)!);

/** The names of a scheme (its name, each part and group) in zh-Hans, by path. */
function names(d: AllianceData): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of d.schemes) {
    out.set(`${s.id}.name`, s.name['zh-Hans']);
    s.parts?.forEach((p, i) => {
      out.set(`${s.id}.parts[${i}].name`, p.name['zh-Hans']);
      if (p.group) out.set(`${s.id}.parts[${i}].group`, p.group['zh-Hans']);
    });
  }
  return out;
}

/** The same names as shipped in zh-Hant, by path. */
async function hantNames(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const s of (await loadDataset('zh-Hant', ['schemes'])).all('schemes')) {
    out.set(`${s.id}.name`, s.name);
    s.parts?.forEach((p, i) => {
      out.set(`${s.id}.parts[${i}].name`, p.name);
      if (p.group) out.set(`${s.id}.parts[${i}].group`, p.group);
    });
  }
  return out;
}

/** Every name that zh-Hant does not keep as printed: a character turned into one that is not its Traditional form, or a word replaced. */
function alteredNames(hans: Map<string, string>, hant: Map<string, string>): string[] {
  const problems: string[] = [];
  for (const [at, text] of hans) {
    const converted = hant.get(at) ?? '';
    const a = [...text];
    const b = [...converted];
    const back = [...toHans(unmark(converted))];
    const ok = a.length === b.length && a.every((c, i) => allowed(c).has(b[i]!) && (back[i] === c || b[i] === c));
    if (!ok) problems.push(`${at}: ${text} → ${converted}`);
  }
  return problems;
}

describe('scheme names in Traditional Chinese', () => {
  it('every name, part and group keeps its characters as printed in the shipped zh-Hant data', async () => {
    const hant = await hantNames();
    assert.equal(hant.size, names(data).size);
    assert.deepEqual(alteredNames(names(data), hant), []);
    assert.equal(hant.get('four-links-three-unchanged.name'), '「四聯三不變」');
  });

  it('fails on Taiwan phrase substitution (twp), which rewords four of the parts', () => {
    const twp = OpenCC.Converter({from: 'cn', to: 'twp'});
    const reworded = new Map([...names(data)].map(([at, name]) => [at, twp(name).replace(/[“”‘’]/g, (c) => MARKS[c]!)]));
    assert.deepEqual(alteredNames(names(data), reworded), [
      'five-way-coordination.parts[1].name: 制度化运行 → 制度化執行',
      'five-way-coordination.parts[3].name: 项目化履职 → 專案化履職',
      'six-ones.parts[1].name: 有一批带富项目 → 有一批帶富專案',
      'six-ones.parts[2].name: 有一群帮富对象 → 有一群幫富物件',
    ]);
  });

  it('fails on a name changed in conversion', async () => {
    const hant = await hantNames();
    hant.set('six-ones.name', '「六個壹」');
    hant.set('one-x-n-team.parts[1].name', '若干位成員');
    assert.deepEqual(alteredNames(names(data), hant), ['six-ones.name: “六个一” → 「六個壹」', 'one-x-n-team.parts[1].name: 若干名成员 → 若干位成員']);
  });
});

// ---------------------------------------------------------------------------
// data/COVERAGE.md
// ---------------------------------------------------------------------------

/** The rows of COVERAGE's schemes section: | name (`id`) | seed | 「quote」 | … | */
const coverageRows = (markdown: string) =>
  [...(markdown.split(/^## Schemes/m)[1] ?? '').matchAll(/^\|[^|\n]*\(`([a-z0-9-]+)`\)\s*\|\s*(\d{3})\s*\|\s*「([^\n]+?)」\s*\|/gm)].map((m) => ({id: m[1]!, seed: m[2]!, quote: m[3]!}));

function coverageProblems(d: AllianceData, markdown: string): string[] {
  const rows = coverageRows(markdown);
  const problems: string[] = [];
  for (const s of d.schemes) {
    const row = rows.find((r) => r.id === s.id);
    const seed = d.sources.find((x) => x.id === s.source)!.seed;
    if (!row) problems.push(`${s.id}: not in COVERAGE`);
    else if (!seed.startsWith(row.seed)) problems.push(`${s.id}: COVERAGE names seed ${row.seed}, the data ${seed.slice(0, 3)}`);
    else if (squash(row.quote) !== squash(s.quote['zh-Hans'])) problems.push(`${s.id}: COVERAGE quotes another sentence than the data`);
  }
  return problems;
}

describe('COVERAGE lists the schemes', () => {
  it('every scheme, with the seed and the sentence its quote comes from', () => {
    assert.deepEqual(coverageProblems(data, coverage), []);
  });

  it('fails on a scheme left out', () => {
    const d = fresh();
    d.schemes.push({...d.schemes[0]!, id: 'new-scheme'});
    assert.deepEqual(coverageProblems(d, coverage), ['new-scheme: not in COVERAGE']);
  });
});
