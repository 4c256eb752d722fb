/**
 * Bounds, so that no document can keep a page busy: the longest id, the
 * longest short text (a name, title, label, unit, place, time phrase or
 * printed number), the longest prose (a summary, description, text, note,
 * quote or role), the most items in a list inside a record (ids, people,
 * members), the most records in a collection, and the largest document.
 * Ten times and more what the articles need: the longest name in the data is
 * 116 characters, the longest prose 720, the longest list 3 items, the whole
 * dataset about 260,000 characters of JSON. Lengths count UTF-16 code units
 * (a Chinese character is one). The schemas (schema.ts, page-schema.ts) state
 * them; snapshot.ts enforces them before anything else is read.
 */
export const MAX_ID = 100;
export const MAX_NAME = 200;
export const MAX_PROSE = 5000;
export const MAX_ITEMS = 100;
export const MAX_RECORDS = 2000;
/** The most characters of a document (its JSON text, or as much as an object would make): 2 MiB. */
export const MAX_DOCUMENT = 2 * 1024 * 1024;
