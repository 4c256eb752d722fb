// @ts-check
/**
 * One card benchmark: `card.html?widget=<tag>&as=widget|bare|slotted&n=N`.
 *
 * Timed: creating N elements, appending them, until every one has finished
 * updating and shows its own text (no loading or error state, exactly the
 * text expected), then the next painted frame. Records, the widget's dataset
 * and the element classes are made before the timer starts.
 */
import {bench, params, rendered, squeeze} from './harness.js';
import {painted} from './synthetic.js';
import * as caseStat from './cards/case-stat.js';
import * as modelCard from './cards/alliance-model-card.js';
import * as caseStudy from './cards/case-study-card.js';

const widgets = {'case-stat': caseStat, 'alliance-model-card': modelCard, 'case-study-card': caseStudy};

const name = params.get('widget') ?? '';
const as = /** @type {'widget' | 'bare' | 'slotted'} */ (params.get('as') ?? 'widget');
const n = Number(params.get('n') ?? '1');
const widget = widgets[/** @type {keyof typeof widgets} */ (name)];
if (!widget) throw new Error(`unknown widget "${name}"`);
if (!['widget', 'bare', 'slotted'].includes(as)) throw new Error(`unknown card "${as}"`);
if (!(Number.isInteger(n) && n >= 0)) throw new Error(`bad n "${params.get('n')}"`);

const page = widget.setup(n);
page.define();
const tag = page.tags[as];
const expected = Array.from({length: n}, (_, i) => page.text(i));
document.title = `${name} ${as} × ${n}`;

/** Whether an element shows its content: no state notice, exactly its text (in the page's DOM or, for a bare card, its shadow DOM). */
const shows = (/** @type {HTMLElement & {updateComplete: Promise<unknown>}} */ el, /** @type {number} */ i) => {
  const root = /** @type {ShadowRoot | null} */ (el.shadowRoot);
  if (!root || root.querySelector('[data-state]')) return false;
  return squeeze(as === 'bare' ? root.textContent : el.textContent) === expected[i];
};

bench(async () => {
  await painted();
  const start = performance.now();
  const elements = Array.from({length: n}, (_, i) => /** @type {HTMLElement & {updateComplete: Promise<unknown>}} */ (page.make(as, i)));
  const box = document.createElement('div');
  box.append(...elements);
  document.body.append(box);
  await rendered(elements, shows);
  await painted();
  const ms = performance.now() - start;

  // Untimed: the page holds exactly N of them, and every text piece sits in a slot of its card's layout.
  const count = document.querySelectorAll(tag).length;
  if (count !== n) throw new Error(`${count} <${tag}> in the page, expected ${n}`);
  if (as !== 'bare') {
    const loose = [...document.querySelectorAll(`${tag} > aw-t`)].filter((piece) => !piece.assignedSlot);
    if (loose.length) throw new Error(`${loose.length} text pieces of <${tag}> are in no slot`);
  }
  return ms;
});
