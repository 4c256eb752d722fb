/**
 * The publishing schema: a portal's own data document.
 *
 * Made from the curation schema (schema.ts), record by record, with what a
 * portal cannot be asked for relaxed: any subset of collections; a source is
 * a title, a publisher and a date (and optionally a URL) instead of an
 * article file; verbatim quotes and printed values are optional; text is
 * `zh-Hans` and `en`, with `zh-Hant` optional — absent, a Traditional-Chinese
 * reader sees the zh-Hans text (a converter is never shipped to readers; the
 * catalogue's data workbench derives zh-Hant when the document is written).
 * The document names its schema version. The bounds of the curation schema
 * hold here too (schema.ts, snapshot.ts).
 */
import * as v from 'valibot';
import {Case, Era, Event, Id, MAX_NAME, Model, Name, NonEmpty, PartialDate, Scheme, Series, ShortText, Stat, Text} from './schema.js';
import {MAX_RECORDS} from './snapshot.js';
import type {Collection} from './types.js';

/** The version of the publishing schema this library reads. */
export const PAGE_DATA_VERSION = 1;

/** Text of a portal's document: zh-Hans and en, zh-Hant when the portal has it. */
export const PageText = v.pipe(
  v.strictObject({'zh-Hans': NonEmpty, en: NonEmpty, 'zh-Hant': v.optional(NonEmpty)}),
  v.description('Localized text: zh-Hans and en; zh-Hant optional (absent, readers of Traditional Chinese see zh-Hans).')
);

/** A name, title or label of a portal's document (at most MAX_NAME long). */
export const PageName = v.pipe(
  v.strictObject({'zh-Hans': ShortText, en: ShortText, 'zh-Hant': v.optional(ShortText)}),
  v.description(`Localized name or label, at most ${MAX_NAME} characters: zh-Hans and en; zh-Hant optional.`)
);

/** A link a widget may show: http or https only, so no `javascript:` or `data:` URL ever becomes a link. */
export const HTTP_MESSAGE = 'only http and https links';
export const SafeUrl = v.pipe(v.string(), v.maxLength(2048), v.url('not a URL'), v.regex(/^https?:\/\//i, HTTP_MESSAGE));

/** A source as a portal gives it: who published what, when (null: not dated), and where to read it. */
export const PageSource = v.strictObject({
  id: Id,
  paper: PageName,
  title: PageName,
  date: v.nullable(PartialDate),
  url: v.optional(SafeUrl),
});

type AnySchema = v.GenericSchema;

/** A curation record's schema made a page record's: Text → PageText and Name → PageName throughout (bounds kept), the named fields optional. */
function relaxed(schema: AnySchema, optional: readonly string[] = []): AnySchema {
  const walk = (s: AnySchema): AnySchema => {
    if (s === (Text as unknown as AnySchema)) return PageText as unknown as AnySchema;
    if (s === (Name as unknown as AnySchema)) return PageName as unknown as AnySchema;
    const any = s as unknown as {type: string; entries?: Record<string, AnySchema>; wrapped?: AnySchema; item?: AnySchema; pipe?: AnySchema[]};
    switch (any.type) {
      case 'strict_object':
        return v.strictObject(Object.fromEntries(Object.entries(any.entries!).map(([k, e]) => [k, walk(e)]))) as unknown as AnySchema;
      case 'optional':
        return v.optional(walk(any.wrapped!)) as unknown as AnySchema;
      case 'nullable':
        return v.nullable(walk(any.wrapped!)) as unknown as AnySchema;
      case 'array': {
        // A list keeps its bounds (the actions of its pipe).
        const array = v.array(walk(any.item!)) as unknown as AnySchema;
        return any.pipe ? (v.pipe(array, ...(any.pipe.slice(1) as [])) as unknown as AnySchema) : array;
      }
      default:
        return s;
    }
  };
  const out = walk(schema) as unknown as {entries: Record<string, AnySchema>};
  return v.strictObject(Object.fromEntries(Object.entries(out.entries).map(([k, e]) => [k, optional.includes(k) ? v.optional(e) : e]))) as unknown as AnySchema;
}

/** A collection: at most MAX_RECORDS records. */
const list = (item: AnySchema) => v.optional(v.pipe(v.array(item), v.maxLength(MAX_RECORDS, `at most ${MAX_RECORDS} records`)));

/** The publishing schema: a portal's document. */
export const PageData = v.strictObject({
  schemaVersion: v.literal(PAGE_DATA_VERSION),
  sources: list(PageSource),
  models: list(relaxed(Model)),
  eras: list(relaxed(Era)),
  events: list(relaxed(Event, ['quote'])),
  cases: list(relaxed(Case)),
  series: list(relaxed(Series)),
  stats: list(relaxed(Stat, ['quote', 'printed'])),
  schemes: list(relaxed(Scheme)),
});

/** A checked document: its collections (any subset) and its schema version. */
export type PageDocument = {[C in Collection]?: Record<string, unknown>[]} & {schemaVersion: number};
