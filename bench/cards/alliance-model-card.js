// @ts-check
/**
 * <alliance-model-card model>, one model per element (each with two cases),
 * and its two baselines: a plain Lit card with the model's name, summary, a
 * disclosure button over its description, its list of cases and its source,
 * the text in its shadow DOM (bare) or in light-DOM pieces (slotted).
 */
import {LitElement, html} from 'lit';
import {AllianceModelCard, Dataset, defineElement} from '../widgets.js';
import {cardSource, modelsFor, sources} from '../synthetic.js';
import {Pieces, cardStyles, dateText, slot, sourceLead} from './common.js';

/** @typedef {import('../synthetic.js').ModelRecord} ModelRecord */
/** @typedef {import('../synthetic.js').CaseRecord} CaseRecord */
/** @typedef {{model: ModelRecord, cases: CaseRecord[]}} Card */

/** @param {number} n */
export function setup(n) {
  const {models, cases} = modelsFor(n);
  const dataset = new Dataset('zh-Hans', {models, cases, sources});
  // What a page's own script hands its cards: each model with its cases.
  /** @type {Card[]} */
  const cards = models.map((model) => ({model, cases: cases.filter((c) => c.models.includes(model.id))}));

  /** What a card shows, piece by piece, in reading order (the widget's pieces). */
  const pieces = (/** @type {Card} */ {model, cases}) => [
    model.name,
    model.summary,
    '展开全文',
    model.description,
    '典型案例',
    ...cases.map((c) => c.name),
    sourceLead(cardSource),
    dateText(cardSource.date.value ?? ''),
  ];

  class BenchModelCard extends AllianceModelCard {
    static dataSource = {peek: () => dataset, load: async () => dataset};
  }

  class BareModelCard extends LitElement {
    static properties = {card: {attribute: false}, open: {state: true}};
    static styles = cardStyles;
    constructor() {
      super();
      /** @type {Card | undefined} */
      this.card = undefined;
      this.open = false;
    }
    render() {
      const {model, cases} = /** @type {Card} */ (this.card);
      return html`<article class="card" aria-labelledby="name">
        <h3 class="name" id="name">${model.name}</h3>
        <p class="summary">${model.summary}</p>
        <button class="chip" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="description" @click=${() => (this.open = !this.open)}>${this.open ? '收起全文' : '展开全文'}</button>
        <p id="description" ?hidden=${!this.open}>${model.description}</p>
        <p id="cases-title">典型案例</p>
        <ul aria-labelledby="cases-title">
          ${cases.map((c) => html`<li><span class="chip">${c.name}</span></li>`)}
        </ul>
        <p class="meta">${sourceLead(cardSource)}<span class="nowrap">${dateText(cardSource.date.value ?? '')}</span></p>
      </article>`;
    }
  }

  class SlottedModelCard extends Pieces {
    static properties = {card: {attribute: false}, open: {state: true}};
    static styles = cardStyles;
    constructor() {
      super();
      /** @type {Card | undefined} */
      this.card = undefined;
      this.open = false;
    }
    /** @returns {string[]} */
    texts() {
      const texts = pieces(/** @type {Card} */ (this.card));
      if (this.open) texts[2] = '收起全文';
      return texts;
    }
    render() {
      const {cases} = /** @type {Card} */ (this.card);
      return html`<article class="card" aria-labelledby="name">
        <h3 class="name" id="name">${slot(0)}</h3>
        <p class="summary">${slot(1)}</p>
        <button class="chip" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="description" @click=${() => (this.open = !this.open)}>${slot(2)}</button>
        <p id="description" ?hidden=${!this.open}>${slot(3)}</p>
        <p id="cases-title">${slot(4)}</p>
        <ul aria-labelledby="cases-title">
          ${cases.map((_, k) => html`<li><span class="chip">${slot(5 + k)}</span></li>`)}
        </ul>
        <p class="meta">${slot(5 + cases.length)}<span class="nowrap">${slot(6 + cases.length)}</span></p>
      </article>`;
    }
  }

  return {
    tags: {widget: 'bench-model-card', bare: 'bare-model-card', slotted: 'slotted-model-card'},
    define() {
      defineElement('bench-model-card', BenchModelCard);
      customElements.define('bare-model-card', BareModelCard);
      customElements.define('slotted-model-card', SlottedModelCard);
    },
    /** @param {'widget' | 'bare' | 'slotted'} as @param {number} i */
    make(as, i) {
      const card = /** @type {Card} */ (cards[i]);
      if (as === 'widget') {
        const el = document.createElement('bench-model-card');
        el.setAttribute('model', card.model.id);
        return el;
      }
      const el = /** @type {BareModelCard | SlottedModelCard} */ (document.createElement(as === 'bare' ? 'bare-model-card' : 'slotted-model-card'));
      el.card = card;
      return el;
    },
    /** The text element `i` shows, without white space. @param {number} i */
    text: (i) => pieces(/** @type {Card} */ (cards[i])).join('').replace(/\s+/g, ''),
  };
}
