/**
 * The roving tab stop (src/controllers/roving-tabindex.ts) on a tiny Lit
 * element of its own: a list of buttons, one in the tab order, moved by the
 * arrow keys, Home and End.
 */
import {expect, fixture} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {html, LitElement} from 'lit';
import {property} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {RovingTabindexController} from '../src/controllers/roving-tabindex.js';

/** Buttons named by `data-key`, found by a selector, with another button before them that is no item. */
class RovingList extends LitElement {
  /** The items' keys, in order. */
  @property({attribute: false}) keys: string[] = ['a', 'b', 'c', 'd', 'e'];

  /** Text beside the list: changing it re-renders and leaves the items as they are. */
  @property() note = '';

  /** Whether focus moves scroll smoothly. */
  smooth = false;

  /** How many times the element rendered. */
  renders = 0;

  readonly tabStop = new RovingTabindexController<HTMLButtonElement>(this, {items: 'button.item', key: (button) => button.dataset['key'], smooth: () => this.smooth});

  override render() {
    this.renders++;
    this.tabStop.keepActive(new Set(this.keys), this.keys[0]);
    return html`<button class="other">other</button>
      <ul>
        ${repeat(
          this.keys,
          (key) => key,
          (key) => html`<li><button class="item" data-key=${key} tabindex=${this.tabStop.tabIndexFor(key)}>${key}</button></li>`
        )}
      </ul>
      <p>${this.note}</p>`;
  }
}
customElements.define('test-roving-list', RovingList);

/** Items given by a function and named by their `id` (the default key), counting how often they are read. */
class RovingRow extends LitElement {
  /** How many times the controller read the items. */
  reads = 0;

  readonly tabStop = new RovingTabindexController(this, {
    items: () => {
      this.reads++;
      return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="radio"]')];
    },
  });

  override render() {
    const ids = ['x', 'y', 'z'];
    this.tabStop.keepActive(new Set(ids), ids[0]);
    return html`<div role="radiogroup" aria-label="row">
      ${ids.map((id) => html`<span role="radio" aria-checked="false" id=${id} tabindex=${this.tabStop.tabIndexFor(id)}>${id}</span>`)}
    </div>`;
  }
}
customElements.define('test-roving-row', RovingRow);

/** A host that never renders a tab stop (it calls neither keepActive nor tabIndexFor), as server-rendered HTML before the first render. */
class NoTabStop extends LitElement {
  readonly tabStop = new RovingTabindexController<HTMLButtonElement>(this, {items: 'button'});

  override render() {
    return html`<button id="p">p</button><button id="q">q</button>`;
  }
}
customElements.define('test-no-tab-stop', NoTabStop);

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.item, [role="radio"]')];
const keyOf = (item: Element | null | undefined) => (item as HTMLElement | null | undefined)?.dataset['key'] ?? item?.id;
const tabbable = (el: Element) => items(el).filter((item) => item.tabIndex === 0).map(keyOf);
const focused = (el: Element) => keyOf(el.shadowRoot!.activeElement);

/** Dispatches a key press on an element as the browser would; true when the controller took it (prevented its default). */
function press(target: Element, key: string, init: KeyboardEventInit = {}): boolean {
  return !target.dispatchEvent(new KeyboardEvent('keydown', {key, bubbles: true, composed: true, cancelable: true, ...init}));
}

async function list(): Promise<RovingList> {
  const el = await fixture<RovingList>(html`<test-roving-list></test-roving-list>`);
  await el.updateComplete;
  return el;
}

describe('RovingTabindexController', () => {
  describe('defaults', () => {
    it('puts exactly one item in the tab order: the first', async () => {
      const el = await list();
      expect(tabbable(el)).to.deep.equal(['a']);
      expect(items(el).filter((item) => item.tabIndex === -1)).to.have.length(4);
      expect(el.tabStop.activeKey).to.equal('a');
    });
  });

  describe('keyboard', () => {
    it('ArrowDown and ArrowRight move to the next item, ArrowUp and ArrowLeft to the previous; Home and End jump', async () => {
      const el = await list();
      items(el)[0]!.focus();
      const steps: [string, string][] = [
        ['ArrowDown', 'b'],
        ['ArrowRight', 'c'],
        ['ArrowUp', 'b'],
        ['ArrowLeft', 'a'],
        ['End', 'e'],
        ['Home', 'a'],
      ];
      for (const [key, expected] of steps) {
        await sendKeys({press: key});
        expect(focused(el), key).to.equal(expected);
        expect(tabbable(el), key).to.deep.equal([expected]);
        expect(el.tabStop.activeKey).to.equal(expected);
      }
    });

    it('does not wrap: at either end the key is taken, and nothing moves', async () => {
      const el = await list();
      const [first] = items(el);
      first!.focus();
      for (const key of ['ArrowUp', 'ArrowLeft', 'Home']) {
        expect(press(first!, key), key).to.equal(true);
        expect(focused(el)).to.equal('a');
      }
      const last = items(el).at(-1)!;
      last.focus();
      for (const key of ['ArrowDown', 'ArrowRight', 'End']) {
        expect(press(last, key), key).to.equal(true);
        expect(focused(el)).to.equal('e');
      }
      expect(tabbable(el)).to.deep.equal(['e']);
    });

    it('leaves alone other keys, keys with a modifier and keys on elements that are no item', async () => {
      const el = await list();
      const [first] = items(el);
      first!.focus();
      for (const key of ['Enter', ' ', 'a', 'Tab', 'PageDown']) expect(press(first!, key), key).to.equal(false);
      for (const modifier of ['altKey', 'ctrlKey', 'metaKey', 'shiftKey']) {
        expect(press(first!, 'ArrowDown', {[modifier]: true}), modifier).to.equal(false);
        expect(focused(el), modifier).to.equal('a');
      }
      const other = el.shadowRoot!.querySelector<HTMLButtonElement>('.other')!;
      other.focus();
      expect(press(other, 'ArrowDown')).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(other);
      expect(tabbable(el)).to.deep.equal(['a']);
    });

    it('moves the tab stop without a render', async () => {
      const el = await list();
      const renders = el.renders;
      items(el)[0]!.focus();
      for (let i = 0; i < 3; i++) press(el.shadowRoot!.activeElement!, 'ArrowDown');
      press(el.shadowRoot!.activeElement!, 'Home');
      await el.updateComplete;
      expect(focused(el)).to.equal('a');
      expect(el.renders).to.equal(renders);
    });

    it('Tab enters the group at its tab stop and leaves it at once', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button><test-roving-list></test-roving-list><button id="after">after</button></div>`);
      const el = wrapper.querySelector<RovingList>('test-roving-list')!;
      await el.updateComplete;
      items(el)[2]!.focus();
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Tab'}); // past the button that is no item
      expect(focused(el)).to.equal('c');
      await sendKeys({press: 'Tab'});
      expect(document.activeElement!.id).to.equal('after');
    });
  });

  describe('focus', () => {
    it('an item that takes focus any other way (a script, a click) becomes the tab stop', async () => {
      const el = await list();
      items(el)[3]!.focus();
      expect(tabbable(el)).to.deep.equal(['d']);
      items(el)[1]!.focus();
      expect(tabbable(el)).to.deep.equal(['b']);
      // Focus on what is no item leaves the tab stop where it was.
      el.shadowRoot!.querySelector<HTMLButtonElement>('.other')!.focus();
      expect(tabbable(el)).to.deep.equal(['b']);
    });

    it('setActive moves the tab stop and leaves focus where it is', async () => {
      const el = await list();
      const other = el.shadowRoot!.querySelector<HTMLButtonElement>('.other')!;
      other.focus();
      el.tabStop.setActive(items(el)[4] as HTMLButtonElement);
      expect(tabbable(el)).to.deep.equal(['e']);
      expect(el.shadowRoot!.activeElement).to.equal(other);
    });

    it('focus(key) moves focus and the tab stop to that item and scrolls it into view, smoothly only when asked', async () => {
      const el = await list();
      const scrolls: (ScrollIntoViewOptions | boolean | undefined)[] = [];
      for (const item of items(el)) item.scrollIntoView = (options) => scrolls.push(options);
      el.tabStop.focus('c');
      expect(focused(el)).to.equal('c');
      expect(tabbable(el)).to.deep.equal(['c']);
      el.smooth = true;
      press(items(el)[2]!, 'ArrowDown');
      expect(scrolls).to.deep.equal([
        {block: 'nearest', inline: 'nearest', behavior: 'auto'},
        {block: 'nearest', inline: 'nearest', behavior: 'smooth'},
      ]);
      el.tabStop.focus('no-such-key');
      expect(focused(el)).to.equal('d');
      expect(tabbable(el)).to.deep.equal(['d']);
    });
  });

  describe('re-renders', () => {
    it('keep the active item, across a reorder too; when it goes, the first item takes the tab stop', async () => {
      const el = await list();
      items(el)[0]!.focus();
      press(items(el)[0]!, 'End');
      press(items(el)[4]!, 'ArrowUp');
      expect(focused(el)).to.equal('d');
      el.note = 'changed';
      await el.updateComplete;
      expect(tabbable(el)).to.deep.equal(['d']);
      expect(focused(el)).to.equal('d');
      el.keys = ['e', 'd', 'c', 'b', 'a'];
      await el.updateComplete;
      expect(tabbable(el)).to.deep.equal(['d']);
      // The keys follow the new order (moving the items took focus away: the reader comes back to the tab stop).
      items(el)[1]!.focus();
      press(items(el)[1]!, 'ArrowDown');
      expect(focused(el)).to.equal('c');
      el.keys = ['e', 'b', 'a'];
      await el.updateComplete;
      expect(el.tabStop.activeKey).to.equal('e');
      expect(tabbable(el)).to.deep.equal(['e']);
      el.keys = [];
      await el.updateComplete;
      expect(el.tabStop.activeKey).to.equal(undefined);
    });

    it('items given by a function, named by their id, are read once per host update', async () => {
      const el = await fixture<RovingRow>(html`<test-roving-row></test-roving-row>`);
      await el.updateComplete;
      expect(el.reads).to.equal(0);
      items(el)[0]!.focus();
      for (let i = 0; i < 5; i++) press(el.shadowRoot!.activeElement!, i % 2 ? 'ArrowLeft' : 'ArrowRight');
      expect(focused(el)).to.equal('y');
      expect(el.reads).to.equal(1);
      el.requestUpdate();
      await el.updateComplete;
      expect(tabbable(el)).to.deep.equal(['y']);
      press(el.shadowRoot!.activeElement!, 'End');
      expect(focused(el)).to.equal('z');
      expect(el.reads).to.equal(2);
    });
  });

  describe('connection', () => {
    it('listens only while the host is connected', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><test-roving-list></test-roving-list></div>`);
      const el = wrapper.querySelector<RovingList>('test-roving-list')!;
      await el.updateComplete;
      el.remove();
      const [first, second] = items(el);
      expect(press(first!, 'ArrowDown'), 'a key press on a disconnected host').to.equal(false);
      second!.dispatchEvent(new FocusEvent('focusin', {bubbles: true, composed: true}));
      expect(tabbable(el)).to.deep.equal(['a']);
      wrapper.append(el);
      first!.focus();
      expect(press(first!, 'ArrowDown')).to.equal(true);
      expect(focused(el)).to.equal('b');
    });

    it('leaves keys and focus alone until the host renders a tab stop', async () => {
      const el = await fixture<NoTabStop>(html`<test-no-tab-stop></test-no-tab-stop>`);
      const [p, q] = [...el.shadowRoot!.querySelectorAll('button')];
      p!.focus();
      expect(press(p!, 'ArrowDown')).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(p);
      q!.focus();
      expect([p!.tabIndex, q!.tabIndex]).to.deep.equal([0, 0]);
      expect(el.tabStop.activeKey).to.equal(undefined);
    });
  });
});
