/**
 * The one definition of the alliance dataset.
 *
 * From this file come the TypeScript types (`v.InferOutput`), the run-time
 * validation used by the build step and the tests (`v.safeParse`), and the
 * published JSON Schema (`data/schema/alliance-data.schema.json`, written by
 * `scripts/build-data.ts`). Rules that span records (unique ids, references,
 * dates against their article) live in `check.ts`, because JSON Schema cannot
 * express them.
 */
import * as v from 'valibot';
import {MAX_ID, MAX_ITEMS, MAX_NAME, MAX_PROSE} from './bounds.js';
import {EVENT_KINDS, ID_PATTERN} from './ids.js';

export {ID_PATTERN};

/** Stable kebab-case slug: the public API of the data. */
export const ID_MESSAGE = 'ids are kebab-case slugs';

export {MAX_ID, MAX_ITEMS, MAX_NAME, MAX_PROSE};

export const Id = v.pipe(
  v.string(),
  v.maxLength(MAX_ID),
  v.regex(ID_PATTERN, ID_MESSAGE),
  v.description('Stable kebab-case identifier.')
);

/** Text that is not empty and neither starts nor ends with white space, at most `max` long (checked first, so a huge value fails fast). */
export const nonEmpty = (max: number) => v.pipe(v.string(), v.maxLength(max), v.regex(/^\S(?:[\s\S]*\S)?$/, 'text must not be empty or start or end with white space'));
export const NonEmpty = nonEmpty(MAX_PROSE);
export const ShortText = nonEmpty(MAX_NAME);

/** A list inside a record: at most MAX_ITEMS items (at least `min`). */
export const items = <S extends v.GenericSchema>(item: S, min = 0) =>
  min ? v.pipe(v.array(item), v.minLength(min), v.maxLength(MAX_ITEMS)) : v.pipe(v.array(item), v.maxLength(MAX_ITEMS));

/**
 * Text in the data. Simplified Chinese is the source as printed; English is a
 * translation written for this data. Traditional Chinese is never written by
 * hand: the build step derives it from `zh-Hans` with OpenCC.
 */
export const Text = v.pipe(
  v.strictObject({
    'zh-Hans': NonEmpty,
    en: NonEmpty,
  }),
  v.description('Localized text: zh-Hans as printed, en translated. zh-Hant is derived at build time.')
);

/** A name, title or label: Text at most MAX_NAME long. */
export const Name = v.pipe(
  v.strictObject({
    'zh-Hans': ShortText,
    en: ShortText,
  }),
  v.description('Localized name or label: zh-Hans as printed, en translated. zh-Hant is derived at build time.')
);

/**
 * A calendar date whose precision is its form: `2021` (year), `2021-11`
 * (month) or `2021-11-25` (day). Never write more than the text proves.
 */
export const DATE_MESSAGE = 'dates are YYYY, YYYY-MM or YYYY-MM-DD';
export const PartialDate = v.pipe(
  v.string(),
  v.maxLength(10),
  v.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, DATE_MESSAGE),
  v.description('YYYY, YYYY-MM or YYYY-MM-DD; the form is the precision.')
);

export const SourceDate = v.strictObject({
  /** The date exactly as printed on the page, or null when the page prints none. */
  printed: v.nullable(v.pipe(v.string(), v.maxLength(MAX_NAME))),
  /** The date the data uses, no more precise than `printed` or `evidence` prove. */
  value: v.nullable(PartialDate),
  /** printed: read off the page; inferred: proved by a quoted sentence; unknown: not proved at all. */
  basis: v.picklist(['printed', 'inferred', 'unknown']),
  /** For an undated article, the earliest date its text allows. */
  notBefore: v.optional(PartialDate),
  /** The sentence of the article (zh-Hans, verbatim) that proves an inferred date or a notBefore bound. */
  evidence: v.optional(NonEmpty),
  /** How the date was established; required unless basis is printed. */
  note: v.optional(Text),
});

export const Contributor = v.strictObject({
  name: Name,
  role: v.picklist(['reporter', 'correspondent', 'photos']),
});

export const Source = v.strictObject({
  id: Id,
  /** The paper's name alone, as visitors read it on every source line. */
  paper: Name,
  /** printed: the article (or the page it is a copy of) prints the paper's name; inferred: it does not, and `paperNote` says how it was established. Default printed. */
  paperBasis: v.optional(v.picklist(['printed', 'inferred'])),
  /** How an inferred paper's name was established: said once, here, not on each visitor-facing line. */
  paperNote: v.optional(Text),
  title: Name,
  subtitle: v.optional(Name),
  date: SourceDate,
  /** Page as printed, e.g. "A7". */
  page: v.optional(ShortText),
  section: v.optional(Name),
  contributors: items(Contributor),
  /** File name of the article's text under data/seeds/. */
  seed: v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/)),
  /** Another source that is a copy of the same page (e.g. an OCR copy). */
  copyOf: v.optional(Id),
});

export const Model = v.strictObject({
  id: Id,
  /** formation: one of the eight models of 2021; variant: a later name for a way of forming alliances; approach: a framework such as "7+N"; historical: a model of an earlier era. */
  kind: v.picklist(['formation', 'variant', 'approach', 'historical']),
  /** Position in the printed list (1–8 for the formation models). */
  number: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  name: Name,
  summary: Text,
  description: Text,
  /** Models this one renames, extends or belongs to. */
  related: v.optional(items(Id)),
  sources: items(Id, 1),
});

export const Era = v.strictObject({
  id: Id,
  from: v.pipe(v.number(), v.integer()),
  /** null: still running ("2020年至今"). */
  to: v.nullable(v.pipe(v.number(), v.integer())),
  label: Name,
  title: Name,
  text: Text,
  source: Id,
});

export const Event = v.strictObject({
  id: Id,
  date: PartialDate,
  /** by: a target to reach by the date; before: happened some time before it; since: ongoing from it. */
  qualifier: v.optional(v.picklist(['by', 'before', 'since'])),
  kind: v.picklist(EVENT_KINDS),
  title: Name,
  /** What happened, for visitors: never how the date was worked out (that is `dateNote`). */
  text: v.optional(Text),
  /** How the date was established when the article does not print it as given (e.g. the year taken from the article's date). Shown as a small labelled note. */
  dateNote: v.optional(Text),
  case: v.optional(Id),
  source: Id,
  /** The sentence (zh-Hans, verbatim) the date comes from. */
  quote: NonEmpty,
});

export const Person = v.strictObject({
  name: Name,
  role: Text,
  quote: v.optional(Text),
});

export const Place = v.strictObject({
  /** District, county-level city or county (区/县/市). */
  district: v.optional(Name),
  /** Town, township or street (镇/乡/街道). */
  town: v.optional(Name),
  /** Village, community or area within the town. */
  locality: v.optional(Name),
});

export const Case = v.strictObject({
  id: Id,
  kind: v.picklist(['alliance', 'cluster', 'village', 'community', 'town', 'platform', 'project']),
  name: Name,
  place: Place,
  summary: Text,
  models: items(Id),
  /** Those of `models` that are the editors' grouping, not a tie an article states; widgets mark them 「编者归类」. */
  editorialModels: v.optional(items(Id)),
  people: items(Person),
  /** A larger case this one belongs to (e.g. one of Jiangbei's nine clusters). */
  partOf: v.optional(Id),
  sources: items(Id, 1),
});

/** One measure reported more than once (e.g. common-prosperity workshops 247 → 835). */
export const Series = v.strictObject({
  id: Id,
  label: Name,
  /** Stat ids, earliest first. All share one measure and unit. */
  members: items(Id, 2),
  /** Why the members are one measure, and how their order is known when a date is missing. */
  note: v.optional(Text),
});

export const AsOf = v.strictObject({
  /** End of the period or the point in time; null when the article gives no date to resolve it. */
  date: v.nullable(PartialDate),
  /** Start, when the figure covers a period. */
  from: v.optional(PartialDate),
  /** The article's own words for the time, e.g. 截至目前, 去年, 2023年 (zh-Hans) and a translation; absent when the article has none. */
  phrase: v.optional(Name),
  /** How the date was resolved (required when it is null or read off a relative phrase). */
  note: v.optional(Text),
});

export const Stat = v.strictObject({
  id: Id,
  value: v.number(),
  /** Upper end, when the article gives a range (三四万 → 30000–40000). */
  valueTo: v.optional(v.number()),
  /** count: things and people; amount: money; percent: value is in percent (82.98 means 82.98 %). */
  measure: v.picklist(['count', 'amount', 'percent', 'area', 'length', 'duration']),
  /** The counter word or unit as printed (个, 名, 人次, 元) and its English. Empty for percent. */
  unit: v.optional(Name),
  /** The wording around the number: 超过/超/突破 → over, 余 → more-than, 多 → more, 近 → nearly, 以上 → at-least. */
  qualifier: v.optional(v.picklist(['over', 'more-than', 'more', 'nearly', 'at-least'])),
  /** The qualifier stands before the scale word 万/亿 as printed (100余万元: "more than 1 million", not 100万余元, "1 million and a bit"). */
  qualifierBeforeScale: v.optional(v.literal(true)),
  label: Name,
  scope: v.picklist(['province', 'city', 'district', 'town', 'case']),
  case: v.optional(Id),
  asOf: AsOf,
  source: Id,
  /** The number exactly as printed (e.g. "4.55万", "八成", "百万"). */
  printed: ShortText,
  /** The sentence (zh-Hans, verbatim from the seed) the figure is read from. */
  quote: NonEmpty,
  note: v.optional(Text),
});

/** Whether a part or a link is what the article states (article) or this data's reading of it (editorial, shown as such). */
export const Basis = v.picklist(['article', 'editorial']);

/** One member of a scheme whose members the article lists (the five -化 of 五化协同, the three 不变 of 四联三不变). */
export const SchemePart = v.strictObject({
  /** The member as printed (zh-Hans: a stretch of the scheme's quote) and its English. */
  name: Name,
  /** The named group it belongs to, as printed, when a scheme's name joins several (四联 / 三不变). */
  group: v.optional(Name),
  /** article: the article lists it as a member; editorial: the article prints it beside the scheme without saying so. */
  basis: Basis,
});

/** Another article that names the scheme. */
export const SchemeMention = v.strictObject({
  source: Id,
  /** The sentence (zh-Hans, verbatim from that article) that names it. */
  quote: NonEmpty,
});

/** A record the scheme belongs to or speaks of. */
export const SchemeLink = v.strictObject({
  to: v.picklist(['models', 'cases', 'events', 'stats', 'schemes']),
  id: Id,
  /** article: an article makes the tie (quote it); editorial: this data's reading, shown as such (say why in the note). */
  basis: Basis,
  /** The sentence (zh-Hans, verbatim, from the scheme's article or a mention's) that makes the tie. */
  quote: v.optional(NonEmpty),
  note: v.optional(Text),
});

/** A named scheme, system or standard the articles present (五化协同, “1+1”, 三会 …): not a way of forming alliances (those are models). */
export const Scheme = v.strictObject({
  id: Id,
  /** The name as printed, with its quotation marks. */
  name: Name,
  /** What it is: a paraphrase faithful to the article (zh-Hans) and its English. */
  definition: Text,
  /** The passage that defines it: zh-Hans verbatim from the seed of `source`, en a translation. */
  quote: Text,
  source: Id,
  /** When it held, as for a figure: null with a note when the article gives no date. */
  asOf: AsOf,
  parts: v.optional(items(SchemePart)),
  mentions: v.optional(items(SchemeMention)),
  links: v.optional(items(SchemeLink)),
  note: v.optional(Text),
});

export const AllianceData = v.strictObject({
  sources: v.array(Source),
  models: v.array(Model),
  eras: v.array(Era),
  events: v.array(Event),
  cases: v.array(Case),
  series: v.array(Series),
  stats: v.array(Stat),
  schemes: v.array(Scheme),
});

export type Text = v.InferOutput<typeof Text>;
export type PartialDate = v.InferOutput<typeof PartialDate>;
export type SourceDate = v.InferOutput<typeof SourceDate>;
export type Source = v.InferOutput<typeof Source>;
export type Model = v.InferOutput<typeof Model>;
export type Era = v.InferOutput<typeof Era>;
export type Event = v.InferOutput<typeof Event>;
export type Case = v.InferOutput<typeof Case>;
export type Series = v.InferOutput<typeof Series>;
export type Stat = v.InferOutput<typeof Stat>;
export type Scheme = v.InferOutput<typeof Scheme>;
export type AllianceData = v.InferOutput<typeof AllianceData>;
