import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../src/index.js';
import {settled} from './support/raw-data.js';
import {flatClosest, flatParent, flatTextNodes} from './support/helpers.js';
import {expectAxeAAA} from './support/axe.js';

/**
 * The theme presets (themes/*.css), each in its four looks — light, dark,
 * care, care and dark — measured on computed colours: every widget on a page
 * that links one preset file, then the colours its real elements get (text
 * on its background, the number badge, accent rules and dots, control
 * borders, the focus ring), as WCAG 2 contrast ratios computed here.
 * Text needs 4.5:1 (7:1 in care mode), the rest 3:1. The table of every
 * pair is printed (and kept in docs/THEMES.md).
 */
const PRESETS = ['dangjian-red', 'zhengwu-blue', 'neutral'] as const;
const LOOKS = ['light', 'dark', 'care', 'care-dark'] as const;
type Look = (typeof LOOKS)[number];

// --- The oracle: WCAG 2 relative luminance and contrast ratio, written here, independent of the code. ---

/** `rgb(r, g, b)` / `rgba(r, g, b, a)` as the browser computes it → [r, g, b, a]. */
function channels(color: string): [number, number, number, number] {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+))?\s*\)$/.exec(color);
  if (!m) throw new Error(`not an sRGB colour: ${color}`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])];
}

/** Relative luminance of an sRGB colour (WCAG 2.x definition). */
function luminance(color: string): number {
  const [r, g, b] = channels(color).slice(0, 3).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** Contrast ratio of two opaque colours, 1–21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const opaque = (color: string) => color !== 'transparent' && channels(color)[3] === 1;

/** The background actually behind an element: the nearest opaque one up the flat tree (the page is white). */
function backgroundOf(el: Element): string {
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const bg = getComputedStyle(node).backgroundColor;
    if (opaque(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}

// --- What is measured. ---

type Kind = 'text' | 'non-text';
interface Pair {
  pair: string;
  kind: Kind;
  fg: string;
  bg: string;
  where: string;
}

const TEXT_PAIRS = [
  'body text on surface',
  'strong text on surface',
  'muted text on surface',
  'body text on surface-alt',
  'accent text on surface',
  'accent text on surface-alt',
  'positive on surface',
  'on-accent on accent (number badge)',
] as const;
const NON_TEXT_PAIRS = ['accent rule on surface', 'timeline dot on surface', 'control border on surface', 'control border on surface-alt', 'focus ring on background'] as const;
type PairName = (typeof TEXT_PAIRS)[number] | (typeof NON_TEXT_PAIRS)[number];

const required = (kind: Kind, look: Look) => (kind === 'non-text' ? 3 : look.startsWith('care') ? 7 : 4.5);

/** Every widget, in the configurations that show each pair: an open, selectable model card (badge, description, buttons), a plain one (cases as labels), a figure with its trend, a selectable case card, both timelines with an event open. */
const page = () => html`
  <case-stat stat="common-prosperity-workshops"></case-stat>
  <alliance-model-card model="industry-cluster" open selectable></alliance-model-card>
  <alliance-model-card model="industry-cluster"></alliance-model-card>
  <case-study-card case="kuangyan-south" selectable></case-study-card>
  <timeline-view></timeline-view>
  <timeline-view layout="horizontal"></timeline-view>
`;

type Widget = HTMLElement & {updateComplete: Promise<boolean>};

/** Places every widget in `look`, inside an element with `attrs`, and opens the first event of each timeline. */
async function place(look: Look, attrs: Record<string, string> = {}): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 60rem">${page()}</div>`);
  for (const [name, value] of Object.entries(attrs)) wrapper.setAttribute(name, value);
  wrapper.setAttribute('theme', look.endsWith('dark') ? 'dark' : 'light');
  if (look.startsWith('care')) wrapper.setAttribute('care', '');
  const widgets = [...wrapper.children] as Widget[];
  for (const el of widgets) {
    await settled(el);
    await el.updateComplete;
  }
  for (const timeline of wrapper.querySelectorAll<Widget>('timeline-view')) {
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('.event .toggle')!.click();
    await timeline.updateComplete;
  }
  return wrapper;
}

/** Whether a selector that matches nothing shown is let pass (print hides the controls). */
let visibleOnly = false;

/** The shown elements `inner` in the shadow roots of the widgets `host` (`'host >> inner'`). */
const shadow = (wrapper: Element, selector: string) => {
  const [host, inner] = selector.split(' >> ') as [string, string];
  const found = [...wrapper.querySelectorAll(host)]
    .flatMap((el) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(inner)])
    .filter((el) => el.getBoundingClientRect().height > 0);
  if (!found.length && !visibleOnly) throw new Error(`nothing shown matches ${selector}`);
  return found;
};

/** Text pairs: each visible text node under the elements, its computed colour on the background behind it. */
function textPairs(wrapper: Element, pair: PairName, selector: string, skip = ''): Pair[] {
  return shadow(wrapper, selector).flatMap((container) =>
    flatTextNodes(container)
      .filter((node) => node.textContent!.trim() && node.parentElement && !(skip && flatClosest(node.parentElement, skip)))
      .map((node) => {
        const el = node.parentElement!;
        return {pair, kind: 'text' as const, fg: getComputedStyle(el).color, bg: backgroundOf(el), where: `${selector} “${node.textContent!.trim().slice(0, 12)}”`};
      })
  );
}

/** Non-text pairs: a computed border (or outline) colour on the background next to it. */
function borderPairs(wrapper: Element, pair: PairName, selector: string, read: (el: HTMLElement) => string, against: (el: HTMLElement) => string): Pair[] {
  return shadow(wrapper, selector).map((el) => ({pair, kind: 'non-text' as const, fg: read(el), bg: against(el), where: selector}));
}

const style = (prop: 'borderTopColor' | 'borderLeftColor' | 'outlineColor', pseudo?: string) => (el: HTMLElement) => getComputedStyle(el, pseudo)[prop];
const own = (el: HTMLElement) => backgroundOf(el);
const around = (el: HTMLElement) => backgroundOf(flatParent(el)!);

/**
 * Every pair the widgets show, read from their computed styles. `shown`
 * (print) measures only what is shown: the controls hide themselves in print.
 */
async function measure(wrapper: HTMLElement, {shown = false} = {}): Promise<Pair[]> {
  visibleOnly = shown;
  const pairs: Pair[] = [
    ...textPairs(wrapper, 'body text on surface', 'case-stat >> .label'),
    ...textPairs(wrapper, 'body text on surface', 'alliance-model-card[selectable] >> .summary'),
    ...textPairs(wrapper, 'body text on surface', 'timeline-view:not([layout]) >> .era-text', '.source'),
    ...textPairs(wrapper, 'strong text on surface', 'case-stat >> .value'),
    ...textPairs(wrapper, 'strong text on surface', 'alliance-model-card[selectable] >> .heading', '.number'),
    ...textPairs(wrapper, 'strong text on surface', 'timeline-view:not([layout]) >> .event:not(.open) .title'),
    ...textPairs(wrapper, 'muted text on surface', 'case-stat >> .meta'),
    ...textPairs(wrapper, 'muted text on surface', 'alliance-model-card[selectable] >> .cases-title'),
    ...textPairs(wrapper, 'muted text on surface', 'timeline-view:not([layout]) >> .era-text .source'),
    ...textPairs(wrapper, 'body text on surface-alt', 'alliance-model-card[selectable] >> .description'),
    ...textPairs(wrapper, 'body text on surface-alt', 'alliance-model-card:not([selectable]) >> .chip.label'),
    ...textPairs(wrapper, 'accent text on surface', 'case-study-card >> button.chip'),
    ...textPairs(wrapper, 'accent text on surface', 'alliance-model-card[selectable] >> .chip'),
    ...textPairs(wrapper, 'accent text on surface', 'timeline-view:not([layout]) >> .era-label'),
    ...textPairs(wrapper, 'accent text on surface', 'timeline-view:not([layout]) >> .event:not(.open) .date'),
    ...textPairs(wrapper, 'accent text on surface-alt', 'timeline-view:not([layout]) >> .event.open .date'),
    ...textPairs(wrapper, 'accent text on surface-alt', 'timeline-view[layout] >> .date'),
    ...textPairs(wrapper, 'positive on surface', 'case-stat >> .trend'),
    ...textPairs(wrapper, 'on-accent on accent (number badge)', 'alliance-model-card[selectable] >> .number'),
    ...borderPairs(wrapper, 'accent rule on surface', 'case-stat >> .figure', style('borderLeftColor'), own),
    ...borderPairs(wrapper, 'accent rule on surface', 'alliance-model-card >> .card', style('borderTopColor'), own),
    ...borderPairs(wrapper, 'accent rule on surface', 'timeline-view[layout] >> .era', style('borderTopColor'), own),
    ...borderPairs(wrapper, 'timeline dot on surface', 'timeline-view:not([layout]) >> .event', style('borderTopColor', '::after'), own),
    ...borderPairs(wrapper, 'control border on surface', 'case-study-card >> button.chip', style('borderTopColor'), around),
    ...borderPairs(wrapper, 'control border on surface', 'alliance-model-card[selectable] >> .chip', style('borderTopColor'), around),
    ...borderPairs(wrapper, 'control border on surface', 'timeline-view[layout] >> .view-switch', style('borderTopColor'), around),
    ...borderPairs(wrapper, 'control border on surface-alt', 'timeline-view[layout] >> .event .toggle', style('borderTopColor'), own),
  ];
  // The focus ring, as a reader moving by keyboard sees it on a chip, the card's toggle and an event of each timeline (not on paper).
  for (const selector of shown ? [] : [ 'case-study-card >> button.chip', 'alliance-model-card[selectable] >> .chip.toggle', 'timeline-view:not([layout]) >> .toggle', 'timeline-view[layout] >> .toggle']) {
    const target = shadow(wrapper, selector)[0];
    if (!target) continue;
    target.focus({focusVisible: true} as FocusOptions);
    expect(target.matches(':focus-visible'), `${selector} shows its focus ring`).to.equal(true);
    pairs.push({pair: 'focus ring on background', kind: 'non-text', fg: getComputedStyle(target).outlineColor, bg: around(target), where: selector});
    target.blur();
  }
  return pairs;
}

interface Row {
  pair: PairName;
  kind: Kind;
  lowest: Pair;
  ratio: number;
  count: number;
}

/** The lowest ratio of each pair. */
function rows(pairs: Pair[]): Row[] {
  return [...TEXT_PAIRS, ...NON_TEXT_PAIRS].map((name) => {
    const of = pairs.filter((p) => p.pair === name);
    expect(of.length, `${name}: elements measured`).to.be.greaterThan(0);
    for (const p of of) expect(opaque(p.fg), `${p.where}: ${p.pair} is opaque (${p.fg})`).to.equal(true);
    const ratios = of.map((p) => ({p, ratio: contrast(p.fg, p.bg)}));
    const lowest = ratios.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    return {pair: name, kind: of[0]!.kind, lowest: lowest.p, ratio: lowest.ratio, count: of.length};
  });
}

/** Every pair below its threshold, in words. */
const failures = (table: Row[], look: Look) =>
  table
    .filter((r) => r.ratio < required(r.kind, look))
    .map((r) => `${look}: ${r.pair} ${r.ratio.toFixed(2)}:1 < ${required(r.kind, look)}:1 (${r.lowest.fg} on ${r.lowest.bg}, ${r.lowest.where})`);

/** Links a stylesheet and waits until it applies; returns a function that unlinks it. */
async function link(href: string): Promise<() => void> {
  const el = document.createElement('link');
  el.rel = 'stylesheet';
  el.href = href;
  const loaded = new Promise<void>((resolve, reject) => {
    el.onload = () => resolve();
    el.onerror = () => reject(new Error(`${href} did not load`));
  });
  document.head.append(el);
  await loaded;
  return () => el.remove();
}

/** The preset's custom properties, read from its file: token name → colour as the browser computes it. */
async function presetTokens(name: string): Promise<Map<string, string>> {
  const text = await (await fetch(`/themes/${name}.css`)).text();
  const probe = document.createElement('span');
  document.body.append(probe);
  const tokens = new Map<string, string>();
  for (const [, token, value] of text.matchAll(/(--alliance-[a-z-]+):\s*([^;]+);/g)) {
    probe.style.color = value!.trim();
    tokens.set(token!, getComputedStyle(probe).color);
  }
  probe.remove();
  return tokens;
}

/** Emulated media features: Chromium (Playwright) has them; Firefox over WebDriver BiDi does not. */
const canEmulate = !navigator.userAgent.includes('Firefox');

/** The lowest ratio of each pair, by preset and look, for the table printed at the end. */
const table = new Map<string, Map<Look, Row>>();

describe('theme presets (themes/*.css): contrast of every pair, on computed colours', () => {
  it('the contrast formula of this test: black on white 21:1, #767676 4.54:1, the familiar 政务红 #EE1C25 4.35:1 on white', () => {
    expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).to.be.closeTo(21, 0.001);
    expect(contrast('rgb(118, 118, 118)', 'rgb(255, 255, 255)')).to.be.closeTo(4.54, 0.005);
    expect(contrast('rgb(238, 28, 37)', 'rgb(255, 255, 255)')).to.be.closeTo(4.35, 0.005);
  });

  it('fails a preset whose accent text is #EE1C25, naming the pair and its ratio', async () => {
    const unlink = await link(`data:text/css,${encodeURIComponent(':root{--alliance-color-accent-text:#ee1c25}')}`);
    try {
      const found = failures(rows(await measure(await place('light'))), 'light');
      expect(found.length, found.join('\n')).to.be.greaterThan(0);
      expect(found[0]).to.match(/^light: accent text on surface 4\.35:1 < 4\.5:1 \(rgb\(238, 28, 37\) on rgb\(255, 255, 255\)/);
    } finally {
      unlink();
    }
  });

  for (const preset of PRESETS) {
    describe(preset, () => {
      let unlink: () => void = () => {};
      before(async () => {
        unlink = await link(`/themes/${preset}.css`);
      });
      after(() => unlink());

      for (const look of LOOKS) {
        it(`${look}: text ≥ ${look.startsWith('care') ? 7 : 4.5}:1, non-text ≥ 3:1`, async () => {
          const measured = rows(await measure(await place(look)));
          for (const r of measured) {
            const key = `${preset} | ${r.pair}`;
            if (!table.has(key)) table.set(key, new Map());
            table.get(key)!.set(look, r);
          }
          console.log(
            `${preset} ${look}:\n${measured.map((r) => `  ${r.pair.padEnd(36)} ${r.ratio.toFixed(2).padStart(6)}:1 (≥ ${required(r.kind, look)}) lowest of ${r.count}: ${r.lowest.fg} on ${r.lowest.bg}, ${r.lowest.where}`).join('\n')}`
          );
          const found = failures(measured, look);
          expect(found, found.join('\n')).to.deep.equal([]);
        });
      }

      it('the colours of its file reach the widgets in every look (none falls back to the default palette)', async () => {
        const tokens = await presetTokens(preset);
        const token = (look: Look, name: string) => {
          const prefix = {light: '--alliance-color-', dark: '--alliance-dark-color-', care: '--alliance-care-color-', 'care-dark': '--alliance-care-dark-color-'}[look];
          // Care mode's number badge keeps the everyday on-accent colour of its light or dark look.
          const full = name === 'on-accent' && look.startsWith('care') ? `--alliance-${look === 'care' ? '' : 'dark-'}color-on-accent` : `${prefix}${name}`;
          const value = tokens.get(full);
          if (!value) throw new Error(`${preset}.css sets no ${full}`);
          return value;
        };
        for (const look of LOOKS) {
          const wrapper = await place(look);
          const first = (selector: string) => shadow(wrapper, selector)[0]!;
          const seen = {
            text: getComputedStyle(first('case-stat >> .label')).color,
            'text-strong': getComputedStyle(first('case-stat >> .value')).color,
            'text-muted': getComputedStyle(first('case-stat >> .meta')).color,
            surface: getComputedStyle(first('case-stat >> .figure')).backgroundColor,
            'surface-alt': getComputedStyle(first('alliance-model-card[selectable] >> .description')).backgroundColor,
            border: getComputedStyle(first('case-stat >> .figure')).borderTopColor,
            'control-border': getComputedStyle(first('case-study-card >> button.chip')).borderTopColor,
            accent: getComputedStyle(first('alliance-model-card[selectable] >> .number')).backgroundColor,
            'accent-text': getComputedStyle(first('case-study-card >> button.chip')).color,
            'on-accent': getComputedStyle(first('alliance-model-card[selectable] >> .number')).color,
            positive: getComputedStyle(first('case-stat >> .trend')).color,
          };
          for (const [name, value] of Object.entries(seen)) expect(value, `${look} ${name}`).to.equal(token(look, name));
          const chip = first('case-study-card >> button.chip');
          chip.focus({focusVisible: true} as FocusOptions);
          expect(getComputedStyle(chip).outlineColor, `${look} focus`).to.equal(token(look, 'focus'));
          chip.blur();
        }
      });

      it('passes axe in every look (AAA in care mode)', async function () {
        // Four full axe runs over six widgets: about 5 s in Firefox on a quiet machine.
        this.timeout(40000);
        for (const look of LOOKS) {
          const wrapper = await place(look);
          if (look.startsWith('care')) await expectAxeAAA(wrapper);
          else await expect(wrapper).to.be.accessible();
        }
      });
    });
  }

  it('data-alliance-preset themes one part of a page: with two presets linked, each part gets its own', async () => {
    const unlinkRed = await link('/themes/dangjian-red.css');
    const unlinkBlue = await link('/themes/zhengwu-blue.css');
    try {
      const [red, blue] = await Promise.all([presetTokens('dangjian-red'), presetTokens('zhengwu-blue')]);
      const chipColor = (wrapper: Element) => getComputedStyle(shadow(wrapper, 'case-study-card >> button.chip')[0]!).color;
      expect(chipColor(await place('light', {'data-alliance-preset': 'dangjian-red'}))).to.equal(red.get('--alliance-color-accent-text'));
      expect(chipColor(await place('light', {'data-alliance-preset': 'zhengwu-blue'}))).to.equal(blue.get('--alliance-color-accent-text'));
      // Elsewhere the page takes the preset linked last (its :root rule), and the page's own :root rule wins over both.
      expect(chipColor(await place('light'))).to.equal(blue.get('--alliance-color-accent-text'));
      const unlinkOwn = await link(`data:text/css,${encodeURIComponent(':root{--alliance-color-accent-text:#123456}')}`);
      expect(chipColor(await place('light'))).to.equal('rgb(18, 52, 86)');
      unlinkOwn();
      // On the widget itself too.
      const wrapper = await place('light');
      wrapper.querySelector('case-study-card')!.setAttribute('data-alliance-preset', 'dangjian-red');
      expect(chipColor(wrapper)).to.equal(red.get('--alliance-color-accent-text'));
    } finally {
      unlinkBlue();
      unlinkRed();
    }
  });

  describe('forced colours and print', () => {
    /** Each measured element's colours, by place. */
    const snapshot = async (look: Look) => (await measure(await place(look), {shown: true})).map((p) => `${p.pair} | ${p.where} | ${p.fg} on ${p.bg}`);
    /** Each preset, linked alone, gives `look` exactly the colours `plain` (no preset) gave. */
    const expectEveryPresetAs = async (look: Look, plain: string[]) => {
      for (const preset of PRESETS) {
        const unlink = await link(`/themes/${preset}.css`);
        try {
          expect(await snapshot(look), `${preset} ${look}`).to.deep.equal(plain);
        } finally {
          unlink();
        }
      }
    };

    it('under forced colours every preset gives exactly the colours the widgets have with none (the system colours)', async function () {
      if (!canEmulate) this.skip();
      try {
        await emulateMedia({forcedColors: 'active'});
        for (const look of LOOKS) {
          const plain = await snapshot(look);
          await expectEveryPresetAs(look, plain);
        }
      } finally {
        await emulateMedia({forcedColors: 'none'});
      }
    });

    it('in print every look of every preset prints as the widgets print with none: text black on white', async function () {
      if (!canEmulate) this.skip();
      try {
        await emulateMedia({media: 'print'});
        for (const look of LOOKS) {
          const plain = await snapshot(look);
          // Paper is white and browsers leave backgrounds out by default: text is measured as black on white.
          const text = (await measure(await place(look), {shown: true})).filter((p) => p.kind === 'text' && p.pair !== 'on-accent on accent (number badge)');
          expect(text.length, `${look}: text measured in print`).to.be.greaterThan(20);
          expect(text.filter((p) => p.fg !== 'rgb(0, 0, 0)').map((p) => `${p.where}: ${p.fg}`), `${look}: text printed in another colour`).to.deep.equal([]);
          await expectEveryPresetAs(look, plain);
        }
      } finally {
        await emulateMedia({media: 'screen'});
      }
    });
  });

  after(() => {
    if (!table.size) return;
    // One table per preset: each pair's lowest ratio in each look (text needs 4.5:1, 7:1 in care mode; the rest 3:1).
    const out: string[] = [];
    for (const preset of PRESETS) {
      out.push(`\n${preset}\n\n| pair | needed | ${LOOKS.join(' | ')} |\n|---|---|${LOOKS.map(() => '---:').join('|')}|`);
      for (const pair of [...TEXT_PAIRS, ...NON_TEXT_PAIRS]) {
        const byLook = table.get(`${preset} | ${pair}`);
        if (!byLook) continue;
        const kind = [...byLook.values()][0]!.kind;
        const needed = kind === 'text' ? '4.5 (care 7)' : '3';
        out.push(`| ${pair} | ${needed} | ${LOOKS.map((look) => (byLook.get(look) ? `${byLook.get(look)!.ratio.toFixed(2)}` : '–')).join(' | ')} |`);
      }
    }
    console.log(`Lowest contrast ratio of each pair (n:1), computed colours:\n${out.join('\n')}`);
  });
});
