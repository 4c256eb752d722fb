import {expect, fixture, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/index.js';
import {settled} from './support/raw-data.js';
import {flatClosest, flatParent, flatTextNodes, setLang, text, waitUntil} from './support/helpers.js';
import {expectAxeAAA} from './support/axe.js';

/**
 * Every widget in every look: axe in zh-Hans and en × light, dark and care
 * mode (AAA rules in care mode), and care mode's measured type size and
 * contrast. The figures are logged for the record.
 */
const WIDGETS = [
  ['case-stat', html`<case-stat stat="common-prosperity-workshops"></case-stat>`],
  ['alliance-model-card', html`<alliance-model-card model="industry-cluster" open></alliance-model-card>`],
  ['alliance-scheme', html`<alliance-scheme scheme-id="four-links-three-unchanged"></alliance-scheme>`],
  ['timeline-view', html`<timeline-view></timeline-view>`],
  ['case-study-card', html`<case-study-card case="kuangyan-south"></case-study-card>`],
] as const;

type Look = 'light' | 'dark' | 'care' | 'care-dark';

async function place(markup: TemplateResult, look: Look, width = '40rem'): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: ${width}">${markup}</div>`);
  const el = wrapper.firstElementChild as HTMLElement & {updateComplete: Promise<boolean>};
  el.setAttribute('theme', look.endsWith('dark') ? 'dark' : 'light');
  if (look.startsWith('care')) wrapper.setAttribute('care', '');
  await settled(el);
  await el.updateComplete;
  return el;
}

/** The same widget whose data never arrives, under its own tag (`test-pending-<tag>`). */
function definePending(tag: string): string {
  const Widget = customElements.get(tag) as unknown as {new (): HTMLElement};
  const pendingTag = `test-pending-${tag}`;
  if (!customElements.get(pendingTag)) {
    customElements.define(
      pendingTag,
      class extends (Widget as unknown as typeof HTMLElement) {
        static dataSource = {peek: () => undefined, load: () => new Promise<never>(() => {})};
      }
    );
  }
  return pendingTag;
}

/** WCAG 2 relative luminance and contrast ratio of two CSS colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [a, b] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (a! + 0.05) / (b! + 0.05);
}

/** The background actually behind an element: the nearest opaque one up the flat tree. */
function backgroundOf(el: Element): string {
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const bg = getComputedStyle(node).backgroundColor;
    if (!/rgba\(.*, 0\)$/.test(bg) && bg !== 'transparent') return bg;
  }
  return 'rgb(255, 255, 255)';
}

/** Lowest contrast of any text a widget shows (its shadow root's and its text pieces', through their slots). */
function lowestContrast(el: Element): {ratio: number; where: string} {
  let lowest = {ratio: Infinity, where: ''};
  for (const node of flatTextNodes(el)) {
    const parent = node.parentElement;
    if (!node.textContent?.trim() || !parent || flatClosest(parent, '[hidden], .visually-hidden')) continue;
    const ratio = contrast(getComputedStyle(parent).color, backgroundOf(parent));
    if (ratio < lowest.ratio) lowest = {ratio, where: `${parent.localName}.${parent.className} “${node.textContent.trim().slice(0, 20)}”`};
  }
  return lowest;
}

/** Emulated media features: Chromium (Playwright) has them; Firefox over WebDriver BiDi does not. */
const canEmulate = !navigator.userAgent.includes('Firefox');

describe('loading room of other layouts', () => {
  for (const markup of ['<alliance-model-card></alliance-model-card>', '<timeline-view compact></timeline-view>']) {
    it(`${markup}: the page jumps at most 15 % when the data arrives`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 40rem"></div>`);
      wrapper.innerHTML = markup;
      const loaded = wrapper.firstElementChild as HTMLElement & {updateComplete: Promise<boolean>};
      await settled(loaded);
      await loaded.updateComplete;
      const pending = document.createElement(definePending(loaded.localName));
      for (const {name, value} of [...loaded.attributes]) pending.setAttribute(name, value);
      wrapper.append(pending);
      await (pending as unknown as {updateComplete: Promise<boolean>}).updateComplete;
      const before = pending.getBoundingClientRect().height;
      const after = loaded.getBoundingClientRect().height;
      console.log(`${markup} at 40rem: ${Math.round(before)}px while loading, ${Math.round(after)}px loaded`);
      expect(Math.abs(after - before) / after, `${Math.round(before)}px while loading, ${Math.round(after)}px loaded`).to.be.at.most(0.15);
    });
  }
});

describe('looks of every widget', () => {
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  for (const [tag, markup] of WIDGETS) {
    describe(`<${tag}>`, () => {
      for (const [lang, locale] of [['zh-CN', 'zh-Hans'], ['en', 'en']]) {
        for (const look of ['light', 'dark', 'care', 'care-dark'] as const) {
          it(`passes axe in ${locale}, ${look}${look.startsWith('care') ? ' (AAA)' : ''}`, async () => {
            await setLang(lang!, locale!);
            const el = await place(markup, look);
            if (look.startsWith('care')) await expectAxeAAA(el);
            else await expect(el).to.be.accessible();
          });
        }
      }

      it('care mode: type ≥ 1.25×, line height ≥ 1.5, buttons ≥ 3em, text contrast ≥ 7:1', async () => {
        const plain = await place(markup, 'light');
        const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;
        const plainSize = parseFloat(getComputedStyle(base(plain)).fontSize);
        const report: string[] = [];
        for (const look of ['care', 'care-dark'] as const) {
          const el = await place(markup, look);
          const style = getComputedStyle(base(el));
          const size = parseFloat(style.fontSize);
          expect(size / plainSize, 'type scale').to.be.at.least(1.25);
          expect(parseFloat(style.lineHeight) / size, 'line height').to.be.at.least(1.5);
          for (const button of el.shadowRoot!.querySelectorAll('button')) {
            const box = button.getBoundingClientRect();
            if (box.height === 0) continue;
            expect(box.height, 'button height').to.be.at.least(size * 3 - 0.5);
          }
          const lowest = lowestContrast(el);
          expect(lowest.ratio, lowest.where).to.be.at.least(7);
          report.push(`${look}: base ${size}px (plain ${plainSize}px, ×${(size / plainSize).toFixed(2)}), line height ${(parseFloat(style.lineHeight) / size).toFixed(2)}, lowest text contrast ${lowest.ratio.toFixed(2)}:1`);
        }
        console.log(`<${tag}> ${report.join('; ')}`);
      });

      it('reflows at 320 CSS pixels (a 1280-pixel window at 400 % zoom) with no sideways scrolling, in care mode too', async () => {
        for (const care of [false, true]) {
          const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px">${markup}</div>`);
          if (care) wrapper.setAttribute('care', '');
          const el = wrapper.firstElementChild as HTMLElement & {updateComplete: Promise<boolean>};
          await settled(el);
          await el.updateComplete;
          const overflowing = [...el.shadowRoot!.querySelectorAll('*')].filter((node) => node.getBoundingClientRect().right > wrapper.getBoundingClientRect().right + 1);
          expect(overflowing.map((n) => `${n.localName}.${n.getAttribute('class') ?? ''}`), `care ${care}`).to.deep.equal([]);
          expect(el.getBoundingClientRect().width).to.be.at.most(320);
        }
      });

      it('takes its colours from the page, not the reader’s system, unless theme="system"; uses system colours in forced-colours mode', async function () {
        if (!canEmulate) this.skip();
        const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]')!;
        const lightness = (el: Element) => {
          const [r, g, b] = getComputedStyle(base(el)).color.match(/[\d.]+/g)!.map(Number);
          return (r! + g! + b!) / 3;
        };
        const update = (el: Element) => (el as unknown as {updateComplete: Promise<boolean>}).updateComplete;
        try {
          await emulateMedia({colorScheme: 'dark'});
          const wrapper = await fixture<HTMLElement>(html`<div>${markup}</div>`);
          const el = wrapper.firstElementChild as HTMLElement;
          await settled(el as never);
          expect(lightness(el), 'a white page stays light whatever the system says').to.be.lessThan(80);
          el.setAttribute('theme', 'system');
          await update(el);
          expect(lightness(el), 'theme="system" follows the system').to.be.greaterThan(180);
          el.removeAttribute('theme');
          wrapper.setAttribute('theme', 'dark');
          await update(el);
          expect(lightness(el), 'theme="dark" on an ancestor').to.be.greaterThan(180);
          el.setAttribute('theme', 'light');
          await update(el);
          expect(lightness(el), 'its own theme="light" wins').to.be.lessThan(80);
          el.removeAttribute('theme');
          wrapper.removeAttribute('theme');
          // The page switching its color-scheme on <html> (a style or a class) is followed at once, without a render asking.
          document.documentElement.style.colorScheme = 'dark';
          await waitUntil(() => lightness(el) > 180, 'a page whose color-scheme is dark');
          document.documentElement.style.colorScheme = '';
          await waitUntil(() => lightness(el) < 80, 'the page light again');
          // A widget placed in a dark part of the page reads its color-scheme when it connects.
          const darkPart = await fixture<HTMLElement>(html`<div style="color-scheme: dark">${markup}</div>`);
          await settled(darkPart.firstElementChild as never);
          expect(lightness(darkPart.firstElementChild!), 'a widget placed where the color-scheme is dark').to.be.greaterThan(180);
          await emulateMedia({colorScheme: 'light', forcedColors: 'active'});
          (el as unknown as {requestUpdate: () => void}).requestUpdate();
          await update(el);
          await expect(el).to.be.accessible();
        } finally {
          await emulateMedia({colorScheme: 'light', forcedColors: 'none'});
        }
      });

      it('shows a localized loading state of its reserved size until its data arrives', async () => {
        const pendingTag = definePending(tag);
        const el = document.createElement(pendingTag) as HTMLElement & {updateComplete: Promise<boolean>};
        (await fixture<HTMLElement>(html`<div style="width: 40rem"></div>`)).append(el);
        await el.updateComplete;
        const state = el.shadowRoot!.querySelector('[data-state="loading"]')!;
        expect(state, 'loading state').to.exist;
        expect(state.getAttribute('role')).to.equal('status');
        expect(text(state)).to.equal('正在加载…');
        // The room its styles keep (see .state in src/styles/tokens.ts), whatever its text.
        const reserved = parseFloat(getComputedStyle(state).minBlockSize);
        expect(reserved, 'a room of its own').to.be.greaterThan(100);
        expect(state.getBoundingClientRect().height).to.be.closeTo(reserved, 1);
      });

      it('reserves about the room its content takes, so the page jumps little when the data arrives', async () => {
        const loaded = await place(markup, 'light');
        // The same widget, same attributes, whose data never arrives.
        const pending = document.createElement(definePending(tag));
        for (const {name, value} of [...loaded.attributes]) pending.setAttribute(name, value);
        (await fixture<HTMLElement>(html`<div style="width: 40rem"></div>`)).append(pending);
        await (pending as unknown as {updateComplete: Promise<boolean>}).updateComplete;
        expect(pending.shadowRoot!.querySelector('[data-state="loading"]'), 'still loading').to.exist;
        const before = pending.getBoundingClientRect().height;
        const after = loaded.getBoundingClientRect().height;
        const jump = Math.abs(after - before) / after;
        console.log(`<${tag}> at 40rem: ${Math.round(before)}px while loading, ${Math.round(after)}px loaded (${(jump * 100).toFixed(0)} %)`);
        expect(jump, `${Math.round(before)}px while loading, ${Math.round(after)}px loaded`).to.be.at.most(0.15);
      });
    });
  }
});

describe('non-text contrast (WCAG 1.4.11)', () => {
  const CONTROLS = [
    ['timeline-view layout="horizontal"', html`<timeline-view layout="horizontal"></timeline-view>`],
    ['timeline-view compact', html`<timeline-view compact></timeline-view>`],
    ['case-study-card selectable', html`<case-study-card case="kuangyan-south" selectable></case-study-card>`],
    ['alliance-model-card open selectable', html`<alliance-model-card model="industry-cluster" open selectable></alliance-model-card>`],
  ] as const;
  for (const [name, markup] of CONTROLS) {
    it(`<${name}>: the border of every bordered button is at least 3:1 against what is around it, in every look`, async () => {
      const report: string[] = [];
      for (const look of ['light', 'dark', 'care', 'care-dark'] as const) {
        const el = await place(markup, look, '60rem');
        const bordered = [...el.shadowRoot!.querySelectorAll<HTMLElement>('button, a')].filter((b) => {
          const style = getComputedStyle(b);
          return b.getBoundingClientRect().height > 0 && parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none' && !/, 0\)$/.test(style.borderTopColor);
        });
        expect(bordered.length, `${look}: bordered controls to check`).to.be.greaterThan(0);
        let lowest = {ratio: Infinity, where: ''};
        for (const b of bordered) {
          const ratio = contrast(getComputedStyle(b).borderTopColor, backgroundOf(flatParent(b)!));
          if (ratio < lowest.ratio) lowest = {ratio, where: `${b.className} ${getComputedStyle(b).borderTopColor}`};
        }
        expect(lowest.ratio, `${look}: ${lowest.where}`).to.be.at.least(3);
        report.push(`${look} ${bordered.length} controls, lowest ${lowest.ratio.toFixed(2)}:1`);
      }
      console.log(`<${name}> border contrast: ${report.join('; ')}`);
    });
  }
});
