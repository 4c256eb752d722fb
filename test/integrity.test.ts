import {expect} from '@open-wc/testing';
import {loadFrame, part, text, waitUntil} from './support/helpers.js';
import {rawData} from './support/raw-data.js';
import {VERSION} from '../src/version.js';

/**
 * The one-file bundle loaded from another origin, as from a CDN, with
 * `<script src integrity crossorigin="anonymous">` built from the value the
 * build writes (dist/alliance-widgets.integrity.json): with the right value
 * the widget renders; with a wrong one the browser refuses the file and no
 * script of it runs. The files it loads from beside itself are imported as
 * modules, which carry no integrity of their own: a page pins them with its
 * import map's `integrity`, checked here for the English file.
 * Pages: integrityPages() in web-test-runner.config.mjs.
 */
describe('the one-file bundle from another origin, with integrity', () => {
  let written: Record<string, string>;
  /** The test server under the other name of this machine: another origin. */
  const cdn = `${location.protocol}//${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}/test/pages/integrity/cdn/`;
  const frames: HTMLIFrameElement[] = [];

  interface PageRecord {
    loaded: boolean;
    failed: boolean;
    errors: [string, string][];
  }
  type PageWindow = Window & {record: PageRecord; AllianceWidgets?: unknown};

  const open = async (query: Record<string, string>) => {
    const frame = await loadFrame({src: `/test/pages/integrity/page.html?${new URLSearchParams(query)}`}, {width: 700, height: 400});
    frames.push(frame);
    const win = frame.contentWindow as PageWindow;
    await waitUntil(() => win.record.loaded || win.record.failed, 'the bundle neither loaded nor failed', {timeout: 8000});
    return {frame, win, figure: frame.contentDocument!.querySelector('case-stat')!};
  };
  /** `value` with its digest changed in one character: the integrity of other bytes. */
  const wrong = (value: string) => value.replace(/^(sha384-)(.)/, (_, p: string, c: string) => p + (c === 'A' ? 'B' : 'A'));
  const sha384 = async (file: string) => {
    const bytes = await (await fetch(`/dist/${file}`, {cache: 'no-store'})).arrayBuffer();
    return `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;
  };

  before(async () => {
    written = (await (await fetch('/dist/alliance-widgets.integrity.json', {cache: 'no-store'})).json()) as Record<string, string>;
  });
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  it('the build wrote the sha384 of each file the bundle is, as a browser computes it', async () => {
    const files = ['alliance-widgets.iife.js', 'alliance-widgets.en.js', 'alliance-widgets.checks.js'];
    expect(Object.keys(written)).to.deep.equal(files);
    for (const file of files) expect(written[file], file).to.equal(await sha384(file));
    expect(wrong(written['alliance-widgets.iife.js']!)).to.not.equal(written['alliance-widgets.iife.js']);
  });

  it('with the written value, the browser runs the bundle and the widget renders', async () => {
    const data = await rawData();
    const label = data.stats.find((s) => s.id === 'workshop-employment')!.label['zh-Hans'];
    const {win, figure} = await open({src: `${cdn}alliance-widgets.iife.js`, integrity: written['alliance-widgets.iife.js']!});
    expect(win.record.loaded).to.equal(true);
    expect(win.customElements.get('case-stat')).to.exist;
    await waitUntil(() => figure.shadowRoot && part(figure, 'label'), 'the figure did not render');
    expect(text(part(figure, 'label'))).to.equal(label);
    expect(win.record.errors).to.deep.equal([]);
  });

  it('with a wrong value, the browser refuses it: no script of it runs, no widget is defined', async () => {
    const {frame, win} = await open({src: `${cdn}alliance-widgets.iife.js`, integrity: wrong(written['alliance-widgets.iife.js']!)});
    expect(win.record.failed).to.equal(true);
    expect(win.record.loaded).to.equal(false);
    expect(win.AllianceWidgets).to.equal(undefined);
    expect(win.customElements.get('case-stat')).to.equal(undefined);
    // It was fetched (not missing): refused for its integrity.
    const fetched = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => e.name);
    expect(fetched).to.include(`${cdn}alliance-widgets.iife.js`);
    expect(frame.contentDocument!.querySelector('case-stat')!.shadowRoot).to.equal(null);
  });

  it('in English, the import map’s integrity for alliance-widgets.en.js lets it in when right and keeps it out when wrong', async () => {
    const data = await rawData();
    const label = data.stats.find((s) => s.id === 'workshop-employment')!.label.en;
    const page = (value: string) => ({
      lang: 'en',
      src: `${cdn}alliance-widgets.iife.js`,
      integrity: written['alliance-widgets.iife.js']!,
      map: JSON.stringify({integrity: {[`${cdn}alliance-widgets.en.js`]: value}}),
    });
    const right = await open(page(written['alliance-widgets.en.js']!));
    await waitUntil(() => right.figure.shadowRoot && part(right.figure, 'label'), 'the English figure did not render', {timeout: 8000});
    expect(text(part(right.figure, 'label'))).to.equal(label);
    expect(right.win.record.errors).to.deep.equal([]);

    const bad = await open(page(wrong(written['alliance-widgets.en.js']!)));
    await waitUntil(() => bad.win.record.errors.length > 0, 'no alliance-error for the refused English file', {timeout: 8000});
    expect(bad.win.record.errors).to.deep.equal([['case-stat', 'load-failed']]);
    expect(bad.figure.shadowRoot && part(bad.figure, 'label')).to.not.be.ok;
  });

  it('the tags `npm run script-tag` prints load the bundle and its English file with their integrity', async () => {
    const data = await rawData();
    const label = data.stats.find((s) => s.id === 'workshop-employment')!.label.en;
    const {frame, win, figure} = await open({lang: 'en', tags: cdn});
    const doc = frame.contentDocument!;
    expect(doc.querySelector('script[src]')!.getAttribute('integrity')).to.equal(written['alliance-widgets.iife.js']);
    expect(JSON.parse(doc.querySelector('script[type="importmap"]')!.textContent!)).to.deep.equal({
      integrity: {[`${cdn}alliance-widgets.en.js`]: written['alliance-widgets.en.js'], [`${cdn}alliance-widgets.checks.js`]: written['alliance-widgets.checks.js']},
    });
    expect(win.record.loaded).to.equal(true);
    await waitUntil(() => figure.shadowRoot && part(figure, 'label'), 'the English figure did not render', {timeout: 8000});
    expect(text(part(figure, 'label'))).to.equal(label);
    expect(win.record.errors).to.deep.equal([]);
  });

  it('from a CDN’s URL of the package (its jsdelivr/unpkg file), the files beside the bundle come from the package’s dist/', async () => {
    const data = await rawData();
    const label = data.stats.find((s) => s.id === 'workshop-employment')!.label.en;
    const pkg = cdn.replace(/cdn\/$/, `npm/alliance-widgets@${VERSION}`);
    const {win, figure} = await open({lang: 'en', src: pkg, integrity: written['alliance-widgets.iife.js']!});
    expect(win.record.loaded).to.equal(true);
    await waitUntil(() => figure.shadowRoot && part(figure, 'label'), 'the English figure did not render', {timeout: 8000});
    expect(text(part(figure, 'label'))).to.equal(label);
    const fetched = (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => e.name);
    expect(fetched).to.include(`${pkg}/dist/alliance-widgets.en.js`);
    // Not the CDN's URL of another package, `alliance-widgets.en.js`, beside this one.
    expect(fetched.filter((url) => url.endsWith('/npm/alliance-widgets.en.js'))).to.deep.equal([]);
  });
});
