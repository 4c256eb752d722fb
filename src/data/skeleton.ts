/**
 * The one-file bundle's data: each collection once as a skeleton (ids,
 * numbers, dates, references, with a slot where each text stands) and each
 * locale's texts as a list in the skeleton's order, instead of a whole copy
 * per locale. The build writes them (scripts/build-data.ts); `fill` makes a
 * locale's records. Tested against the records of every locale
 * (test/node/hant-table.test.ts).
 */

/** Where a text stands in a skeleton: the empty string, which no other value of the data is (the build checks). */
export const SLOT = '';

/** The records of a skeleton with its slots filled, in order, from `texts`. */
export function fill(skeleton: string, texts: readonly string[]): unknown[] {
  let next = 0;
  // JSON.parse revives values in the order they stand in the text, which is the order of `texts`.
  return JSON.parse(skeleton, (_key, value: unknown) => (value === SLOT ? texts[next++] : value)) as unknown[];
}
