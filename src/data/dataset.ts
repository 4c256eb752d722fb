/**
 * The typed dataset that widgets read. Records come split by locale and
 * collection (see scripts/build-data.ts) and are loaded on demand, so a page
 * only fetches the locales and collections its widgets use.
 */
import {loaders} from './generated/loaders.js';
import type {CaseRecord, Collection, CollectionRecords, Locale, SeriesRecord, StatRecord} from './types.js';

type Records = {[C in Collection]?: ReadonlyMap<string, CollectionRecords[C]>};

/** A stat's place in a series: the series and the member just before it, if any. */
export interface SeriesPosition {
  series: SeriesRecord;
  members: StatRecord[];
  previous: StatRecord | undefined;
}

/** Lookups over the loaded collections of one locale. */
export class Dataset {
  readonly locale: Locale;
  private readonly records: Records;

  constructor(locale: Locale, collections: {[C in Collection]?: readonly CollectionRecords[C][]}) {
    this.locale = locale;
    const records: Record<string, ReadonlyMap<string, unknown>> = {};
    for (const [name, list] of Object.entries(collections)) {
      records[name] = new Map((list as readonly {id: string}[]).map((record) => [record.id, record]));
    }
    this.records = records as Records;
  }

  private map<C extends Collection>(collection: C): ReadonlyMap<string, CollectionRecords[C]> {
    const map = this.records[collection] as ReadonlyMap<string, CollectionRecords[C]> | undefined;
    if (!map) throw new Error(`alliance-widgets: the "${collection}" collection was not loaded`);
    return map;
  }

  /** Every record of a collection, in data order. */
  all<C extends Collection>(collection: C): CollectionRecords[C][] {
    return [...this.map(collection).values()];
  }

  /** One record by id, or undefined. */
  get<C extends Collection>(collection: C, id: string): CollectionRecords[C] | undefined {
    return this.map(collection).get(id);
  }

  stat(id: string) {
    return this.get('stats', id);
  }

  source(id: string) {
    return this.get('sources', id);
  }

  /** The series a stat belongs to and the figure reported before it. */
  seriesOf(statId: string): SeriesPosition | undefined {
    for (const series of this.map('series').values()) {
      const index = series.members.indexOf(statId);
      if (index === -1) continue;
      const members = series.members.map((id) => this.stat(id)).filter((s): s is StatRecord => s !== undefined);
      return {series, members, previous: index > 0 ? this.stat(series.members[index - 1]!) : undefined};
    }
    return undefined;
  }

  /** Cases that exemplify a model. */
  casesForModel(modelId: string): CaseRecord[] {
    return this.all('cases').filter((c) => c.models.includes(modelId));
  }

  /** Figures that belong to a case. */
  statsForCase(caseId: string): StatRecord[] {
    return this.all('stats').filter((s) => s.case === caseId);
  }
}

/** Collections parsed already, so later widgets on the page can render at once. */
const loaded = new Map<string, unknown[]>();
/** Collections at hand but not parsed yet (the one-file bundle's): each is parsed when first used. */
const provided = new Map<string, () => unknown[]>();
/** Loads in flight or done. */
const cache = new Map<string, Promise<unknown[]>>();

const keyOf = (locale: Locale, collection: Collection) => `${locale}/${collection}`;

/** Makes zh-Hant records from zh-Hans ones, when the page has the table for it (the one-file bundle). */
let hantOf: ((zhHans: unknown[]) => unknown[]) | undefined;

/** A collection's records if they are at hand, parsing (or, for zh-Hant, converting) them on first use; otherwise undefined. */
function peekCollection(locale: Locale, collection: Collection): unknown[] | undefined {
  const key = keyOf(locale, collection);
  let list = loaded.get(key);
  const make = provided.get(key);
  if (!list && make) {
    loaded.set(key, (list = make()));
    provided.delete(key);
  }
  if (!list && locale === 'zh-Hant' && hantOf) {
    const zhHans = peekCollection('zh-Hans', collection);
    if (zhHans) loaded.set(key, (list = hantOf(zhHans)));
  }
  return list;
}

function loadCollection<C extends Collection>(locale: Locale, collection: C): Promise<CollectionRecords[C][]> {
  const key = keyOf(locale, collection);
  let pending = cache.get(key);
  if (!pending) {
    const ready = peekCollection(locale, collection);
    pending = ready
      ? Promise.resolve(ready)
      : loaders[locale][collection]().then((module) => {
          const list = JSON.parse(module.default) as unknown[];
          loaded.set(key, list);
          return list;
        });
    // A failed load may succeed later (e.g. a flaky network): do not keep the failure.
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending as Promise<CollectionRecords[C][]>;
}

/**
 * Makes collections at hand without loading (the one-file bundle holds them
 * all, as JSON text): each is parsed when a widget first reads it, so a page
 * parses only the locales and collections it shows; peeks answer at once.
 */
export function provideCollections(json: {[L in Locale]?: {[C in Collection]?: string}}): void {
  for (const [locale, collections] of Object.entries(json) as [Locale, {[C in Collection]?: string}][]) {
    for (const [collection, text] of Object.entries(collections) as [Collection, string][]) {
      if (!loaded.has(keyOf(locale, collection))) provided.set(keyOf(locale, collection), () => JSON.parse(text) as unknown[]);
    }
  }
}

/**
 * Makes the zh-Hant collections at hand wherever the zh-Hans ones are, by
 * `convert` (the one-file bundle's table, src/data/hant.ts): each is made
 * when a widget first reads it.
 */
export function provideHant(convert: (zhHans: unknown[]) => unknown[]): void {
  hantOf = convert;
}

/** The collections of one locale if every one is at hand already, without waiting; otherwise undefined. */
export function peekDataset(locale: Locale, collections: readonly Collection[]): Dataset | undefined {
  const lists = collections.map((c) => peekCollection(locale, c));
  if (lists.some((list) => list === undefined)) return undefined;
  return new Dataset(locale, Object.fromEntries(collections.map((c, i) => [c, lists[i]])));
}

/** Loads the given collections of one locale (each module once per page). */
export async function loadDataset(locale: Locale, collections: readonly Collection[]): Promise<Dataset> {
  const lists = await Promise.all(collections.map((c) => loadCollection(locale, c)));
  return new Dataset(locale, Object.fromEntries(collections.map((c, i) => [c, lists[i]])));
}
