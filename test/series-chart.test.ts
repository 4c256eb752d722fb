import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/generated/entries/case-stat.js';
import type {CaseStat} from '../src/components/case-stat/case-stat.js';
import {placeBars} from '../src/components/case-stat/series-chart.js';
import {loadSeriesChart, seriesChart} from '../src/components/case-stat/chart-loader.js';
import type {StatRecord} from '../src/data/types.js';
import type {AllianceData} from '../src/data/schema.js';
import {rawData, settled} from './support/raw-data.js';
import {loadFrame, part, setLang, text} from './support/helpers.js';
import {expectAxeAAA} from './support/axe.js';

/**
 * `<case-stat chart>`: the figure's series as bars, with every figure of it as
 * text in the page's DOM. Expected strings are written out (a golden table),
 * not made with the widget's own formatting.
 */
const GOLDEN: Record<string, Record<'zh-Hans' | 'en' | 'zh-Hant', string[]>> = {
  'common-prosperity-workshops': {
    'zh-Hans': ['未注明日期：247家', '2024年7月1日：835个'],
    en: ['date not printed: 247 workshops', '1 July 2024: 835 workshops'],
    'zh-Hant': ['未註明日期：247家', '2024年7月1日：835個'],
  },
  'village-income-floor-2024': {
    'zh-Hans': ['2021年12月：超过15万元', '2024年7月1日：30万元以上'],
    en: ['December 2021: over 150,000 yuan', '1 July 2024: at least 300,000 yuan'],
    'zh-Hant': ['2021年12月：超過15萬元', '2024年7月1日：30萬元以上'],
  },
};

const LANG = {'zh-Hans': 'zh-CN', en: 'en', 'zh-Hant': 'zh-TW'} as const;

async function chartOf(id: string, attrs = ''): Promise<CaseStat> {
  const holder = await fixture<HTMLElement>(html`<div style="inline-size: 320px"></div>`);
  holder.innerHTML = `<case-stat stat="${id}" chart ${attrs}></case-stat>`;
  const el = holder.firstElementChild as CaseStat;
  await settled(el);
  // The chart's script arrives beside the data (ES pages load it on demand).
  await loadSeriesChart();
  await el.updateComplete;
  return el;
}

/** The centre of each bar, in the chart's own units, as drawn. */
const barCentres = (el: CaseStat) =>
  [...el.shadowRoot!.querySelectorAll<SVGRectElement>('.bar > rect:first-child')].map((r) => Number(r.getAttribute('x')) + Number(r.getAttribute('width')) / 2);

describe('<case-stat chart>: a series as a small chart', () => {
  let data: AllianceData;
  before(async () => {
    data = await rawData();
  });
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  it('loads its script only for a figure that asks for a chart, and shows that figure once, whole', async () => {
    // (This file's page starts with no chart loaded: each test file runs in a page of its own.)
    const plain = await fixture<CaseStat>(html`<case-stat stat="common-prosperity-workshops"></case-stat>`);
    await settled(plain);
    expect(seriesChart(), 'no chart script for a figure without chart').to.equal(undefined);
    const el = await fixture<CaseStat>(html`<case-stat stat="common-prosperity-workshops" chart></case-stat>`);
    let frames = 0;
    while (!part(el, 'series')) {
      expect(Boolean(part(el, 'figure')), 'the figure shown without its chart').to.equal(false);
      expect(++frames, 'frames until the chart shows').to.be.below(300);
      await new Promise(requestAnimationFrame);
    }
    expect(seriesChart()).to.not.equal(undefined);
  });

  it('in the one-file bundle, has its chart when it has first updated (the chart is in the file)', async () => {
    const frame = await loadFrame({
      srcdoc: '<!doctype html><html lang="zh-CN"><body><case-stat stat="common-prosperity-workshops" chart></case-stat><script src="/dist/alliance-widgets.iife.js"></script></body></html>',
    });
    try {
      const el = frame.contentDocument!.querySelector('case-stat') as CaseStat;
      await el.updateComplete;
      expect(Boolean(part(el, 'series')), 'chart after the first update').to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('.bar').length).to.equal(2);
    } finally {
      frame.remove();
    }
  });

  it('draws every series of the data: one bar and one line of text per figure, in the series’ order, in three locales', async () => {
    expect(data.series.length, 'series in the data').to.be.greaterThan(0);
    for (const locale of ['zh-Hans', 'en', 'zh-Hant'] as const) {
      await setLang(LANG[locale], locale);
      for (const series of data.series) {
        for (const member of series.members) {
          const el = await chartOf(member);
          const items = [...el.shadowRoot!.querySelectorAll('.points > li')];
          expect(items.length, `${series.id} ${locale}`).to.equal(series.members.length);
          expect(el.shadowRoot!.querySelectorAll('.bar').length).to.equal(series.members.length);
          // The figure shown is the one marked, in the list and among the bars.
          const at = series.members.indexOf(member);
          expect(items.map((li) => li.getAttribute('aria-current'))).to.deep.equal(series.members.map((_, i) => (i === at ? 'true' : null)));
          expect([...el.shadowRoot!.querySelectorAll('.bar')].map((b) => b.classList.contains('shown'))).to.deep.equal(series.members.map((_, i) => i === at));
          // Each line's number is written with Intl (an oracle outside the widget) in the locale's digits.
          series.members.forEach((id, i) => {
            const stat = data.stats.find((s) => s.id === id)!;
            const digits = new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'zh-CN', {useGrouping: locale === 'en'}).format(locale === 'en' ? stat.value : stat.value >= 1e4 ? stat.value / 1e4 : stat.value);
            expect(text(items[i]), `${id} ${locale}`).to.include(digits);
          });
          const golden = GOLDEN[member];
          if (golden) expect(items.map((li) => text(li))).to.deep.equal(golden[locale]);
        }
      }
    }
  });

  it('has its text in the page’s DOM (reading toolbars, find-in-page), and the picture hidden from assistive technology', async () => {
    const el = await chartOf('common-prosperity-workshops');
    const light = [...el.querySelectorAll('aw-t')].map((p) => p.textContent);
    for (const line of GOLDEN['common-prosperity-workshops']!['zh-Hans']) expect(light).to.include(line);
    expect(part(el, 'chart')!.getAttribute('aria-hidden')).to.equal('true');
    expect(el.shadowRoot!.querySelector('.points')!.getAttribute('aria-label')).to.equal('这一系列的数字');
  });

  it('draws an undated figure as undated: dashed, beyond a break of the axis, with a key that says so', async () => {
    const el = await chartOf('common-prosperity-workshops');
    const bars = [...el.shadowRoot!.querySelectorAll('.bar')];
    expect(bars.map((b) => b.classList.contains('undated'))).to.deep.equal([true, false]);
    const [undated, dated] = barCentres(el);
    expect(undated!).to.be.lessThan(dated!);
    // The axis has a break (two marks) between the undated part and the dated one.
    const axis = el.shadowRoot!.querySelector('.axis')!.getAttribute('d')!;
    expect(axis.match(/M/g)!.length, axis).to.equal(3);
    const stroke = getComputedStyle(bars[0]!.querySelector('rect')!);
    expect(stroke.fill).to.equal('none');
    expect(stroke.strokeDasharray).to.not.equal('none');
    expect(text(el.shadowRoot!.querySelector('.series-note'))).to.equal('柱按日期排列；虚线为报道未注明日期的数字，不在时间轴上');
    // A series whose figures all have dates has neither the key nor a break.
    const datedOnly = await chartOf('village-income-floor-2024');
    expect(Boolean(datedOnly.shadowRoot!.querySelector('.series-note'))).to.equal(false);
    expect(datedOnly.shadowRoot!.querySelector('.axis')!.getAttribute('d')!.match(/M/g)!.length).to.equal(1);
  });

  it('spaces dated bars by time, so unequal intervals look unequal', () => {
    const stat = (id: string, date: string | null, value: number): StatRecord =>
      ({id, value, measure: 'count', label: id, asOf: {date}, source: 's'}) as unknown as StatRecord;
    // 2020, 2021, 2024: the second gap is three times the first.
    const {bars, breaks} = placeBars([stat('a', '2020', 1), stat('b', '2021', 2), stat('c', '2024', 3)]);
    const [a, b, c] = bars.map((bar) => bar.x);
    // By days: 2020 is a leap year.
    expect((c! - b!) / (b! - a!)).to.be.closeTo((Date.UTC(2024, 0) - Date.UTC(2021, 0)) / (Date.UTC(2021, 0) - Date.UTC(2020, 0)), 1e-9);
    expect(breaks).to.deep.equal([]);
    // Undated before, inside and after: never on the dated part's span except between its neighbours.
    const mixed = placeBars([stat('u1', null, 1), stat('d1', '2020-01', 1), stat('u2', null, 1), stat('d2', '2022-01', 1), stat('u3', null, 1)]);
    const x = mixed.bars.map((bar) => bar.x);
    expect(x[0]!).to.be.lessThan(mixed.breaks[0]!);
    expect(mixed.breaks[0]!).to.be.lessThan(x[1]!);
    expect(x[2]!).to.be.closeTo((x[1]! + x[3]!) / 2, 1e-9);
    expect(x[4]!).to.be.greaterThan(mixed.breaks[1]!);
    expect(mixed.bars.map((bar) => bar.dated)).to.deep.equal([false, true, false, true, false]);
  });

  it('shows no chart without the attribute, or for a figure in no series (and reports nothing)', async () => {
    const plain = await fixture<CaseStat>(html`<case-stat stat="common-prosperity-workshops"></case-stat>`);
    await settled(plain);
    expect(Boolean(part(plain, 'series'))).to.equal(false);
    const alone = await chartOf('workshop-employment');
    expect(data.series.some((s) => s.members.includes('workshop-employment')), 'workshop-employment is in no series').to.equal(false);
    expect(Boolean(part(alone, 'series'))).to.equal(false);
    expect(alone.problem).to.equal(undefined);
  });

  it('fits a 320 px column, in care mode too', async () => {
    for (const attrs of ['', 'care']) {
      const el = await chartOf('village-income-floor-2024', attrs);
      const base = part(el, 'base')!;
      expect(base.scrollWidth, attrs).to.be.at.most(base.clientWidth);
      const chart = part(el, 'chart')!.getBoundingClientRect();
      expect(chart.width).to.be.greaterThan(100);
      expect(chart.right).to.be.at.most(base.getBoundingClientRect().right + 0.5);
    }
  });

  it('draws in system colours under forced colours', async function () {
    if (navigator.userAgent.includes('Firefox')) this.skip(); // No forced-colours emulation over WebDriver BiDi.
    await emulateMedia({forcedColors: 'active'});
    try {
      const el = await chartOf('common-prosperity-workshops');
      const shown = getComputedStyle(el.shadowRoot!.querySelector('.bar.shown rect')!);
      const probe = document.createElement('div');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const canvasText = getComputedStyle(probe).color;
      probe.remove();
      expect(shown.fill).to.equal(canvasText);
    } finally {
      await emulateMedia({forcedColors: 'none'});
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe, AAA contrast included, in care mode (${theme})`, async () => {
      const el = await chartOf('common-prosperity-workshops', `care theme="${theme}"`);
      await expectAxeAAA(el);
      await expect(el).to.be.accessible();
    });
  }
});
