// @ts-check
/**
 * Synthetic records for every benchmark page, in the shapes widgets read
 * (src/data/types.ts: one locale's strings, provenance left out), so a
 * widget and its baselines show the same text. `npm run typecheck` checks
 * these shapes (bench/tsconfig.json).
 *
 * @typedef {import('../src/data/types.js').SourceRecord} SourceRecord
 * @typedef {import('../src/data/types.js').StatRecord} StatRecord
 * @typedef {import('../src/data/types.js').ModelRecord} ModelRecord
 * @typedef {import('../src/data/types.js').CaseRecord} CaseRecord
 * @typedef {import('../src/data/types.js').EraRecord} EraRecord
 * @typedef {import('../src/data/types.js').EventRecord} EventRecord
 */

/** Events of the timeline pages. */
export const N = 1000;

/** @type {EraRecord[]} */
export const eras = [1900, 1925, 1950, 1975].map((from, i, all) => ({
  id: `era-${from}`,
  from,
  to: all[i + 1] === undefined ? null : /** @type {number} */ (all[i + 1]) - 1,
  label: `${from}年起`,
  title: `时期${i + 1}`,
  text: '合成数据。',
  source: 's',
}));

/**
 * Months from 1900 on, listed newest first so that sorting is part of the work.
 * @type {EventRecord[]}
 */
export const events = Array.from({length: N}, (_, i) => ({
  id: `e${i}`,
  date: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  kind: /** @type {const} */ ('milestone'),
  title: `事件${i + 1}`,
  text: `第${i + 1}件事。`,
  source: 's',
})).reverse();

/** @type {SourceRecord[]} */
export const sources = [
  {id: 's', paper: '合成', title: '数据', date: {value: null}},
  // The cards' source: a dated article, so every card shows a full source line.
  {id: 'paper', paper: '宁波日报', title: '合成数据的报道', date: {value: '2024-07-01'}},
];

/** The one source of every card's records. */
export const cardSource = /** @type {SourceRecord} */ (sources[1]);

/**
 * One figure per element, each its own record: 超过4.55万人 and on.
 * @param {number} n
 * @param {string} [prefix]
 * @param {string} [caseId]
 * @returns {StatRecord[]}
 */
export function statsFor(n, prefix = 'stat', caseId = undefined) {
  return Array.from({length: n}, (_, i) => ({
    id: `${prefix}-${i}`,
    value: 45500 + 100 * i,
    measure: /** @type {const} */ ('count'),
    unit: '人',
    qualifier: /** @type {const} */ ('over'),
    label: `吸纳就业人数（合成${i + 1}）`,
    ...(caseId ? {case: caseId} : {}),
    asOf: {date: '2024-07-01'},
    source: cardSource.id,
  }));
}

/**
 * One model per element, each with two cases of its own.
 * @param {number} n
 * @returns {{models: ModelRecord[], cases: CaseRecord[]}}
 */
export function modelsFor(n) {
  /** @type {ModelRecord[]} */
  const models = [];
  /** @type {CaseRecord[]} */
  const cases = [];
  for (let i = 0; i < n; i++) {
    const id = `model-${i}`;
    models.push({
      id,
      kind: 'variant',
      name: `合成模式${i + 1}`,
      summary: `由牵头党组织与周边村社组建联盟，这是第${i + 1}种合成模式的概要。`,
      description: `充分发挥牵头党组织的作用，与重点村、薄弱村组建帮带联盟，通过常态化教理念、传方法、带实践，开创新局面（合成说明${i + 1}）。`,
      sources: [cardSource.id],
    });
    for (const k of [1, 2]) {
      cases.push({
        id: `${id}-case-${k}`,
        name: `合成案例${i + 1}-${k}`,
        place: {district: '慈溪市', town: '匡堰镇'},
        summary: '合成案例。',
        models: [id],
        people: [],
        sources: [cardSource.id],
      });
    }
  }
  return {models, cases};
}

/** Figures per case on the case-study pages. */
export const FIGURES_PER_CASE = 3;

/**
 * One case per element, each with three figures of its own.
 * @param {number} n
 * @returns {{cases: CaseRecord[], stats: StatRecord[]}}
 */
export function casesFor(n) {
  /** @type {CaseRecord[]} */
  const cases = [];
  /** @type {StatRecord[]} */
  const stats = [];
  for (let i = 0; i < n; i++) {
    const id = `case-${i}`;
    cases.push({
      id,
      name: `合成片区党建联盟${i + 1}`,
      place: {district: '慈溪市', town: '匡堰镇', locality: `合成村${i + 1}`},
      summary: `三个村共同出资组建文旅公司，打造艺术村落；片区联合党委坚持“四联三不变”，收入由三村共同分配（合成案例${i + 1}）。`,
      models: [],
      people: [],
      sources: [cardSource.id],
    });
    stats.push(...statsFor(FIGURES_PER_CASE, id, id));
  }
  return {cases, stats};
}

/** Resolves after the next frame has been painted. */
export const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
