/**
 * Types of the records as widgets see them: the same shapes as the schema,
 * with every localized text reduced to the string of one locale and the
 * provenance-only fields (verbatim quotes, evidence) left out.
 */
import type * as S from './schema.js';

export const LOCALES = ['zh-Hans', 'en', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];

/** What an event of the timeline is (the schema's picklist, and `kinds` on <timeline-view>). */
export const EVENT_KINDS = ['conference', 'launch', 'policy', 'target', 'milestone', 'award', 'campaign'] as const;

export const COLLECTIONS = ['sources', 'models', 'eras', 'events', 'cases', 'series', 'stats'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Replaces every localized text in T with a plain string. */
export type Localized<T> = T extends S.Text
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? {[K in keyof T]: Localized<T[K]>}
      : T;

/** Keys whose string values are kept for checking only and not shipped to pages (in any record). */
export const PROVENANCE_KEYS = ['quote', 'evidence'] as const;
/** The same for figures only: the number as printed. */
export const STAT_PROVENANCE_KEYS = ['printed'] as const;

/** A source; `url` (the article online) comes with a portal's own data only. */
export type SourceRecord = Localized<Omit<S.Source, 'date'>> & {date: Localized<Omit<S.SourceDate, 'evidence'>>; url?: string};
export type ModelRecord = Localized<S.Model>;
export type EraRecord = Localized<S.Era>;
export type EventRecord = Localized<Omit<S.Event, 'quote'>>;
export type CaseRecord = Localized<S.Case>;
export type SeriesRecord = Localized<S.Series>;
export type StatRecord = Localized<Omit<S.Stat, 'quote' | 'printed'>>;

export interface CollectionRecords {
  sources: SourceRecord;
  models: ModelRecord;
  eras: EraRecord;
  events: EventRecord;
  cases: CaseRecord;
  series: SeriesRecord;
  stats: StatRecord;
}
