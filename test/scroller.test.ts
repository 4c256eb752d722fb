/**
 * The sideways scroller (src/controllers/scroller.ts) on a tiny Lit element of
 * its own: a row of 100 px columns in a 300 px scroller, with "back" and "on"
 * buttons shown while columns lie beyond its edges.
 */
import {expect, fixture} from '@open-wc/testing';
import {css, html, LitElement, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {ScrollerController} from '../src/controllers/scroller.js';
import {waitUntil} from './support/helpers.js';

/** Every ResizeObserver made while a test runs, with what each observes now. */
const observers: {observer: ResizeObserver; targets: Set<Element>}[] = [];
const NativeResizeObserver = window.ResizeObserver;
class CountingResizeObserver extends NativeResizeObserver {
  private readonly targets = new Set<Element>();
  constructor(callback: ResizeObserverCallback) {
    super(callback);
    observers.push({observer: this, targets: this.targets});
  }
  override observe(target: Element, options?: ResizeObserverOptions): void {
    this.targets.add(target);
    super.observe(target, options);
  }
  override unobserve(target: Element): void {
    this.targets.delete(target);
    super.unobserve(target);
  }
  override disconnect(): void {
    this.targets.clear();
    super.disconnect();
  }
}
/** The elements observed now, over every observer. */
const observed = () => observers.flatMap(({targets}) => [...targets]);

class SidewaysRow extends LitElement {
  static override styles = css`
    :host {
      display: block;
      inline-size: 300px;
    }
    .row {
      display: flex;
      overflow-x: auto;
    }
    .column {
      flex: none;
      inline-size: var(--column, 100px);
      block-size: 2rem;
    }
  `;

  /** How many columns the row has. */
  @property({type: Number}) columns = 10;

  /** Shows the columns one below the other, with no scroller. */
  @property({type: Boolean}) stacked = false;

  /** Whether a page scrolls smoothly. */
  smooth = false;

  /** Whether the element is rendering now, and whether the scroller's layout was read while it was. */
  rendering = false;
  readInRender = false;

  readonly scroller = new ScrollerController(this, {
    element: '.row',
    pageSize: (row) => row.querySelector<HTMLElement>('.column')?.offsetWidth,
    smooth: () => this.smooth,
    controls: () => ({
      back: this.renderRoot.querySelector<HTMLButtonElement>('.back'),
      on: this.renderRoot.querySelector<HTMLButtonElement>('.on'),
      fallback: this.renderRoot.querySelector<HTMLButtonElement>('.other'),
    }),
  });

  override render() {
    this.rendering = true;
    const {before, after} = this.scroller.hidden;
    const columns = Array.from({length: this.columns}, (_, i) => html`<div class="column">${i + 1}</div>`);
    const result = html`<div>
        ${before || after
          ? html`<button class="back" ?disabled=${!before} @click=${() => this.scroller.scrollPage(-1)}>back</button>
              <button class="on" ?disabled=${!after} @click=${() => this.scroller.scrollPage(1)}>on</button>`
          : nothing}
        <button class="other">other</button>
      </div>
      ${this.stacked ? html`<div class="list">${columns}</div>` : html`<div class="row" tabindex="0" aria-label="columns">${columns}</div>`}`;
    this.rendering = false;
    return result;
  }
}
customElements.define('test-sideways-row', SidewaysRow);

/** The defaults: the scroller found by a function, a page as wide as the scroller's visible width, no buttons. */
class PlainRow extends LitElement {
  static override styles = SidewaysRow.styles;

  readonly scroller = new ScrollerController(this, {element: () => this.renderRoot.querySelector<HTMLElement>('.row')});

  override render() {
    return html`<div class="row" tabindex="0" aria-label="columns">${Array.from({length: 10}, (_, i) => html`<div class="column">${i + 1}</div>`)}</div>`;
  }
}
customElements.define('test-plain-row', PlainRow);

const rowOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.row')!;
const button = (el: Element, name: 'back' | 'on' | 'other') => el.shadowRoot!.querySelector<HTMLButtonElement>(`.${name}`);
const sides = (el: SidewaysRow | PlainRow) => ({...el.scroller.hidden});
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
/** Two frames: the one a measurement is due in, and one for its update. */
const frames = async () => {
  await nextFrame();
  await nextFrame();
};

async function row(template = html`<test-sideways-row></test-sideways-row>`): Promise<SidewaysRow> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.firstElementChild as SidewaysRow;
  await el.updateComplete;
  return el;
}

/** Scrolls the row to another position and, once it has scrolled, checks the sides it hides. */
async function scrollTo(el: SidewaysRow, left: number, expected: {before: boolean; after: boolean}): Promise<void> {
  const scroller = rowOf(el);
  expect(scroller.scrollLeft, 'a position to move from').not.to.equal(left);
  const scrolled = new Promise((resolve) => scroller.addEventListener('scroll', resolve, {once: true}));
  scroller.scrollLeft = left;
  await Promise.race([scrolled, new Promise((resolve) => setTimeout(resolve, 3000))]);
  expect(scroller.scrollLeft).to.equal(left);
  expect(sides(el), `at ${left}`).to.deep.equal(expected);
  await el.updateComplete;
}

describe('ScrollerController', () => {
  before(() => {
    window.ResizeObserver = CountingResizeObserver;
  });
  after(() => {
    window.ResizeObserver = NativeResizeObserver;
  });
  beforeEach(() => {
    observers.length = 0;
  });

  describe('hidden sides', () => {
    it('hides nothing before the first measurement, then measures after the update', async () => {
      const el = await row();
      expect(sides(el)).to.deep.equal({before: false, after: false});
      expect(button(el, 'on')).to.equal(null);
      await waitUntil(() => el.scroller.hidden.after, 'columns beyond the end edge');
      expect(sides(el)).to.deep.equal({before: false, after: true});
      await el.updateComplete;
      expect([button(el, 'back')!.disabled, button(el, 'on')!.disabled]).to.deep.equal([true, false]);
    });

    it('hides nothing when every column fits, to a fraction of a pixel', async () => {
      const el = await row(html`<test-sideways-row columns="3"></test-sideways-row>`);
      await frames();
      expect(sides(el)).to.deep.equal({before: false, after: false});
      expect(button(el, 'back')).to.equal(null);
      // 3 × 100.4 px in 300 px: less than a pixel beyond the end edge, as rounding leaves.
      el.style.setProperty('--column', '100.4px');
      el.requestUpdate();
      await el.updateComplete;
      await frames();
      expect(rowOf(el).scrollWidth - rowOf(el).clientWidth).to.equal(1);
      expect(sides(el)).to.deep.equal({before: false, after: false});
    });

    it('follows the scroll position, a pixel of rounding either side included', async () => {
      const el = await row();
      const scroller = rowOf(el);
      await waitUntil(() => el.scroller.hidden.after, 'measured');
      const end = scroller.scrollWidth - scroller.clientWidth;
      expect(end).to.equal(700);
      await scrollTo(el, 350, {before: true, after: true});
      await scrollTo(el, end, {before: true, after: false});
      await scrollTo(el, end - 1, {before: true, after: false});
      await scrollTo(el, 1, {before: false, after: true});
      await scrollTo(el, 2, {before: true, after: true});
      await scrollTo(el, 0, {before: false, after: true});
      expect([button(el, 'back')!.disabled, button(el, 'on')!.disabled]).to.deep.equal([true, false]);
    });

    it('reads the start and end edges of a right-to-left scroller', async () => {
      const el = await row(html`<test-sideways-row dir="rtl"></test-sideways-row>`);
      await waitUntil(() => el.scroller.hidden.after, 'columns beyond the end (left) edge');
      expect(sides(el)).to.deep.equal({before: false, after: true});
      el.scroller.scrollPage(1);
      expect(rowOf(el).scrollLeft, 'scrolled towards the left').to.equal(-100);
      await waitUntil(() => el.scroller.hidden.before, 'a column beyond the start (right) edge');
      await scrollTo(el, -700, {before: true, after: false});
    });

    it('measures again when the scroller changes size, with no update asked for', async () => {
      const el = await row();
      await waitUntil(() => el.scroller.hidden.after, 'measured');
      el.style.inlineSize = '1000px';
      await waitUntil(() => !el.scroller.hidden.after, 'everything fits');
      await el.updateComplete;
      expect(button(el, 'on'), 'the buttons go').to.equal(null);
      el.style.inlineSize = '250px';
      await waitUntil(() => el.scroller.hidden.after, 'columns beyond the end edge again');
    });

    it('with no scroller (another layout), hides nothing and observes nothing', async () => {
      const el = await row();
      await waitUntil(() => el.scroller.hidden.after, 'measured');
      el.stacked = true;
      await el.updateComplete;
      await waitUntil(() => !el.scroller.hidden.after, 'no scroller, nothing hidden');
      expect(observed()).to.deep.equal([]);
      el.stacked = false;
      await el.updateComplete;
      expect(observed()).to.deep.equal([rowOf(el)]);
      await waitUntil(() => el.scroller.hidden.after, 'the new scroller measured');
    });

    it('reads no layout while the host renders', async () => {
      const el = await row();
      await waitUntil(() => el.scroller.hidden.after, 'measured');
      const scroller = rowOf(el);
      let reads = 0;
      for (const name of ['scrollLeft', 'clientWidth', 'scrollWidth', 'offsetWidth'] as const) {
        const native = Object.getOwnPropertyDescriptor(name.startsWith('offset') ? HTMLElement.prototype : Element.prototype, name)!;
        Object.defineProperty(scroller, name, {
          configurable: true,
          get() {
            reads++;
            if (el.rendering) el.readInRender = true;
            return native.get!.call(this);
          },
          set: native.set ? (value: number) => native.set!.call(scroller, value) : undefined,
        });
      }
      for (let i = 0; i < 5; i++) {
        el.columns = 10 + i;
        await el.updateComplete;
      }
      await frames();
      expect(el.readInRender).to.equal(false);
      expect(reads, 'measured after the updates').to.be.greaterThan(0);
      expect(reads, 'once for the five updates of a frame').to.be.at.most(3);
    });
  });

  describe('scrolling', () => {
    it('scrollPage scrolls by a page, back and on, at once unless smooth() says so', async () => {
      const el = await row();
      const scroller = rowOf(el);
      el.scroller.scrollPage(1);
      expect(scroller.scrollLeft, 'a page on, at once').to.equal(100);
      el.scroller.scrollPage(1);
      el.scroller.scrollPage(-1);
      expect(scroller.scrollLeft).to.equal(100);
      const calls: ScrollToOptions[] = [];
      scroller.scrollBy = ((options: ScrollToOptions) => calls.push(options)) as typeof scroller.scrollBy;
      el.smooth = true;
      el.scroller.scrollPage(-1);
      expect(calls).to.deep.equal([{left: -100, behavior: 'smooth'}]);
    });

    it('by default a page is the scroller’s visible width; found by a function', async () => {
      const el = await fixture<PlainRow>(html`<test-plain-row></test-plain-row>`);
      await waitUntil(() => el.scroller.hidden.after, 'measured');
      el.scroller.scrollPage(1);
      expect(rowOf(el).scrollLeft).to.equal(300);
      await waitUntil(() => el.scroller.hidden.before, 'measured after the scroll');
    });

    it('does nothing with no scroller, or no page size', async () => {
      const el = await row(html`<test-sideways-row stacked></test-sideways-row>`);
      el.scroller.scrollPage(1);
      el.stacked = false;
      el.columns = 0;
      await el.updateComplete;
      const calls: unknown[] = [];
      rowOf(el).scrollBy = ((options: ScrollToOptions) => calls.push(options)) as typeof HTMLElement.prototype.scrollBy;
      el.scroller.scrollPage(1);
      expect(calls, 'no column: no page size').to.deep.equal([]);
    });
  });

  describe('focus', () => {
    it('a button its side disables hands its focus to the other one; when both go, to the fallback', async () => {
      const el = await row();
      await waitUntil(() => !!button(el, 'on'), 'buttons shown');
      button(el, 'on')!.focus();
      await scrollTo(el, 700, {before: true, after: false});
      await waitUntil(() => el.shadowRoot!.activeElement === button(el, 'back'), 'focus on the back button');
      el.style.inlineSize = '1000px';
      await waitUntil(() => !button(el, 'back'), 'buttons gone');
      await waitUntil(() => el.shadowRoot!.activeElement === button(el, 'other'), 'focus on the fallback');
    });

    it('leaves focus alone when the focused button keeps its side', async () => {
      const el = await row();
      await waitUntil(() => !!button(el, 'on'), 'buttons shown');
      button(el, 'on')!.focus();
      await scrollTo(el, 350, {before: true, after: true});
      await frames();
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'on'));
    });
  });

  describe('connection', () => {
    it('one ResizeObserver per controller, on the scroller only, however often the host renders', async () => {
      const el = await row();
      for (let i = 0; i < 5; i++) {
        el.columns = 10 + i;
        await el.updateComplete;
      }
      expect(observers).to.have.length(1);
      expect(observed()).to.deep.equal([rowOf(el)]);
    });

    it('a disconnected host leaves no observer, scroll listener or measurement behind; reconnected, it watches again', async () => {
      const el = await row();
      const wrapper = el.parentElement!;
      await waitUntil(() => el.scroller.hidden.after, 'measured');
      const scroller = rowOf(el);
      // An update just before it goes: its measurement would be due in the next frame.
      el.columns = 12;
      await el.updateComplete;
      el.remove();
      expect(observed(), 'nothing observed').to.deep.equal([]);
      // Detached, the scroller has no size: a measurement now would find nothing hidden.
      scroller.dispatchEvent(new Event('scroll'));
      await frames();
      expect(sides(el), 'nothing measured while disconnected').to.deep.equal({before: false, after: true});

      wrapper.append(el);
      expect(observers, 'the same observer').to.have.length(1);
      expect(observed()).to.deep.equal([scroller]);
      el.style.inlineSize = '1500px';
      await waitUntil(() => !el.scroller.hidden.after, 'a resize after the move is measured');
      scroller.scrollLeft = 0;
      el.style.inlineSize = '300px';
      await waitUntil(() => el.scroller.hidden.after, 'and the next one');
      scroller.scrollLeft = 300;
      await waitUntil(() => el.scroller.hidden.before, 'a scroll after the move is measured');
    });
  });
});
