import {expect, fixture, html} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../src/generated/entries/case-stat.js';
import '../src/generated/entries/case-study-card.js';
import '../src/generated/entries/alliance-model-card.js';
import '../src/generated/entries/alliance-scheme.js';
import '../src/generated/entries/timeline-view.js';
import {CaseStat} from '../src/components/case-stat/case-stat.js';
import {CaseStudyCard} from '../src/components/case-study-card/case-study-card.js';
import {AllianceModelCard} from '../src/components/alliance-model-card/alliance-model-card.js';
import {AllianceScheme} from '../src/components/alliance-scheme/alliance-scheme.js';
import {TimelineView} from '../src/components/timeline-view/timeline-view.js';
import {Dataset, loadDataset} from '../src/data/dataset.js';
import type {DataSource} from '../src/data/source.js';
import {COLLECTIONS, type Collection, type Locale} from '../src/data/types.js';
import type {AllianceData} from '../src/data/schema.js';
import {rawData, settled} from './support/raw-data.js';
import {placeExpectingError, text} from './support/helpers.js';

/**
 * Per-record data on ES pages: each widget loads only the records of what it
 * shows — one figure, one case, one model, the gallery of a kind, the
 * timeline — in one module of src/data/generated/focus/ (from beside the
 * library's own loader), and shows on them exactly what it shows on the whole
 * data. The first tests run before anything in this page has loaded a whole
 * collection.
 */

/** Data modules the page requested so far (whole collections, or per-record ones), not the import map of them. */
const requested = () =>
  performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((path) => path.startsWith('/src/data/generated/') && !path.endsWith('/loaders.ts'));

/** The records of one focus module, read as a page would get them, served alone: no whole collection behind them. */
const focusOnly: DataSource = {
  peek: () => undefined,
  load: async (locale, collections, focus) => {
    if (focus === undefined) throw new Error('the widget named no focus');
    const module = (await import(/* @vite-ignore */ `/src/data/generated/focus/${locale}/${focus}.js`)) as {default: string};
    const lists = JSON.parse(module.default) as {[C in Collection]?: unknown[]};
    for (const c of collections) if (!lists[c]) throw new Error(`${focus}: no ${c}`);
    return new Dataset(locale, Object.fromEntries(collections.map((c) => [c, lists[c]])));
  },
};
for (const [tag, widget] of [
  ['case-stat', CaseStat],
  ['case-study-card', CaseStudyCard],
  ['alliance-model-card', AllianceModelCard],
  ['alliance-scheme', AllianceScheme],
  ['timeline-view', TimelineView],
] as const) {
  customElements.define(
    `focus-${tag}`,
    class extends (widget as typeof CaseStat) {
      static override dataSource = focusOnly;
    }
  );
}

describe('per-record data on ES pages', () => {
  let data: AllianceData;
  before(async () => {
    data = await rawData();
  });

  it('a case card loads the records of its case only, from the library’s folder', async () => {
    const el = await fixture<CaseStudyCard>(html`<case-study-card case="kuangyan-south"></case-study-card>`);
    await settled(el);
    expect(text(el.shadowRoot!.querySelector('[part~="name"]'))).to.equal(data.cases.find((c) => c.id === 'kuangyan-south')!.name['zh-Hans']);
    expect(requested()).to.deep.equal(['/src/data/generated/focus/zh-Hans/cases/kuangyan-south.js']);
    el.remove();
  });

  it('a model gallery loads the records of its kind only', async () => {
    const el = await fixture<AllianceModelCard>(html`<alliance-model-card></alliance-model-card>`);
    await settled(el);
    expect(el.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(data.models.filter((m) => m.kind === 'formation').length);
    expect(requested().filter((p) => !p.includes('/cases/'))).to.deep.equal(['/src/data/generated/focus/zh-Hans/kinds/formation.js']);
    el.remove();
  });

  it('a figure and the timeline load one module each', async () => {
    const before = requested().length;
    const stat = await fixture<CaseStat>(html`<case-stat stat="common-prosperity-workshops"></case-stat>`);
    const timeline = await fixture<TimelineView>(html`<timeline-view></timeline-view>`);
    await settled(stat);
    await settled(timeline);
    // The figure's trend needs the earlier figure of its series: it is in the same module.
    expect(stat.shadowRoot!.querySelector('[part~="trend"]'), 'the trend').to.exist;
    expect(requested().slice(before)).to.deep.equal(['/src/data/generated/focus/zh-Hans/stats/common-prosperity-workshops.js', '/src/data/generated/focus/zh-Hans/timeline/all.js']);
    stat.remove();
    timeline.remove();
  });

  it('a scheme loads the records of that scheme only: the records it links to and its sources come with it', async () => {
    const before = requested().length;
    const el = await fixture<AllianceScheme>(html`<alliance-scheme scheme-id="twenty-articles"></alliance-scheme>`);
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part~="links"]'), 'the linked records').to.exist;
    expect(requested().slice(before)).to.deep.equal(['/src/data/generated/focus/zh-Hans/schemes/twenty-articles.js']);
    el.remove();
  });

  it('another case shows loading until its records are there, never "not found" on the records of the one before', async () => {
    const el = await fixture<CaseStudyCard>(html`<case-study-card case="kuangyan-south"></case-study-card>`);
    await settled(el);
    const other = data.cases.find((c) => c.id !== 'kuangyan-south' && c.models.length > 0)!;
    let errors = 0;
    el.addEventListener('alliance-error', () => errors++);
    el.caseId = other.id;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-state]')?.getAttribute('data-state')).to.equal('loading');
    await settled(el);
    expect(text(el.shadowRoot!.querySelector('[part~="name"]'))).to.equal(other.name['zh-Hans']);
    expect(errors).to.equal(0);
    el.remove();
  });

  it('an unknown id is not found (the whole data answers); a value that is not an id never becomes a URL', async () => {
    const before = requested().length;
    const {el, error} = await placeExpectingError('case-study-card', {case: '../../../index'});
    expect([error.reason, error.id]).to.deep.equal(['not-found', '../../../index']);
    expect(requested().slice(before).filter((p) => p.includes('/focus/'))).to.deep.equal([]);
    el.remove();
    const unknown = await placeExpectingError('case-study-card', {case: 'no-such-case'});
    expect([unknown.error.reason, unknown.error.id]).to.deep.equal(['not-found', 'no-such-case']);
    unknown.el.remove();
  });

  describe('shows on the records of its focus what it shows on the whole data', () => {
    before(async () => {
      // The whole data at hand: the widgets with the bundled source read it, the focus-only ones never do.
      for (const locale of ['zh-Hans', 'en', 'zh-Hant'] as const) await loadDataset(locale, COLLECTIONS);
    });

    /** Renders the markup for the widget `tag` and for its focus-only twin in `locale` (every event opened); returns both texts. */
    async function both(tag: string, attributes: string, locale: Locale): Promise<[string, string]> {
      const lang = {'zh-Hans': 'zh-CN', en: 'en', 'zh-Hant': 'zh-TW'}[locale];
      const texts: string[] = [];
      for (const name of [tag, `focus-${tag}`]) {
        const el = await fixture<CaseStudyCard>(staticHtml`<${unsafeStatic(name)} lang=${lang} ${unsafeStatic(attributes)}></${unsafeStatic(name)}>`);
        await settled(el);
        expect(el.shadowRoot!.querySelector('[data-state]'), `${name} ${attributes} ${locale}`).to.equal(null);
        if (el instanceof TimelineView) {
          for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('button.toggle')) el.toggleEvent(button.dataset['id']!, true);
          await el.updateComplete;
        }
        texts.push(text(el));
        el.remove();
      }
      return [texts[0]!, texts[1]!];
    }

    for (const locale of ['zh-Hans', 'en', 'zh-Hant'] as const) {
      it(`every figure, case card, model card and gallery, and the timeline, in ${locale}`, async function () {
        this.timeout(60000);
        const views: [string, string][] = [
          ...data.stats.map((st): [string, string] => ['case-stat', `stat="${st.id}"`]),
          ['timeline-view', ''],
          ...data.cases.map((c): [string, string] => ['case-study-card', `case="${c.id}" max-figures="1000"`]),
          ...data.models.map((m): [string, string] => ['alliance-model-card', `model="${m.id}" open`]),
          ...['formation', 'variant', 'approach', 'historical', 'all'].map((k): [string, string] => ['alliance-model-card', `kind="${k}" open`]),
          ...data.schemes.map((s): [string, string] => ['alliance-scheme', `scheme-id="${s.id}"`]),
        ];
        for (const [tag, attributes] of views) {
          const [whole, focus] = await both(tag, attributes, locale);
          expect(focus, `${tag} ${attributes}`).to.equal(whole);
        }
      });
    }
  });
});
