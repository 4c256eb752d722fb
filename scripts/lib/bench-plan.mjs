/**
 * What `npm run bench` measures: rows of the table, each a widget page and
 * its two baselines (bench/README in docs/PERFORMANCE.md). Pages are named by
 * their URL under bench/, so a baseline shared by two rows runs once.
 */

export const CARD_WIDGETS = ['case-stat', 'alliance-model-card', 'case-study-card'];
export const SIZES = [1, 100, 1000];

/** The two baselines of every row, in table order. */
export const BASELINES = ['bare', 'slotted'];

const card = (widget, n) => ({
  measure: widget,
  n,
  pages: Object.fromEntries(['widget', ...BASELINES].map((as) => [as, `card.html?widget=${widget}&as=${as}&n=${n}`])),
});

const timeline = (measure, widget, keys) => ({
  measure,
  n: 1000,
  pages: {
    widget,
    bare: keys ? 'bare-list.html?measure=keys' : 'bare-list.html',
    slotted: keys ? 'bare-list.html?text=slots&measure=keys' : 'bare-list.html?text=slots',
  },
});

/** Every row of the full table. */
export const ROWS = [
  ...CARD_WIDGETS.flatMap((widget) => SIZES.map((n) => card(widget, n))),
  timeline('timeline-view vertical', 'timeline.html'),
  timeline('timeline-view horizontal', 'timeline.html?layout=horizontal'),
  timeline('timeline-view 200 ArrowDown', 'timeline.html?measure=keys', true),
];

/**
 * The rows to run: all, or those whose measure starts with one of `only`
 * (comma-separated, e.g. `case-stat,timeline-view`), at the card sizes in
 * `sizes` (comma-separated, e.g. `1,100`).
 */
export function selectRows({only = '', sizes = ''} = {}) {
  const prefixes = only.split(',').map((s) => s.trim()).filter(Boolean);
  const ns = sizes.split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0);
  const rows = ROWS.filter((row) => prefixes.length === 0 || prefixes.some((p) => row.measure.startsWith(p))).filter(
    (row) => ns.length === 0 || !CARD_WIDGETS.includes(row.measure) || ns.includes(row.n)
  );
  if (rows.length === 0) throw new Error(`no benchmark matches BENCH_ONLY="${only}" BENCH_N="${sizes}"; measures: ${[...new Set(ROWS.map((r) => r.measure))].join(', ')}`);
  return rows;
}

/** The distinct pages of some rows, in first-use order. */
export const pagesOf = (rows) => [...new Set(rows.flatMap((row) => Object.values(row.pages)))];
