/**
 * Where a widget's data comes from when the page gives its own: the `data`
 * property, else `src`, else an inline `<script type="application/json">`
 * block. The same input gives the same source object (one check, one
 * request per page), so a widget reloads only when its input changes.
 *
 * The checks and the publishing schema (valibot, the problem texts:
 * page-source.ts and what it imports) are loaded only when a page gives its
 * own data, from the library's own folder (checks-loader.ts; the one-file
 * bundle's from the file beside it); where they are at hand already (a page
 * that imported them, or loaded them for another widget) the data is checked
 * at once and shows in the first frame.
 *
 * Choosing a source never throws: whatever the input does (a getter or Proxy
 * that throws, a `src` that is not a URL), the answer is a source that fails
 * with a problem the widget shows and reports.
 */
import {bundledData, type DataSource} from './source.js';
import {PageDataProblem, tooLarge} from './problem.js';
import {MAX_DOCUMENT} from './bounds.js';
import type {PageDataCheck} from './page-check.js';
import type {PageDocument} from './page-schema.js';
import {loadChecks} from './checks-loader.js';

/** What a widget was given: `data`, `src`, the text of an inline block, and whether the bundled data is added (`with-bundled`). */
export interface OwnDataInput {
  data: unknown;
  src: string | undefined;
  /** The text of the widget's inline data block, or undefined when it has none (read only when `data` and `src` are unset). */
  inline: () => string | undefined;
  bundled: boolean;
}

type Checks = typeof import('./page-source.js');
/** What the widgets need of the checks. */
export type Checker = Pick<Checks, 'checkPageData' | 'parsePageData' | 'fetchPageData' | 'pageDataSource' | 'withBundledData'>;
let checker: Checker | undefined;
let loadingChecker: Promise<Checker> | undefined;

/** Makes the checks at hand without loading them (page-source.ts itself, when a page imported it). */
export function provideChecker(module: Checker): void {
  checker = module;
}

const loadChecker = (): Promise<Checker> =>
  (loadingChecker ??= loadChecks().then(
    (module) => (checker ??= module),
    (error: unknown) => {
      // Not loaded (a file missing, the network): the next widget tries again.
      loadingChecker = undefined;
      throw error;
    }
  ));

/** A data source that fails with a problem: each load rejects with it, nothing is at hand. */
export function failingDataSource(problem: PageDataProblem): DataSource {
  return {peek: () => undefined, load: () => Promise.reject(problem)};
}

/** A source that fails with `error`, made a problem if it is not one. */
function failing(error: unknown): DataSource {
  return failingDataSource(error instanceof PageDataProblem ? error : new PageDataProblem('invalid-data', '', 'the data could not be read', 'unreadable'));
}

/** The source `make` builds with the checks: at once when they are at hand, else once they have loaded. */
function withChecker(make: (checks: Checker) => DataSource): DataSource {
  if (checker) return make(checker);
  let made: DataSource | undefined;
  const ready = (checks: Checker) => (made ??= make(checks));
  return {
    peek: (locale, collections) => (checker ? ready(checker).peek(locale, collections) : undefined),
    load: async (locale, collections) => ready(await loadChecker()).load(locale, collections),
  };
}

/** A checked document's source (its records, or after the bundled data's), or one that fails with the problem found. */
function checked(check: (checks: Checker, options: PageDataCheck) => PageDocument, bundled: boolean): DataSource {
  return withChecker((checks) => {
    try {
      // With the bundled data, ids and references are checked against it too, once it is loaded.
      const doc = check(checks, {references: !bundled});
      return bundled ? checks.withBundledData(doc, bundledData) : checks.pageDataSource(doc);
    } catch (error) {
      return failing(error);
    }
  });
}

/** Sources by input, one cache per whether the bundled data is added. */
const objectSources = [new WeakMap<object, DataSource>(), new WeakMap<object, DataSource>()] as const;
const textSources = new Map<string, DataSource>();
const urlSources = new Map<string, DataSource>();

function sourceForObject(value: unknown, bundled: boolean): DataSource {
  // Not an object (a string, say): the same value must give the same source, or each update would check it again.
  if (typeof value !== 'object' || value === null) return sourceForText(`not an object: ${typeof value}`, bundled, (checks, options) => checks.checkPageData(value, options));
  const cache = objectSources[bundled ? 1 : 0];
  let source = cache.get(value);
  if (!source) cache.set(value, (source = checked((checks, options) => checks.checkPageData(value, options), bundled)));
  return source;
}

/** How many inline texts the page keeps checked: enough for every block of a page, bounded for pages that rewrite theirs. */
const TEXT_SOURCES_KEPT = 64;

function sourceForText(text: string, bundled: boolean, check = (checks: Checker, options: PageDataCheck) => checks.parsePageData(text, options)): DataSource {
  // Too large to check, or to keep as a key: refused at once (and by its length, so the widget keeps one source for it).
  const large = text.length > MAX_DOCUMENT;
  const key = large ? `too large\n${text.length}` : `${bundled ? 'with bundled' : 'own'}\n${text}`;
  let source = textSources.get(key);
  if (source) {
    // Most recently used last, so the oldest text is the one forgotten.
    textSources.delete(key);
  } else {
    source = large ? failingDataSource(tooLarge(`${text.length} characters`)) : checked(check, bundled);
    if (textSources.size >= TEXT_SOURCES_KEPT) textSources.delete(textSources.keys().next().value!);
  }
  textSources.set(key, source);
  return source;
}

/** @internal How many inline texts are kept checked now (for tests). */
export const keptTextSources = () => textSources.size;

/** A document fetched once per URL; a failed fetch is tried again by the next widget that asks. */
function sourceForUrl(url: string, bundled: boolean): DataSource {
  const key = `${bundled ? 'with bundled' : 'own'}\n${url}`;
  let source = urlSources.get(key);
  if (source) return source;
  let ready: DataSource | undefined;
  let pending: Promise<DataSource> | undefined;
  const fetchOnce = () =>
    (pending ??= loadChecker()
      .then(async (checks) => {
        const doc = await checks.fetchPageData(url, undefined, {references: !bundled});
        return (ready = bundled ? checks.withBundledData(doc, bundledData) : checks.pageDataSource(doc));
      })
      .catch((error: unknown) => {
        pending = undefined;
        throw error;
      }));
  source = {
    peek: (locale, collections) => ready?.peek(locale, collections),
    load: async (locale, collections) => (await fetchOnce()).load(locale, collections),
  };
  urlSources.set(key, source);
  return source;
}

/**
 * The source of the page's own data for a widget, or undefined when it has
 * none (it then shows its `dataSource`). The same input always gives the same
 * source: a new one makes the widget load again.
 */
export function ownDataSource({data, src, inline, bundled}: OwnDataInput): DataSource | undefined {
  try {
    if (data !== undefined && data !== null) return sourceForObject(data, bundled);
    const url = src?.trim();
    if (url) {
      let href = url;
      try {
        // (A server renderer has no document to resolve against.)
        if (typeof document !== 'undefined') href = new URL(url, document.baseURI).href;
      } catch {
        // As fetch() would say of it (one source per such src, as for any other input).
        let source = urlSources.get(`not a URL\n${url}`);
        if (!source) urlSources.set(`not a URL\n${url}`, (source = failingDataSource(new PageDataProblem('network-error', undefined, `src="${url}" is not a URL`))));
        return source;
      }
      return sourceForUrl(href, bundled);
    }
    const text = inline();
    return text === undefined ? undefined : sourceForText(text, bundled);
  } catch (error) {
    return failing(error);
  }
}
