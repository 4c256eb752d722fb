/**
 * What portals' accessibility toolbars (辅助浏览工具条) do to the page around
 * the widgets, and how the widgets come through it:
 *
 * - the toolbar wraps the page: it moves every child of `<body>` into a
 *   wrapper element of its own (so each widget is disconnected and connected
 *   again). Every widget keeps its state, its text and its text pieces (the
 *   same elements, none twice), renders nothing again from its data, and
 *   nothing goes wrong;
 * - the toolbar zooms the page: `zoom: 1.5` or `transform: scale(1.5)` on
 *   every child of `<body>`. The text grows with it, stays inside its widget
 *   and is not clipped by any box of the layout;
 * - pointer reading (指读) reads a piece's `title` or `aria-label` instead of
 *   its text: no piece has one, nor a tooltip from the layout around it, in
 *   any widget or locale.
 */
import {expect} from '@open-wc/testing';
import '../src/index.js';
import {bundledData} from '../src/data/source.js';
import {STATE_ATTRIBUTE} from '../src/base/problem-controller.js';
import {flatParent, PAGE_LOCALES, piecesOf, placeShowingAll, setLang, shownPieces, text, waitUntil, WIDGETS_SHOWING_ALL} from './support/helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>; render(): unknown};

const LOCALES = PAGE_LOCALES;


/** Every widget of WIDGETS_SHOWING_ALL, and one showing its error notice. */
const MARKUP = [...WIDGETS_SHOWING_ALL, ['case-stat (error)', '<case-stat stat="no-such-figure"></case-stat>']] as const;

/** Places every widget, each in its own 40rem column. */
async function placeAll(): Promise<Widget[]> {
  const widgets: Widget[] = [];
  for (const [, markup] of MARKUP) widgets.push(await placeShowingAll<Widget>(markup));
  return widgets;
}

/** What a widget shows: its state, its text as shown, its pieces (elements, slot names and text). */
function snapshot(el: Widget) {
  const pieces = piecesOf(el);
  return {
    state: el.getAttribute(STATE_ATTRIBUTE),
    text: text(el),
    pieces,
    slots: pieces.map((p) => p.slot),
    texts: pieces.map((p) => p.textContent),
  };
}

/** Clears the page the fixtures leave (each test starts with an empty body but for the runner's own nodes). */
const ownNodes = new Set<Node>();
before(() => {
  for (const node of document.body.childNodes) ownNodes.add(node);
});
afterEach(() => {
  for (const node of [...document.body.childNodes]) if (!ownNodes.has(node)) node.remove();
});

describe('a toolbar that wraps the page', () => {
  it('every widget keeps its state, text and pieces, renders nothing again from its data, and nothing goes wrong', async function () {
    this.timeout(30000);
    const widgets = await placeAll();
    expect(widgets.map((el) => el.getAttribute(STATE_ATTRIBUTE))).to.deep.equal(MARKUP.map(([name]) => (name.endsWith('(error)') ? 'error' : 'ready')));
    const before = widgets.map(snapshot);

    // Watch what happens from here: renders, data asked for, errors and problems.
    const renders = widgets.map(() => 0);
    widgets.forEach((el, i) => {
      const render = el.render;
      el.render = function (this: Widget) {
        renders[i]!++;
        return render.call(this);
      };
    });
    const asked: string[] = [];
    const {peek, load} = bundledData;
    bundledData.peek = (...args) => (asked.push(`peek ${args[0]}`), peek(...args));
    bundledData.load = (...args) => (asked.push(`load ${args[0]}`), load(...args));
    const errors: unknown[] = [];
    const problems: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
    const onProblem = (e: Event) => problems.push((e.target as Element).localName);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    document.addEventListener('alliance-error', onProblem);
    const consoleError = console.error;
    console.error = (...args: unknown[]) => (errors.push(args.map(String).join(' ')), consoleError(...args));

    // The toolbar's wrapper, as such toolbars make it.
    const body = document.body;
    const moved = [...body.childNodes];
    const w = document.createElement('div');
    w.id = 'toolbar-wrapper';
    while (body.firstChild) w.append(body.firstChild);
    body.append(w);
    try {
      expect(widgets.filter((el) => !w.contains(el)).length, 'widgets not moved into the wrapper').to.equal(0);
      // Let every widget do what it does when it is connected again.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await Promise.all(widgets.map((el) => el.updateComplete));
      const after = widgets.map(snapshot);

      for (const [i, [name]] of MARKUP.entries()) {
        const [b, a] = [before[i]!, after[i]!];
        expect(a.state, `${name}: state`).to.equal(b.state);
        expect(a.text, `${name}: text`).to.equal(b.text);
        expect(a.texts, `${name}: pieces' text`).to.deep.equal(b.texts);
        expect(a.slots.length, `${name}: no piece twice`).to.equal(new Set(a.slots).size);
        expect(
          a.pieces.every((p, j) => p === b.pieces[j]),
          `${name}: the same piece elements`
        ).to.equal(true);
      }
      expect(renders, 'renders after the move').to.deep.equal(widgets.map(() => 0));
      expect(asked, 'data asked for after the move').to.deep.equal([]);
      expect(errors, 'errors').to.deep.equal([]);
      expect(problems, 'alliance-error events').to.deep.equal([]);
      const seen = `renders after the move ${renders.join(', ')}; data requests ${asked.length}; errors ${errors.length}; alliance-error events ${problems.length}`;
      // The spies see what they watch: a change of language renders the widget again and asks for its data.
      const first = widgets[0]!;
      first.lang = 'en';
      await waitUntil(() => renders[0]! > 0 && asked.some((a) => a.endsWith(' en')), 'the spies saw no render or request');
      await first.updateComplete;
      first.removeAttribute('lang');
      await waitUntil(() => first.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') === 'zh-Hans');
      const counts = after.map((a) => a.pieces.length);
      console.log(`wrapped page: pieces per widget before ${before.map((b) => b.pieces.length).join(', ')}, after ${counts.join(', ')}; ${seen}; the spies' control (lang="en" on the first widget, then removed): renders ${renders.join(', ')}, data requests ${asked.length}`);
    } finally {
      // The toolbar closes: the page is put back.
      body.append(...moved);
      w.remove();
      bundledData.peek = peek;
      bundledData.load = load;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      document.removeEventListener('alliance-error', onProblem);
      console.error = consoleError;
    }
  });
});

describe('a toolbar that zooms every child of the body', () => {
  /** Elements of the widget's layout that clip what overflows them (a scroller is not one: its content is reached by scrolling). */
  const clippingAncestors = (piece: Element, host: Element): Element[] => {
    const out: Element[] = [];
    for (let node = flatParent(piece); node && node !== host; node = flatParent(node)) {
      const {overflowX, overflowY} = getComputedStyle(node);
      if ([overflowX, overflowY].some((o) => o === 'hidden' || o === 'clip')) out.push(node);
    }
    return out;
  };
  /** Lays out what `content-visibility: auto` skips off screen (the timeline's events), so every box is measured as shown. */
  const measureAll = (el: Element) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { content-visibility: visible !important; }');
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
  };
  /** Each shown piece's first line box height, by slot name. */
  const lineHeights = (el: Element) => new Map(shownPieces(el).map((p) => [p.slot, [...p.getClientRects()].find((r) => r.width > 1)?.height ?? 0]));

  for (const [name, zoom] of [
    ['zoom: 1.5', (el: HTMLElement) => (el.style.zoom = '1.5')],
    ['transform: scale(1.5)', (el: HTMLElement) => ((el.style.transform = 'scale(1.5)'), (el.style.transformOrigin = '0 0'))],
  ] as const) {
    it(`${name}: text grows with it, stays inside its widget and is clipped by no box`, async function () {
      this.timeout(30000);
      const widgets = await placeAll();
      for (const el of widgets) measureAll(el);
      const before = widgets.map(lineHeights);
      for (const child of document.body.children) if (!ownNodes.has(child)) zoom(child as HTMLElement);
      await Promise.all(widgets.map((el) => el.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const report: string[] = [];
      for (const [i, el] of widgets.entries()) {
        const label = MARKUP[i]![0];
        const host = el.getBoundingClientRect();
        const pieces = shownPieces(el);
        expect(pieces.length, `${label}: pieces shown`).to.be.greaterThan(0);
        const outside: string[] = [];
        const clipped: string[] = [];
        const ratios: number[] = [];
        for (const piece of pieces) {
          const rects = [...piece.getClientRects()].filter((r) => r.width > 1);
          for (const r of rects) {
            if (r.left < host.left - 1 || r.right > host.right + 1 || r.top < host.top - 1 || r.bottom > host.bottom + 1) outside.push(piece.textContent ?? '');
            for (const box of clippingAncestors(piece, el)) {
              const b = box.getBoundingClientRect();
              if (r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1) clipped.push(`${piece.textContent} by ${box.localName}.${box.className}`);
            }
          }
          const was = before[i]!.get(piece.slot);
          if (was && rects[0]) ratios.push(rects[0].height / was);
        }
        expect(outside, `${label}: pieces outside the widget`).to.deep.equal([]);
        expect(clipped, `${label}: pieces clipped`).to.deep.equal([]);
        ratios.sort((a, b) => a - b);
        const median = ratios[Math.floor(ratios.length / 2)]!;
        expect(ratios.length, `${label}: pieces measured before and after`).to.be.greaterThan(0);
        expect(median, `${label}: median growth of the pieces' line boxes`).to.be.within(1.4, 1.6);
        expect(ratios[0], `${label}: no piece smaller than before`).to.be.at.least(0.99);
        report.push(`${label} ${pieces.length} pieces ×${median.toFixed(2)}`);
      }
      console.log(`${name}: ${report.join('; ')}`);
    });
  }
});

describe('pointer reading reads the text, not a label', () => {
  afterEach(async () => {
    await setLang('zh-CN', 'zh-Hans');
  });
  const LABELS = ['title', 'aria-label', 'aria-labelledby', 'aria-description', 'aria-describedby'];

  for (const [tag, markup] of WIDGETS_SHOWING_ALL) {
    for (const [lang, locale] of LOCALES) {
      it(`<${tag}> ${locale}: no piece has a title or an ARIA label, nor a tooltip around it`, async () => {
        await setLang(lang, locale);
        const el = await placeShowingAll<Widget>(markup);
        const pieces = piecesOf(el);
        expect(pieces.length, 'pieces').to.be.greaterThan(2);
        const labelled = pieces.filter((p) => LABELS.some((a) => p.hasAttribute(a))).map((p) => `${p.textContent} [${LABELS.filter((a) => p.hasAttribute(a)).join(' ')}]`);
        expect(labelled, 'pieces with a label of their own').to.deep.equal([]);
        // A title on the layout around a piece is a tooltip over its text, and what some toolbars read instead.
        const tooltips: string[] = [];
        for (const piece of pieces) {
          for (let node = flatParent(piece); node && node !== el; node = flatParent(node)) if (node.hasAttribute('title')) tooltips.push(`${piece.textContent} in ${node.localName}[title="${node.getAttribute('title')}"]`);
        }
        expect(tooltips, 'pieces under a title').to.deep.equal([]);
        console.log(`<${tag}> ${locale}: ${pieces.length} pieces, none labelled`);
      });
    }
  }
});
