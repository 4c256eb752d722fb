/**
 * A portal's own data: the publishing schema and what turns a document into
 * what widgets read.
 *
 * The publishing schema is made from the curation schema (schema.ts), record
 * by record, with what a portal cannot be asked for relaxed: any subset of
 * collections; a source is a title, a publisher and a date (and optionally a
 * URL) instead of an article file; verbatim quotes and printed values are
 * optional; text is `zh-Hans` and `en`, with `zh-Hant` optional — absent, a
 * Traditional-Chinese reader sees the zh-Hans text (a converter is never
 * shipped to readers; the catalogue's data workbench derives zh-Hant when the
 * document is written). The document names its schema version.
 *
 * Everything is checked before a widget uses it, and every problem names its
 * place in the document (`stats[3].value`).
 */
import * as v from 'valibot';
import {Case, DATE_MESSAGE, Era, Event, Id, ID_MESSAGE, MAX_NAME, Model, Name, NonEmpty, PartialDate, Series, ShortText, Stat, Text} from './schema.js';
import {PageDataProblem, type PageDataProblemCode} from './problem.js';
import {MAX_DOCUMENT, MAX_RECORDS, snapshot, tooLarge} from './snapshot.js';
import {localizeCollection} from './localize.js';
import {Dataset} from './dataset.js';
import {COLLECTIONS, type Collection, type CollectionRecords, type Locale} from './types.js';
import type {DataSource} from './source.js';

/** The version of the publishing schema this library reads. */
export const PAGE_DATA_VERSION = 1;

export {PageDataProblem, type PageDataProblemCode, type PageDataReason} from './problem.js';
export {MAX_DOCUMENT, MAX_RECORDS} from './snapshot.js';

/** Text of a portal's document: zh-Hans and en, zh-Hant when the portal has it. */
export const PageText = v.pipe(
  v.strictObject({'zh-Hans': NonEmpty, en: NonEmpty, 'zh-Hant': v.optional(NonEmpty)}),
  v.description('Localized text: zh-Hans and en; zh-Hant optional (absent, readers of Traditional Chinese see zh-Hans).')
);

/** A name, title or label of a portal's document (at most MAX_NAME long). */
export const PageName = v.pipe(
  v.strictObject({'zh-Hans': ShortText, en: ShortText, 'zh-Hant': v.optional(ShortText)}),
  v.description(`Localized name or label, at most ${MAX_NAME} characters: zh-Hans and en; zh-Hant optional.`)
);

/** A link a widget may show: http or https only, so no `javascript:` or `data:` URL ever becomes a link. */
const HTTP_MESSAGE = 'only http and https links';
export const SafeUrl = v.pipe(v.string(), v.maxLength(2048), v.url('not a URL'), v.regex(/^https?:\/\//i, HTTP_MESSAGE));

/** A source as a portal gives it: who published what, when (null: not dated), and where to read it. */
export const PageSource = v.strictObject({
  id: Id,
  paper: PageName,
  title: PageName,
  date: v.nullable(PartialDate),
  url: v.optional(SafeUrl),
});

type AnySchema = v.GenericSchema;

/** A curation record's schema made a page record's: Text → PageText and Name → PageName throughout (bounds kept), the named fields optional. */
function relaxed(schema: AnySchema, optional: readonly string[] = []): AnySchema {
  const walk = (s: AnySchema): AnySchema => {
    if (s === (Text as unknown as AnySchema)) return PageText as unknown as AnySchema;
    if (s === (Name as unknown as AnySchema)) return PageName as unknown as AnySchema;
    const any = s as unknown as {type: string; entries?: Record<string, AnySchema>; wrapped?: AnySchema; item?: AnySchema; pipe?: AnySchema[]};
    switch (any.type) {
      case 'strict_object':
        return v.strictObject(Object.fromEntries(Object.entries(any.entries!).map(([k, e]) => [k, walk(e)]))) as unknown as AnySchema;
      case 'optional':
        return v.optional(walk(any.wrapped!)) as unknown as AnySchema;
      case 'nullable':
        return v.nullable(walk(any.wrapped!)) as unknown as AnySchema;
      case 'array': {
        // A list keeps its bounds (the actions of its pipe).
        const array = v.array(walk(any.item!)) as unknown as AnySchema;
        return any.pipe ? (v.pipe(array, ...(any.pipe.slice(1) as [])) as unknown as AnySchema) : array;
      }
      default:
        return s;
    }
  };
  const out = walk(schema) as unknown as {entries: Record<string, AnySchema>};
  return v.strictObject(Object.fromEntries(Object.entries(out.entries).map(([k, e]) => [k, optional.includes(k) ? v.optional(e) : e]))) as unknown as AnySchema;
}

/** A collection: at most MAX_RECORDS records. */
const list = (item: AnySchema) => v.optional(v.pipe(v.array(item), v.maxLength(MAX_RECORDS, `at most ${MAX_RECORDS} records`)));

/** The publishing schema: a portal's document. */
export const PageData = v.strictObject({
  schemaVersion: v.literal(PAGE_DATA_VERSION),
  sources: list(PageSource),
  models: list(relaxed(Model)),
  eras: list(relaxed(Era)),
  events: list(relaxed(Event, ['quote'])),
  cases: list(relaxed(Case)),
  series: list(relaxed(Series)),
  stats: list(relaxed(Stat, ['quote', 'printed'])),
});

/** `stats[3].value` from a valibot issue's path. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as {key: unknown}).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

export type PageDocument = {[C in Collection]?: Record<string, unknown>[]} & {schemaVersion: number};

/** The code of a schema issue: which rule of the publishing schema the value breaks. */
function issueCode(issue: v.BaseIssue<unknown>): PageDataProblemCode {
  switch (issue.type) {
    case 'strict_object':
      return issue.expected === 'never' ? 'unknown-field' : 'missing';
    case 'picklist':
    case 'literal':
      return 'not-one-of';
    case 'regex':
      return issue.message === ID_MESSAGE ? 'bad-id' : issue.message === DATE_MESSAGE ? 'bad-date' : issue.message === HTTP_MESSAGE ? 'unsafe-url' : 'bad-text';
    case 'url':
      return 'bad-url';
    case 'max_length':
      return Array.isArray(issue.input) ? 'too-many' : 'too-long';
    case 'min_length':
      return 'too-few';
    case 'integer':
      return 'not-integer';
    case 'min_value':
      return 'too-small';
    default:
      return issue.received === 'undefined' ? 'missing' : 'wrong-type';
  }
}

/** A schema issue as a problem with its path. */
function issueProblem(issue: v.BaseIssue<unknown>): PageDataProblem {
  const path = pathOf(issue);
  const code = issueCode(issue);
  const expected = code === 'not-one-of' || code === 'wrong-type' ? (issue.expected ?? undefined) : code === 'too-long' || code === 'too-many' ? String(issue.requirement) : undefined;
  return new PageDataProblem('invalid-data', path, `${path || '(document)'}: ${issue.message}`, code, expected);
}

/** Cross-record rules: unique ids in each collection, and every reference to a record of the document. */
function referenceProblems(doc: PageDocument, known?: Dataset): PageDataProblem[] {
  const problems: PageDataProblem[] = [];
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>(known?.all(c).map((r) => r.id))])) as Record<Collection, Set<string>>;
  for (const c of COLLECTIONS) {
    (doc[c] ?? []).forEach((record, i) => {
      const id = record['id'] as string;
      if (known?.get(c, id)) problems.push(new PageDataProblem('duplicate-id', `${c}[${i}].id`, `${c}[${i}].id: "${id}" is already a record of the bundled data`));
      else if (ids[c].has(id)) problems.push(new PageDataProblem('duplicate-id', `${c}[${i}].id`, `${c}[${i}].id: "${id}" is used twice`));
      ids[c].add(id);
    });
  }
  const refs: [Collection, string, Collection][] = [
    ['stats', 'source', 'sources'],
    ['stats', 'case', 'cases'],
    ['cases', 'models', 'models'],
    ['cases', 'partOf', 'cases'],
    ['cases', 'sources', 'sources'],
    ['models', 'related', 'models'],
    ['models', 'sources', 'sources'],
    ['eras', 'source', 'sources'],
    ['events', 'source', 'sources'],
    ['events', 'case', 'cases'],
    ['series', 'members', 'stats'],
  ];
  for (const [from, field, to] of refs) {
    (doc[from] ?? []).forEach((record, i) => {
      const value = record[field];
      const targets = Array.isArray(value) ? (value as string[]).map((id, j) => [id, `${from}[${i}].${field}[${j}]`] as const) : value === undefined ? [] : [[value as string, `${from}[${i}].${field}`] as const];
      for (const [id, path] of targets) {
        if (!ids[to].has(id)) problems.push(new PageDataProblem('missing-reference', path, `${path}: no ${to.replace(/s$/, '')} has the id "${id}" in this document`));
      }
    });
  }
  return problems;
}

/** The problem with a document's `schemaVersion`, if it has one. */
function versionProblem(value: unknown): PageDataProblem | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return new PageDataProblem('invalid-data', '', 'the data must be a JSON object with "schemaVersion" and collections such as "stats" and "cases"', 'wrong-type', 'Object');
  }
  const version = (value as {schemaVersion?: unknown}).schemaVersion;
  if (version === PAGE_DATA_VERSION) return undefined;
  return new PageDataProblem(
    'unsupported-version',
    'schemaVersion',
    version === undefined
      ? `schemaVersion: missing; this version of the widgets reads schemaVersion ${PAGE_DATA_VERSION}`
      : typeof version === 'number' && version > PAGE_DATA_VERSION
        ? `schemaVersion: ${version} is newer than this version of the widgets reads (${PAGE_DATA_VERSION}); update the widgets`
        : `schemaVersion: ${JSON.stringify(version)} is not a version of the publishing schema (this version of the widgets reads ${PAGE_DATA_VERSION})`,
    version === undefined ? 'missing' : 'unsupported-version',
    String(PAGE_DATA_VERSION)
  );
}

/** How a document is checked: `references: false` leaves ids and references to be checked against the bundled data too (`withBundledData`). */
export interface PageDataCheck {
  references?: boolean;
}

/**
 * The problems of a parsed document, in document order, and the checked
 * document when there are none: a wrong version alone (nothing else can be
 * read against a schema it was not written for), else the schema issues
 * (only the first unless `all`), and when the records are well formed, the
 * duplicate ids and missing references.
 */
function examine(input: unknown, all: boolean, {references = true}: PageDataCheck = {}): {doc?: PageDocument; problems: PageDataProblem[]} {
  let value: unknown;
  try {
    // A plain copy, read once: what is checked is what the widgets show.
    value = snapshot(input);
  } catch (error) {
    return {problems: [error as PageDataProblem]};
  }
  const version = versionProblem(value);
  if (version) return {problems: [version]};
  const result = v.safeParse(PageData, value, all ? undefined : {abortEarly: true});
  if (!result.success) return {problems: result.issues.map(issueProblem)};
  const doc = result.output as PageDocument;
  return {doc, problems: references ? referenceProblems(doc) : []};
}

/** Every problem of a parsed document, in document order; empty when the document can be used. */
export const pageDataProblems = (value: unknown): PageDataProblem[] => examine(value, true).problems;

/** Checks a parsed document; returns it, or throws the first problem with its path. */
export function checkPageData(value: unknown, check: PageDataCheck = {}): PageDocument {
  const {doc, problems} = examine(value, false, check);
  if (problems[0]) throw problems[0];
  return doc!;
}

/** Parses JSON text; a syntax error becomes an `invalid-json` problem. */
export function parsePageData(text: string, check: PageDataCheck = {}): PageDocument {
  if (text.length > MAX_DOCUMENT) throw tooLarge(`${text.length} characters`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PageDataProblem('invalid-json', undefined, `the data is not valid JSON: ${(error as Error).message}`);
  }
  return checkPageData(value, check);
}

/** A page source as the widgets read sources. */
function sourceRecord(source: Record<string, unknown>): Record<string, unknown> {
  const date = source['date'] as string | null;
  return {...source, contributors: [], date: {printed: null, value: date, basis: date === null ? 'unknown' : 'printed'}};
}

/**
 * A data source over a checked document: it answers synchronously (no loading
 * state) in every locale, with every collection the document lacks empty.
 */
export function pageDataSource(doc: PageDocument): DataSource {
  const datasets = new Map<Locale, Dataset>();
  const dataset = (locale: Locale) => {
    let data = datasets.get(locale);
    if (!data) {
      const collections = Object.fromEntries(
        COLLECTIONS.map((c) => {
          const records = (doc[c] ?? []).map((r) => (c === 'sources' ? sourceRecord(r) : r));
          return [c, localizeCollection(c, records, locale)];
        })
      ) as {[C in Collection]: CollectionRecords[C][]};
      datasets.set(locale, (data = new Dataset(locale, collections)));
    }
    return data;
  };
  return {peek: (locale) => dataset(locale), load: async (locale) => dataset(locale)};
}

/**
 * A checked document together with the bundled data (`with-bundled`): every
 * collection is the bundled records followed by the document's. The
 * document's ids and references are checked against both once the bundled
 * data of a locale is at hand: a reference to a bundled record is good, an id
 * the bundled data already has is a `duplicate-id` (nothing is overridden).
 * Checked without its references (`checkPageData(doc, {references: false})`).
 */
export function withBundledData(doc: PageDocument, bundled: DataSource): DataSource {
  const datasets = new Map<Locale, Dataset>();
  const own = pageDataSource(doc);
  const combine = (locale: Locale, base: Dataset): Dataset => {
    let data = datasets.get(locale);
    if (data) return data;
    const [problem] = referenceProblems(doc, base);
    if (problem) throw problem;
    const page = own.peek(locale, COLLECTIONS)!;
    const collections = Object.fromEntries(COLLECTIONS.map((c) => [c, [...base.all(c), ...page.all(c)]])) as {[C in Collection]: CollectionRecords[C][]};
    datasets.set(locale, (data = new Dataset(locale, collections)));
    return data;
  };
  return {
    peek: (locale) => {
      const base = bundled.peek(locale, COLLECTIONS);
      if (!base) return undefined;
      try {
        return combine(locale, base);
      } catch {
        return undefined; // load() reports the problem
      }
    },
    load: async (locale) => combine(locale, await bundled.load(locale, COLLECTIONS)),
  };
}

/** A data source that fails with a problem: each load rejects with it, nothing is at hand. */
export function failingDataSource(problem: PageDataProblem): DataSource {
  return {peek: () => undefined, load: () => Promise.reject(problem)};
}

/** How long a `src` may take before the widget gives up, in milliseconds (settable for tests and slow intranets). */
export const pageDataOptions = {timeoutMs: 10000};

/** The body of a response as text, read no further than MAX_DOCUMENT characters. */
async function boundedText(response: Response): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > MAX_DOCUMENT * 3) throw tooLarge(`${declared} bytes`);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const {done, value} = await reader.read();
    text += decoder.decode(value, {stream: !done});
    if (text.length > MAX_DOCUMENT) {
      void reader.cancel();
      throw tooLarge('more characters than that');
    }
    if (done) return text;
  }
}

/** Fetches and checks the document at `url`; failures are problems with reasons. The timeout covers the whole body. */
export async function fetchPageData(url: string, timeoutMs = pageDataOptions.timeoutMs, check: PageDataCheck = {}): Promise<PageDocument> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let text: string;
  try {
    let response: Response;
    try {
      response = await fetch(url, {signal: controller.signal, credentials: 'same-origin', headers: {Accept: 'application/json'}});
    } catch (error) {
      throw controller.signal.aborted
        ? new PageDataProblem('timeout', undefined, `${url}: no answer within ${timeoutMs / 1000} s`)
        : new PageDataProblem('network-error', undefined, `${url}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new PageDataProblem('http-error', undefined, `${url}: HTTP ${response.status} ${response.statusText}`.trim());
    const type = response.headers.get('Content-Type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
      throw new PageDataProblem('wrong-content-type', undefined, `${url}: served as "${type || 'no Content-Type'}", not application/json`);
    }
    try {
      text = await boundedText(response);
    } catch (error) {
      if (error instanceof PageDataProblem) throw error;
      throw controller.signal.aborted
        ? new PageDataProblem('timeout', undefined, `${url}: not all of it came within ${timeoutMs / 1000} s`)
        : new PageDataProblem('network-error', undefined, `${url}: ${(error as Error).message}`);
    }
  } finally {
    clearTimeout(timer);
  }
  return parsePageData(text, check);
}
