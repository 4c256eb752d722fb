// @ts-check
/**
 * What the baseline cards share: formatting as a page's own script would
 * write it (one cached Intl formatter each), a small stylesheet, and the
 * light-DOM text pieces of the "slotted" baselines.
 */
import {LitElement, css, html} from 'lit';

/** @typedef {import('../synthetic.js').SourceRecord} SourceRecord */

const numbers = new Intl.NumberFormat('zh-CN', {notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 21});
const days = new Intl.DateTimeFormat('zh-CN', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'});

/** 45500 → 4.55万. @param {number} value */
export const figureNumber = (value) => numbers.format(value);

/** 2024-07-01 → 2024年7月1日. @param {string} date */
export const dateText = (date) => days.format(new Date(`${date}T00:00:00Z`));

/** The source line before its date: 来源：宁波日报《…》，. @param {SourceRecord} source */
export const sourceLead = (source) => `来源：${source.paper}《${source.title}》，`;

/** A card's look: about what a page's own card would carry. */
export const cardStyles = css`
  :host {
    display: block;
    font-family: system-ui, sans-serif;
    line-height: 1.5;
  }
  .card {
    margin: 0 0 1em;
    padding: 1em;
    border-top: 0.25em solid #b3261e;
    background: #fff;
  }
  .value {
    margin: 0;
    font-size: 2.25em;
    font-weight: 700;
  }
  .qualifier,
  .unit {
    font-size: 0.5em;
  }
  .amount,
  .nowrap {
    white-space: nowrap;
  }
  .label,
  .name {
    display: block;
    font-weight: 700;
  }
  .meta {
    display: block;
    font-size: 0.875em;
    color: #555;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    padding: 0;
    list-style: none;
  }
  .chip {
    border: 1px solid #ccc;
    border-radius: 1em;
    padding: 0 0.75em;
  }
`;

/** The slot of text piece `k`: what the widgets' `t()` returns while they render. @param {number | string} k */
export const slot = (k) => html`<slot name=${`aw-${k}`}></slot>`;

/**
 * A bare Lit card whose text is in light-DOM `<aw-t slot="aw-k">` children
 * it writes itself, in the same update as its render (as the widgets do):
 * the floor of the text-in-the-page design. Subclasses list the texts;
 * `slot(k)` in their template places piece k.
 */
export class Pieces extends LitElement {
  /** The texts of the pieces, in reading order. @returns {string[]} */
  texts() {
    return [];
  }

  /** @param {import('lit').PropertyValues} changed */
  update(changed) {
    super.update(changed);
    const texts = this.texts();
    const children = this.children;
    for (let k = 0; k < texts.length; k++) {
      let piece = children[k];
      if (!piece) {
        piece = document.createElement('aw-t');
        piece.slot = `aw-${k}`;
        this.append(piece);
      }
      if (piece.textContent !== texts[k]) piece.textContent = texts[k] ?? '';
    }
  }
}
