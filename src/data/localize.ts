/**
 * From records as authored (every text in zh-Hans and en) to what widgets
 * read (each text one locale's string, provenance-only strings left out).
 * Pure, with no Node or DOM dependency: the build step uses it for the
 * bundled data, and a page's or a server's own data can go through it too.
 */
import {PROVENANCE_KEYS, STAT_PROVENANCE_KEYS, type Collection, type CollectionRecords, type Locale} from './types.js';

/** Authored text: Simplified Chinese as printed, English, and optionally Traditional Chinese. */
type AuthoredText = {'zh-Hans': string; en: string; 'zh-Hant'?: string};

const isText = (value: object): value is AuthoredText =>
  'zh-Hans' in value && 'en' in value && Object.keys(value).every((key) => key === 'zh-Hans' || key === 'en' || key === 'zh-Hant');

/**
 * Reduces every localized text in `value` to one locale's string and drops
 * provenance-only strings (verbatim quotes, evidence). Traditional Chinese is
 * the text's own `zh-Hant` when it has one, else `toHant` of its zh-Hans (a
 * converter given by the caller: the library never ships one to readers).
 */
export function localize(value: unknown, locale: Locale, toHant: (zhHans: string) => string = (text) => text): unknown {
  if (Array.isArray(value)) return value.map((item) => localize(item, locale, toHant));
  if (value === null || typeof value !== 'object') return value;
  if (isText(value)) return locale === 'zh-Hant' ? (value['zh-Hant'] ?? toHant(value['zh-Hans'])) : value[locale];
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, item]) => !((PROVENANCE_KEYS as readonly string[]).includes(key) && typeof item === 'string'))
      .map(([key, item]) => [key, localize(item, locale, toHant)])
  );
}

/** One collection of authored records as widgets read them in `locale`. */
export function localizeCollection<C extends Collection>(
  collection: C,
  records: readonly unknown[],
  locale: Locale,
  toHant?: (zhHans: string) => string
): CollectionRecords[C][] {
  let out = localize(records, locale, toHant) as Record<string, unknown>[];
  if (collection === 'stats') {
    out = out.map((r) => Object.fromEntries(Object.entries(r).filter(([key]) => !(STAT_PROVENANCE_KEYS as readonly string[]).includes(key))));
  }
  return out as unknown as CollectionRecords[C][];
}
