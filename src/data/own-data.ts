/**
 * Where a widget's data comes from when the page gives its own: the `data`
 * property, else `src`, else an inline `<script type="application/json">`
 * block. The same input gives the same source object (one check, one
 * request per page), so a widget reloads only when its input changes.
 *
 * Choosing a source never throws: whatever the input does (a getter or Proxy
 * that throws, a `src` that is not a URL), the answer is a source that fails
 * with a problem the widget shows and reports.
 */
import {bundledData, type DataSource} from './source.js';
import {checkPageData, failingDataSource, fetchPageData, PageDataProblem, pageDataSource, parsePageData, withBundledData, type PageDataCheck, type PageDocument} from './page.js';

/** What a widget was given: `data`, `src`, the text of an inline block, and whether the bundled data is added (`with-bundled`). */
export interface OwnDataInput {
  data: unknown;
  src: string | undefined;
  /** The text of the widget's inline data block, or undefined when it has none (read only when `data` and `src` are unset). */
  inline: () => string | undefined;
  bundled: boolean;
}

/** Sources by input, one cache per whether the bundled data is added. */
const objectSources = [new WeakMap<object, DataSource>(), new WeakMap<object, DataSource>()] as const;
const textSources = new Map<string, DataSource>();
const urlSources = new Map<string, DataSource>();

/** The source of a checked document: its records alone, or after the bundled data's (`with-bundled`). */
const documentSource = (doc: PageDocument, bundled: boolean) => (bundled ? withBundledData(doc, bundledData) : pageDataSource(doc));

/** A source that fails with `error`, made a problem if it is not one. */
function failing(error: unknown): DataSource {
  return failingDataSource(error instanceof PageDataProblem ? error : new PageDataProblem('invalid-data', '', `the data could not be read`, 'unreadable'));
}

/** A checked document's source, or one that fails with the problem found. */
function checked(check: (options: PageDataCheck) => PageDocument, bundled: boolean): DataSource {
  try {
    // With the bundled data, ids and references are checked against it too, once it is loaded.
    return documentSource(check({references: !bundled}), bundled);
  } catch (error) {
    return failing(error);
  }
}

function sourceForObject(value: unknown, bundled: boolean): DataSource {
  // Not an object (a string, say): the same value must give the same source, or each update would check it again.
  if (typeof value !== 'object' || value === null) return sourceForText(`not an object: ${typeof value}`, bundled, (options) => checkPageData(value, options));
  const cache = objectSources[bundled ? 1 : 0];
  let source = cache.get(value);
  if (!source) cache.set(value, (source = checked((options) => checkPageData(value, options), bundled)));
  return source;
}

/** How many inline texts the page keeps checked: enough for every block of a page, bounded for pages that rewrite theirs. */
const TEXT_SOURCES_KEPT = 64;

function sourceForText(text: string, bundled: boolean, check = (options: PageDataCheck) => parsePageData(text, options)): DataSource {
  const key = `${bundled ? 'with bundled' : 'own'}\n${text}`;
  let source = textSources.get(key);
  if (source) {
    // Most recently used last, so the oldest text is the one forgotten.
    textSources.delete(key);
  } else {
    source = checked(check, bundled);
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
    (pending ??= fetchPageData(url, undefined, {references: !bundled}).then(
      (doc) => (ready = documentSource(doc, bundled)),
      (error: unknown) => {
        pending = undefined;
        throw error;
      }
    ));
  source = {
    peek: (locale, collections) => ready?.peek(locale, collections),
    load: async (locale, collections) => (await fetchOnce()).load(locale, collections),
  };
  urlSources.set(key, source);
  return source;
}

/** The source of the page's own data for a widget, or undefined when it has none (it then shows its `dataSource`). */
export function ownDataSource({data, src, inline, bundled}: OwnDataInput): DataSource | undefined {
  try {
    if (data !== undefined && data !== null) return sourceForObject(data, bundled);
    const url = src?.trim();
    // (A server renderer has no document to resolve against.)
    if (url) {
      let href = url;
      try {
        if (typeof document !== 'undefined') href = new URL(url, document.baseURI).href;
      } catch {
        // As fetch() would say of it.
        return failingDataSource(new PageDataProblem('network-error', undefined, `src="${url}" is not a URL`));
      }
      return sourceForUrl(href, bundled);
    }
    const text = inline();
    return text === undefined ? undefined : sourceForText(text, bundled);
  } catch (error) {
    return failing(error);
  }
}
