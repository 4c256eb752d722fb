/**
 * Pages the command line rendered in their own encodings, read back with
 * scripts off. The test server (web-test-runner.config.mjs, cliEncodingPages)
 * serves the portal pages of test/pages/cli-encoding/pages.mjs — GB2312,
 * GBK, GB18030, Big5 and UTF-8, each with its own Chinese title and menu and
 * four widgets, two in Simplified and two in Traditional Chinese — as
 * `alliance-widgets render -` wrote them, with no charset in the HTTP
 * header. In a sandboxed frame (no scripts) each must read in its declared
 * encoding with its own text as written, and with every widget's text — the
 * characters the encoding lacks written as references and shown as the
 * characters.
 */
import {expect} from '@open-wc/testing';
import * as OpenCC from 'opencc-js';
import type {AllianceData} from '../src/data/schema.js';
import {hantForData} from '../src/data/localize.js';
import {loadFrame, text} from './support/helpers.js';
import {rawData} from './support/raw-data.js';
import {ENCODED_PAGES, PAGE_WIDGETS, pageText} from './pages/cli-encoding/pages.mjs';

const toHant = hantForData(OpenCC);
const TAGS = Object.keys(PAGE_WIDGETS);
/** The case-stat figure as the widget words it (the article prints 超4.55万人); golden, as in test/encoding.test.ts. */
const WORKSHOP_EMPLOYMENT = '超过4.55万人';

const part = (el: Element, name: string) => el.shadowRoot?.querySelector(`[part~="${name}"]`) ?? null;
const parts = (el: Element, name: string) => [...(el.shadowRoot?.querySelectorAll(`[part~="${name}"]`) ?? [])];
const pieceTexts = (el: Element) => [...el.children].filter((c) => c.localName === 'aw-t').map((c) => c.textContent);

let data: AllianceData;
/** Each widget's pieces on the UTF-8 page, which needs no reference: what every other page must show. */
const unicodePieces = new Map<string, (string | null)[]>();

describe('pages rendered by the command line, in their own encodings, with scripts off', function () {
  this.timeout(60000);
  before(async () => {
    data = await rawData();
    // The server renders each page once, on its first request (a few seconds each).
    for (const page of ENCODED_PAGES) expect((await fetch(`/test/pages/cli-encoding/${page.name}.html`, {cache: 'no-store'})).ok, page.name).to.equal(true);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  // UTF-8 first: the others are compared with it.
  for (const page of [...ENCODED_PAGES].sort((a, b) => Number(b.name === 'utf-8') - Number(a.name === 'utf-8'))) {
    it(`${page.name}: read as ${page.characterSet}, the page's own text as written, all four widgets' text shown`, async () => {
      const path = `/test/pages/cli-encoding/${page.name}.html`;
      const frame = await loadFrame({src: path}, {width: 900, height: 4000, sandbox: 'allow-same-origin'});
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      expect(doc.characterSet.toLowerCase()).to.equal(page.characterSet.toLowerCase());
      for (const tag of TAGS) expect(win.customElements.get(tag), `${tag}: no script ran`).to.equal(undefined);

      // The page's own text.
      const {title, menu} = pageText(page);
      expect(doc.title).to.equal(title);
      expect(text(doc.getElementById('heading'))).to.equal(title);
      expect(text(doc.getElementById('menu'))).to.equal(menu.join(' | '));
      const json = doc.getElementById('site-data')!.textContent!;
      expect(json, 'inline JSON in ASCII').to.match(/^[\x20-\x7e]*$/);
      expect(JSON.parse(json)).to.deep.equal({title, menu});

      // The widgets: declarative shadow roots and the data's text, in Simplified (case-stat, model card) and Traditional Chinese (case card, timeline).
      const widget = (tag: string) => doc.querySelector(tag)!;
      for (const tag of TAGS) {
        expect(widget(tag).shadowRoot, `${tag}: a declarative shadow root`).to.not.equal(null);
        expect(widget(tag).getAttribute('state'), tag).to.equal('ready');
        expect(text(widget(tag)), `${tag}: no mojibake, no reference shown as text`).not.to.match(/[\ufffd\u00c0-\u00ff]|&#x/);
      }
      const stat = data.stats.find((s) => s.id === 'workshop-employment')!;
      expect(text(part(widget('case-stat'), 'value'))).to.equal(WORKSHOP_EMPLOYMENT);
      expect(text(part(widget('case-stat'), 'label'))).to.equal(stat.label['zh-Hans']);
      const model = data.models.find((m) => m.id === 'mentor-led')!;
      expect(text(part(widget('alliance-model-card'), 'summary'))).to.equal(model.summary['zh-Hans']);
      const study = data.cases.find((c) => c.id === 'kuangyan-south')!;
      expect(text(part(widget('case-study-card'), 'name'))).to.equal(toHant(study.name['zh-Hans']));
      expect(text(part(widget('case-study-card'), 'summary'))).to.equal(toHant(study.summary['zh-Hans']));
      const titles = parts(widget('timeline-view'), 'event-title').map(text);
      expect([...titles].sort()).to.deep.equal(data.events.map((e) => toHant(e.title['zh-Hans'])).sort());

      // Every piece as on the UTF-8 page.
      if (page.name === 'utf-8') for (const tag of TAGS) unicodePieces.set(tag, pieceTexts(widget(tag)));
      else expect([...unicodePieces.keys()], 'the UTF-8 page read first').to.deep.equal(TAGS);
      if (page.name !== 'utf-8') for (const tag of TAGS) expect(pieceTexts(widget(tag)), tag).to.deep.equal(unicodePieces.get(tag));

      // In the bytes: references where the encoding lacks characters (GB2312: Traditional ones; Big5: Simplified ones), none in the others.
      const bytes = new Uint8Array(await (await fetch(path, {cache: 'no-store'})).arrayBuffer());
      const references = (new TextDecoder('latin1').decode(bytes).match(/&#x[0-9A-F]+;/g) ?? []).length;
      if (page.name === 'gb2312' || page.name === 'big5') expect(references, 'references written').to.be.greaterThan(20);
      else expect(references).to.equal(0);
    });
  }

});
