/**
 * The cold-start baseline (npm run bench:profile): what a page would write
 * instead of <case-stat stat="workshop-employment">, a plain Lit card with
 * its one figure, label, as-of date and source, its text in its shadow DOM.
 * Built into one self-contained file with Lit, as the widgets' bundle is.
 */
import {LitElement, css, html} from 'lit';

const record = {
  value: 45500,
  unit: '人',
  label: '工坊吸纳就业人数',
  asOf: '2024-07-01',
  source: {paper: '宁波日报（推定）', title: '在基层一线，看“红色引擎”激发澎湃动力', date: '2024-07-01'},
};

const numbers = new Intl.NumberFormat('zh-CN', {notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 21});
const days = new Intl.DateTimeFormat('zh-CN', {year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC'});
/** @param {string} date */
const day = (date) => days.format(new Date(`${date}T00:00:00Z`));

class BareStat extends LitElement {
  static styles = css`
    :host {
      display: block;
      line-height: 1.5;
    }
    figure {
      margin: 0;
      padding: 1em;
      border-top: 0.25em solid #b3261e;
    }
    .value {
      margin: 0;
      font-size: 2.25em;
      font-weight: 700;
    }
    .small {
      font-size: 0.5em;
    }
    .label {
      display: block;
      font-weight: 700;
    }
    .meta {
      display: block;
      font-size: 0.875em;
      color: #555;
    }
  `;

  render() {
    const {source} = record;
    return html`<figure>
      <p class="value"><span class="small">超过</span><data value=${record.value}>${numbers.format(record.value)}</data><span class="small">${record.unit}</span></p>
      <figcaption>
        <span class="label">${record.label}</span>
        <span class="meta">数据截至：${day(record.asOf)} 来源：${source.paper}《${source.title}》，${day(source.date)}</span>
      </figcaption>
    </figure>`;
  }
}
customElements.define('bare-stat', BareStat);
