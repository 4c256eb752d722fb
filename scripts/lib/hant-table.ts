/**
 * Computes the table that turns the bundled zh-Hans text into zh-Hant in the
 * page (src/data/hant.ts), from that text and the build's converter (OpenCC
 * cn → tw with the names kept as printed and zh-Hant quotation marks,
 * `hantForData`). The result is checked: the table's converter gives, for
 * every text, exactly what the build's converter gives, or the build stops.
 *
 * OpenCC reads words (its phrase table applies even in `tw` mode: 若干 keeps
 * 干, 了解 gives 瞭解), but on this data it keeps every text's length, so a
 * text converts position by position: each character gets its most frequent
 * form in the data, and where a character reads otherwise in context, the
 * shortest word around it that fixes it (without breaking any other text)
 * joins the table, until every text converts as the build's does.
 */
import {hantFromTable, type HantTable} from '../../src/data/hant.js';

const HAN = /^\p{Script=Han}+$/u;
const chars = (text: string) => [...text];

export function deriveHantTable(texts: Iterable<string>, toHant: (zhHans: string) => string): HantTable {
  const list = [...new Set(texts)];
  const truth = new Map(list.map((text) => [text, toHant(text)]));
  for (const [text, hant] of truth) {
    if (chars(text).length !== chars(hant).length) throw new Error(`hant table: the conversion changes the length of "${text}" → "${hant}"; a table by position cannot give it`);
  }

  // Each character's most frequent form in context; a tie goes to its form alone.
  const counts = new Map<string, Map<string, number>>();
  for (const [text, hant] of truth) {
    const to = chars(hant);
    chars(text).forEach((char, i) => {
      const forms = counts.get(char) ?? new Map<string, number>();
      forms.set(to[i]!, (forms.get(to[i]!) ?? 0) + 1);
      counts.set(char, forms);
    });
  }
  const charForms = [...counts]
    .map(([char, forms]) => {
      const alone = toHant(char);
      const [best] = [...forms].sort((a, b) => b[1] - a[1] || Number(b[0] === alone) - Number(a[0] === alone));
      return [char, best![0]] as const;
    })
    .filter(([char, form]) => char !== form)
    .sort(([a], [b]) => a.codePointAt(0)! - b.codePointAt(0)!);
  let from = charForms.map(([char]) => char).join('');
  let to = charForms.map(([, form]) => form).join('');

  const words = new Map<string, string>();
  const table = (): HantTable => ({from, to, words: [...words].sort(([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))});
  /** How many characters of each text convert wrong (texts that convert right are left out). */
  const misses = (): Map<string, number> => {
    const convert = hantFromTable(table());
    const out = new Map<string, number>();
    for (const text of list) {
      const got = chars(convert(text));
      const want = chars(truth.get(text)!);
      const n = got.filter((char, i) => char !== want[i]).length;
      if (n > 0) out.set(text, n);
    }
    return out;
  };
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

  for (let now = misses(); now.size > 0; now = misses()) {
    const [first] = now.keys();
    const text = chars(first!);
    const want = chars(truth.get(first!)!);
    const at = chars(hantFromTable(table())(first!)).findIndex((char, i) => char !== want[i]);
    let best: {word: string; form: string; left: number} | undefined;
    for (let length = 2; length <= text.length && !best; length++) {
      for (let start = Math.max(0, at - length + 1); start <= at && start + length <= text.length; start++) {
        const word = text.slice(start, start + length).join('');
        const form = want.slice(start, start + length).join('');
        if (!HAN.test(word) || words.has(word)) continue;
        words.set(word, form);
        const after = misses();
        words.delete(word);
        // No text may get a character more wrong, and fewer must be wrong in all.
        if ([...after].some(([t, n]) => n > (now.get(t) ?? 0)) || total(after) >= total(now)) continue;
        if (!best || total(after) < best.left) best = {word, form, left: total(after)};
      }
    }
    if (!best) throw new Error(`hant table: no word of Han characters around position ${at} of "${first}" gives "${truth.get(first!)}"`);
    words.set(best.word, best.form);
  }
  // A character whose every occurrence that changes lies inside a word of the table (注册 → 註冊 for the only 册) is not needed.
  for (let i = [...from].length - 1; i >= 0; i--) {
    const [f, t] = [[...from], [...to]];
    const before = {from, to};
    from = [...f.slice(0, i), ...f.slice(i + 1)].join('');
    to = [...t.slice(0, i), ...t.slice(i + 1)].join('');
    if (misses().size > 0) ({from, to} = before);
  }
  return table();
}
