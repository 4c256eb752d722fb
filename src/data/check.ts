/**
 * Whole-dataset checks: the schema, then the rules that span records and that
 * JSON Schema cannot express. Used by `scripts/build-data.ts` (which refuses to
 * build on any problem) and by the tests. Pure: no I/O, runs in Node and in
 * browsers.
 */
import * as v from 'valibot';
import {AllianceData, type PartialDate, type Source} from './schema.js';

export type ProblemCode =
  | 'schema'
  | 'missing-locale-text'
  | 'missing-source'
  | 'missing-as-of'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'date-too-precise'
  | 'date-unproved'
  | 'as-of-after-source'
  | 'quote-not-in-seed'
  | 'printed-not-in-quote'
  | 'printed-value-mismatch'
  | 'series-mismatch'
  | 'part-not-in-quote'
  | 'link-unproved'
  | 'paper-unproved';

export interface Problem {
  code: ProblemCode;
  /** Where: e.g. `stats[3].asOf` or `stats#workshop-employment`. */
  at: string;
  message: string;
}

/** Article texts by seed file name, for checking quotes. */
export type Seeds = Record<string, string>;

const LOCALES_IN_DATA = ['zh-Hans', 'en'] as const;

/** Removes all white space, so a quote matches across the seeds' hard line breaks. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/** Precision of a partial date: 1 year, 2 month, 3 day. */
export const precisionOf = (date: PartialDate) => date.split('-').length;

/** Precision of a date as printed on a page ("2021年12月06日 星期一" → 3). */
export function printedPrecision(printed: string): number {
  if (/\d{1,2}日/.test(printed)) return 3;
  if (/\d{1,2}月/.test(printed)) return 2;
  if (/\d{4}年/.test(printed)) return 1;
  return 0;
}

/** Reads the printed date into YYYY-MM-DD form, as far as it goes. */
export function printedToPartialDate(printed: string): string | null {
  const m = /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/.exec(printed);
  if (!m) return null;
  return [m[1], m[2], m[3]]
    .filter((part): part is string => part !== undefined)
    .map((part, i) => (i === 0 ? part : part.padStart(2, '0')))
    .join('-');
}

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = {十: 10, 百: 100, 千: 1000};
const BIG_UNITS: Record<string, number> = {万: 1e4, 亿: 1e8};

/** Chinese numeral below 10,000 (e.g. 三十六, 百, 十): null when not one. */
function smallChinese(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null) return null;
      digit = DIGITS[ch]!;
    } else if (ch in SMALL_UNITS) {
      total += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Reads a number as the article prints it: "647", "4.55万", "29.3亿", "82.98%",
 * "八成" (80 %), "百万", "三四万" (a range, 30,000–40,000), "100余万" (1,000,000,
 * the 余 being the figure's qualifier). Returns null when it
 * cannot be read, so the check reports it rather than guessing.
 */
export function parsePrinted(printed: string): {value: number; valueTo?: number} | null {
  // 余/多 inside a number ("100余万") qualifies it; the qualifier field keeps that, the value is 100万.
  let text = printed.trim().replace(/^(\d+(?:\.\d+)?)[余多](?=[万亿])/, '$1');
  let scale = 1;
  if (text.endsWith('%')) text = text.slice(0, -1);
  else if (text.endsWith('成')) {
    text = text.slice(0, -1);
    scale = 10;
  }
  const big = text.slice(-1);
  if (big in BIG_UNITS) {
    scale *= BIG_UNITS[big]!;
    text = text.slice(0, -1);
  }
  if (/^\d+(?:\.\d+)?$/.test(text)) return {value: round(Number(text) * scale)};
  // A range of two adjacent digits, e.g. 三四 (three or four).
  const range = /^([一二两三四五六七八九])([一二两三四五六七八九])$/.exec(text);
  if (range) {
    return {value: round(DIGITS[range[1]!]! * scale), valueTo: round(DIGITS[range[2]!]! * scale)};
  }
  const n = smallChinese(text);
  return n === null ? null : {value: round(n * scale)};
}

/** Maps a valibot issue to the problem a data author should read. */
function fromSchemaIssue(issue: v.BaseIssue<unknown>): Problem {
  const keys = (issue.path ?? []).map((item) => String(item.key));
  const at = keys.reduce((acc, key) => (/^\d+$/.test(key) ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key), '');
  const last = keys.at(-1);
  const missing = issue.input === undefined;
  let code: ProblemCode = 'schema';
  if (missing && last !== undefined && (LOCALES_IN_DATA as readonly string[]).includes(last)) code = 'missing-locale-text';
  else if (missing && (last === 'source' || last === 'sources')) code = 'missing-source';
  else if (missing && last === 'asOf') code = 'missing-as-of';
  return {code, at, message: issue.message};
}

/**
 * Checks a whole dataset. `seeds` (article texts by file name) enables the
 * quote checks; without it they are skipped. Returns every problem found, an
 * empty list when the data is sound.
 */
export function checkDataset(input: unknown, seeds?: Seeds): Problem[] {
  const parsed = v.safeParse(AllianceData, input);
  if (!parsed.success) return parsed.issues.map(fromSchemaIssue);
  const data = parsed.output;
  const problems: Problem[] = [];
  const report = (code: ProblemCode, at: string, message: string) => problems.push({code, at, message});

  // Ids are unique within each collection.
  const ids = {} as Record<keyof typeof data, Set<string>>;
  for (const key of Object.keys(data) as (keyof typeof data)[]) {
    const seen = new Set<string>();
    data[key].forEach((record, i) => {
      if (seen.has(record.id)) report('duplicate-id', `${key}[${i}]`, `${key} id "${record.id}" is used twice`);
      seen.add(record.id);
    });
    ids[key] = seen;
  }
  const ref = (kind: keyof typeof data, id: string | undefined, at: string) => {
    if (id !== undefined && !ids[kind].has(id)) report('dangling-reference', at, `no ${kind} record has id "${id}"`);
  };

  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const seedTexts = (source: Source | undefined): string[] => {
    if (!seeds || !source) return [];
    // A quote may come from any copy of the same page (see data/ERRATA.md).
    const family = data.sources.filter(
      (s) => s.id === source.id || s.copyOf === source.id || (source.copyOf !== undefined && (s.id === source.copyOf || s.copyOf === source.copyOf))
    );
    return family.map((s) => seeds[s.seed]).filter((t): t is string => t !== undefined).map(squash);
  };
  const checkQuote = (quote: string, source: Source | undefined, at: string) => {
    const texts = seedTexts(source);
    if (seeds && source && !texts.some((t) => t.includes(squash(quote)))) {
      report('quote-not-in-seed', at, `quote does not occur in ${source.seed}: “${quote.slice(0, 40)}…”`);
    }
  };
  /** The date a source can vouch for, with its precision. */
  const sourceDate = (source: Source | undefined) => source?.date.value ?? null;

  data.sources.forEach((source, i) => {
    const at = `sources[${i}].date`;
    const {printed, value, basis, evidence, note, notBefore} = source.date;
    ref('sources', source.copyOf, `sources[${i}].copyOf`);
    if (seeds && !(source.seed in seeds)) report('dangling-reference', `sources[${i}].seed`, `no seed file ${source.seed}`);
    if (basis === 'printed') {
      if (printed === null || value === null) {
        report('date-unproved', at, 'basis "printed" needs both the printed date and its value');
      } else if (precisionOf(value) > printedPrecision(printed)) {
        report('date-too-precise', at, `"${value}" is more precise than the page prints ("${printed}")`);
      } else if (!printedToPartialDate(printed)?.startsWith(value)) {
        report('date-unproved', at, `"${value}" does not match the printed date "${printed}"`);
      }
    } else {
      if (printed !== null) report('date-unproved', at, `the page prints a date ("${printed}"): use basis "printed"`);
      if (!note) report('date-unproved', at, `basis "${basis}" needs a note saying how the date was established`);
      if (basis === 'inferred' && (value === null || !evidence)) {
        report('date-unproved', at, 'an inferred date needs its value and the sentence that proves it');
      }
      if (basis === 'unknown' && value !== null) {
        report('date-too-precise', at, `the article prints no date and none is proved, so the value must be null, not "${value}"`);
      }
      if ((notBefore !== undefined || basis === 'inferred') && !evidence) {
        report('date-unproved', at, 'a date bound needs the sentence that proves it');
      }
    }
    if (evidence) checkQuote(evidence, source, `${at}.evidence`);
    const paperAt = `sources[${i}].paperBasis`;
    if (source.paperBasis === 'inferred' && !source.paperNote) report('paper-unproved', paperAt, 'an inferred paper needs a paperNote saying how its name was established');
    if (source.paperBasis !== 'inferred' && source.paperNote) report('paper-unproved', paperAt, 'a paperNote belongs to an inferred paper: set paperBasis "inferred" or remove the note');
    if (seeds && source.seed in seeds) {
      const printed = seedTexts(source).some((t) => t.includes(squash(source.paper['zh-Hans'])));
      if (!printed && source.paperBasis !== 'inferred') report('paper-unproved', paperAt, `${source.seed} does not print “${source.paper['zh-Hans']}”: set paperBasis "inferred" and say how in paperNote`);
      if (printed && source.paperBasis === 'inferred') report('paper-unproved', paperAt, `${source.seed} prints “${source.paper['zh-Hans']}”: the paper's name is printed, not inferred`);
    }
  });

  data.models.forEach((model, i) => {
    model.sources.forEach((id, j) => ref('sources', id, `models[${i}].sources[${j}]`));
    model.related?.forEach((id, j) => ref('models', id, `models[${i}].related[${j}]`));
  });

  data.eras.forEach((era, i) => ref('sources', era.source, `eras[${i}].source`));

  data.events.forEach((event, i) => {
    ref('sources', event.source, `events[${i}].source`);
    ref('cases', event.case, `events[${i}].case`);
    checkQuote(event.quote, sources.get(event.source), `events[${i}].quote`);
  });

  data.cases.forEach((c, i) => {
    c.sources.forEach((id, j) => ref('sources', id, `cases[${i}].sources[${j}]`));
    c.models.forEach((id, j) => ref('models', id, `cases[${i}].models[${j}]`));
    c.editorialModels?.forEach((id, j) => {
      if (!c.models.includes(id)) report('dangling-reference', `cases[${i}].editorialModels[${j}]`, `"${id}" is not one of the case's models`);
    });
    ref('cases', c.partOf, `cases[${i}].partOf`);
  });

  const stats = new Map(data.stats.map((s) => [s.id, s]));
  data.stats.forEach((stat, i) => {
    const at = `stats[${i}]`;
    const source = sources.get(stat.source);
    ref('sources', stat.source, `${at}.source`);
    ref('cases', stat.case, `${at}.case`);
    if (stat.asOf.date === null && !stat.asOf.note) {
      report('missing-as-of', `${at}.asOf`, 'a figure without an as-of date needs a note saying why the date is unknown');
    }
    const published = sourceDate(source);
    if (stat.asOf.date !== null && published !== null && stat.asOf.date.slice(0, published.length) > published) {
      report('as-of-after-source', `${at}.asOf`, `as-of ${stat.asOf.date} is later than the article (${published})`);
    }
    if (stat.asOf.date !== null && source && source.date.value === null && !stat.asOf.note) {
      report('date-unproved', `${at}.asOf`, 'the article is undated: say how the as-of date is known');
    }
    if (!stat.quote.includes(stat.printed)) {
      report('printed-not-in-quote', `${at}.printed`, `"${stat.printed}" does not occur in the quote`);
    }
    // 余 and 多 inside the printed number (100余万): the qualifier names which, and says it stands before the scale word.
    const inside = /\d([余多])([万亿])?/.exec(stat.printed);
    if (inside && stat.qualifier !== (inside[1] === '余' ? 'more-than' : 'more')) {
      report('printed-value-mismatch', `${at}.qualifier`, `"${stat.printed}" reads "more than" with ${inside[1]}: the qualifier must be "${inside[1] === '余' ? 'more-than' : 'more'}"`);
    }
    if (Boolean(inside?.[2]) !== Boolean(stat.qualifierBeforeScale)) {
      report('printed-value-mismatch', `${at}.qualifierBeforeScale`, inside?.[2] ? `"${stat.printed}" has its qualifier before ${inside[2]}: set qualifierBeforeScale` : `"${stat.printed}" has no qualifier before a scale word`);
    }
    const read = parsePrinted(stat.printed);
    if (!read || read.value !== stat.value || read.valueTo !== stat.valueTo) {
      report('printed-value-mismatch', `${at}.value`, `printed "${stat.printed}" does not read as ${stat.value}${stat.valueTo === undefined ? '' : `–${stat.valueTo}`}`);
    }
    checkQuote(stat.quote, source, `${at}.quote`);
  });

  data.series.forEach((series, i) => {
    series.members.forEach((id, j) => ref('stats', id, `series[${i}].members[${j}]`));
    const members = series.members.map((id) => stats.get(id)).filter((s) => s !== undefined);
    const [first] = members;
    if (!first) return;
    for (const m of members) {
      // Same measure and the same unit in English; Chinese counter words may differ (247家 → 835个).
      if (m.measure !== first.measure || m.unit?.en !== first.unit?.en) {
        report('series-mismatch', `series[${i}]`, `"${m.id}" is not measured like "${first.id}"`);
      }
    }
    for (let j = 1; j < members.length; j++) {
      const before = members[j - 1]!.asOf.date;
      const after = members[j]!.asOf.date;
      if (before !== null && after !== null && before > after) {
        report('series-mismatch', `series[${i}].members`, `members are not in time order (${before} after ${after})`);
      }
    }
  });

  data.schemes.forEach((scheme, i) => {
    const at = `schemes[${i}]`;
    const source = sources.get(scheme.source);
    ref('sources', scheme.source, `${at}.source`);
    checkQuote(scheme.quote['zh-Hans'], source, `${at}.quote`);
    if (scheme.asOf.date === null && !scheme.asOf.note) {
      report('missing-as-of', `${at}.asOf`, 'a scheme without an as-of date needs a note saying why the date is unknown');
    }
    const published = sourceDate(source);
    if (scheme.asOf.date !== null && published !== null && scheme.asOf.date.slice(0, published.length) > published) {
      report('as-of-after-source', `${at}.asOf`, `as-of ${scheme.asOf.date} is later than the article (${published})`);
    }
    // Each part, and its group's name, is printed in the quote that defines the scheme.
    const quoted = squash(scheme.quote['zh-Hans']);
    scheme.parts?.forEach((part, j) => {
      for (const name of [part.name['zh-Hans'], part.group?.['zh-Hans']]) {
        if (name !== undefined && !quoted.includes(squash(name))) report('part-not-in-quote', `${at}.parts[${j}]`, `"${name}" does not occur in the scheme's quote`);
      }
    });
    scheme.mentions?.forEach((mention, j) => {
      ref('sources', mention.source, `${at}.mentions[${j}].source`);
      checkQuote(mention.quote, sources.get(mention.source), `${at}.mentions[${j}].quote`);
    });
    const articles = [scheme.source, ...(scheme.mentions ?? []).map((m) => m.source)];
    scheme.links?.forEach((link, j) => {
      const where = `${at}.links[${j}]`;
      ref(link.to, link.id, `${where}.id`);
      if (link.to === 'schemes' && link.id === scheme.id) report('dangling-reference', `${where}.id`, 'a scheme does not link to itself');
      if (link.basis === 'article') {
        if (!link.quote) report('link-unproved', where, 'an article link needs the sentence that makes the tie');
        else if (seeds && !articles.some((id) => seedTexts(sources.get(id)).some((t) => t.includes(squash(link.quote!))))) {
          report('quote-not-in-seed', `${where}.quote`, `the tie is not in the scheme's articles: “${link.quote.slice(0, 40)}…”`);
        }
      } else if (!link.note) {
        report('link-unproved', where, 'an editorial link needs a note saying why it is made');
      }
    });
  });

  return problems;
}
