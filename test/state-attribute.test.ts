/**
 * The `state` attribute (loading / ready / error) every widget keeps on its
 * host, in step with its custom state, so a page's CSS can hide a widget in
 * error where `:state()` is unknown (Chrome 109 on Windows 7, 360 and QQ
 * browsers on older cores):
 *
 * - it follows the widget: loading → ready, loading → error (a bad id),
 *   error → ready (the id fixed), and matches `:state()` at every step;
 * - the README's CSS, as written there, hides a widget in error and no other,
 *   with its `:state()` rule and without it (a page as Chrome 109 reads it);
 *   the two selectors in one list would hide nothing where one is unknown;
 * - where custom states refuse names without `--` (Chrome 90–124), the
 *   attribute still tells and no error is thrown;
 * - static HTML keeps the state it was rendered in until the widget has
 *   its data, instead of telling `loading` while it still shows it.
 */
import {expect} from '@open-wc/testing';
import '../src/index.js';
import {STATE_ATTRIBUTE} from '../src/base/problem-controller.js';
import {waitUntil} from './support/helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>; problem: unknown};

let page = 0;
/** The portal's own document, answered after `ms` milliseconds (a URL of its own each time, so nothing is cached). */
const delayed = (ms: number) => `/test/data/delayed/portal-figures.json?ms=${ms}&state=${++page}`;
/** A figure the portal's document has, and one it has not. */
const GOOD = 'district-homestays';
const BAD = 'no-such-figure';

/** Places a widget and records every value its `state` attribute takes, from the start. */
function place(tag: string, attributes: Record<string, string>): {el: Widget; seen: (string | null)[]; done: () => void} {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const seen: (string | null)[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) seen.push((r.target as Element).getAttribute(STATE_ATTRIBUTE));
  });
  observer.observe(el, {attributes: true, attributeFilter: [STATE_ATTRIBUTE]});
  document.body.append(el);
  return {el, seen, done: () => (observer.disconnect(), el.remove())};
}

/** The attribute and the custom state agree (where the browser has `:state()`). */
function expectInStep(el: Widget, state: string): void {
  expect(el.getAttribute(STATE_ATTRIBUTE), 'state attribute').to.equal(state);
  if (CSS.supports('selector(:state(ready))')) {
    const custom = ['loading', 'ready', 'error'].filter((s) => el.matches(`:state(${s})`));
    expect(custom, 'custom states').to.deep.equal([state]);
  }
}

/** The CSS blocks of the README that hide a widget in error (the Chinese part's and the English part's). */
async function readmeCss(): Promise<string[]> {
  const readme = await (await fetch('/README.md', {cache: 'no-store'})).text();
  return [...readme.matchAll(/```css\n([^`]*)```/g)].map((m) => m[1]!).filter((block) => block.includes(`[${STATE_ATTRIBUTE}='error']`));
}

describe('the state attribute', () => {
  it('follows loading → ready, in step with the custom state, and is set once per state', async () => {
    const {el, seen, done} = place('case-stat', {stat: GOOD, src: delayed(600)});
    try {
      await waitUntil(() => el.hasAttribute(STATE_ATTRIBUTE));
      expectInStep(el, 'loading');
      await waitUntil(() => el.getAttribute(STATE_ATTRIBUTE) !== 'loading', 'the data did not arrive');
      await el.updateComplete;
      expectInStep(el, 'ready');
      expect(el.problem).to.equal(undefined);
      expect(seen, 'every value the attribute took').to.deep.equal(['loading', 'ready']);
    } finally {
      done();
    }
  });

  it('follows loading → error for a bad id, then error → ready when the id is fixed', async () => {
    const {el, seen, done} = place('case-stat', {stat: BAD, src: delayed(600)});
    try {
      await waitUntil(() => el.hasAttribute(STATE_ATTRIBUTE));
      expectInStep(el, 'loading');
      await waitUntil(() => el.getAttribute(STATE_ATTRIBUTE) === 'error', 'no error state');
      await el.updateComplete;
      expectInStep(el, 'error');
      expect((el.problem as {reason: string}).reason).to.equal('not-found');
      el.setAttribute('stat', GOOD);
      await waitUntil(() => el.getAttribute(STATE_ATTRIBUTE) === 'ready', 'not ready after the id was fixed');
      await el.updateComplete;
      expectInStep(el, 'ready');
      expect(el.problem).to.equal(undefined);
      expect(seen).to.deep.equal(['loading', 'error', 'ready']);
    } finally {
      done();
    }
  });

  it('every widget tells ready with its record and error without one (bundled data)', async () => {
    const cases: [string, Record<string, string>, string][] = [
      ['case-stat', {stat: 'workshop-employment'}, 'ready'],
      ['case-stat', {stat: BAD}, 'error'],
      ['case-stat', {}, 'error'],
      ['case-stat-group', {stats: 'alliance-cases'}, 'ready'],
      ['alliance-model-card', {model: 'mentor-led'}, 'ready'],
      ['alliance-model-card', {model: BAD}, 'error'],
      ['case-study-card', {case: 'kuangyan-south'}, 'ready'],
      ['case-study-card', {case: BAD}, 'error'],
      ['alliance-scheme', {'scheme-id': 'four-links-three-unchanged'}, 'ready'],
      ['alliance-scheme', {'scheme-id': BAD}, 'error'],
      ['timeline-view', {}, 'ready'],
    ];
    for (const [tag, attributes, state] of cases) {
      const {el, seen, done} = place(tag, attributes);
      try {
        await waitUntil(() => el.getAttribute(STATE_ATTRIBUTE) === state, `<${tag} ${JSON.stringify(attributes)}> never ${state}: ${JSON.stringify(seen)}`);
        await el.updateComplete;
        expectInStep(el, state);
        expect(el.problem === undefined, `<${tag}> problem`).to.equal(state === 'ready');
        expect(seen.filter((s) => s !== 'loading'), `<${tag}> states after loading`).to.deep.equal([state]);
      } finally {
        done();
      }
    }
  });

  describe('the README’s CSS hides a widget in error and no other', () => {
    let style: HTMLStyleElement | undefined;
    afterEach(() => style?.remove());
    const sheet = (css: string) => {
      style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
    };

    /** How widgets in each state display under the page's stylesheet. */
    async function displays(): Promise<Record<string, string>> {
      const widgets = {
        loading: place('case-stat', {stat: GOOD, src: delayed(2000)}),
        ready: place('case-study-card', {case: 'kuangyan-south'}),
        error: place('case-stat', {stat: BAD}),
        'error (card)': place('case-study-card', {case: BAD}),
      };
      try {
        await waitUntil(() => Object.entries(widgets).every(([state, {el}]) => el.getAttribute(STATE_ATTRIBUTE) === state.split(' ')[0]));
        return Object.fromEntries(Object.entries(widgets).map(([state, {el}]) => [state, getComputedStyle(el).display]));
      } finally {
        for (const {done} of Object.values(widgets)) done();
      }
    }
    const HIDES_ERROR = {loading: 'block', ready: 'block', error: 'none', 'error (card)': 'none'};

    it('both parts of the README give the same two rules, one with the attribute, one with :state()', async () => {
      const blocks = await readmeCss();
      expect(blocks.length, 'CSS blocks (Chinese and English)').to.equal(2);
      expect(blocks[0]).to.equal(blocks[1]);
      const rules = blocks[0]!.trim().split('\n');
      expect(rules.length).to.equal(2);
      expect(rules.filter((r) => r.includes(':state(')).length, 'rules with :state()').to.equal(1);
      expect(rules.filter((r) => r.includes(`[${STATE_ATTRIBUTE}=`)).length, 'rules with the attribute').to.equal(1);
    });

    it('without page CSS every widget shows (the control)', async () => {
      expect(await displays()).to.deep.equal({loading: 'block', ready: 'block', error: 'block', 'error (card)': 'block'});
    });

    it('as written (both rules)', async () => {
      sheet((await readmeCss())[0]!);
      expect(await displays()).to.deep.equal(HIDES_ERROR);
    });

    it('its attribute rule alone, as Chrome 109 keeps it', async () => {
      const attributeRules = (await readmeCss())[0]!
        .split('\n')
        .filter((r) => r.trim() && !r.includes(':state('));
      expect(attributeRules.length).to.equal(1);
      sheet(attributeRules.join('\n'));
      expect(await displays()).to.deep.equal(HIDES_ERROR);
    });

    it('its :state() rule alone, where the browser has it', async function () {
      if (!CSS.supports('selector(:state(error))')) this.skip();
      sheet(
        (await readmeCss())[0]!
          .split('\n')
          .filter((r) => r.includes(':state('))
          .join('\n')
      );
      expect(await displays()).to.deep.equal(HIDES_ERROR);
    });

    it('one rule listing both selectors hides nothing where one of them is unknown: why the README writes two', async () => {
      // A pseudo-class this browser does not know stands for :state() in Chrome 109.
      const [withAttribute, withState] = (await readmeCss())[0]!.trim().split('\n');
      const unknown = withState!.replaceAll(':state(', ':-alliance-unknown(');
      const selectors = (rule: string) => rule.slice(0, rule.indexOf('{')).trim();
      sheet(`${selectors(withAttribute!)}, ${selectors(unknown)} { display: none; }`);
      expect(style!.sheet!.cssRules.length, 'the browser dropped the rule').to.equal(0);
      expect(await displays()).to.deep.equal({loading: 'block', ready: 'block', error: 'block', 'error (card)': 'block'});
    });
  });

  describe('where custom states take only `--` names (Chrome 90–124)', () => {
    const proto = (globalThis as {CustomStateSet?: {prototype: Set<string>}}).CustomStateSet?.prototype;
    let add: Set<string>['add'] | undefined;
    const refused: string[] = [];
    before(function () {
      if (!proto) this.skip();
      add = proto!.add;
      proto!.add = function (this: Set<string>, value: string) {
        if (!value.startsWith('--')) {
          refused.push(value);
          throw new DOMException(`The specified value '${value}' must start with '--'.`, 'SyntaxError');
        }
        return add!.call(this, value);
      };
    });
    after(() => {
      if (proto && add) proto.add = add;
    });

    it('the attribute still follows loading → error → ready, and nothing is thrown', async () => {
      const errors: unknown[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
      const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const {el, seen, done} = place('case-stat', {stat: BAD, src: delayed(400)});
      try {
        await waitUntil(() => el.getAttribute(STATE_ATTRIBUTE) === 'error', `no error state: ${JSON.stringify(seen)}`);
        el.setAttribute('stat', GOOD);
        await waitUntil(() => el.getAttribute(STATE_ATTRIBUTE) === 'ready');
        expect(await el.updateComplete).to.equal(true);
        expect(seen).to.deep.equal(['loading', 'error', 'ready']);
        expect(refused, 'custom states the browser refused').to.deep.equal(['loading', 'error', 'ready']);
        expect(errors).to.deep.equal([]);
        expect(el.shadowRoot!.textContent, 'the figure is shown').to.not.equal('');
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
        done();
      }
    });
  });

  describe('static HTML', () => {
    /** A widget given static HTML (a declarative shadow root) in the state it was rendered in, its data slow to come. */
    async function fromStatic(state: string, stat: string) {
      const wrapper = document.createElement('div');
      document.body.append(wrapper);
      const seen: (string | null)[] = [];
      const observer = new MutationObserver((records) => {
        for (const r of records) if (r.attributeName === STATE_ATTRIBUTE) seen.push((r.target as Element).getAttribute(STATE_ATTRIBUTE));
      });
      observer.observe(wrapper, {attributes: true, subtree: true});
      (wrapper as HTMLElement & {setHTMLUnsafe(html: string): void}).setHTMLUnsafe(
        `<case-stat stat="${stat}" src="${delayed(600)}" ${STATE_ATTRIBUTE}="${state}"><template shadowrootmode="open"><p>static</p></template></case-stat>`
      );
      const el = wrapper.firstElementChild as Widget;
      return {el, seen, done: () => (observer.disconnect(), wrapper.remove())};
    }

    for (const [state, stat] of [
      ['error', BAD],
      ['ready', GOOD],
    ] as const) {
      it(`a widget rendered in ${state} stays ${state} while it shows that HTML, never loading`, async function () {
        if (!('setHTMLUnsafe' in Element.prototype)) this.skip();
        const {el, seen, done} = await fromStatic(state, stat);
        try {
          expect(el.shadowRoot?.textContent, 'the static HTML is shown').to.equal('static');
          await el.updateComplete;
          expectInStep(el, state);
          await waitUntil(() => el.shadowRoot!.textContent !== 'static', 'the widget never took over');
          await el.updateComplete;
          expectInStep(el, state);
          expect(seen.filter((s) => s !== state), 'other states told').to.deep.equal([]);
        } finally {
          done();
        }
      });
    }
  });
});
