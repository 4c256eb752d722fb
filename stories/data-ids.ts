/**
 * Every id a webmaster can write in a widget's attributes, read from the data
 * (data/*.json), with its Chinese and English labels. The catalogue's id
 * controls, its "数据索引 / Data ids" page and docs/ids.md
 * (`scripts/ids-index.ts`) are all built from this module, so none of them
 * is a hand-typed list.
 */
import stats from '../data/stats.json' with {type: 'json'};
import cases from '../data/cases.json' with {type: 'json'};
import models from '../data/models.json' with {type: 'json'};
import timeline from '../data/timeline.json' with {type: 'json'};
import schemes from '../data/schemes.json' with {type: 'json'};
import {figureText} from '../src/shared/figure.js';
import type {StatRecord as ShownStat} from '../src/data/types.js';
import {templates as en} from '../src/generated/locales/en.js';
import {withLocale} from '../src/localization/runtime.js';
import {DEFAULT_INTL} from '../src/locales.js';

/** Text of the data: Simplified Chinese as printed, English translated. */
interface Text {
  'zh-Hans': string;
  en: string;
}

/** One id with its labels. */
export interface IdEntry {
  /** The id, as written in an attribute. */
  id: string;
  /** Simplified Chinese label. */
  zh: string;
  /** English label. */
  en: string;
  /** A grouping (a model's or case's kind), when the collection has one. */
  group?: string;
}

/** A figure's id with its value and date. */
export interface StatEntry extends IdEntry {
  /** The value as the widget shows it in Chinese (`超过4.55万人`). */
  valueZh: string;
  /** The value as the widget shows it in English (`over 45,500 people`, `more than 300 jobs`). */
  valueEn: string;
  /** When the figure applies: a date or period (`2024-01 – 2024-07-01`), or the article's phrase when it gives no date. */
  asOf: string;
}

interface StatRecord {
  id: string;
  value: number;
  valueTo?: number | null;
  qualifier?: string | null;
  measure: string;
  unit?: Text | null;
  printed: string;
  label: Text;
  asOf: {date: string | null; from?: string; phrase?: Text};
}

/** The figure as the widget writes it in `locale` (「超过4.55万人」, "over 45,500 people"). */
function shownValue(s: StatRecord, locale: 'zh-Hans' | 'en'): string {
  const record = {...s, unit: s.unit?.[locale], qualifier: s.qualifier ?? undefined, valueTo: s.valueTo ?? undefined} as unknown as ShownStat;
  const context = {locale, intl: DEFAULT_INTL[locale], templates: locale === 'en' ? en : undefined};
  return withLocale(context, () => figureText(record, locale));
}

function statEntry(s: StatRecord): StatEntry {
  const when = s.asOf.date ? (s.asOf.from ? `${s.asOf.from} – ${s.asOf.date}` : s.asOf.date) : '';
  const phrase = s.asOf.phrase ? `“${s.asOf.phrase['zh-Hans']}” / “${s.asOf.phrase.en}”` : '';
  return {
    id: s.id,
    zh: s.label['zh-Hans'],
    en: s.label.en,
    valueZh: shownValue(s, 'zh-Hans'),
    valueEn: shownValue(s, 'en'),
    asOf: when || (phrase ? `undated: ${phrase}` : 'undated'),
  };
}

/** Every figure (`<case-stat stat>`), in the order of the data. */
export const STAT_IDS: readonly StatEntry[] = (stats.stats as StatRecord[]).map(statEntry);

/** Every case (`<case-study-card case>`), in the order of the data. */
export const CASE_IDS: readonly IdEntry[] = cases.cases.map((c) => ({id: c.id, zh: c.name['zh-Hans'], en: c.name.en, group: c.kind}));

/** Every model (`<alliance-model-card model>`), in the order of the data. */
export const MODEL_IDS: readonly IdEntry[] = models.models.map((m) => ({id: m.id, zh: m.name['zh-Hans'], en: m.name.en, group: m.kind}));

/** Every scheme (`<alliance-scheme scheme-id>`), in the order of the data. */
export const SCHEME_IDS: readonly IdEntry[] = schemes.schemes.map((s) => ({id: s.id, zh: s.name['zh-Hans'], en: s.name.en}));

/** The kinds of models (`<alliance-model-card kind>`), in the order they first appear. */
export const MODEL_KINDS: readonly string[] = [...new Set(models.models.map((m) => m.kind))];

/** Every era (`<timeline-view eras>`), in the order of the data. */
export const ERA_IDS: readonly IdEntry[] = timeline.eras.map((e) => ({id: e.id, zh: `${e.label['zh-Hans']} ${e.title['zh-Hans']}`, en: `${e.label.en} ${e.title.en}`}));

/** The kinds of events the timeline has (`<timeline-view kinds>`), in the order they first appear. */
export const EVENT_KINDS: readonly string[] = [...new Set(timeline.events.map((e) => e.kind))];

/** `id — 中文标签`, the label of an id in a control. */
export const controlLabel = (entry: IdEntry) => `${entry.id} — ${entry.zh}`;

/**
 * A select control offering every id of a collection, labelled
 * `id — 中文标签`, then the `extra` values (an empty choice, negative
 * examples) labelled as given.
 */
export function idSelect(entries: readonly IdEntry[], extra: Record<string, string> = {}) {
  const options = [...entries.map((e) => e.id), ...Object.keys(extra)];
  const labels = {...Object.fromEntries(entries.map((e) => [e.id, controlLabel(e)])), ...extra};
  return {control: {type: 'select' as const, labels}, options};
}

/** A multiple-choice control (checkboxes) offering every id of a collection, plus `extra`. */
export function idCheck(entries: readonly IdEntry[], extra: Record<string, string> = {}) {
  return {...idSelect(entries, extra), control: {type: 'check' as const, labels: idSelect(entries, extra).control.labels}};
}
