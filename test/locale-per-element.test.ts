import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {CaseStat} from '../src/components/case-stat/case-stat.js';
import type {TimelineView} from '../src/components/timeline-view/timeline-view.js';
import {bundledData, type DataSource} from '../src/data/source.js';
import {defineElement} from '../src/define.js';
import {CaseStat as CaseStatClass} from '../src/components/case-stat/case-stat.js';
import {setLocale} from '../src/localization/localization.js';
import type {Locale} from '../src/data/types.js';
import {rawData, settled} from './support/raw-data.js';
import {setLang, text, toHant, waitUntil} from './support/helpers.js';

/**
 * Each widget reads in the language of its own `lang`, else its closest
 * ancestor's (across shadow roots), else `<html lang>`, and switches alone
 * when that changes; and it never shows two languages at once.
 */
const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;
const langOf = (el: Element) => base(el).getAttribute('lang');
const label = (el: Element) => text(el.shadowRoot!.querySelector('[part~="label"]'));
const STAT = 'workshop-employment';

describe('locale per element', () => {
  let labels: Record<Locale, string>;
  before(async () => {
    const stat = (await rawData()).stats.find((s) => s.id === STAT)!;
    labels = {'zh-Hans': stat.label['zh-Hans'], en: stat.label.en, 'zh-Hant': toHant(stat.label['zh-Hans'])};
  });
  afterEach(async () => {
    await setLocale(undefined);
    await setLang('zh-CN', 'zh-Hans');
  });

  it('own lang, an ancestor’s lang and <html lang> each decide for their widgets, and switch only those', async () => {
    await setLang('zh-CN', 'zh-Hans');
    const page = await fixture<HTMLElement>(html`<div>
      <case-stat id="own" lang="en" stat=${STAT}></case-stat>
      <div id="region" lang="zh-TW"><timeline-view></timeline-view><case-stat stat=${STAT}></case-stat></div>
      <case-stat id="plain" stat=${STAT}></case-stat>
    </div>`);
    const own = page.querySelector<CaseStat>('#own')!;
    const region = page.querySelector<HTMLElement>('#region')!;
    const timeline = region.querySelector<TimelineView>('timeline-view')!;
    const regional = region.querySelector<CaseStat>('case-stat')!;
    const plain = page.querySelector<CaseStat>('#plain')!;
    const all = [own, timeline, regional, plain];
    for (const el of all) await settled(el);
    const state = () => all.map(langOf);
    await waitUntil(() => state().join() === 'en,zh-Hant,zh-Hant,zh-Hans', `languages were ${state().join()}`);
    expect([label(own), label(regional), label(plain)]).to.deep.equal([labels.en, labels['zh-Hant'], labels['zh-Hans']]);

    region.lang = 'en';
    await waitUntil(() => state().join() === 'en,en,en,zh-Hans', `after the region switched: ${state().join()}`);
    own.lang = 'zh-Hans';
    await waitUntil(() => state().join() === 'zh-Hans,en,en,zh-Hans', `after the widget switched: ${state().join()}`);
    document.documentElement.lang = 'zh-HK';
    await waitUntil(() => state().join() === 'zh-Hans,en,en,zh-Hant', `after the page switched: ${state().join()}`);
    expect(label(plain)).to.equal(labels['zh-Hant']);
    own.removeAttribute('lang');
    await waitUntil(() => langOf(own) === 'zh-Hant', 'a widget without lang follows the page again');
  });

  it('follows a lang on an ancestor inside another component’s shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({mode: 'open'});
    root.innerHTML = `<section lang="en"><case-stat stat="${STAT}"></case-stat></section>`;
    const el = root.querySelector<CaseStat>('case-stat')!;
    await settled(el);
    await waitUntil(() => langOf(el) === 'en', 'the widget did not take the shadow ancestor’s lang');
    root.querySelector('section')!.lang = 'zh-TW';
    await waitUntil(() => langOf(el) === 'zh-Hant', 'the widget did not follow a lang change inside the shadow root');
  });

  it('setLocale() switches every widget, whatever their lang, and undefined gives them back their own', async () => {
    const page = await fixture<HTMLElement>(html`<div><case-stat lang="zh-TW" stat=${STAT}></case-stat><case-stat stat=${STAT}></case-stat></div>`);
    const widgets = [...page.querySelectorAll<CaseStat>('case-stat')];
    for (const el of widgets) await settled(el);
    await setLocale('en-US');
    expect(widgets.map(langOf)).to.deep.equal(['en', 'en']);
    expect(text(widgets[0]!.shadowRoot!.querySelector('[part~="as-of"]'))).to.equal('As of July 1, 2024');
    await setLocale(undefined);
    await waitUntil(() => widgets.map(langOf).join() === 'zh-Hant,zh-Hans', `back to their own: ${widgets.map(langOf).join()}`);
  });
});

describe('a change of lang, care or theme renders only the widgets it reaches', () => {
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  it('one widget’s lang renders that widget; a region’s care renders the widgets in it; the page’s renders all', async () => {
    await setLang('zh-CN', 'zh-Hans');
    const page = await fixture<HTMLElement>(html`<div>
      <case-stat id="a" stat=${STAT}></case-stat>
      <div id="region"><case-stat id="b" stat=${STAT}></case-stat><timeline-view id="c"></timeline-view></div>
      <case-stat id="d" stat=${STAT}></case-stat>
    </div>`);
    type Spied = HTMLElement & {updateComplete: Promise<boolean>; render(): unknown};
    const all = [...page.querySelectorAll<CaseStat | TimelineView>('case-stat, timeline-view')] as unknown as Spied[];
    for (const el of all) await settled(el);
    const renders = all.map(() => 0);
    all.forEach((el, i) => {
      const render = el.render;
      el.render = function (this: Spied) {
        renders[i]!++;
        return render.call(this);
      };
    });
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const el of all) await el.updateComplete;
    };
    const counts = async (change: () => void) => {
      renders.fill(0);
      change();
      await settle();
      return [...renders];
    };
    const [a, , , d] = all;
    const region = page.querySelector<HTMLElement>('#region')!;

    // The widget whose lang changed renders (its new data may take a second render); no other one does.
    const own = await counts(() => a!.setAttribute('lang', 'en'));
    await waitUntil(() => langOf(a!) === 'en', 'the widget switched');
    expect(own[0], 'the switched widget').to.be.greaterThan(0);
    expect(own.slice(1), 'the others').to.deep.equal([0, 0, 0]);
    const care = await counts(() => region.setAttribute('care', ''));
    expect(care[0], 'a').to.equal(0);
    expect(care[1], 'b, in the region').to.be.greaterThan(0);
    expect(care[2], 'c, in the region').to.be.greaterThan(0);
    expect(care[3], 'd').to.equal(0);
    const theme = await counts(() => d!.setAttribute('theme', 'dark'));
    expect(theme.slice(0, 3), 'a, b, c').to.deep.equal([0, 0, 0]);
    expect(theme[3], 'd').to.be.greaterThan(0);
    // An attribute on the page reaches every widget.
    const pageWide = await counts(() => document.body.setAttribute('care', ''));
    expect(pageWide.every((n) => n > 0), `renders ${pageWide.join(', ')}`).to.equal(true);
    document.body.removeAttribute('care');
    await settle();
  });
});

/** The bundled data, with one locale held back until the test lets it through. */
class HeldSource implements DataSource {
  release!: () => void;
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));
  constructor(private readonly held: Locale) {}
  peek: DataSource['peek'] = (locale, collections) => (locale === this.held ? undefined : bundledData.peek(locale, collections));
  load: DataSource['load'] = async (locale, collections) => {
    if (locale === this.held) await this.gate;
    return bundledData.load(locale, collections);
  };
}
class HeldStat extends CaseStatClass {}
defineElement('test-held-stat', HeldStat);

describe('a language switch while the new data is still loading', () => {
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  it('never renders a frame that mixes two languages, whatever re-renders the widget meanwhile', async () => {
    const stat = (await rawData()).stats.find((s) => s.id === STAT)!;
    const el = await fixture<HeldStat>(html`<test-held-stat stat=${STAT}></test-held-stat>`);
    const source = new HeldSource('en');
    el.dataSource = source;
    await settled(el);
    const frames: string[] = [];
    const record = () => {
      const asOf = text(el.shadowRoot!.querySelector('[part~="as-of"]'));
      const words = asOf.startsWith('As of') ? 'en' : asOf.startsWith('数据截至') ? 'zh-Hans' : `? ${asOf}`;
      const data = label(el) === stat.label.en ? 'en' : label(el) === stat.label['zh-Hans'] ? 'zh-Hans' : `? ${label(el)}`;
      frames.push(`${langOf(el)}|${words}|${data}`);
    };
    record();
    el.lang = 'en';
    // Re-render for every other reason while English data is held back.
    for (const change of [() => (el.compact = true), () => el.setAttribute('care', ''), () => (el.noTrend = true), () => el.requestUpdate()]) {
      change();
      await el.updateComplete;
      record();
    }
    source.release();
    await waitUntil(() => langOf(el) === 'en', 'English never arrived');
    await el.updateComplete;
    record();
    const mixed = frames.filter((f) => new Set(f.split('|')).size !== 1);
    expect(mixed, frames.join('\n')).to.deep.equal([]);
    expect(frames.at(0)).to.equal('zh-Hans|zh-Hans|zh-Hans');
    expect(frames.at(-1)).to.equal('en|en|en');
  });
});
