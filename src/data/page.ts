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
import {Case, DATE_MESSAGE, Era, Event, Id, ID_MESSAGE, Model, NonEmpty, PartialDate, Series, Stat, Text} from './schema.js';
import {localize} from './localize.js';
import {Dataset} from './dataset.js';
import {COLLECTIONS, type Collection, type CollectionRecords, type Locale} from './types.js';
import type {DataSource} from './source.js';

/** The version of the publishing schema this library reads. */
export const PAGE_DATA_VERSION = 1;

/** Text of a portal's document: zh-Hans and en, zh-Hant when the portal has it. */
export const PageText = v.pipe(
  v.strictObject({'zh-Hans': NonEmpty, en: NonEmpty, 'zh-Hant': v.optional(NonEmpty)}),
  v.description('Localized text: zh-Hans and en; zh-Hant optional (absent, readers of Traditional Chinese see zh-Hans).')
);

/** A link a widget may show: http or https only, so no `javascript:` or `data:` URL ever becomes a link. */
const HTTP_MESSAGE = 'only http and https links';
export const SafeUrl = v.pipe(v.string(), v.url('not a URL'), v.regex(/^https?:\/\//i, HTTP_MESSAGE), v.maxLength(2048));

/** A source as a portal gives it: who published what, when (null: not dated), and where to read it. */
export const PageSource = v.strictObject({
  id: Id,
  paper: PageText,
  title: PageText,
  date: v.nullable(PartialDate),
  url: v.optional(SafeUrl),
});

type AnySchema = v.GenericSchema;

/** A curation record's schema made a page record's: Text → PageText throughout, the named fields optional. */
function relaxed(schema: AnySchema, optional: readonly string[] = []): AnySchema {
  const walk = (s: AnySchema): AnySchema => {
    if (s === (Text as unknown as AnySchema)) return PageText as unknown as AnySchema;
    const any = s as unknown as {type: string; entries?: Record<string, AnySchema>; wrapped?: AnySchema; item?: AnySchema; pipe?: unknown[]};
    switch (any.type) {
      case 'strict_object':
        return v.strictObject(Object.fromEntries(Object.entries(any.entries!).map(([k, e]) => [k, walk(e)]))) as unknown as AnySchema;
      case 'optional':
        return v.optional(walk(any.wrapped!)) as unknown as AnySchema;
      case 'nullable':
        return v.nullable(walk(any.wrapped!)) as unknown as AnySchema;
      case 'array':
        return v.array(walk(any.item!)) as unknown as AnySchema;
      default:
        return s;
    }
  };
  const out = walk(schema) as unknown as {entries: Record<string, AnySchema>};
  return v.strictObject(Object.fromEntries(Object.entries(out.entries).map(([k, e]) => [k, optional.includes(k) ? v.optional(e) : e]))) as unknown as AnySchema;
}

/** Bounds that keep a hostile document from making a page unusable. */
const MAX_RECORDS = 2000;
const MAX_RECORDS_MESSAGE = `at most ${MAX_RECORDS} records`;
const list = (item: AnySchema) => v.optional(v.pipe(v.array(item), v.maxLength(MAX_RECORDS, MAX_RECORDS_MESSAGE)));

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

/** Why a document cannot be used, and where. */
export type PageDataReason =
  | 'invalid-json'
  | 'unsupported-version'
  | 'invalid-data'
  | 'missing-reference'
  | 'duplicate-id'
  | 'http-error'
  | 'network-error'
  | 'timeout'
  | 'wrong-content-type';

/**
 * What exactly is wrong at a problem's path, for a message in the reader's
 * language (the data workbench words each one): a field that is missing or
 * not in the schema, a value of the wrong type or not one of the allowed
 * values, an id, date, text or link of the wrong form, a list too long, and
 * the document-level reasons.
 */
export type PageDataProblemCode =
  | 'missing'
  | 'unknown-field'
  | 'wrong-type'
  | 'not-one-of'
  | 'bad-id'
  | 'bad-text'
  | 'bad-date'
  | 'bad-url'
  | 'unsafe-url'
  | 'too-long'
  | 'too-many'
  | 'too-few'
  | 'not-integer'
  | 'too-small'
  | PageDataReason;

/** A problem with a portal's data: its reason, its place in the document (`stats[3].value`) and a sentence for the webmaster. */
export class PageDataProblem extends Error {
  constructor(
    readonly reason: PageDataReason,
    readonly path: string | undefined,
    message: string,
    /** What is wrong at `path` (defaults to the reason). */
    readonly code: PageDataProblemCode = reason,
    /** What the schema expects there, as valibot words it (e.g. `number`, `"count" | "amount"`), when that helps. */
    readonly expected?: string
  ) {
    super(message);
    this.name = 'PageDataProblem';
  }
}

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
      return issue.message === MAX_RECORDS_MESSAGE ? 'too-many' : 'too-long';
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
  return new PageDataProblem('invalid-data', path, `${path || '(document)'}: ${issue.message}`, code, code === 'not-one-of' || code === 'wrong-type' ? issue.expected ?? undefined : undefined);
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
function examine(value: unknown, all: boolean, {references = true}: PageDataCheck = {}): {doc?: PageDocument; problems: PageDataProblem[]} {
  const version = versionProblem(value);
  if (version) return {problems: [version]};
  const result = v.safeParse(PageData, value, all ? undefined : {abortEarly: true});
  if (!result.success) return {problems: result.issues.map(issueProblem)};
  // The checked copy, so a host that changes its object later cannot slip unchecked records in.
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
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PageDataProblem('invalid-json', undefined, `the data is not valid JSON: ${(error as Error).message}`);
  }
  return checkPageData(value, check);
}

/** A page source in the shape of a bundled one (its date a `{value}`), so it reads as the widgets read sources. */
function sourceRecord(source: Record<string, unknown>): Record<string, unknown> {
  return {...source, date: {value: source['date'] as string | null}};
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
          // Localized only: the fields widgets do not read (SHOWN_FIELDS) stay unread, not worth the code to drop them in the page.
          return [c, localize(records, locale)];
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

/** Fetches and checks the document at `url`; failures are problems with reasons. */
export async function fetchPageData(url: string, timeoutMs = pageDataOptions.timeoutMs, check: PageDataCheck = {}): Promise<PageDocument> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {signal: controller.signal, credentials: 'same-origin', headers: {Accept: 'application/json'}});
  } catch (error) {
    throw controller.signal.aborted
      ? new PageDataProblem('timeout', undefined, `${url}: no answer within ${timeoutMs / 1000} s`)
      : new PageDataProblem('network-error', undefined, `${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw new PageDataProblem('http-error', undefined, `${url}: HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('Content-Type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new PageDataProblem('wrong-content-type', undefined, `${url}: served as "${type || 'no Content-Type'}", not application/json`);
  }
  return parsePageData(await response.text(), check);
}
