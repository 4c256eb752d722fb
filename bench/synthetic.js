/** The same 1,000 synthetic events (four eras, one source) for every benchmark page. */
export const N = 1000;

export const eras = [1900, 1925, 1950, 1975].map((from, i, all) => ({
  id: `era-${from}`,
  from,
  to: all[i + 1] === undefined ? null : all[i + 1] - 1,
  label: `${from}年起`,
  title: `时期${i + 1}`,
  text: '合成数据。',
  source: 's',
}));

/** Months from 1900 on, listed newest first so that sorting is part of the work. */
export const events = Array.from({length: N}, (_, i) => ({
  id: `e${i}`,
  date: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  kind: 'milestone',
  title: `事件${i + 1}`,
  text: `第${i + 1}件事。`,
  source: 's',
})).reverse();

export const sources = [
  {id: 's', paper: '合成', title: '数据', date: {value: null}},
];

/** Resolves after the next frame has been painted. */
export const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
