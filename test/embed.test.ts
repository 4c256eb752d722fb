import {WIDGET_TAGS} from '../src/widgets.js';
import {expect} from '@open-wc/testing';
import {loadFrame, text, waitUntil} from './support/helpers.js';

/**
 * The drop-in case, on a real page: examples/embed.html uses only the
 * one-file bundle (dist/alliance-widgets.iife.js, built by `npm test` before
 * the tests run), with the markup of every widget placed before the
 * script tag.
 */
describe('one-file bundle on a plain page', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;

  const TAGS = WIDGET_TAGS;
  const widgets = () => [...doc.querySelectorAll(TAGS.join(','))];
  const base = (el: Element) => el.shadowRoot?.querySelector('[part~="base"]');
  /** Text each widget shows, for comparing languages. */
  const texts = () => widgets().map((el) => text(el));
  const ready = () => widgets().every((el) => base(el) && !el.shadowRoot!.querySelector('[data-state]'));

  before(async () => {
    frame = await loadFrame({src: '/examples/embed.html'}, {width: 1000, height: 900});
    doc = frame.contentDocument!;
  });
  after(() => frame.remove());

  it('upgrades markup of every widget that stood before the script', async () => {
    for (const tag of TAGS) {
      const defined = frame.contentWindow!.customElements.get(tag);
      expect(defined, `${tag} is defined by the bundle`).to.exist;
      const elements = [...doc.querySelectorAll(tag)];
      expect(elements.length, tag).to.be.greaterThan(0);
      for (const el of elements) expect(el).to.be.instanceOf(defined!);
    }
    await waitUntil(ready, 'widgets did not render their data', {timeout: 5000});
  });

  it('cites the article of its five figures once, exactly as a figure’s own source line reads', async () => {
    const figures = [...doc.querySelectorAll('case-stat')];
    expect(figures.length).to.equal(5);
    expect(figures.every((f) => f.hasAttribute('no-source'))).to.equal(true);
    const probe = doc.createElement('case-stat');
    probe.setAttribute('stat', figures[0]!.getAttribute('stat')!);
    doc.body.append(probe);
    await waitUntil(() => probe.shadowRoot?.querySelector('[part~="source"]'), 'the probe figure did not render');
    const own = text(probe.shadowRoot!.querySelector('[part~="source"]'));
    probe.remove();
    expect(doc.querySelector('p.source')!.textContent!.trim()).to.equal(own);
  });

  it('makes no request other than the bundle itself', () => {
    const requests = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((e) => new URL(e.name).pathname)
      // The test server injects its own live-reload socket script into HTML pages; it is not part of the page.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requests).to.deep.equal(['/dist/alliance-widgets.iife.js']);
  });

  it('follows <html lang> changes of the host page', async () => {
    const zh = texts();
    const langs = () => widgets().map((el) => base(el)?.getAttribute('lang'));
    doc.documentElement.lang = 'en';
    await waitUntil(() => langs().every((l) => l === 'en') && ready(), 'widgets did not switch to English', {timeout: 5000});
    const en = texts();
    en.forEach((t, i) => expect(t, TAGS[i]).not.to.equal(zh[i]));
    // English pages read in Latin script: no more than a few CJK characters (names in quotes may keep some).
    for (const t of en) expect((t.match(/[\u4e00-\u9fff]/g) ?? []).length / t.length).to.be.lessThan(0.05);
    doc.documentElement.lang = 'zh-TW';
    await waitUntil(() => langs().every((l) => l === 'zh-Hant') && ready(), 'widgets did not switch to Traditional Chinese', {timeout: 5000});
    texts().forEach((t, i) => expect(t).not.to.equal(zh[i]));
    doc.documentElement.lang = 'zh-CN';
    await waitUntil(() => langs().every((l) => l === 'zh-Hans') && ready(), 'widgets did not switch back', {timeout: 5000});
    expect(texts()).to.deep.equal(zh);
  });

  it('toggles care mode at run time from <body care>', async () => {
    const care = () => widgets().map((el) => base(el)!.classList.contains('care'));
    const fontSize = (el: Element) => parseFloat(frame.contentWindow!.getComputedStyle(base(el)!).fontSize);
    expect(care().some(Boolean)).to.equal(false);
    const before = widgets().map(fontSize);
    (doc.getElementById('care') as HTMLInputElement).click();
    await waitUntil(() => care().every(Boolean), 'care mode did not reach every widget', {timeout: 5000});
    widgets().forEach((el, i) => expect(fontSize(el) / before[i]!).to.be.closeTo(1.25, 0.01));
    (doc.getElementById('care') as HTMLInputElement).click();
    await waitUntil(() => !care().some(Boolean), 'care mode did not switch off', {timeout: 5000});
  });

  it('a case chosen on a model card opens in the case card', async () => {
    const card = doc.querySelector('alliance-model-card')!;
    expect(card.hasAttribute('selectable'), 'the page asks the model card for selection').to.equal(true);
    const button = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="case"]')!;
    expect(button.localName).to.equal('button');
    const name = text(button);
    button.click();
    const caseCard = doc.querySelector('case-study-card')!;
    await waitUntil(() => text(caseCard.shadowRoot!.querySelector('[part~="name"]')) === name, 'case card did not show the chosen case');
  });

  it('names models and related cases on a case card the page does not make selectable as text, not controls', async () => {
    const card = doc.querySelector('case-study-card')!;
    expect(card.hasAttribute('selectable')).to.equal(false);
    const items = [...card.shadowRoot!.querySelectorAll('[part~="models"] > li, [part~="related"] > ul > li')];
    expect(items.length, 'the case shown has models or related cases').to.be.greaterThan(0);
    expect(items.every((li) => text(li) !== '')).to.equal(true);
    expect([...card.shadowRoot!.querySelectorAll('[part~="models"] :is(a, button), [part~="related"] :is(a, button)')], 'no control that leads nowhere').to.have.length(0);
  });
});

describe('the one-file bundle on a page', () => {
  it('in Chinese, shows every widget’s content, in its own script, in the first frame: no loading state and no layout shift', async () => {
    const frame = await loadFrame({src: '/test/pages/first-frame.html'}, {width: 1000, height: 900});
    type Seen = {tag: string; lang: string | null; state: string; height: number};
    const win = frame.contentWindow as Window & {firstFrame?: Seen[]; afterFrames?: Promise<void>};
    await waitUntil(() => win.firstFrame !== undefined, `the page did not record its first frame (${String(win.firstFrame)}, ${typeof win.requestAnimationFrame})`);
    expect((win as unknown as {syncData: boolean[]}).syncData, 'data at hand synchronously in zh-Hans, zh-Hant').to.deep.equal([true, true]);
    const first = win.firstFrame!;
    expect(first.map((w) => [w.tag, w.lang, w.state])).to.deep.equal([
      ['case-stat', 'zh-Hans', 'content'],
      ['alliance-model-card', 'zh-Hans', 'content'],
      ['timeline-view', 'zh-Hant', 'content'],
      ['case-study-card', 'zh-Hant', 'content'],
      ['alliance-scheme', 'zh-Hans', 'content'],
    ]);
    await win.afterFrames;
    const later = [...frame.contentDocument!.querySelectorAll('case-stat, alliance-model-card, timeline-view, case-study-card, alliance-scheme')].map((el) => Math.round(el.getBoundingClientRect().height));
    expect(later, 'heights after the first frame').to.deep.equal(first.map((w) => w.height));
    frame.remove();
  });
});

describe('the one-file bundle uploaded without the files beside it', () => {
  const open = (lang: string, own = false) => loadFrame({src: `/test/pages/no-english/page.html?lang=${lang}${own ? '&own=1' : ''}`}, {width: 900, height: 700});
  const state = (el: Element) => el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state');

  it('an English page says, in English, that the content could not be loaded, and tells the host why', async () => {
    const frame = await open('en');
    const doc = frame.contentDocument!;
    const widgets = [...doc.querySelectorAll('case-stat, case-study-card')];
    await waitUntil(() => widgets.every((el) => state(el) === 'error'), 'the widgets did not give up', {timeout: 8000});
    for (const el of widgets) expect(text(el), el.localName).to.equal('This content could not be loaded. Please reload the page later.');
    expect((frame.contentWindow as unknown as {errors: string[][]}).errors).to.deep.equal([
      ['case-stat', 'load-failed'],
      ['case-study-card', 'load-failed'],
    ]);
    frame.remove();
  });

  it('a figure from the page’s own data, whose checks are missing, says it could not be loaded; the bundled figures render', async () => {
    const frame = await open('zh', true);
    const doc = frame.contentDocument!;
    const own = doc.getElementById('own')!;
    await waitUntil(() => state(own) === 'error', 'the figure of the page’s own data did not give up', {timeout: 8000});
    expect(text(own)).to.equal('内容暂时无法加载，请稍后刷新页面。');
    for (const el of doc.querySelectorAll('case-stat:not([src]), case-study-card')) expect(state(el), el.localName).to.equal(undefined);
    expect((frame.contentWindow as unknown as {errors: string[][]}).errors).to.deep.equal([['case-stat', 'load-failed']]);
    frame.remove();
  });

  it('a Chinese page without data of its own needs neither: it renders and asks for nothing else', async () => {
    const frame = await open('zh');
    const doc = frame.contentDocument!;
    const widgets = [...doc.querySelectorAll('case-stat, case-study-card')];
    await waitUntil(() => widgets.every((el) => el.shadowRoot?.querySelector('[part~="base"]') && !state(el)), 'the widgets did not render', {timeout: 8000});
    const requested = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => new URL(e.name).pathname);
    expect(requested).to.deep.equal(['/test/pages/no-english/alliance-widgets.iife.js']);
    expect((frame.contentWindow as unknown as {errors: string[][]}).errors).to.deep.equal([]);
    frame.remove();
  });
});
