/**
 * The typed dataset that widgets read. Records come split by locale and
 * collection (see scripts/build-data.ts) and are loaded on demand, so a page
 * only fetches the locales and collections its widgets use; a widget that
 * names what it shows (its focus) gets just those records, in one request
 * (src/data/focus-load.ts). The import map of the whole collections is itself
 * loaded only when one is needed.
 */
import {loadFocus, peekFocus} from './focus-load.js';
import type {CaseRecord, Collection, CollectionRecords, Locale, SeriesRecord, StatRecord} from './types.js';

type Records = {[C in Collection]?: ReadonlyMap<string, CollectionRecords[C]>};

/** A stat's place in a series: the series and the member just before it, if any. */
export interface SeriesPosition {
  series: SeriesRecord;
  members: StatRecord[];
  previous: StatRecord | undefined;
}

/** Records by each key `keys` gives them, in data order. */
function groupBy<R>(records: Iterable<R>, keys: (record: R) => readonly string[]): Map<string, R[]> {
  const out = new Map<string, R[]>();
  for (const record of records) {
    for (const key of keys(record)) {
      const list = out.get(key);
      if (list) list.push(record);
      else out.set(key, [record]);
    }
  }
  return out;
}

/** Lookups over the loaded collections of one locale. */
export class Dataset {
  readonly locale: Locale;
  private readonly records: Records;
  /** Indexes of the lookups below, made on first use: each lookup then costs the same whatever the size of the data. */
  private seriesByStat: Map<string, SeriesRecord[]> | undefined;
  private casesByModel: Map<string, CaseRecord[]> | undefined;
  private statsByCase: Map<string, StatRecord[]> | undefined;

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
    const series = (this.seriesByStat ??= groupBy(this.map('series').values(), (s) => s.members)).get(statId)?.[0];
    if (!series) return undefined;
    const index = series.members.indexOf(statId);
    const members = series.members.map((id) => this.stat(id)).filter((s): s is StatRecord => s !== undefined);
    return {series, members, previous: index > 0 ? this.stat(series.members[index - 1]!) : undefined};
  }

  /** Cases that exemplify a model. */
  casesForModel(modelId: string): CaseRecord[] {
    return (this.casesByModel ??= groupBy(this.map('cases').values(), (c) => c.models)).get(modelId) ?? [];
  }

  /** Figures that belong to a case. */
  statsForCase(caseId: string): StatRecord[] {
    return (this.statsByCase ??= groupBy(this.map('stats').values(), (s) => (s.case === undefined ? [] : [s.case]))).get(caseId) ?? [];
  }
}

/** Collections at hand, so later widgets on the page can render at once (the one-file bundle gives its own, see provideCollections). */
let loaded = new Map<string, unknown[]>();
/** How a collection that is not at hand is loaded, when the one-file bundle says (see provideCollections). */
let loadProvided: ((locale: Locale, collection: Collection) => Promise<unknown[]>) | undefined;
/** Loads in flight or done. */
const cache = new Map<string, Promise<unknown[]>>();

const keyOf = (locale: Locale, collection: Collection) => `${locale}/${collection}`;

/** A collection's records if they are at hand; otherwise undefined. */
const peekCollection = (locale: Locale, collection: Collection): unknown[] | undefined => loaded.get(keyOf(locale, collection));

function loadCollection<C extends Collection>(locale: Locale, collection: C): Promise<CollectionRecords[C][]> {
  const key = keyOf(locale, collection);
  let pending = cache.get(key);
  if (!pending) {
    const ready = peekCollection(locale, collection);
    pending = ready
      ? Promise.resolve(ready)
      : loadProvided
        ? loadProvided(locale, collection).then((list) => (loaded.set(key, list), list))
        : import('./generated/loaders.js')
          .then(({loaders}) => loaders[locale][collection]())
          .then((module) => {
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
 * The one-file bundle's data: `collections` answers for each
 * `<locale>/<collection>` it holds, making it (parsing it, or for zh-Hant
 * converting it) when a widget first reads it, so a page makes only the
 * locales and collections it shows, and peeks answer at once; `load` gives
 * the others (the bundle's English, from beside it) instead of the ES
 * build's modules.
 */
export function provideCollections(collections: Map<string, unknown[]>, load: (locale: Locale, collection: Collection) => Promise<unknown[]>): void {
  loaded = collections;
  loadProvided = load;
}

/** A dataset of `collections`, each from `list`, when every one is there; otherwise undefined. */
/** The datasets made last, by locale and collections: the same lists give the same Dataset, so widgets share one (and its indexes). */
const made = new Map<string, {lists: unknown[][]; data: Dataset}>();

function datasetOf(locale: Locale, collections: readonly Collection[], list: (collection: Collection, index: number) => unknown[] | undefined): Dataset | undefined {
  const lists = collections.map(list);
  if (!lists.every(Boolean)) return undefined;
  const key = `${locale}/${collections.join()}`;
  const last = made.get(key);
  if (last && last.lists.every((l, i) => l === lists[i])) return last.data;
  const data = new Dataset(locale, Object.fromEntries(collections.map((c, i) => [c, lists[i]])));
  made.set(key, {lists: lists as unknown[][], data});
  return data;
}

/**
 * The collections of one locale if every one is at hand already, without
 * waiting; otherwise, with a `focus` key (src/data/focus.ts), its records
 * if they are; otherwise undefined.
 */
export function peekDataset(locale: Locale, collections: readonly Collection[], focus?: string): Dataset | undefined {
  return datasetOf(locale, collections, (c) => peekCollection(locale, c)) ?? datasetOf(locale, collections, (c) => peekFocus(locale, focus)?.[c]);
}

/**
 * Loads the given collections of one locale (each module once per page). With
 * a `focus` key, and the collections not at hand already, only the records
 * for it (one module), when the library has them; the whole collections
 * otherwise (an unknown id is then not found, as always).
 */
export async function loadDataset(locale: Locale, collections: readonly Collection[], focus?: string): Promise<Dataset> {
  if (focus !== undefined && !collections.every((c) => peekCollection(locale, c))) {
    const lists = await loadFocus(locale, focus);
    const data = lists && datasetOf(locale, collections, (c) => lists[c]);
    if (data) return data;
  }
  const lists = await Promise.all(collections.map((c) => loadCollection(locale, c)));
  return datasetOf(locale, collections, (_, i) => lists[i])!;
}
