/**
 * Types of the records as widgets see them: the shapes of the schema with
 * only the fields widgets show (SHOWN_FIELDS) and every localized text
 * reduced to the string of one locale.
 */
import type * as S from './schema.js';

export const LOCALES = ['zh-Hans', 'en', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];


export const COLLECTIONS = ['sources', 'models', 'eras', 'events', 'cases', 'series', 'stats', 'schemes'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Replaces every localized text in T with a plain string. */
export type Localized<T> = T extends S.Text
  ? string
  : T extends readonly (infer U)[]
    ? Localized<U>[]
    : T extends object
      ? {[K in keyof T]: Localized<T[K]>}
      : T;

/** Keys whose string values are kept for checking only (verbatim quotes, evidence): `localize` drops them anywhere. */
export const PROVENANCE_KEYS = ['quote', 'evidence'] as const;

/** A field list: `true` keeps a field whole; an object keeps only its own fields of a nested object (or of each item of a list). */
export type Fields = {readonly [key: string]: true | Fields};

/**
 * The fields widgets show, per collection: only these ship to pages (the
 * bundled data, and a portal's own records as widgets read them). The rest of
 * data/*.json is for curation and checking and stays there: verbatim quotes
 * and numbers as printed, a source's contributors, article file, copy, page
 * and section, how a date was established (as printed, its basis, evidence,
 * earliest bound, note), a case's kind, an event's case, a series' label and
 * note, a figure's scope and notes, the sentences that make a scheme's links and
 * mentions.
 */
export const SHOWN_FIELDS = {
  sources: {id: true, paper: true, title: true, date: {value: true}},
  models: {id: true, kind: true, number: true, name: true, summary: true, description: true, related: true, sources: true},
  eras: {id: true, from: true, to: true, label: true, title: true, text: true, source: true},
  events: {id: true, date: true, qualifier: true, kind: true, title: true, text: true, dateNote: true, source: true},
  cases: {
    id: true,
    name: true,
    place: {district: true, town: true, locality: true},
    summary: true,
    models: true,
    editorialModels: true,
    people: {name: true, role: true, quote: true},
    partOf: true,
    sources: true,
  },
  series: {id: true, members: true},
  stats: {
    id: true,
    value: true,
    valueTo: true,
    measure: true,
    unit: true,
    qualifier: true,
    qualifierBeforeScale: true,
    label: true,
    case: true,
    asOf: {date: true, from: true, phrase: true},
    source: true,
  },
  schemes: {
    id: true,
    name: true,
    definition: true,
    quote: true,
    source: true,
    asOf: {date: true, from: true, phrase: true},
    parts: {name: true, group: true, basis: true},
    mentions: {source: true},
    links: {to: true, id: true, basis: true},
  },
} as const satisfies Record<Collection, Fields>;

/** T with only the fields `F` lists (nested objects, and each item of a list, by their own lists); optional stays optional. */
export type Shown<T, F> = F extends true
  ? T
  : T extends readonly (infer U)[]
    ? Shown<U, F>[]
    : T extends object
      ? {[K in keyof T as K extends keyof F ? K : never]: Shown<T[K], F[K & keyof F]>}
      : T;

/** A source; `url` (the article online) comes with a portal's own data only. */
export type SourceRecord = Localized<Shown<S.Source, typeof SHOWN_FIELDS.sources>> & {url?: string};
export type ModelRecord = Localized<Shown<S.Model, typeof SHOWN_FIELDS.models>>;
export type EraRecord = Localized<Shown<S.Era, typeof SHOWN_FIELDS.eras>>;
export type EventRecord = Localized<Shown<S.Event, typeof SHOWN_FIELDS.events>>;
export type CaseRecord = Localized<Shown<S.Case, typeof SHOWN_FIELDS.cases>>;
export type SeriesRecord = Localized<Shown<S.Series, typeof SHOWN_FIELDS.series>>;
export type StatRecord = Localized<Shown<S.Stat, typeof SHOWN_FIELDS.stats>>;
export type SchemeRecord = Localized<Shown<S.Scheme, typeof SHOWN_FIELDS.schemes>>;

export interface CollectionRecords {
  sources: SourceRecord;
  models: ModelRecord;
  eras: EraRecord;
  events: EventRecord;
  cases: CaseRecord;
  series: SeriesRecord;
  stats: StatRecord;
  schemes: SchemeRecord;
}
