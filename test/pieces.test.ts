/**
 * The text pieces a widget keeps in the page's DOM (src/base/pieces.ts): a
 * re-render touches only what changed, in reading order, and leaves the
 * page's own children of the widget alone.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {TimelineView} from '../src/components/timeline-view/timeline-view.js';
import type {CaseStudyCard} from '../src/components/case-study-card/case-study-card.js';
import {writePieces, type Piece} from '../src/base/pieces.js';
import {placeShowingAll} from './support/helpers.js';
import {settled} from './support/raw-data.js';

const piecesOf = (el: Element) => [...el.children].filter((c) => c.localName === 'aw-t');

/** Mutations of a widget's light DOM while `act` runs. */
async function mutationsDuring(el: Element, act: () => Promise<void>): Promise<{added: number; removed: number; renamed: number; retexted: number}> {
  const seen = {added: 0, removed: 0, renamed: 0, retexted: 0};
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'childList' && r.target === el) {
        seen.added += r.addedNodes.length;
        seen.removed += r.removedNodes.length;
      } else if (r.type === 'attributes' && r.attributeName === 'slot') seen.renamed++;
      else if (r.type === 'childList' || r.type === 'characterData') seen.retexted++;
    }
  });
  observer.observe(el, {childList: true, subtree: true, attributes: true, attributeFilter: ['slot'], characterData: true});
  await act();
  observer.takeRecords();
  observer.disconnect();
  return seen;
}

describe('text pieces', () => {
  it('opening an event of a timeline changes nothing in the page’s DOM: its detail’s text is there already, now shown', async () => {
    const el = await fixture<TimelineView>(html`<timeline-view></timeline-view>`);
    await settled(el);
    await el.updateComplete;
    const id = el.shadowRoot!.querySelectorAll<HTMLElement>('button.toggle')[3]!.dataset['id']!;
    const shown = () => piecesOf(el).filter((p) => p.getClientRects().length > 0).length;
    const closed = shown();
    const seen = await mutationsDuring(el, async () => {
      el.toggleEvent(id, true);
      await el.updateComplete;
    });
    expect(seen).to.deep.equal({added: 0, removed: 0, renamed: 0, retexted: 0});
    expect(shown(), 'the detail’s pieces are shown').to.be.greaterThan(closed + 1);
  });

  it('showing all figures of a case adds their pieces in reading order and renames no other piece', async () => {
    const el = await fixture<CaseStudyCard>(html`<case-study-card case="kuangyan-south" max-figures="1"></case-study-card>`);
    await settled(el);
    await el.updateComplete;
    const before = piecesOf(el);
    const seen = await mutationsDuring(el, async () => {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!.click();
      await el.updateComplete;
    });
    const after = piecesOf(el);
    const added = after.filter((p) => !before.includes(p));
    expect(added.length, 'the other figures’ pieces').to.be.greaterThan(3);
    // The button's label changes (显示全部… → 收起); nothing else is touched.
    expect(seen).to.deep.equal({added: added.length, removed: 0, renamed: 0, retexted: 1});
    const order = [...el.shadowRoot!.querySelectorAll('slot')].map((s) => s.name);
    expect(after.map((p) => p.slot)).to.deep.equal(order);
  });

  it('a horizontal timeline’s scroll buttons, appearing before the eras, rename no piece of the eras', async () => {
    const el = await placeShowingAll<TimelineView>('<timeline-view layout="horizontal" style="width: 1280px"></timeline-view>');
    const eraPieces = piecesOf(el).filter((p) => p.slot.includes('~'));
    expect(eraPieces.length).to.be.greaterThan(10);
    const slots = eraPieces.map((p) => p.slot);
    el.layout = 'vertical';
    await el.updateComplete;
    el.layout = 'horizontal';
    await el.updateComplete;
    expect(eraPieces.map((p) => p.isConnected && p.slot)).to.deep.equal(slots);
  });

  it('keeps the page’s own children of a widget, and its order among them', async () => {
    const host = await fixture<HTMLElement>(html`<div><script type="application/json">{"a": 1}</script></div>`);
    const script = host.firstElementChild!;
    const pieces = (texts: string[]) => new Map<string, Piece>(texts.map((text, i) => [`aw-${i}`, {text, kind: 'inline'}]));
    writePieces(host, ['aw-0', 'aw-1'], pieces(['一', '二']));
    expect([...host.children].map((c) => c.localName)).to.deep.equal(['script', 'aw-t', 'aw-t']);
    writePieces(host, ['aw-1', 'aw-0'], pieces(['一', '二']));
    expect(piecesOf(host).map((p) => p.textContent)).to.deep.equal(['二', '一']);
    writePieces(host, [], pieces([]));
    expect([...host.children]).to.deep.equal([script]);
  });

  it('never makes markup of a text: a hostile string stays one text node', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const hostile = '<img src=x onerror="window.__pwned=1"><b>x</b>';
    writePieces(host, ['aw-0'], new Map([['aw-0', {text: hostile, kind: 'block'}]]));
    const piece = piecesOf(host)[0]!;
    expect(piece.childNodes.length).to.equal(1);
    expect(piece.firstChild!.nodeType).to.equal(Node.TEXT_NODE);
    expect(piece.textContent).to.equal(hostile);
    expect(piece.hasAttribute('b')).to.equal(true);
    expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
  });
});
