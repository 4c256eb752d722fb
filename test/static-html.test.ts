/**
 * The static HTML that `npm run build` writes (dist/static/<locale>/<tag>.html,
 * made by src/static/render.ts; `npm test` writes it before the browsers run):
 *
 * - opened with scripts off (a sandboxed frame), it shows the same text as
 *   the live widget, in the same order, at the same height;
 * - when the bundle then loads, the widget takes it over in place: the same
 *   text, no piece twice, no box moved (and no layout shift reported, where
 *   the browser reports them);
 * - where custom elements are missing the bundle exits without an error and
 *   the text stays; where shadow DOM is missing the text reads as plain,
 *   ordered lines.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {STATIC_DEMOS} from '../src/static/demos.js';
import {WIDGET_TAGS} from '../src/widgets.js';
import {loadFrame, text, waitUntil} from './support/helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

const LOCALES = [
  ['zh-Hans', 'zh-CN'],
  ['en', 'en'],
  ['zh-Hant', 'zh-TW'],
] as const;

const staticHtml = async (locale: string, tag: string) => {
  const response = await fetch(`/dist/static/${locale}/${tag}.html`, {cache: 'no-store'});
  expect(response.ok, `dist/static/${locale}/${tag}.html (run the build first)`).to.equal(true);
  return (await response.text()).trim();
};

/**
 * A page of our own in a frame 800 px wide and tall enough to show all of a
 * widget (so `content-visibility: auto` lays every part out, as a reader
 * scrolling through sees it); `scripts` false sandboxes it so no script runs.
 */
async function framePage(body: string, {scripts, lang}: {scripts: boolean; lang: string}): Promise<HTMLIFrameElement> {
  const srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body style="margin: 0"><div style="width: 40rem">${body}</div></body></html>`;
  return loadFrame({srcdoc}, {width: 800, height: 5000, ...(scripts ? {} : {sandbox: 'allow-same-origin'})});
}

const pieceTexts = (el: Element) => [...el.children].filter((c) => c.localName === 'aw-t').map((c) => c.textContent);

/** Every box of the widget and its pieces, relative to the frame's page. */
const geometry = (el: Element) =>
  [el, ...el.children].map((node) => [...node.getClientRects()].map((r) => [r.left, r.top, r.width, r.height].map((n) => Math.round(n * 4) / 4)));

const nextFrames = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

describe('static HTML', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const tag of WIDGET_TAGS) {
    for (const [locale, lang] of LOCALES) {
      it(`<${tag}> ${locale}: with scripts off it shows the live widget's text, in order, at its height`, async () => {
        const markup = await staticHtml(locale, tag);
        const frame = await framePage(markup, {scripts: false, lang: 'zh-CN'});
        const doc = frame.contentDocument!;
        const still = doc.querySelector(tag)!;
        expect(still.shadowRoot, 'a declarative shadow root').to.not.equal(null);
        expect((frame.contentWindow as Window & typeof globalThis).customElements.get(tag), 'no script ran').to.equal(undefined);

        // The live widget: the demo as a webmaster writes it, with the one-file bundle, in a frame of the same size.
        // Static HTML shows every model's description and every event's detail (it has no script for 展开全文 or
        // an event's toggle): the live widget with them open.
        const liveFrame = await framePage(`${STATIC_DEMOS[tag].replace('>', ` lang="${lang}"${tag === 'alliance-model-card' ? ' open' : ''}>`)}<script src="/dist/alliance-widgets.iife.js?live-${tag}-${locale}"></script>`, {scripts: true, lang: 'zh-CN'});
        const live = liveFrame.contentDocument!.querySelector(tag) as Widget;
        await waitUntil(() => 'updateComplete' in live, 'the live widget was not upgraded');
        await live.updateComplete;
        if (tag === 'timeline-view') {
          await waitUntil(() => live.getAttribute('state') === 'ready', 'the live timeline is not ready', {timeout: 8000});
          const timeline = live as Widget & {toggleEvent(id: string, open: boolean): void};
          for (const toggle of live.shadowRoot!.querySelectorAll<HTMLElement>('button.toggle')) timeline.toggleEvent(toggle.dataset['id']!, true);
          await live.updateComplete;
        }
        // English data arrives from alliance-widgets.en.js after the first render.
        await waitUntil(() => live.getAttribute('state') === 'ready', `the live ${tag} is not ready`, {timeout: 8000});
        await live.updateComplete;
        await nextFrames(liveFrame.contentWindow!);

        expect(text(still)).to.equal(text(live));
        expect(pieceTexts(still)).to.deep.equal(pieceTexts(live));
        expect(pieceTexts(still).length).to.be.greaterThan(2);
        const [a, b] = [still.getBoundingClientRect().height, live.getBoundingClientRect().height];
        expect(Math.abs(a - b), `height ${a.toFixed(1)}px static, ${b.toFixed(1)}px live`).to.be.at.most(1);
      });

      it(`<${tag}> ${locale}: with scripts off no control that needs the script is visible, and the text it would open shows`, async () => {
        const markup = await staticHtml(locale, tag);
        const frame = await framePage(markup, {scripts: false, lang: 'zh-CN'});
        const still = frame.contentDocument!.querySelector(tag)!;
        const controls = [...still.shadowRoot!.querySelectorAll<HTMLElement>('button, summary, input, select, [role=button], [tabindex]')];
        // The timeline's events are buttons that hold the event's date and title: the text stays, its chevron (the control's mark) does not.
        const eventToggles = controls.filter((c) => c.matches('.event > button.toggle'));
        const shown = controls.filter((c) => !eventToggles.includes(c) && c.checkVisibility({visibilityProperty: true}));
        expect(shown.map((c) => `${c.localName}.${c.className}: ${c.innerText.trim()}`)).to.deep.equal([]);
        if (tag === 'timeline-view') expect(eventToggles.length, 'the timeline has its events').to.be.greaterThan(0);
        else expect(eventToggles).to.deep.equal([]);
        const marks = eventToggles.map((c) => c.querySelector('.chevron')!);
        expect(marks.filter((m) => m.checkVisibility({visibilityProperty: true})).length, 'event chevrons shown').to.equal(0);
        // Hidden, they keep their room: the live widget's controls take it over (see the takeover test).
        for (const c of controls.filter((c) => !eventToggles.includes(c))) expect(c.getBoundingClientRect().height, `${c.className} keeps its room`).to.be.greaterThan(0);
        // What a control would open is open: every description of a model, every figure of a case, every event's detail.
        const opened = [...still.shadowRoot!.querySelectorAll<HTMLElement>('[part~="description"], [part~="figures"], [part~="event-detail"]')];
        if (tag === 'timeline-view') expect(opened.filter((d) => d.matches('[part~="event-detail"]')).length, 'event details').to.equal(eventToggles.length);
        for (const hidden of opened) expect(hidden.hidden, hidden.id).to.equal(false);
      });

      it(`<${tag}> ${locale}: the bundle takes it over in place — same text, no piece twice, no box moved`, async function () {
        this.timeout(20000);
        const markup = await staticHtml(locale, tag);
        // Layout shifts, where the browser reports them (Chromium), from the start of the page.
        const observe = `<script>window.shifts = 0; if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) new PerformanceObserver((list) => list.getEntries().forEach((e) => (window.shifts += e.value))).observe({type: 'layout-shift', buffered: true});</script>`;
        const frame = await framePage(`${observe}${markup}`, {scripts: true, lang: 'zh-CN'});
        const win = frame.contentWindow as Window & typeof globalThis & {shifts: number};
        const doc = frame.contentDocument!;
        const el = doc.querySelector(tag) as Widget;
        // The static page settled first (its fonts too): what is measured from here is the takeover alone.
        await doc.fonts.ready;
        await nextFrames(win);
        const shiftsBefore = win.shifts;
        const before = {text: text(el), pieces: pieceTexts(el), boxes: geometry(el), styles: el.shadowRoot!.querySelectorAll('style').length};
        expect(before.styles, 'the static shadow root carries its styles').to.be.greaterThan(0);

        const script = doc.createElement('script');
        script.src = `/dist/alliance-widgets.iife.js?static-${tag}-${locale}`;
        const ran = new Promise((resolve, reject) => {
          script.onload = resolve;
          script.onerror = reject;
        });
        doc.body.append(script);
        await ran;
        await waitUntil(() => 'updateComplete' in el, 'the widget was not upgraded');
        await el.updateComplete;
        // The static text stays until the widget has its data: at once in Chinese; in English once the bundle has
        // loaded alliance-widgets.en.js from beside itself.
        await waitUntil(() => el.shadowRoot!.querySelectorAll('style').length === 0, 'the widget did not render its own shadow root (styles adopted, not inline)', {timeout: 8000});
        await nextFrames(win);

        expect(text(el)).to.equal(before.text);
        expect(pieceTexts(el), 'the same pieces, none twice').to.deep.equal(before.pieces);
        expect(doc.querySelectorAll(`${tag} > aw-t`).length).to.equal(before.pieces.length);
        const moved = geometry(el)
          .map((boxes, i) => (JSON.stringify(boxes) === JSON.stringify(before.boxes[i]) ? undefined : i === 0 ? 'the widget' : before.pieces[i - 1]))
          .filter((x) => x !== undefined);
        expect(moved, 'boxes that moved or changed size').to.deep.equal([]);
        expect(win.shifts - shiftsBefore, 'layout shift reported by the browser during the takeover').to.equal(0);
      });
    }
  }

  it('where custom elements are missing, the bundle exits quietly and the static text stays', async () => {
    const markup = (await Promise.all(WIDGET_TAGS.map((tag) => staticHtml('zh-Hans', tag)))).join('\n');
    const guard = `<script>
      window.problems = [];
      addEventListener('error', (e) => problems.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => problems.push(String(e.reason)));
      Object.defineProperty(window, 'customElements', {value: undefined, configurable: true});
    </script>`;
    const frame = await framePage(`${guard}${markup}<script src="/dist/alliance-widgets.iife.js?no-custom-elements"></script>`, {scripts: true, lang: 'zh-CN'});
    const win = frame.contentWindow as Window & {problems: string[]; AllianceWidgets?: unknown};
    expect(win.problems, 'uncaught errors').to.deep.equal([]);
    expect(win.AllianceWidgets, 'the bundle ran').to.not.equal(undefined);
    for (const tag of WIDGET_TAGS) {
      const el = frame.contentDocument!.querySelector(tag)!;
      expect('updateComplete' in el, `${tag} not upgraded`).to.equal(false);
      expect(text(el).length, `${tag} still shows its text`).to.be.greaterThan(10);
    }
  });

  it('set with innerHTML after the bundle (a client-side route of Next.js or Nuxt): each widget renders itself, its text once', async function () {
    this.timeout(30000);
    // innerHTML makes no declarative shadow root: the widget meets its static <template> as an inert child.
    const frame = await framePage('<main></main><script src="/dist/alliance-widgets.iife.js?inner-html"></script>', {scripts: true, lang: 'zh-CN'});
    const win = frame.contentWindow as Window & typeof globalThis;
    await waitUntil(() => win.customElements.get('case-stat') !== undefined, 'the bundle did not define the widgets');
    for (const [locale, lang] of LOCALES) {
      for (const tag of WIDGET_TAGS) {
        const markup = await staticHtml(locale, tag);
        const main = frame.contentDocument!.querySelector('main')!;
        main.innerHTML = markup;
        const el = main.querySelector(tag) as Widget;
        await waitUntil(() => 'updateComplete' in el, `${tag} was not upgraded`);
        await el.updateComplete;
        await waitUntil(() => el.getAttribute('state') === 'ready', `${tag} ${locale} is not ready`, {timeout: 8000});
        await el.updateComplete;
        // The live widget in the same frame, for the text a reader should see.
        const live = frame.contentDocument!.createElement('div');
        live.innerHTML = STATIC_DEMOS[tag].replace('>', ` lang="${lang}">`);
        main.after(live);
        const liveEl = live.firstElementChild as Widget;
        await waitUntil(() => liveEl.getAttribute('state') === 'ready', `live ${tag} ${locale} is not ready`, {timeout: 8000});
        await liveEl.updateComplete;
        expect(pieceTexts(el), `${tag} ${locale}: the live widget's pieces, none twice`).to.deep.equal(pieceTexts(liveEl));
        expect(el.shadowRoot!.querySelector('[part="base"]'), `${tag} ${locale}: its own shadow root`).to.not.equal(null);
        expect(el.innerText.replace(/\s+/g, ' ').trim(), `${tag} ${locale}: what shows`).to.equal(liveEl.innerText.replace(/\s+/g, ' ').trim());
        live.remove();
      }
    }
  });

  it('where shadow DOM is missing (the shadow root is not made), the text reads as plain lines in reading order', async () => {
    for (const [locale] of LOCALES) {
      for (const tag of WIDGET_TAGS) {
        const markup = await staticHtml(locale, tag);
        // innerHTML does not make declarative shadow roots: the page as a browser without shadow DOM shows it.
        const wrapper = await fixture<HTMLElement>(html`<div style="width: 40rem"></div>`);
        const holder = document.createElement('div');
        holder.innerHTML = markup.replace(new RegExp(`^<${tag}`), '<div').replace(new RegExp(`</${tag}>$`), '</div>');
        wrapper.append(holder);
        const read = holder.innerText;
        expect(read, 'no styles or layout markup shown').not.to.match(/[{}]|--_|<slot/);
        const pieces = [...holder.querySelectorAll('aw-t')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim()).filter(Boolean);
        let from = 0;
        for (const piece of pieces) {
          const at = read.replace(/\s+/g, ' ').indexOf(piece, from);
          expect(at, `${tag} ${locale}: “${piece}” in reading order`).to.be.at.least(0);
          from = at + piece.length;
        }
        const lines = read.split('\n').filter((l) => l.trim()).length;
        expect(lines, `${tag} ${locale}: headings, paragraphs and labels on lines of their own`).to.be.at.least(Math.min(3, pieces.length));
      }
    }
  });
});
