/**
 * Links from hostile input, on whole pages served with the README's strict
 * Content Security Policy and Trusted Types header and without it (see
 * `hostilePages` in web-test-runner.config.mjs): `case-href` templates as an
 * editor writes them in HTML (character references, control characters,
 * mixed case, schemes composed by the data's ids), as a script sets them,
 * and article URLs a script's own data source gives — live, as static HTML
 * with scripts of ours off, and as static HTML taken over by the bundle.
 *
 * On each page every case name and source title of a hostile widget is
 * clicked, then counted: executions (a payload that runs posts a message to
 * this window), links whose URL is not http or https, elements or `on…`
 * attributes a payload made, uncaught exceptions and (with CSP) violations —
 * all 0 — and that the good widgets on the same page render their links. The
 * same detectors run on a page that really injects, where each must find it.
 */
import {expect} from '@open-wc/testing';
import {DATA_URLS, GOOD_URL, hitNumber, MARKUP_TEMPLATES, SCRIPT_TEMPLATES} from './pages/hostile/payloads.mjs';
import {loadFrame, text, waitUntil} from './support/helpers.js';

interface Recorded {
  __violations: string[];
  __errors: string[];
  __warnings: string[];
  __alliance: {payload: string; tag: string; reason: string; path: string; id: string}[];
}
type Frame = Window & typeof globalThis & Recorded;

/** Hit messages posted to this window by payloads that ran. */
const hits: number[] = [];
window.addEventListener('message', (e) => {
  const n = hitNumber(e.data);
  if (n !== undefined) hits.push(n);
});

/** Tags a widget's own templates make; anything else in a widget was made by a payload. */
const OWN_TAGS = new Set(['a', 'article', 'br', 'button', 'data', 'div', 'figcaption', 'figure', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ol', 'p', 'section', 'slot', 'span', 'style', 'time', 'ul', 'aw-t']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data'];

/** Every element of a widget: its light DOM and its shadow tree. */
function elementsOf(host: Element): Element[] {
  const out: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host);
  if (host.shadowRoot) walk(host.shadowRoot);
  return out;
}

/** What the detectors find in the hostile widgets of a page. */
function detect(doc: Document) {
  const widgets = [...doc.querySelectorAll('.hostile')];
  let scriptLinks = 0;
  let made = 0;
  const links: string[] = [];
  for (const widget of widgets) {
    for (const el of elementsOf(widget)) {
      if (!OWN_TAGS.has(el.localName)) made++;
      for (const attr of el.attributes) {
        if (attr.name.startsWith('on')) made++;
        if (!URL_ATTRIBUTES.includes(attr.name) || el.localName === 'slot') continue;
        links.push(attr.value);
        if (!/^https?:$/.test(protocolOf(attr.value, doc.baseURI))) scriptLinks++;
      }
    }
  }
  return {widgets: widgets.length, scriptLinks, made, links};
}

/** The scheme of a URL as the browser reads it ('' when it cannot be read: counted as not http). */
function protocolOf(url: string, base: string): string {
  try {
    return new URL(url, base).protocol;
  } catch {
    return '';
  }
}

/**
 * Clicks every case name and source title of the hostile widgets. After a
 * link, it waits for the navigation to run: a frame's next navigation cancels
 * one still queued, so links clicked together would hide all but the last.
 */
async function clickAll(doc: Document): Promise<number> {
  let clicks = 0;
  for (const widget of doc.querySelectorAll('.hostile')) {
    for (const el of elementsOf(widget)) {
      if (!el.matches('[part~="case"], [part~="source-link"], a')) continue;
      (el as HTMLElement).click();
      clicks++;
      if (el.localName === 'a') await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  return clicks;
}

async function open(page: string): Promise<{win: Frame; doc: Document}> {
  const frame = await loadFrame({src: `/test/pages/hostile/${page}`}, {width: 900, height: 700});
  return {win: frame.contentWindow as Frame, doc: frame.contentDocument!};
}

/** Links of a good widget (the positive control of the page). */
const linksOf = (el: Element | null) => [...(el?.shadowRoot?.querySelectorAll('a[href]') ?? [])].map((a) => (a as HTMLAnchorElement).href);

/** Waits until every widget of the page shows its content (no loading state, the case names there). */
async function allShown(doc: Document, casesEach: number): Promise<void> {
  const cards = [...doc.querySelectorAll('alliance-model-card')];
  await waitUntil(
    () => cards.every((c) => c.shadowRoot?.querySelectorAll('[part~="case"]').length === casesEach && !c.shadowRoot.querySelector('[data-state]')),
    `not every model card shows its ${casesEach} case(s)`,
    {timeout: 10000}
  );
}

/**
 * Counts what the payloads made, then clicks everything, waits for any payload
 * to run and counts that. A page with a link the policy should have refused
 * fails on the first counts, before a click takes the frame away.
 */
async function clickAndCount(win: Frame, doc: Document) {
  const found = detect(doc);
  expect({scriptLinks: found.scriptLinks, made: found.made}, `links: ${found.links.join(' | ')}`).to.deep.equal({scriptLinks: 0, made: 0});
  hits.length = 0;
  const clicks = await clickAll(doc);
  await new Promise((resolve) => setTimeout(resolve, 400));
  // Static HTML's inline <style> is refused by `style-src 'self'` (documented in the README): not a script.
  const violations = win.__violations.filter((v) => !v.startsWith('style-src'));
  return {clicks, executions: hits.length, ...detect(doc), errors: win.__errors.length, violations: violations.length};
}

/** The same counts on the control page, which must find what it injects: no early expectation there. */
async function clickAndCountControl(win: Frame, doc: Document) {
  hits.length = 0;
  const clicks = await clickAll(doc);
  await new Promise((resolve) => setTimeout(resolve, 400));
  return {clicks, executions: hits.length, ...detect(doc), errors: win.__errors.length, violations: win.__violations.length};
}

const PAYLOAD_COUNT = MARKUP_TEMPLATES.length + SCRIPT_TEMPLATES.length + DATA_URLS.length;

describe(`hostile links (${PAYLOAD_COUNT} templates and URLs)`, () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the detectors find a page that really injects: a script link that runs when clicked, an element with an inline handler', async () => {
    for (const csp of [false, true]) {
      const {win, doc} = await open(`injected.html${csp ? '?csp=1' : ''}`);
      await waitUntil(() => doc.querySelector('.hostile')?.shadowRoot, 'the injecting script did not run');
      const counts = await clickAndCountControl(win, doc);
      console.log(`injected page, ${csp ? 'CSP' : 'no CSP'}: ${JSON.stringify(counts)}`);
      expect(counts.scriptLinks, 'script links').to.equal(1);
      // Without CSP the link and the handler run; with it, Trusted Types refuse the handler and CSP blocks the link (reported).
      expect(counts.made, 'elements and on… attributes').to.equal(csp ? 1 : 2);
      if (csp) {
        expect(counts.executions).to.equal(0);
        expect(counts.violations).to.be.greaterThan(0);
      } else expect(counts.executions).to.equal(2);
    }
  });

  for (const csp of [false, true]) {
    const query = csp ? '?csp=1' : '';
    const label = csp ? 'with CSP and Trusted Types' : 'without CSP';

    it(`live, ${label}: ${MARKUP_TEMPLATES.length} templates in HTML, ${SCRIPT_TEMPLATES.length} × 2 set from script, ${DATA_URLS.length} article URLs — 0 executions, 0 script links, 0 elements made, 0 exceptions; the good widgets render their links`, async () => {
      const {win, doc} = await open(`live.html${query}`);
      await waitUntil(() => doc.querySelectorAll('#script-set > *').length === SCRIPT_TEMPLATES.length * 2 + DATA_URLS.length + 1, 'the script-set payloads are not all there');
      await allShown(doc, 7);
      const stats = [...doc.querySelectorAll('#script-set > *:not(alliance-model-card)'), doc.querySelector('#good-stat')!];
      await waitUntil(() => stats.every((s) => text(s).includes('来源')), 'a figure did not render');
      // The positive controls: a good template makes a link for each of the 7 cases, a good URL a link for its title.
      expect(linksOf(doc.querySelector('#good-links')).filter((href) => href.includes('/cases/'))).to.have.length(7);
      expect(linksOf(doc.querySelector('#good-url'))).to.deep.equal([GOOD_URL]);
      expect(text(doc.querySelector('#good-stat'))).to.include('来源');

      const counts = await clickAndCount(win, doc);
      console.log(`live, ${label}: ${JSON.stringify({...counts, links: counts.links.length})}`);
      expect(counts.widgets).to.equal(MARKUP_TEMPLATES.length + SCRIPT_TEMPLATES.length * 2 + DATA_URLS.length);
      expect(counts.clicks, 'every case name and title clicked').to.be.at.least(counts.widgets);
      expect({executions: counts.executions, scriptLinks: counts.scriptLinks, made: counts.made, errors: counts.errors, violations: counts.violations}).to.deep.equal({
        executions: 0,
        scriptLinks: 0,
        made: 0,
        errors: 0,
        violations: 0,
      });
      // Each hostile widget shows its names as text and says why, naming the attribute or the place in the data.
      const reported = new Map(win.__alliance.map((e) => [e.payload, e]));
      for (const widget of doc.querySelectorAll<HTMLElement>('.hostile')) {
        const payload = widget.dataset['payload']!;
        const event = reported.get(payload);
        expect(event, `payload ${payload}: no alliance-error`).to.not.equal(undefined);
        if (payload.startsWith('u')) expect([event!.reason, event!.path], payload).to.deep.equal(['invalid-data', 'sources[0].url']);
        else expect([event!.reason, event!.path], payload).to.deep.equal(['invalid-attribute', 'case-href']);
      }
      for (const good of ['good-links', 'good-url', 'good-stat']) expect(win.__alliance.filter((e) => e.payload === '' && e.tag.includes(good)), good).to.have.length(0);
      // The console hears of each refused template or URL once, however many widgets use it.
      const warnings = win.__warnings.filter((w) => w.includes('does not make an http or https link'));
      expect(warnings.length).to.equal(new Set(win.__alliance.map((e) => `${e.path} ${e.id}`)).size);
    });

    for (const bundle of [false, true]) {
      it(`static HTML${bundle ? ' taken over by the bundle' : ', no script of ours'}, ${label}: ${MARKUP_TEMPLATES.length} templates — 0 executions, 0 script links, 0 elements made, 0 exceptions`, async () => {
        const {win, doc} = await open(`static.html${query}${bundle ? `${query ? '&' : '?'}bundle=1` : ''}`);
        await allShown(doc, 1);
        if (bundle) await waitUntil(() => doc.querySelector('alliance-model-card')?.matches(':defined'), 'the bundle did not take over');
        else expect(win.customElements.get('alliance-model-card'), 'no widget is defined').to.equal(undefined);
        expect(linksOf(doc.querySelector('#good-links')).filter((href) => href.includes('/cases/')), 'the good template’s link').to.have.length(1);
        const counts = await clickAndCount(win, doc);
        console.log(`static${bundle ? ' + bundle' : ''}, ${label}: ${JSON.stringify({...counts, links: counts.links.length})}`);
        expect(counts.widgets).to.equal(MARKUP_TEMPLATES.length);
        expect(counts.clicks).to.be.at.least(MARKUP_TEMPLATES.length);
        expect({executions: counts.executions, scriptLinks: counts.scriptLinks, made: counts.made, errors: counts.errors, violations: counts.violations}).to.deep.equal({
          executions: 0,
          scriptLinks: 0,
          made: 0,
          errors: 0,
          violations: 0,
        });
      });
    }
  }
});
