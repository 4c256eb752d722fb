import {WIDGET_TAGS} from '../src/widgets.js';
import {expect} from '@open-wc/testing';
import type {AllianceData} from '../src/data/schema.js';
import {rawData} from './support/raw-data.js';
import {text, waitUntil} from './support/helpers.js';
import * as OpenCC from 'opencc-js';
import {hantForData} from '../src/data/localize.js';

/** Traditional Chinese as the build derives it with OpenCC: the bundle makes its own from zh-Hans, and must match. */
const toHant = hantForData(OpenCC);

/**
 * The drop-in snippet on pages that are not UTF-8, with the real one-file
 * bundle (dist/alliance-widgets.iife.js, built by `npm test` before the
 * tests run). test/pages/encoding.html holds every widget, then the
 * script tag; the test server (web-test-runner.config.mjs) serves it in
 * GB2312 or with no charset at all, and serves the bundle to it, as most
 * servers do, without a charset. A classic script is then decoded in the
 * page's encoding unless its tag says `charset="utf-8"`; the bundle is pure
 * ASCII, so it reads the same in every encoding.
 */
const PAGES = [
  {path: 'gb2312.html', what: 'a GB2312 page, script tag with charset="utf-8"', characterSet: 'GBK', scriptCharset: 'utf-8'},
  {path: 'gb2312-plain-script.html', what: 'a GB2312 page, script tag without charset', characterSet: 'GBK', scriptCharset: null},
  {path: 'unlabelled.html', what: 'a page with no charset anywhere (windows-1252)', characterSet: 'windows-1252', scriptCharset: null},
];

const TAGS = WIDGET_TAGS;

/** The case-stat figure as the widget words it (the article prints 超4.55万人); golden. */
const WORKSHOP_EMPLOYMENT = '超过4.55万人';

const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
const parts = (el: Element, name: string) => [...(el.shadowRoot?.querySelectorAll(`[part~="${name}"]`) ?? [])];
/** A date as the widgets format it in Simplified Chinese, at its own precision. */
const zhDate = (date: string) => {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  const fields: Intl.DateTimeFormatOptions[] = [{year: 'numeric'}, {year: 'numeric', month: 'long'}, {year: 'numeric', month: 'long', day: 'numeric'}];
  return new Intl.DateTimeFormat('zh-CN', {...fields[date.split('-').length - 1], timeZone: 'UTC'}).format(Date.UTC(y!, m - 1, d));
};

let data: AllianceData;
before(async () => {
  data = await rawData();
});

for (const page of PAGES) {
  describe(`one-file bundle on ${page.what}`, () => {
    let win: Window & {caught?: string[]};
    let doc: Document;
    const widget = (tag: string) => doc.querySelector(tag)!;
    const ready = () => TAGS.every((tag) => part(widget(tag), 'base') && !widget(tag).shadowRoot!.querySelector('[data-state]'));

    // A window of its own, not an iframe: an unlabelled same-origin iframe would take this page's UTF-8.
    before(async () => {
      const path = `/test/pages/encoding/${page.path}`;
      win = window.open(path, `encoding-${page.path}`, 'width=1000,height=900')!;
      expect(win, 'the test page may open a window').to.exist;
      await waitUntil(() => win.location.pathname === path && win.document.readyState === 'complete', `${path} did not load`, {timeout: 10000});
      doc = win.document;
    });
    after(() => win.close());

    it(`is read as ${page.characterSet}, and the bundle is served without a charset`, async () => {
      expect(doc.characterSet).to.equal(page.characterSet);
      // The page's own Chinese reads correctly: its bytes are in the encoding the browser uses.
      expect(text(doc.getElementById('heading'))).to.equal('宁波党建联建');
      expect(doc.title).to.equal('宁波党建联建数据');
      const script = doc.querySelector('script[src]')!;
      // The snippet's URL, made unique per page by the test server so that no cached copy is reused.
      expect(script.getAttribute('src')!.split('?')[0]).to.equal('/dist/alliance-widgets.iife.js');
      expect(script.getAttribute('charset')).to.equal(page.scriptCharset);
      const response = await win.fetch(script.getAttribute('src')!, {cache: 'no-store'});
      expect(response.headers.get('content-type')).to.equal('text/javascript');
    });

    it('runs the bundle without an uncaught error', () => {
      expect(win.caught).to.deep.equal([]);
      for (const tag of TAGS) expect(win.customElements.get(tag), `${tag} is defined`).to.exist;
    });

    it('renders every widget with its data (no loading or error state)', async () => {
      await waitUntil(ready, 'widgets did not render their data', {timeout: 5000});
      for (const tag of TAGS) expect(part(widget(tag), 'base')!.getAttribute('lang'), tag).to.equal('zh-Hans');
    });

    it('shows the Chinese of the data and messages, not mojibake', async () => {
      await waitUntil(ready, 'widgets did not render their data', {timeout: 5000});

      const stat = data.stats.find((s) => s.id === 'workshop-employment')!;
      const source = data.sources.find((s) => s.id === stat.source)!;
      const el = widget('case-stat');
      expect(text(part(el, 'value'))).to.equal(WORKSHOP_EMPLOYMENT);
      expect(text(part(el, 'label'))).to.equal(stat.label['zh-Hans']);
      // Messages with placeholders (tagged `str` templates in the bundle).
      expect(text(part(el, 'as-of'))).to.equal(`数据截至：${zhDate(stat.asOf.date!)}`);
      expect(text(part(el, 'source'))).to.equal(`来源：${source.paper['zh-Hans']}《${source.title['zh-Hans']}》，${zhDate(source.date.value!)}`);

      const model = data.models.find((m) => m.id === 'mentor-led')!;
      const card = widget('alliance-model-card');
      expect(text(part(card, 'name')!.querySelector('.visually-hidden'))).to.equal(`模式${model.number}：`);
      expect(text(part(card, 'name'))).to.match(new RegExp(`${model.name['zh-Hans']}$`));
      expect(text(part(card, 'summary'))).to.equal(model.summary['zh-Hans']);

      const timeline = widget('timeline-view');
      const titles = parts(timeline, 'event-title').map(text);
      expect(titles.length).to.equal(data.events.length);
      expect([...titles].sort()).to.deep.equal(data.events.map((e) => e.title['zh-Hans']).sort());

      const study = data.cases.find((c) => c.id === 'kuangyan-south')!;
      const caseCard = widget('case-study-card');
      expect(text(part(caseCard, 'name'))).to.equal(study.name['zh-Hans']);
      expect(text(part(caseCard, 'summary'))).to.equal(study.summary['zh-Hans']);

      // Nothing anywhere reads as UTF-8 decoded in another encoding: no replacement characters, no è¶….
      for (const tag of TAGS) expect(text(widget(tag)), tag).not.to.match(/[\ufffd\u00c0-\u00ff]/);
    });

    it('reads in Traditional Chinese (made in the page from zh-Hans, as OpenCC gives it, with no request) and in English (one request, beside the bundle)', async () => {
      await waitUntil(ready, 'widgets did not render their data', {timeout: 5000});
      const langs = () => TAGS.map((tag) => part(widget(tag), 'base')?.getAttribute('lang'));
      const stat = data.stats.find((s) => s.id === 'workshop-employment')!;
      const model = data.models.find((m) => m.id === 'mentor-led')!;
      const study = data.cases.find((c) => c.id === 'kuangyan-south')!;
      // Firefox asks for the favicon of a window it opens; that is the browser's request, not the page's.
      const requested = () => new Set(win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((path) => path !== '/favicon.ico'));
      const shown = () => [
        text(part(widget('case-stat'), 'label')),
        text(part(widget('alliance-model-card'), 'summary')),
        text(part(widget('case-study-card'), 'name')),
        text(part(widget('case-study-card'), 'summary')),
      ];
      const authored = [stat.label, model.summary, study.name, study.summary];
      try {
        doc.documentElement.lang = 'zh-TW';
        await waitUntil(() => langs().every((l) => l === 'zh-Hant') && ready(), 'widgets did not switch to Traditional Chinese', {timeout: 5000});
        expect(shown()).to.deep.equal(authored.map((t) => toHant(t['zh-Hans'])));
        expect([...requested()], 'no request for zh-Hant: the bundle makes it from zh-Hans').to.deep.equal(['/dist/alliance-widgets.iife.js']);
        doc.documentElement.lang = 'en';
        await waitUntil(() => langs().every((l) => l === 'en') && ready(), 'widgets did not switch to English', {timeout: 5000});
        expect(shown()).to.deep.equal(authored.map((t) => t.en));
        for (const tag of TAGS) expect(text(widget(tag)), tag).not.to.match(/[\ufffd\u00c0-\u00ff]/);
        expect([...requested()], 'English: one request, for the file beside the bundle').to.deep.equal(['/dist/alliance-widgets.iife.js', '/dist/alliance-widgets.en.js']);
      } finally {
        doc.documentElement.lang = 'zh-CN';
        await waitUntil(() => langs().every((l) => l === 'zh-Hans') && ready(), 'widgets did not switch back', {timeout: 5000});
      }
    });
  });
}
