// @ts-check
/**
 * <case-stat>, N figures, and its two baselines:
 * - bare: a plain Lit card with the same figure, label, as-of date and source, its text in its shadow DOM;
 * - slotted: a plain Lit card whose text sits in the same light-DOM pieces (`<aw-t slot>`) the widget writes.
 */
import {LitElement, css, html} from 'lit';
import {CaseStat, Dataset, defineElement} from '../widgets.js';
import {cardSource, sources, statsFor} from '../synthetic.js';
import {Pieces, cardStyles, dateText, figureNumber, slot, sourceLead} from './common.js';

/** @typedef {import('../synthetic.js').StatRecord} StatRecord */

/** @param {number} n */
export function setup(n) {
  const stats = statsFor(n);
  const dataset = new Dataset('zh-Hans', {stats, sources, series: []});

  /** What a figure shows, piece by piece, in reading order (the widget's pieces). */
  const pieces = (/** @type {StatRecord} */ s) => ['超过', figureNumber(s.value), '人', s.label, '数据截至：', dateText(s.asOf.date ?? ''), sourceLead(cardSource), dateText(cardSource.date.value ?? '')];

  class BenchCaseStat extends CaseStat {
    static dataSource = {peek: () => dataset, load: async () => dataset};
  }

  class BareStat extends LitElement {
    static properties = {stat: {attribute: false}};
    static styles = cardStyles;
    constructor() {
      super();
      /** @type {StatRecord | undefined} */
      this.stat = undefined;
    }
    render() {
      const s = /** @type {StatRecord} */ (this.stat);
      const date = dateText(s.asOf.date ?? '');
      return html`<figure class="card">
        <p class="value"><span class="qualifier">超过</span><span class="amount"><data value=${s.value}>${figureNumber(s.value)}</data><span class="unit">人</span></span></p>
        <figcaption>
          <span class="label">${s.label}</span>
          <span class="meta"><span>数据截至：<span class="nowrap">${date}</span></span> <span>${sourceLead(cardSource)}<span class="nowrap">${dateText(cardSource.date.value ?? '')}</span></span></span>
        </figcaption>
      </figure>`;
    }
  }

  class SlottedStat extends Pieces {
    static properties = {stat: {attribute: false}};
    static styles = [cardStyles, css`::slotted(aw-t) { display: inline; }`];
    constructor() {
      super();
      /** @type {StatRecord | undefined} */
      this.stat = undefined;
    }
    /** @returns {string[]} */
    texts() {
      return pieces(/** @type {StatRecord} */ (this.stat));
    }
    render() {
      const s = /** @type {StatRecord} */ (this.stat);
      return html`<figure class="card">
        <p class="value"><span class="qualifier">${slot(0)}</span><span class="amount"><data value=${s.value}>${slot(1)}</data><span class="unit">${slot(2)}</span></span></p>
        <figcaption>
          <span class="label">${slot(3)}</span>
          <span class="meta"><span>${slot(4)}<span class="nowrap">${slot(5)}</span></span> <span>${slot(6)}<span class="nowrap">${slot(7)}</span></span></span>
        </figcaption>
      </figure>`;
    }
  }

  return {
    tags: {widget: 'bench-case-stat', bare: 'bare-stat', slotted: 'slotted-stat'},
    define() {
      defineElement('bench-case-stat', BenchCaseStat);
      customElements.define('bare-stat', BareStat);
      customElements.define('slotted-stat', SlottedStat);
    },
    /** @param {'widget' | 'bare' | 'slotted'} as @param {number} i */
    make(as, i) {
      const stat = /** @type {StatRecord} */ (stats[i]);
      if (as === 'widget') {
        const el = document.createElement('bench-case-stat');
        el.setAttribute('stat', stat.id);
        return el;
      }
      const el = /** @type {BareStat | SlottedStat} */ (document.createElement(as === 'bare' ? 'bare-stat' : 'slotted-stat'));
      el.stat = stat;
      return el;
    },
    /** The text element `i` shows, without white space. @param {number} i */
    text: (i) => pieces(/** @type {StatRecord} */ (stats[i])).join('').replace(/\s+/g, ''),
  };
}
