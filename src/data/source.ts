/**
 * Where a widget's data comes from. A source answers synchronously when it
 * already can (data loaded before, the one-file bundle after its first load,
 * data handed in as a property) and asynchronously otherwise. The bundled
 * data is the default source of every widget.
 *
 * A widget that shows one record also names it (`focus`, a key of
 * src/data/focus.ts such as `cases/kuangyan-south`): a source may then answer
 * with just the records for it, complete for what the widget shows. The
 * bundled data does so on ES pages; a source may ignore it and answer with
 * every record, as a portal's own data does.
 */
import {loadDataset, peekDataset, type Dataset} from './dataset.js';
import type {Collection, Locale} from './types.js';

export interface DataSource {
  /** The collections of a locale if they are at hand now, without waiting; otherwise undefined. */
  peek(locale: Locale, collections: readonly Collection[], focus?: string): Dataset | undefined;
  /** Loads the collections of a locale (each source keeps its own cache). */
  load(locale: Locale, collections: readonly Collection[], focus?: string): Promise<Dataset>;
}

/** The data bundled with the library, split per locale and collection, loaded on demand. */
export const bundledData: DataSource = {peek: peekDataset, load: loadDataset};
