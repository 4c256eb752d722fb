import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/generated/entries/case-stat.js';
import {CaseStat} from '../src/components/case-stat/case-stat.js';
import {defineElement} from '../src/define.js';
import {AllianceErrorEvent} from '../src/events.js';
import {getLocale} from '../src/localization/localization.js';
import type {AllianceData, Stat} from '../src/data/schema.js';
import {rawData, settled} from './support/raw-data.js';
import {placeExpectingError, text, toHant, waitUntil} from './support/helpers.js';
import {expectAxeAAA} from './support/axe.js';
import portalJson from './data/portal.json' with {type: 'json'};

/** The city-wide figures of the 2024 article that the widget must show. */
const CITY_FIGURES = ['alliance-cases', 'common-prosperity-workshops', 'workshop-employment', 'typical-cases-city', 'typical-cases-province'];


/** Sets <html lang> as a host page would and waits for the widgets' locale. */
async function setLang(lang: string, locale: string) {
  document.documentElement.lang = lang;
  await waitUntil(() => getLocale() === locale, `locale ${locale} did not activate`);
}

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);

/** The number as each locale should print it, computed independently with Intl. */
function expectedNumber(stat: Stat, locale: 'zh-Hans' | 'en' | 'zh-Hant'): string {
  const tag = {'zh-Hans': 'zh-CN', en: 'en-US', 'zh-Hant': 'zh-TW'}[locale];
  if (stat.measure === 'percent') {
    return new Intl.NumberFormat(tag, {style: 'percent', maximumFractionDigits: 20}).format(stat.value / 100);
  }
  const compact = locale !== 'en' || stat.value >= 1e6;
  return new Intl.NumberFormat(tag, compact ? {notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 20} : {maximumFractionDigits: 20}).format(stat.value);
}

async function show(id: string): Promise<CaseStat> {
  const el = await fixture<CaseStat>(html`<case-stat stat=${id}></case-stat>`);
  await settled(el);
  return el;
}

/** A copy of the widget whose data never arrives or fails, registered under its own tag. */
class PendingStat extends CaseStat {
  static override dataSource = {peek: () => undefined, load: () => new Promise<never>(() => {})};
}
class FailingStat extends CaseStat {
  static override dataSource = {peek: () => undefined, load: () => Promise.reject(new Error('network down'))};
}
defineElement('test-pending-stat', PendingStat);
defineElement('test-failing-stat', FailingStat);

describe('<case-stat>', () => {
  let data: AllianceData;
  let stats: Map<string, Stat>;

  before(async () => {
    data = await rawData();
    stats = new Map(data.stats.map((s) => [s.id, s]));
    await setLang('zh-CN', 'zh-Hans');
  });
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  describe('defaults', () => {
    it('is registered and renders a figure, label, as-of date and source', async () => {
      const el = await show('workshop-employment');
      expect(el).to.be.instanceOf(CaseStat);
      expect(el.noSource).to.equal(false);
      for (const name of ['base', 'figure', 'value', 'label', 'as-of', 'source']) expect(part(el, name), name).to.exist;
    });

    for (const id of CITY_FIGURES) {
      it(`shows ${id} exactly, in Chinese units, with its source`, async () => {
        const stat = stats.get(id)!;
        expect(stat, `data has ${id}`).to.exist;
        const el = await show(id);
        const value = text(part(el, 'value'));
        expect(el.shadowRoot!.querySelector('data')!.getAttribute('value')).to.equal(String(stat.value));
        expect(value).to.include(expectedNumber(stat, 'zh-Hans'));
        if (stat.unit) expect(value).to.include(stat.unit['zh-Hans']);
        expect(text(part(el, 'label'))).to.equal(stat.label['zh-Hans']);
        const source = data.sources.find((s) => s.id === stat.source)!;
        expect(text(part(el, 'source'))).to.include(source.title['zh-Hans']).and.to.include(source.paper['zh-Hans']);
        if (stat.asOf.date) {
          const [y, m] = stat.asOf.date.split('-').map(Number);
          expect(text(part(el, 'as-of'))).to.include(String(y));
          if (m) expect(text(part(el, 'as-of'))).to.include(`${m}月`);
        }
      });
    }

    it('keeps the qualifier of the article: 超过 before the number of an "over" figure', async () => {
      const stat = stats.get('workshop-employment')!;
      expect(stat.qualifier).to.equal('over');
      const el = await show(stat.id);
      expect(text(part(el, 'value'))).to.equal(`超过${expectedNumber(stat, 'zh-Hans')}${stat.unit?.['zh-Hans'] ?? ''}`);
    });

    it('shows every qualifier in the data in its place', async () => {
      const words = {over: '超过', 'more-than': '余', more: '多', nearly: '近', 'at-least': '以上'} as const;
      for (const q of Object.keys(words) as (keyof typeof words)[]) {
        const stat = data.stats.find((s) => s.qualifier === q && s.valueTo === undefined && s.measure !== 'percent' && !s.qualifierBeforeScale);
        expect(stat, `the data has a figure qualified "${q}"`).to.exist;
        if (!stat) continue;
        const el = await show(stat.id);
        const number = expectedNumber(stat, 'zh-Hans');
        const unit = stat.unit?.['zh-Hans'] ?? '';
        const expected = {over: `超过${number}${unit}`, 'more-than': `${number}余${unit}`, more: `${number}多${unit}`, nearly: `近${number}${unit}`, 'at-least': `${number}${unit}以上`}[q];
        expect(text(part(el, 'value')), stat.id).to.equal(expected);
      }
    });

    it('puts a qualifier printed before the scale word there: 100余万元, 100餘萬元, "more than 1 million yuan"', async () => {
      const stat = data.stats.find((s) => s.qualifierBeforeScale)!;
      expect(stat.printed).to.equal('100余万');
      const el = await show(stat.id);
      expect(text(part(el, 'value'))).to.equal('100余万元');
      await setLang('en', 'en');
      expect(text(part(await show(stat.id), 'value'))).to.equal('more than 1 million yuan');
      await setLang('zh-TW', 'zh-Hant');
      expect(text(part(await show(stat.id), 'value'))).to.equal('100餘萬元');
    });
  });

  describe('attributes and properties', () => {
    it('reflects stat and switches figure when it changes', async () => {
      const el = await show('alliance-cases');
      el.stat = 'typical-cases-city';
      await settled(el);
      expect(el.getAttribute('stat')).to.equal('typical-cases-city');
      expect(text(part(el, 'label'))).to.equal(stats.get('typical-cases-city')!.label['zh-Hans']);
    });

    it('no-source hides the source line but keeps the as-of date', async () => {
      const el = await fixture<CaseStat>(html`<case-stat stat="alliance-cases" no-source></case-stat>`);
      await settled(el);
      expect(el.noSource).to.equal(true);
      expect(part(el, 'source')).to.equal(null);
      expect(part(el, 'as-of')).to.exist;
    });

    it('says so when an article prints no date, quoting its time words when it has some', async () => {
      const withWords = data.stats.find((s) => s.asOf.date === null && s.asOf.phrase?.['zh-Hans'] === '去年')!;
      const without = data.stats.find((s) => s.asOf.date === null && !s.asOf.phrase)!;
      expect(withWords, 'the data has an undated figure of “last year”').to.exist;
      expect(without, 'the data has an undated figure without time words').to.exist;
      expect(text(part(await show(withWords.id), 'as-of'))).to.equal('时间：文中称“去年”，报道未注明日期');
      expect(text(part(await show(without.id), 'as-of'))).to.equal('时间：报道未注明日期');
      await setLang('en', 'en');
      expect(text(part(await show(withWords.id), 'as-of'))).to.equal('When: “last year”, as the article says; it gives no date');
      expect(text(part(await show(without.id), 'as-of'))).to.equal('When: the article gives no date');
    });
  });

  describe('trend', () => {
    it('compares a figure with the earlier one of its series, exactly', async () => {
      // The bundled data has no series of exact figures in one unit (the articles' series are approximate or change
      // their counter word), so a portal's own data gives two: a rise and no change.
      const doc = structuredClone(portalJson) as unknown as {stats: Record<string, unknown>[]; series: Record<string, unknown>[]};
      const homestays = doc.stats.find((x) => x.id === 'river-homestays')!;
      doc.stats.push({...homestays, id: 'river-homestays-2024', value: 24, asOf: {date: '2024-12'}});
      doc.stats.push({...homestays, id: 'river-homestays-2026', value: 36, asOf: {date: '2026-06'}});
      const label = {'zh-Hans': '沿河新开民宿', en: 'New homestays along the river'};
      doc.series.push({id: 'river-homestays-up', label, members: ['river-homestays-2024', 'river-homestays']});
      doc.series.push({id: 'river-homestays-same', label, members: ['river-homestays', 'river-homestays-2026']});
      const nf = (v: number) => new Intl.NumberFormat('zh-CN', {notation: 'compact', maximumFractionDigits: 20}).format(v);
      const trendOf = async (id: string) => {
        const el = await fixture<CaseStat>(html`<case-stat stat=${id}></case-stat>`);
        el.data = doc;
        await waitUntil(() => part(el, 'trend'), `${id}: a trend`);
        return text(part(el, 'trend'));
      };
      const up = await trendOf('river-homestays');
      expect(up).to.include(`${nf(24)}家`).and.include(`增加${nf(12)}`).and.include(`增幅${new Intl.NumberFormat('zh-CN', {style: 'percent', maximumFractionDigits: 0}).format(12 / 24)}`);
      expect(up, 'the words give the direction; no sign before the percentage').not.to.match(/[+\-−]\d/);
      expect(await trendOf('river-homestays-2026')).to.match(/^与此前.*持平/);
    });

    it('golden trend lines: one unit per sentence, no redundant sign', async () => {
      // 247家 (undated article) → 835个 (2024): different counter words, so only the earlier figure is given.
      expect(text(part(await show('common-prosperity-workshops'), 'trend'))).to.equal('此前（未注明日期）：247家');
      // 15万元 (2021) → 30万元以上 (2024): the later one is approximate.
      expect(text(part(await show('village-income-floor-2024'), 'trend'))).to.equal('此前（2021年12月）：超过15万元');
      await setLang('en', 'en');
      expect(text(part(await show('common-prosperity-workshops'), 'trend'))).to.equal('Up 588 workshops (238%) from 247 workshops (date not printed)');
    });

    it('gives only the earlier figure when either is approximate, and nothing for the first of a series', async () => {
      const approximate = data.series.find((series) => series.members.some((id) => stats.get(id)!.qualifier));
      if (approximate) {
        const el = await show(approximate.members.at(-1)!);
        expect(text(part(el, 'trend'))).to.match(/^此前/).and.not.to.include('增加');
      }
      const first = await show(data.series[0]!.members[0]!);
      expect(part(first, 'trend')).to.equal(null);
    });

    it('no-trend hides the comparison', async () => {
      const id = data.series[0]!.members.at(-1)!;
      const el = await fixture<CaseStat>(html`<case-stat stat=${id} no-trend></case-stat>`);
      await settled(el);
      expect(part(el, 'trend')).to.equal(null);
    });
  });

  describe('count-up and modes', () => {
    it('counts up from zero, keeping the exact figure for assistive technology', async () => {
      const stat = stats.get('common-prosperity-workshops')!;
      const el = await fixture<CaseStat>(html`<case-stat stat=${stat.id} count-up theme="light"></case-stat>`);
      await settled(el);
      await el.updateComplete;
      const animated = el.shadowRoot!.querySelector('data [aria-hidden="true"]');
      if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) {
        expect(animated).to.equal(null);
        return;
      }
      expect(animated, 'a counting number is shown').to.exist;
      expect(text(el.shadowRoot!.querySelector('data .visually-hidden'))).to.equal(expectedNumber(stat, 'zh-Hans'));
      await waitUntil(() => !el.shadowRoot!.querySelector('data [aria-hidden]'), 'count-up did not finish', {timeout: 4000});
      expect(text(el.shadowRoot!.querySelector('data'))).to.equal(expectedNumber(stat, 'zh-Hans'));
    });

    it('never animates when the reader asks for reduced motion', async function () {
      if (navigator.userAgent.includes('Firefox')) this.skip(); // No media emulation over WebDriver BiDi.
      await emulateMedia({reducedMotion: 'reduce'});
      try {
        const el = await fixture<CaseStat>(html`<case-stat stat="common-prosperity-workshops" count-up></case-stat>`);
        await settled(el);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('data [aria-hidden]')).to.equal(null);
        expect(text(el.shadowRoot!.querySelector('data'))).to.equal(expectedNumber(stats.get('common-prosperity-workshops')!, 'zh-Hans'));
      } finally {
        await emulateMedia({reducedMotion: 'no-preference'});
      }
    });

    it('never animates in care mode, set on an ancestor', async () => {
      const wrapper = await fixture(html`<div care><case-stat stat="common-prosperity-workshops" count-up></case-stat></div>`);
      const el = wrapper.querySelector('case-stat')!;
      await settled(el);
      await el.updateComplete;
      expect(el.careMode).to.equal(true);
      expect(el.shadowRoot!.querySelector('data [aria-hidden]')).to.equal(null);
      expect(part(el, 'base')!.classList.contains('care')).to.equal(true);
    });

    it('switches care mode live when an ancestor attribute changes, and care="false" turns it off below', async () => {
      const wrapper = await fixture(html`<section><div><case-stat stat="alliance-cases"></case-stat></div></section>`);
      const el = wrapper.querySelector('case-stat')!;
      await settled(el);
      const size = () => parseFloat(getComputedStyle(part(el, 'value')!).fontSize);
      const plain = size();
      wrapper.setAttribute('care', '');
      await waitUntil(() => el.careMode && part(el, 'base')!.classList.contains('care'));
      expect(size() / plain).to.be.closeTo(1.25, 0.01);
      wrapper.querySelector('div')!.setAttribute('care', 'false');
      await waitUntil(() => !part(el, 'base')!.classList.contains('care'));
      expect(size()).to.equal(plain);
    });

    it('compact makes the number smaller', async () => {
      const wrapper = await fixture(html`<div><case-stat stat="alliance-cases"></case-stat><case-stat stat="alliance-cases" compact></case-stat></div>`);
      const [normal, compact] = [...wrapper.querySelectorAll('case-stat')];
      await settled(normal!);
      await settled(compact!);
      const size = (el: Element) => parseFloat(getComputedStyle(part(el, 'value')!).fontSize);
      expect(size(compact!)).to.be.lessThan(size(normal!));
    });

    it('theme="dark" uses light text on a dark surface', async () => {
      const el = await fixture<CaseStat>(html`<case-stat stat="alliance-cases" theme="dark"></case-stat>`);
      await settled(el);
      const luminance = (color: string) => {
        const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.map(Number);
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const figure = part(el, 'figure')!;
      expect(luminance(getComputedStyle(figure).color)).to.be.greaterThan(luminance(getComputedStyle(figure).backgroundColor));
    });
  });

  describe('states', () => {
    it('shows a reserved-size loading state until its data arrives', async () => {
      const el = await fixture<PendingStat>(html`<test-pending-stat stat="alliance-cases"></test-pending-stat>`);
      const state = el.shadowRoot!.querySelector('[data-state="loading"]')!;
      expect(state).to.exist;
      expect(state.getAttribute('role')).to.equal('status');
      expect(text(state)).to.equal('正在加载…');
      expect(state.getBoundingClientRect().height).to.be.greaterThan(parseFloat(getComputedStyle(el).fontSize) * 7);
    });

    it('shows a localized not-found state and fires alliance-error for an unknown id', async () => {
      const {el, error} = await placeExpectingError('case-stat', {stat: 'no-such-figure'});
      expect(error).to.be.instanceOf(AllianceErrorEvent);
      expect(error.reason).to.equal('not-found');
      expect(error.id).to.equal('no-such-figure');
      expect(error.bubbles && error.composed).to.equal(true);
      expect(text(el.shadowRoot!.querySelector('[data-state="not-found"]'))).to.equal('此处内容暂不可用。');
      el.remove();
    });

    it('fires missing-id when stat is absent or blank', async () => {
      for (const markup of ['<case-stat></case-stat>', '<case-stat stat="   "></case-stat>']) {
        const host = document.createElement('div');
        host.innerHTML = markup;
        const event = oneEvent(host, 'alliance-error');
        document.body.append(host);
        expect(((await event) as unknown as AllianceErrorEvent).reason).to.equal('missing-id');
        host.remove();
      }
    });

    it('renders a hostile id as text, never as HTML', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><b>x</b>';
      const {el} = await placeExpectingError<CaseStat>('case-stat', {stat: hostile});
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(el.problem?.id, 'the id goes to the page’s script, not to the visitor').to.equal(hostile);
      expect(text(el.shadowRoot!.querySelector('[data-state="not-found"]'))).to.equal('此处内容暂不可用。');
      expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
      el.remove();
    });

    it('shows an error state and fires load-failed when the data cannot load', async () => {
      const {el, error} = await placeExpectingError<FailingStat>('test-failing-stat', {stat: 'alliance-cases'});
      expect(error.reason).to.equal('load-failed');
      expect((error.cause as Error).message).to.equal('network down');
      expect(text(el.shadowRoot!.querySelector('[data-state="error"]'))).to.equal('内容暂时无法加载，请稍后刷新页面。');
      el.remove();
    });

    it('reports a problem once, not on every update', async () => {
      let count = 0;
      const el = document.createElement('case-stat');
      el.stat = 'nope';
      el.addEventListener('alliance-error', () => count++);
      document.body.append(el);
      await waitUntil(() => count === 1);
      el.noSource = true;
      await el.updateComplete;
      el.stat = 'nope-2';
      await waitUntil(() => count === 2);
      el.stat = 'alliance-cases';
      await settled(el);
      expect(count).to.equal(2);
      el.remove();
    });
  });

  describe('keyboard', () => {
    it('adds no tab stop of its own: a figure is read, not operated', async () => {
      const el = await show('workshop-employment');
      const focusable = el.shadowRoot!.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])');
      expect(focusable).to.have.length(0);
    });
  });

  describe('i18n', () => {
    it('follows <html lang> live: zh-Hans → en → zh-Hant', async () => {
      const stat = stats.get('workshop-employment')!;
      const el = await show(stat.id);
      expect(text(part(el, 'label'))).to.equal(stat.label['zh-Hans']);

      await setLang('en-GB', 'en');
      await waitUntil(() => text(part(el, 'label')) === stat.label.en, 'label did not switch to English', {timeout: 5000});
      const number = expectedNumber(stat, 'en');
      expect(number).to.equal(new Intl.NumberFormat('en').format(stat.value));
      expect(text(part(el, 'value'))).to.equal(`over ${number} ${stat.unit!.en}`);
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
      expect(text(part(el, 'as-of'))).to.match(/^As of /);

      await setLang('zh-HK', 'zh-Hant');
      await waitUntil(() => text(part(el, 'label')) === toHant(stat.label['zh-Hans']), 'label did not switch to Traditional Chinese', {timeout: 5000});
      expect(text(part(el, 'value'))).to.equal(`超過${expectedNumber(stat, 'zh-Hant')}${toHant(stat.unit!['zh-Hans'])}`);
    });

    it('dates and numbers follow the page’s region within a language (golden strings)', async () => {
      // workshop-employment: over 45,500 people, as of 2024-07-01; the 2024 article is dated 2024-07-01.
      const golden: [string, string, string, string][] = [
        ['en', 'en', 'As of 1 July 2024', 'over 45,500 people'],
        ['en-GB', 'en', 'As of 1 July 2024', 'over 45,500 people'],
        ['en-US', 'en', 'As of July 1, 2024', 'over 45,500 people'],
        ['en-IN', 'en', 'As of 1 July 2024', 'over 45,500 people'],
        ['zh-HK', 'zh-Hant', '資料截至：2024年7月1日', '超過4.55萬人'],
        ['zh-CN', 'zh-Hans', '数据截至：2024年7月1日', '超过4.55万人'],
      ];
      const el = await show('workshop-employment');
      for (const [lang, locale, asOf, value] of golden) {
        await setLang(lang, locale);
        await waitUntil(() => text(part(el, 'as-of')) === asOf, `${lang}: as-of reads “${text(part(el, 'as-of'))}”, not “${asOf}”`);
        expect(text(part(el, 'value')), lang).to.equal(value);
      }
      // The region alone changes, within English: the widget follows live.
      await setLang('en-GB', 'en');
      await waitUntil(() => text(part(el, 'as-of')) === 'As of 1 July 2024');
      document.documentElement.lang = 'en-US';
      await waitUntil(() => text(part(el, 'as-of')) === 'As of July 1, 2024', 'did not follow en-GB → en-US');
    });

    it('shows not-found in the reader’s language', async () => {
      await setLang('en', 'en');
      const el = await show('missing-figure');
      expect(text(el.shadowRoot!.querySelector('[data-state="not-found"]'))).to.equal('This content is not available.');
    });
  });

  describe('looks', () => {
    it('reads as a card in light and dark alike: an edge all round, not only on dark pages', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await fixture<CaseStat>(html`<case-stat stat="alliance-cases" theme=${theme}></case-stat>`);
        await settled(el);
        const style = getComputedStyle(part(el, 'figure')!);
        for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
          expect(style.getPropertyValue(`border-${side.toLowerCase()}-style`), `${theme} ${side}`).to.equal('solid');
          expect(parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)), `${theme} ${side}`).to.be.at.least(1);
        }
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe in zh-Hans', async () => {
      const el = await show('workshop-employment');
      await expect(el).to.be.accessible();
    });

    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe, AAA contrast included, in care mode (${theme})`, async () => {
        const el = await fixture<CaseStat>(html`<case-stat stat="common-prosperity-workshops" theme=${theme} care></case-stat>`);
        await settled(el);
        await expectAxeAAA(el);
      });
    }

    it('passes axe in English, and in its not-found state', async () => {
      await setLang('en', 'en');
      const el = await show('common-prosperity-workshops');
      await expect(el).to.be.accessible();
      const missing = await show('nope');
      await expect(missing).to.be.accessible();
    });
  });
});
