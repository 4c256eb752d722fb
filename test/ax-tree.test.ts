/**
 * What a screen reader is given: Chromium's own accessibility tree of each
 * widget (read through the DevTools protocol, see support/ax-tree-plugin.mjs).
 * Each text the widget shows is in it once — the text pieces in the page's
 * DOM are met where their slots stand, never a second time — with headings
 * and lists as such. And axe finds nothing in any state: loading, ready,
 * not found, failed to load. The trees are written, as outlines, to
 * test-results/ax-tree.txt for a reviewer to read.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';
import '../src/index.js';
import type {CaseStat} from '../src/components/case-stat/case-stat.js';
import {WIDGET_CLASSES} from '../src/register.js';
import {WIDGETS as REGISTRY, WIDGET_TAGS} from '../src/widgets.js';
import {defineElement} from '../src/define.js';
import type {DataSource} from '../src/data/source.js';
import {settled} from './support/raw-data.js';
import {flatClosest, placeShowingAll, setLang, WIDGETS_SHOWING_ALL} from './support/helpers.js';
import {expectAxeAAA} from './support/axe.js';

interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
}

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

const WIDGETS: [string, string][] = [...WIDGETS_SHOWING_ALL, ['alliance-model-card gallery', '<alliance-model-card></alliance-model-card>']];

const chromium = !navigator.userAgent.includes('Firefox');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

const walk = (nodes: AxNode[], visit: (n: AxNode) => void) =>
  nodes.forEach((n) => {
    visit(n);
    walk(n.children, visit);
  });

/** The tree as an indented outline, for test-results/ax-tree.txt (support/ax-tree-plugin.mjs writes it). */
const outline = (nodes: AxNode[], depth = 0): string =>
  nodes.map((n) => `${'  '.repeat(depth)}${n.role}${n.name ? ` “${n.name.slice(0, 40)}”` : ''}\n${outline(n.children, depth + 1)}`).join('');

const place = (markup: string) => placeShowingAll<Widget>(markup, {id: 'under-test'});

describe('the accessibility tree (Chromium)', () => {
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  for (const [name, markup] of WIDGETS) {
    for (const [lang, locale] of [
      ['zh-CN', 'zh-Hans'],
      ['en', 'en'],
    ] as const) {
      it(`<${name}> ${locale}: each text once, in reading order; headings and lists as such`, async function () {
        if (!chromium) this.skip();
        await setLang(lang, locale);
        const el = await place(markup);
        const tree = await executeServerCommand<AxNode[], {selector: string}>('ax-tree', {selector: '#under-test'});

        // Texts a screen reader is given: the tree's text leaves, in order.
        const spoken: string[] = [];
        walk(tree, (n) => {
          if (n.role === 'StaticText' && fold(n.name)) spoken.push(fold(n.name));
        });
        // Texts the widget shows (and its text for screen readers only), in reading order; not what is hidden from them.
        const pieces = [...el.children]
          .filter((c) => c.localName === 'aw-t' && c.getClientRects().length > 0 && !flatClosest(c, '[aria-hidden="true"]'))
          .map((c) => fold(c.textContent ?? ''))
          .filter(Boolean);
        expect(pieces.length).to.be.greaterThan(2);
        expect(spoken, 'each text once, in reading order').to.deep.equal(pieces);

        const headings: AxNode[] = [];
        const lists: AxNode[] = [];
        walk(tree, (n) => {
          if (n.role === 'heading') headings.push(n);
          if (n.role === 'list') lists.push(n);
        });
        const shownHeadings = [...el.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6')].filter((h) => h.getClientRects().length > 0);
        expect(headings.length, 'every heading is a heading').to.equal(shownHeadings.length);
        expect(headings.every((h) => fold(h.name) !== ''), 'headings have names').to.equal(true);
        const shownLists = [...el.shadowRoot!.querySelectorAll('ul, ol')].filter((l) => l.getClientRects().length > 0);
        expect(lists.length, 'every list is a list').to.equal(shownLists.length);
        for (const list of lists) expect(list.children.every((c) => c.role === 'listitem'), `items of “${list.name}”`).to.equal(true);
        await executeServerCommand('ax-tree-outline', {text: `<${name}> ${locale}: ${spoken.length} texts, ${headings.length} headings, ${lists.length} lists\n${outline(tree)}`});
      });
    }
  }
});

/** Widgets whose data never arrives, or fails. */
const never: DataSource = {peek: () => undefined, load: () => new Promise<never>(() => {})};
const failing: DataSource = {peek: () => undefined, load: () => Promise.reject(new Error('offline'))};
for (const [tag, base] of Object.entries(WIDGET_CLASSES)) {
  defineElement(`ax-loading-${tag}`, class extends (base as typeof CaseStat) {
    static override dataSource = never;
  });
  defineElement(`ax-failing-${tag}`, class extends (base as typeof CaseStat) {
    static override dataSource = failing;
  });
}

describe('axe in every state', () => {
  for (const tag of WIDGET_TAGS) {
    for (const [state, markup] of [
      ['loading', `<ax-loading-${tag}></ax-loading-${tag}>`],
      ['not found', `<${tag} ${REGISTRY[tag].record}="no-such-${REGISTRY[tag].ids}"></${tag}>`],
      ['failed to load', `<ax-failing-${tag}></ax-failing-${tag}>`],
    ] as const) {
      it(`<${tag}> ${state}: no axe violation (WCAG 2.1 A, AA and AAA rules)`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="width: 40rem"></div>`);
        wrapper.innerHTML = markup;
        const el = wrapper.firstElementChild as Widget;
        await el.updateComplete;
        if (state !== 'loading') await settled(el);
        await el.updateComplete;
        const shown = el.shadowRoot!.querySelector('[data-state]')!;
        expect(shown.getAttribute('data-state')).to.equal({loading: 'loading', 'not found': 'not-found', 'failed to load': 'error'}[state]);
        expect(fold([...el.children].map((c) => c.textContent).join('')), 'the notice is text in the page').to.not.equal('');
        await expectAxeAAA(el);
      });
    }
  }
});
