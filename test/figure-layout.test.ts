import {expect, fixture, html} from '@open-wc/testing';
import '../src/generated/entries/case-stat.js';
import '../src/generated/entries/case-study-card.js';
import type {CaseStat} from '../src/components/case-stat/case-stat.js';
import type {AllianceData} from '../src/data/schema.js';
import {rawData, settled} from './support/raw-data.js';
import {flatTextNodes, setLang, text} from './support/helpers.js';

/**
 * How figures sit in narrow columns: `compact no-source` is as tall as what
 * it shows, and in care mode at 320 CSS px (a 1280 px window at 400 % zoom) a
 * number never parts from its unit, nor a date from itself, for every figure
 * of the data in every locale.
 */

/**
 * Whether a range lies on one line: every box it covers overlaps every other
 * vertically (pieces of different type sizes on one line do; pieces on two
 * lines do not).
 */
function oneLine(range: Range): boolean {
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
  return Math.max(...rects.map((r) => r.top)) < Math.min(...rects.map((r) => r.bottom));
}

/** A range from the start of the number to the end of the unit's first word (or the number alone). */
function numberAndUnit(el: Element): Range {
  const root = el.shadowRoot!;
  const number = root.querySelector('[part~="value"] data')!;
  const unit = root.querySelector('[part~="value"] .unit');
  const range = document.createRange();
  range.setStartBefore(number);
  if (unit) range.setEndAfter(unit);
  else range.setEndAfter(number);
  return range;
}

/** Dates as each locale prints them: 2024年7月1日 / 2024年7月 / 2024年, 1 July 2024 / July 2024 / 2024. */
const DATE = {
  'zh-Hans': /\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:\s*[至–-]\s*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)?/,
  'zh-Hant': /\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:\s*[至–-]\s*(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?)?/,
  en: /(?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4}|[A-Z][a-z]+(?:\s*[–-]\s*[A-Z][a-z]+)? \d{4}/,
};

describe('figures in narrow columns', () => {
  let data: AllianceData;
  before(async () => {
    data = await rawData();
  });
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  describe('compact no-source', () => {
    for (const id of ['workshop-employment', 'alliance-cases', 'common-prosperity-workshops-earlier']) {
      it(`is no more than 10 % taller than its content (${id})`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="width: 16rem"><case-stat stat=${id} compact no-source></case-stat></div>`);
        const el = wrapper.firstElementChild as CaseStat;
        await settled(el);
        await el.updateComplete;
        const figure = el.shadowRoot!.querySelector<HTMLElement>('[part~="figure"]')!;
        const style = getComputedStyle(figure);
        const inside = [...figure.children].map((c) => c.getBoundingClientRect());
        const content =
          Math.max(...inside.map((r) => r.bottom)) -
          Math.min(...inside.map((r) => r.top)) +
          parseFloat(style.paddingTop) +
          parseFloat(style.paddingBottom) +
          parseFloat(style.borderTopWidth) +
          parseFloat(style.borderBottomWidth);
        const height = el.getBoundingClientRect().height;
        console.log(`compact no-source ${id}: ${height.toFixed(1)}px for ${content.toFixed(1)}px of content`);
        expect(height / content).to.be.at.most(1.1);
      });
    }
  });

  for (const [lang, locale] of [
    ['zh-CN', 'zh-Hans'],
    ['en', 'en'],
    ['zh-TW', 'zh-Hant'],
  ] as const) {
    it(`care mode at 320 px keeps every figure with its unit, and every date, on one line (${locale})`, async function () {
      this.timeout(60000);
      await setLang(lang, locale);
      const wrapper = await fixture<HTMLElement>(html`<div care style="width: 320px"></div>`);
      const broken: string[] = [];
      let dates = 0;
      for (const stat of data.stats) {
        const el = document.createElement('case-stat') as CaseStat;
        el.stat = stat.id;
        wrapper.replaceChildren(el);
        await settled(el);
        await el.updateComplete;
        if (!oneLine(numberAndUnit(el))) broken.push(`${stat.id}: “${numberAndUnit(el).toString()}”`);
        const wide = [...el.shadowRoot!.querySelectorAll('*'), ...el.children].filter((n) => n.getBoundingClientRect().right > wrapper.getBoundingClientRect().right + 1);
        if (wide.length) broken.push(`${stat.id}: wider than the column (${wide.map((n) => n.localName).join(', ')})`);
        for (const name of ['as-of', 'source']) {
          const line = el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
          const date = text(line).match(DATE[locale])?.[0];
          if (!date) continue;
          dates++;
          // Find the printed date in the line and measure the range it covers.
          let found = false;
          for (const node of flatTextNodes(line)) {
            if (found) break;
            const at = node.textContent!.indexOf(date);
            if (at === -1) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + date.length);
            if (!oneLine(range)) broken.push(`${stat.id} ${name}: date “${date}” breaks`);
            found = true;
          }
          if (!found) broken.push(`${stat.id} ${name}: date “${date}” is split across elements`);
        }
      }
      console.log(`${locale}: ${data.stats.length} figures and ${dates} dates checked in care mode at 320 px`);
      expect(dates, 'dates were found and checked').to.be.greaterThan(data.stats.length);
      expect(broken).to.deep.equal([]);
    });
  }
});
