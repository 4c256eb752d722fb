/**
 * A checked portal document as the widgets read data: its records alone, or
 * after the bundled data's (`with-bundled`); and fetching a document by URL,
 * bounded in time and size. Loaded with the checks (page-check.ts) only when
 * a page gives its own data (see own-data.ts); the one-file bundle has it
 * from the start.
 */
import {localize} from './localize.js';
import {Dataset} from './dataset.js';
import {COLLECTIONS, type Collection, type CollectionRecords, type Locale} from './types.js';
import type {DataSource} from './source.js';
import type {PageDocument} from './page-schema.js';
import {parsePageData, referenceProblems, type PageDataCheck} from './page-check.js';
import {PageDataProblem} from './problem.js';
import {MAX_DOCUMENT, tooLarge} from './snapshot.js';
import {provideChecker} from './own-data.js';
import {checkPageData} from './page-check.js';

export {checkPageData, parsePageData};

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

// Wherever this module is loaded (lazily by a widget, or at once by the bundle or a host), widgets check at once.
provideChecker({checkPageData, parsePageData, fetchPageData, pageDataSource, withBundledData});
