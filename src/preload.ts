/**
 * Loads a locale's messages and bundled data ahead of rendering, so that
 * every widget in that locale renders at once, without a loading state: on a
 * server before rendering HTML, or in a page before widgets appear.
 */
import {bundledData, type DataSource} from './data/source.js';
import {COLLECTIONS, type Collection} from './data/types.js';
import {resolveLocale, type Locale} from './localization/localization.js';
import {loadMessages} from './localization/runtime.js';

export async function preloadLocale(
  locale: Locale | string,
  collections: readonly Collection[] = COLLECTIONS,
  source: DataSource = bundledData
): Promise<void> {
  const resolved = resolveLocale(locale);
  await Promise.all([loadMessages(resolved), source.load(resolved, collections)]);
}
