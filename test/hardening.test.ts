/**
 * Whole pages served as a locked-down portal serves them — a strict Content
 * Security Policy with Trusted Types, real response headers (see
 * web-test-runner.config.mjs, `hardenedPages`) — with the widgets beside what
 * a host page may already run: its own Lit, another copy or version of this
 * library, an element of its own under one of our names. On each page the
 * test counts CSP and Trusted Types violations, uncaught errors and console
 * warnings (test/pages/hardened/probe.js records them).
 */
import {expect} from '@open-wc/testing';
import {WIDGET_TAGS} from '../src/widgets.js';
import {VERSION} from '../src/version.js';
import {loadFrame, text, waitUntil} from './support/helpers.js';
import {rawData} from './support/raw-data.js';

/** Our own console warnings (a host's dev-mode Lit warns of itself too). */
const ours = (warnings: string[]) => warnings.filter((w) => w.includes('alliance-widgets'));
/** What the probe recorded on a page: CSP and Trusted Types violations, uncaught errors, our warnings. */
const recorded = (win: Probe) => ({violations: win.__violations, errors: win.__errors, warnings: ours(win.__warnings)});
const CLEAN = {violations: [], errors: [], warnings: []};

interface Probe {
  __violations: string[];
  __errors: string[];
  __warnings: string[];
  trustedTypes?: unknown;
}

const supportsTrustedTypes = 'trustedTypes' in window;

async function open(page: string): Promise<{win: Window & typeof globalThis & Probe; doc: Document; frame: HTMLIFrameElement}> {
  const frame = await loadFrame({src: `/test/pages/hardened/${page}.html`}, {width: 900, height: 700});
  return {win: frame.contentWindow as Window & typeof globalThis & Probe, doc: frame.contentDocument!, frame};
}

/** Waits until the widgets of these tags show their content; returns their text. */
async function rendered(doc: Document, tags: readonly string[]): Promise<string[]> {
  const widgets = tags.map((tag) => doc.querySelector(tag)!);
  await waitUntil(() => widgets.every((w) => text(w).length > 10 && !w.shadowRoot?.querySelector('[data-state]')), `not rendered: ${tags.join(', ')}`, {timeout: 8000});
  return widgets.map((w) => text(w));
}

/** Opens a page whose widgets must all render with nothing recorded: no violation, no error, no warning of ours. */
async function openClean(page: string): Promise<Awaited<ReturnType<typeof open>>> {
  const opened = await open(page);
  await rendered(opened.doc, WIDGET_TAGS);
  expect(recorded(opened.win)).to.deep.equal(CLEAN);
  return opened;
}

describe('locked-down pages (CSP and Trusted Types, real headers)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('the page really is locked down: an inline style attribute is blocked and reported; Trusted Types refuse a string as HTML', async () => {
    const {win, doc} = await open('bundle');
    const probe = doc.createElement('p');
    probe.setAttribute('style', 'color: rgb(255, 0, 0)');
    doc.body.append(probe);
    await waitUntil(() => win.__violations.length > 0, 'no violation reported');
    expect(win.getComputedStyle(probe).color).to.not.equal('rgb(255, 0, 0)');
    if (supportsTrustedTypes) expect(() => (probe.innerHTML = '<b>x</b>')).to.throw();
    console.log(`Trusted Types enforced in this browser: ${supportsTrustedTypes}`);
  });

  it('the one-file bundle alone: every widget renders, 0 violations, 0 errors', async () => {
    await openClean('bundle');
  });

  it('in English (its data imported from beside the bundle): every widget renders in English, 0 violations, 0 errors', async () => {
    const {doc} = await openClean('english');
    for (const tag of WIDGET_TAGS) expect(doc.querySelector(tag)!.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'), tag).to.equal('en');
    const requested = (doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => new URL(e.name).pathname);
    expect(requested).to.include('/dist/alliance-widgets.en.js');
    const stat = (await rawData()).stats.find((s) => s.id === 'workshop-employment')!;
    expect(text(doc.querySelector('case-stat')!.shadowRoot!.querySelector('[part~="label"]'))).to.equal(stat.label.en);
  });

  it('with a portal’s own data (its checks loaded from beside the bundle): it renders, every widget renders, 0 violations, 0 errors', async () => {
    const {win, doc} = await open('own-data');
    const own = doc.querySelector('case-stat[src]')!;
    await waitUntil(() => text(own).includes('36') && !own.shadowRoot?.querySelector('[data-state]'), 'the figure of the page’s own data did not render', {timeout: 8000});
    await rendered(doc, WIDGET_TAGS);
    expect(recorded(win)).to.deep.equal(CLEAN);
    const requested = (doc.defaultView!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => new URL(e.name).pathname);
    expect(requested).to.include('/dist/alliance-widgets.checks.js');
  });

  it('beside a host app with its own Lit (its policy "lit-html" made first): every widget renders, 0 violations, 0 errors', async () => {
    const {win, doc} = await open('host-lit');
    await waitUntil(() => text(doc.querySelector('host-app')).includes('running'), 'the host app did not render');
    await rendered(doc, WIDGET_TAGS);
    expect(recorded(win)).to.deep.equal(CLEAN);
  });

  it('the bundle twice: one definition per tag, no exception, no warning', async () => {
    const {win} = await openClean('twice');
    for (const tag of WIDGET_TAGS) expect((win.customElements.get(tag) as unknown as {version: string}).version).to.equal(VERSION);
  });

  it('two versions of the bundle: the first stays, and one console warning names both', async () => {
    const {win, doc} = await open('twice-versions');
    await rendered(doc, WIDGET_TAGS);
    expect(win.__errors).to.deep.equal([]);
    expect(ours(win.__warnings)).to.have.length(1);
    expect(ours(win.__warnings)[0]).to.include('9.9.9').and.to.include(VERSION);
    expect((win.customElements.get('case-stat') as unknown as {version: string}).version).to.equal(VERSION);
  });

  it('the ES entries and the bundle on one page: one definition per tag, no exception, 0 violations', async () => {
    await openClean('es-and-bundle');
  });

  it('a tag the host already uses is left alone, with one warning; the other widgets render', async () => {
    const {win, doc} = await open('taken');
    const others = WIDGET_TAGS.filter((t) => t !== 'case-stat');
    await rendered(doc, others);
    expect(doc.querySelector('case-stat')!.getAttribute('data-host')).to.equal('yes');
    expect(doc.querySelector('case-stat')!.shadowRoot).to.equal(null);
    expect(win.__errors).to.deep.equal([]);
    expect(ours(win.__warnings)).to.have.length(1);
    expect(ours(win.__warnings)[0]).to.include('<case-stat>').and.to.include('prefix');
  });

  it('data-prefix="nb" on the script tag registers <nb-case-stat> … and nothing under the usual names', async () => {
    const {win, doc} = await open('prefix');
    await rendered(
      doc,
      WIDGET_TAGS.map((t) => `nb-${t}`)
    );
    expect(doc.querySelector('case-stat')!.getAttribute('data-host')).to.equal('yes');
    for (const tag of WIDGET_TAGS.filter((t) => t !== 'case-stat')) expect(win.customElements.get(tag), tag).to.equal(undefined);
    expect(recorded(win)).to.deep.equal(CLEAN);
  });

  it('defineWidgets() registers under a prefix from script, and refuses a prefix that cannot make a tag', async () => {
    const {win, doc} = await open('bundle');
    await rendered(doc, WIDGET_TAGS);
    const api = (win as unknown as {AllianceWidgets: {defineWidgets(prefix?: string): string[]}}).AllianceWidgets;
    expect(api.defineWidgets('gov')).to.deep.equal(WIDGET_TAGS.map((t) => `gov-${t}`));
    const el = doc.createElement('gov-case-stat');
    el.setAttribute('stat', 'workshop-employment');
    doc.body.append(el);
    await rendered(doc, ['gov-case-stat']);
    for (const bad of ['1x', 'a b', '<x>', '-']) expect(() => api.defineWidgets(bad), bad).to.throw(/not a tag prefix/);
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('a data block under Trusted Types', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('a host script cannot set a data block’s textContent (a string where a TrustedScript is due); the data property and a new text node work', async function () {
    if (!supportsTrustedTypes) this.skip();
    const frame = await loadFrame({src: '/test/pages/hardened/bundle.html'}, {width: 900, height: 700});
    const win = frame.contentWindow as Window & typeof globalThis & Probe;
    const doc = frame.contentDocument!;
    await rendered(doc, WIDGET_TAGS);
    const el = doc.querySelector('case-stat') as HTMLElement & {data?: unknown};
    const script = doc.createElement('script');
    script.type = 'application/json';
    const portal = await (await fetch('/test/data/portal.json')).json();
    expect(() => (script.textContent = JSON.stringify(portal)), 'textContent').to.throw();
    // What works instead: the text as a new text node, or the document as the data property.
    script.append(doc.createTextNode(JSON.stringify(portal)));
    el.setAttribute('stat', 'river-homestays');
    el.append(script);
    await waitUntil(() => text(el).includes('36'), `the block's figure: ${text(el)}`);
    const next = structuredClone(portal);
    next.stats[0].value = 37;
    script.replaceChildren(doc.createTextNode(JSON.stringify(next)));
    await waitUntil(() => text(el).includes('37'), `the new text node: ${text(el)}`);
    next.stats[0].value = 38;
    el.data = next;
    await waitUntil(() => text(el).includes('38'), `the data property: ${text(el)}`);
    expect(win.__errors).to.deep.equal([]);
  });
});
