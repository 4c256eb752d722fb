/**
 * A portal's reading toolbar (辅助浏览工具条) at work on every widget, in
 * each locale, plainly and in care mode, measured as such a toolbar does it:
 *
 * - page reading (连读): `document.body.innerText`, and a TreeWalker over the
 *   document's text nodes, find every piece of text the widget shows, in
 *   reading order;
 * - pointer reading (指读): `document.elementFromPoint()` at each piece gives
 *   that piece — not the widget — and its `innerText` is the piece's text;
 * - recolouring (配色): the toolbar's `body * { color: … !important }` reaches
 *   every piece.
 *
 * "Every piece" is checked from the other side too: no visible text is left
 * in a shadow root, where none of these reach, except decorative glyphs
 * hidden from assistive technology (arrows of the scroll buttons).
 *
 * And the page's own stylesheet cannot move the text: global `!important`
 * rules for boxes and type leave every piece where it was.
 */
import {expect} from '@open-wc/testing';
import '../src/index.js';
import {fold, PAGE_LOCALES, piecesOf, placeShowingAll, setLang, shownPieces, waitUntil, WIDGETS_SHOWING_ALL} from './support/helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

const WIDGETS = WIDGETS_SHOWING_ALL;

const LOCALES = PAGE_LOCALES;




/** Visible text left inside the widget's shadow root (none should be), and the decorative glyphs hidden from assistive technology. */
function shadowText(el: Element): {stray: string[]; decorative: string[]} {
  const stray: string[] = [];
  const decorative: string[] = [];
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    const value = fold(node.textContent ?? '');
    if (!value || parent.closest('style') || parent.getClientRects().length === 0) continue;
    (parent.closest('[aria-hidden="true"]') ? decorative : stray).push(value);
  }
  return {stray, decorative};
}

const place = (markup: string, care: boolean) => placeShowingAll<Widget>(markup, {care});

describe('a reading toolbar reaches every piece of text', () => {
  afterEach(async () => {
    document.getElementById('toolbar-colours')?.remove();
    await setLang('zh-CN', 'zh-Hans');
  });

  for (const [tag, markup] of WIDGETS) {
    for (const [lang, locale] of LOCALES) {
      for (const care of [false, true]) {
        it(`<${tag}> ${locale}${care ? ', care mode' : ''}: page reading, pointer reading and recolouring reach 100 % of its text pieces`, async function () {
          this.timeout(30000);
          await setLang(lang, locale);
          const el = await place(markup, care);
          const pieces = shownPieces(el);
          expect(pieces.length, 'the widget shows text pieces').to.be.greaterThan(2);

          // Nothing visible is left where the page's tools cannot reach.
          const {stray, decorative} = shadowText(el);
          expect(stray, 'visible text inside the shadow root').to.deep.equal([]);

          // Page reading: innerText, in reading order; and a TreeWalker over the document.
          const reading = fold(document.body.innerText);
          let from = 0;
          const unread: string[] = [];
          for (const piece of pieces) {
            const at = reading.indexOf(fold(piece.innerText), from);
            if (at === -1) unread.push(fold(piece.innerText));
            else from = at + fold(piece.innerText).length;
          }
          expect(unread, 'pieces page reading misses or reads out of order').to.deep.equal([]);
          const walked = new Set<Node>();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) walked.add(node);
          expect(
            pieces.filter((p) => ![...p.childNodes].some((n) => walked.has(n))).map((p) => p.textContent),
            'pieces a TreeWalker over the document misses'
          ).to.deep.equal([]);

          // Pointer reading: the element under the pointer is the piece itself.
          const missed: string[] = [];
          for (const piece of pieces) {
            piece.scrollIntoView({block: 'center', inline: 'nearest'});
            const rect = [...piece.getClientRects()].find((r) => r.width > 1 && r.height > 1);
            if (!rect) {
              missed.push(`${piece.textContent} (no box)`);
              continue;
            }
            const hit = document.elementFromPoint(rect.left + Math.min(rect.width / 2, 8), rect.top + rect.height / 2) as HTMLElement | null;
            if (hit !== piece || fold(hit.innerText) !== fold(piece.textContent ?? '')) missed.push(`${piece.textContent} → ${hit?.localName ?? 'nothing'}`);
          }
          expect(missed, 'pieces pointer reading does not find').to.deep.equal([]);

          // Recolouring: the toolbar's high-contrast colours reach every piece.
          const style = document.createElement('style');
          style.id = 'toolbar-colours';
          style.textContent = 'body, body * { color: rgb(255, 255, 0) !important; background-color: rgb(0, 0, 0) !important; }';
          document.head.append(style);
          const unreached = pieces.filter((p) => {
            const computed = getComputedStyle(p);
            return computed.color !== 'rgb(255, 255, 0)' || computed.backgroundColor !== 'rgb(0, 0, 0)';
          });
          expect(
            unreached.map((p) => p.textContent),
            'pieces the recolouring misses'
          ).to.deep.equal([]);
          console.log(`<${tag}> ${locale}${care ? ' care' : ''}: ${pieces.length} pieces shown (${piecesOf(el).length} in all), 100 % read, pointed and recoloured; decorative glyphs left in the shadow root: ${decorative.length}`);
        });
      }
    }
  }
});

describe('the page’s stylesheet cannot move the text', () => {
  /**
   * Global rules of the kind portals carry, all !important, reaching what the
   * page holds inside a widget (its text pieces). Where the page puts and
   * sizes the widget itself is the page's to say, as for any box.
   */
  const INSIDE = ':is(case-stat, alliance-model-card, alliance-scheme, case-study-card, timeline-view)';
  const HOSTILE = `
    ${INSIDE} *, ${INSIDE} *::before, ${INSIDE} *::after, aw-t, aw-t::before, aw-t::after {
      display: block !important; position: relative !important; float: left !important; inset: 3px !important;
      margin: 7px !important; padding: 5px !important; border: 3px solid red !important;
      width: 50px !important; height: 20px !important; font: italic 900 31px/3 serif !important;
      letter-spacing: 4px !important; word-spacing: 9px !important; text-transform: uppercase !important;
      text-indent: 20px !important; white-space: pre !important; vertical-align: top !important;
      visibility: hidden !important; opacity: 0.2 !important; transform: rotate(10deg) !important;
      content: "※" !important;
    }`;

  /** Each piece's boxes, relative to the widget. */
  const boxes = (el: Element) => {
    const origin = el.getBoundingClientRect();
    return piecesOf(el).map((p) => [...p.getClientRects()].map((r) => [r.left - origin.left, r.top - origin.top, r.width, r.height].map((n) => Math.round(n * 2) / 2)));
  };

  for (const [tag, markup] of WIDGETS) {
    it(`<${tag}>: global !important rules for boxes and type leave every piece where it was`, async () => {
      const el = await place(markup, false);
      const before = boxes(el);
      const style = document.createElement('style');
      style.textContent = HOSTILE;
      document.head.append(style);
      try {
        const after = boxes(el);
        const moved = before.map((b, i) => (JSON.stringify(b) === JSON.stringify(after[i]) ? undefined : piecesOf(el)[i]!.textContent)).filter((x) => x !== undefined);
        expect(moved, 'pieces that moved or changed size').to.deep.equal([]);
        expect(before.flat().length, 'boxes compared').to.be.greaterThan(2);
        const hidden = piecesOf(el).filter((p) => getComputedStyle(p).visibility !== 'visible' || getComputedStyle(p).opacity !== '1');
        expect(hidden.length, 'pieces hidden by the page').to.equal(0);
      } finally {
        style.remove();
      }
    });
  }

  for (const [name, css] of [
    ['no page style', ''],
    ['html { font-size: 10px }', 'html { font-size: 10px !important; }'],
    ['body { zoom: 2 }', 'body { zoom: 2; }'],
  ] as const) {
    it(`${name}: every piece stays inside its widget and no two pieces overlap`, async () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      try {
        for (const [, markup] of WIDGETS) {
          const el = await place(markup, false);
          await waitUntil(() => shownPieces(el).length > 0);
          // Lay out what `content-visibility: auto` skips off screen (the timeline's events), so every box is measured as shown.
          const measureAll = new CSSStyleSheet();
          measureAll.replaceSync('* { content-visibility: visible !important; }');
          el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, measureAll];
          const host = el.getBoundingClientRect();
          const rects = shownPieces(el).flatMap((p) => [...p.getClientRects()].filter((r) => r.width > 1).map((r) => ({r, text: p.textContent})));
          const outside = rects.filter(({r}) => r.left < host.left - 1 || r.right > host.right + 1);
          expect(
            outside.map((o) => o.text),
            `${el.localName}: pieces outside the widget`
          ).to.deep.equal([]);
          const overlaps: string[] = [];
          for (let i = 0; i < rects.length; i++) {
            for (let j = i + 1; j < rects.length; j++) {
              const [a, b] = [rects[i]!.r, rects[j]!.r];
              const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              // Glyph boxes of adjacent lines may touch by a few pixels (a tall font in a tight line height); a quarter of a line is a real overlap.
              if (x > 2 && y > Math.min(a.height, b.height) / 4) overlaps.push(`${rects[i]!.text} / ${rects[j]!.text} ${JSON.stringify([a, b].map((r) => [r.left, r.top, r.width, r.height].map(Math.round)))}`);
            }
          }
          expect(overlaps, `${el.localName}: overlapping pieces`).to.deep.equal([]);
        }
      } finally {
        style.remove();
      }
    });
  }
});
