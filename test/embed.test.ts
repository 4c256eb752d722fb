import {expect, waitUntil} from '@open-wc/testing';

/**
 * The drop-in case, on a real page: examples/embed.html uses only the
 * one-file bundle (dist/alliance-widgets.iife.js, built by `npm test` before
 * the tests run), with the widgets' markup placed before the script tag.
 */
describe('one-file bundle on a plain page', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;

  const widgets = () => [...doc.querySelectorAll('case-stat')];
  const labels = () => widgets().map((el) => el.shadowRoot?.querySelector('[part~="label"]')?.textContent?.trim() ?? '');

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.src = '/examples/embed.html';
    document.body.append(frame);
    await loaded;
    doc = frame.contentDocument!;
  });
  after(() => frame.remove());

  it('upgrades markup that stood before the script', async () => {
    expect(widgets()).to.have.length(5);
    const defined = frame.contentWindow!.customElements.get('case-stat');
    expect(defined, 'case-stat is defined by the bundle').to.exist;
    for (const el of widgets()) expect(el).to.be.instanceOf(defined!);
    await waitUntil(() => labels().every((l) => l !== ''), 'widgets did not render their figures', {timeout: 5000});
  });

  it('makes no request other than the bundle itself', () => {
    const requests = (frame.contentWindow!.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .map((e) => new URL(e.name).pathname)
      // The test server injects its own live-reload socket script into HTML pages; it is not part of the page.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requests).to.deep.equal(['/dist/alliance-widgets.iife.js']);
  });

  it('follows <html lang> changes of the host page', async () => {
    const zh = labels();
    doc.documentElement.lang = 'en';
    await waitUntil(() => labels().every((l, i) => l !== zh[i] && /^[\x20-\x7e’–—]+$/.test(l)), 'labels did not switch to English', {timeout: 5000});
    doc.documentElement.lang = 'zh-TW';
    await waitUntil(() => labels().every((l) => /[\u4e00-\u9fff]/.test(l)) && labels().join() !== zh.join(), 'labels did not switch to Traditional Chinese', {timeout: 5000});
    doc.documentElement.lang = 'zh-CN';
    await waitUntil(() => labels().join() === zh.join(), 'labels did not switch back', {timeout: 5000});
  });
});
