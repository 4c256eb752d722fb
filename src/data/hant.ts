/**
 * Traditional Chinese in the page, from the bundled zh-Hans text and a table
 * the build computes with OpenCC for exactly that text
 * (scripts/lib/hant-table.ts): so zh-Hant ships as a table of a few hundred
 * characters instead of a third copy of the data. The table covers the
 * bundled text only; it is no converter for other text (a portal's own data
 * brings its own zh-Hant, see page.ts).
 *
 * Tested text for text against the build's OpenCC conversion
 * (test/node/hant-table.test.ts).
 */

/** What turns the bundled zh-Hans text into zh-Hant. */
export interface HantTable {
  /** The zh-Hans characters that change, and (`to`) their zh-Hant forms at the same positions. */
  from: string;
  to: string;
  /** Words whose characters read otherwise than alone (若干 keeps 干, 了解 gives 瞭解): zh-Hans and zh-Hant, of the same length. */
  words: readonly (readonly [string, string])[];
}

/** The converter of a table: at each place the longest word of the table, else one character. */
export function hantFromTable({from, to, words}: HantTable): (zhHans: string) => string {
  const forms = new Map<string, string>();
  const target = [...to];
  [...from].forEach((char, i) => forms.set(char, target[i]!));
  for (const [word, form] of words) forms.set(word, form);
  // The words are Han characters only (the build checks), so none needs escaping.
  const longestFirst = words.map(([word]) => word).sort((a, b) => b.length - a.length);
  const pattern = new RegExp([...longestFirst, '[^]'].join('|'), 'gu');
  return (text) => text.replace(pattern, (match) => forms.get(match) ?? match);
}
