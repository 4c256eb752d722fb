// @ts-check
/**
 * <case-study-card case>, one case per element (each with three figures),
 * and its two baselines: a plain Lit card with the case's name, place,
 * summary, list of figures (value, label, as-of date) with the two buttons of
 * its table view, and source, the text
 * in its shadow DOM (bare) or in light-DOM pieces (slotted).
 */
import {LitElement, html} from 'lit';
import {CaseStudyCard, Dataset, defineElement} from '../widgets.js';
import {FIGURES_PER_CASE, cardSource, casesFor, sources} from '../synthetic.js';
import {Pieces, cardStyles, dateText, figureNumber, slot, sourceLead} from './common.js';

/** @typedef {import('../synthetic.js').CaseRecord} CaseRecord */
/** @typedef {import('../synthetic.js').StatRecord} StatRecord */
/** @typedef {{record: CaseRecord, figures: StatRecord[]}} Card */

/** Text pieces before the figures (name, place, summary, the figures' title and their two view buttons), and per figure. */
const HEAD = 6;
const PER_FIGURE = 6;

/** @param {number} n */
export function setup(n) {
  const {cases, stats} = casesFor(n);
  const dataset = new Dataset('zh-Hans', {cases, stats, sources, models: [], series: []});
  // What a page's own script hands its cards: each case with its figures.
  /** @type {Card[]} */
  const cards = cases.map((record, i) => ({record, figures: stats.slice(i * FIGURES_PER_CASE, (i + 1) * FIGURES_PER_CASE)}));

  const place = (/** @type {CaseRecord} */ c) => [c.place.district, c.place.town, c.place.locality].filter(Boolean).join(' · ');

  /** What a card shows, piece by piece, in reading order (the widget's pieces). */
  const pieces = (/** @type {Card} */ {record, figures}) => [
    record.name,
    place(record),
    record.summary,
    '关键数据',
    '以表格查看',
    '下载CSV',
    ...figures.flatMap((s) => ['超过', figureNumber(s.value), '人', s.label, '数据截至：', dateText(s.asOf.date ?? '')]),
    sourceLead(cardSource),
    dateText(cardSource.date.value ?? ''),
  ];

  class BenchCaseStudyCard extends CaseStudyCard {
    static dataSource = {peek: () => dataset, load: async () => dataset};
  }

  class BareCaseCard extends LitElement {
    static properties = {card: {attribute: false}};
    static styles = cardStyles;
    constructor() {
      super();
      /** @type {Card | undefined} */
      this.card = undefined;
    }
    render() {
      const {record, figures} = /** @type {Card} */ (this.card);
      return html`<article class="card" aria-labelledby="name">
        <h3 class="name" id="name">${record.name}</h3>
        <p class="place">${place(record)}</p>
        <p class="summary">${record.summary}</p>
        <section aria-labelledby="name figures-title">
          <p id="figures-title">关键数据</p>
          <div role="group"><button type="button" aria-pressed="false">以表格查看</button><button type="button">下载CSV</button></div>
          <ul>
            ${figures.map(
              (s) => html`<li>
                <figure>
                  <p class="value"><span class="qualifier">超过</span><span class="amount"><data value=${s.value}>${figureNumber(s.value)}</data><span class="unit">人</span></span></p>
                  <figcaption><span class="label">${s.label}</span><span class="meta">数据截至：<span class="nowrap">${dateText(s.asOf.date ?? '')}</span></span></figcaption>
                </figure>
              </li>`
            )}
          </ul>
        </section>
        <p class="meta">${sourceLead(cardSource)}<span class="nowrap">${dateText(cardSource.date.value ?? '')}</span></p>
      </article>`;
    }
  }

  class SlottedCaseCard extends Pieces {
    static properties = {card: {attribute: false}};
    static styles = cardStyles;
    constructor() {
      super();
      /** @type {Card | undefined} */
      this.card = undefined;
    }
    /** @returns {string[]} */
    texts() {
      return pieces(/** @type {Card} */ (this.card));
    }
    render() {
      const {figures} = /** @type {Card} */ (this.card);
      const end = HEAD + PER_FIGURE * figures.length;
      return html`<article class="card" aria-labelledby="name">
        <h3 class="name" id="name">${slot(0)}</h3>
        <p class="place">${slot(1)}</p>
        <p class="summary">${slot(2)}</p>
        <section aria-labelledby="name figures-title">
          <p id="figures-title">${slot(3)}</p>
          <div role="group"><button type="button" aria-pressed="false">${slot(4)}</button><button type="button">${slot(5)}</button></div>
          <ul>
            ${figures.map((s, f) => {
              const k = HEAD + PER_FIGURE * f;
              return html`<li>
                <figure>
                  <p class="value"><span class="qualifier">${slot(k)}</span><span class="amount"><data value=${s.value}>${slot(k + 1)}</data><span class="unit">${slot(k + 2)}</span></span></p>
                  <figcaption><span class="label">${slot(k + 3)}</span><span class="meta">${slot(k + 4)}<span class="nowrap">${slot(k + 5)}</span></span></figcaption>
                </figure>
              </li>`;
            })}
          </ul>
        </section>
        <p class="meta">${slot(end)}<span class="nowrap">${slot(end + 1)}</span></p>
      </article>`;
    }
  }

  return {
    tags: {widget: 'bench-case-study-card', bare: 'bare-case-card', slotted: 'slotted-case-card'},
    define() {
      defineElement('bench-case-study-card', BenchCaseStudyCard);
      customElements.define('bare-case-card', BareCaseCard);
      customElements.define('slotted-case-card', SlottedCaseCard);
    },
    /** @param {'widget' | 'bare' | 'slotted'} as @param {number} i */
    make(as, i) {
      const card = /** @type {Card} */ (cards[i]);
      if (as === 'widget') {
        const el = document.createElement('bench-case-study-card');
        el.setAttribute('case', card.record.id);
        return el;
      }
      const el = /** @type {BareCaseCard | SlottedCaseCard} */ (document.createElement(as === 'bare' ? 'bare-case-card' : 'slotted-case-card'));
      el.card = card;
      return el;
    },
    /** The text element `i` shows, without white space. @param {number} i */
    text: (i) => pieces(/** @type {Card} */ (cards[i])).join('').replace(/\s+/g, ''),
  };
}
