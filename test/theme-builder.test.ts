import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/index.js';
import '../stories/theme-builder/theme-builder.js';
import type {ThemeBuilder} from '../stories/theme-builder/theme-builder.js';
import {LOOKS, type Look} from '../stories/theme-builder/theme.js';
import {loadFrame, text, toHantUi, waitUntil} from './support/helpers.js';

/**
 * The catalogue's theme builder, as a portal designer uses it: start from a
 * preset, type the familiar 政务红 #EE1C25 as accent and accent text, see the
 * failing pairs flagged and the export warn; then choose a passing set, copy
 * its CSS into a blank page with the one-file bundle, and find the widgets
 * there coloured exactly as in the builder's preview, in each of the four looks.
 */

const $ = <E extends Element = HTMLElement>(tb: ThemeBuilder, selector: string) => tb.shadowRoot!.querySelector<E>(selector)!;
const $$ = <E extends Element = HTMLElement>(tb: ThemeBuilder, selector: string) => [...tb.shadowRoot!.querySelectorAll<E>(selector)];

const WIDGETS = 'case-stat, alliance-model-card, case-stat-group, alliance-scheme, case-study-card, timeline-view';
type Widget = HTMLElement & {updateComplete: Promise<boolean>};

async function builder(lang = 'zh-Hans'): Promise<ThemeBuilder> {
  const tb = await fixture<ThemeBuilder>(html`<theme-builder lang=${lang}></theme-builder>`);
  await tb.updateComplete;
  await shown($$<Widget>(tb, WIDGETS));
  return tb;
}

/** Waits until every widget shows its record (not loading, no notice). */
async function shown(widgets: Widget[]): Promise<void> {
  expect(widgets.map((w) => w.localName)).to.deep.equal(['case-stat', 'alliance-model-card', 'case-stat-group', 'alliance-scheme', 'case-study-card', 'timeline-view']);
  await waitUntil(() => widgets.every((w) => w.shadowRoot?.querySelector('[part~="base"]') && !w.shadowRoot.querySelector('[data-state]')), 'every widget shows its record');
  for (const w of widgets) await w.updateComplete;
}

/** Types a colour into a hex field as the designer does, then leaves the field. */
async function typeHex(tb: ThemeBuilder, look: Look, token: string, value: string): Promise<void> {
  const field = $<HTMLInputElement>(tb, `#${look}-${token}-hex`);
  field.focus();
  field.select();
  await sendKeys({type: value});
  field.dispatchEvent(new Event('change'));
  field.blur();
  await tb.updateComplete;
}

/** The row of a pair in a look's part of the contrast table. */
const row = (tb: ThemeBuilder, look: Look, pair: string) => $(tb, `#contrast tbody[data-look="${look}"] tr[data-pair="${pair}"]`);

/** Shows `look` in the preview as the designer does (its radio button). */
async function previewIn(tb: ThemeBuilder, look: Look): Promise<Widget[]> {
  $<HTMLInputElement>(tb, `input[name=preview-look][value=${look}]`).click();
  await tb.updateComplete;
  const widgets = $$<Widget>(tb, WIDGETS);
  await shown(widgets);
  const dark = look.endsWith('dark');
  const care = look.startsWith('care');
  await waitUntil(
    () => widgets.every((w) => w.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('dark') === dark && w.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('care') === care),
    `the preview shows ${look}`
  );
  return widgets;
}

/**
 * The colours a widget's elements are given: colour, background and border
 * colours of every element in its shadow root, and the focus ring of its
 * first control, as computed styles (rgb()).
 */
function colours(widget: Element): string[] {
  const view = widget.ownerDocument.defaultView!;
  const out = [...widget.shadowRoot!.querySelectorAll<HTMLElement>('*')]
    .filter((el) => !['style', 'slot'].includes(el.localName))
    .map((el) => {
      const s = view.getComputedStyle(el);
      return `${el.localName}.${el.getAttribute('class') ?? ''}: ${s.color} on ${s.backgroundColor}, border ${s.borderTopColor} ${s.borderLeftColor}`;
    });
  const control = widget.shadowRoot!.querySelector<HTMLElement>('button');
  if (control) {
    control.focus({focusVisible: true} as FocusOptions);
    out.push(`focus ring: ${view.getComputedStyle(control).outlineColor}`);
    control.blur();
  }
  return out;
}

/** The same widgets as the preview's, in each look, on a page with nothing but the CSS and the one-file bundle. */
const blankPage = (css: string) => ({
  srcdoc: `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>${css}</style></head><body>${LOOKS.map(
    (look) => `<div data-look="${look}" theme="${look.endsWith('dark') ? 'dark' : 'light'}"${look.startsWith('care') ? ' care' : ''}>
<case-stat stat="common-prosperity-workshops"></case-stat>
<alliance-model-card model="industry-cluster" open selectable></alliance-model-card>
<div><case-stat-group stats="alliance-cases, kuangyan-south-new-jobs, common-prosperity-workshops-earlier"></case-stat-group></div>
<alliance-scheme scheme-id="four-links-three-unchanged"></alliance-scheme>
<div><case-study-card case="kuangyan-south" selectable></case-study-card></div>
<div><timeline-view eras="era-2020-present"></timeline-view></div>
</div>`
  ).join('\n')}<script src="/dist/alliance-widgets.iife.js" charset="utf-8"></script></body></html>`,
});

/** `#rrggbb` as a computed style gives it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('theme builder (catalogue)', function () {
  this.timeout(60000);

  it('starts from 党建红 with every pair passing, nothing to warn of, and is accessible', async () => {
    const tb = await builder();
    expect($<HTMLSelectElement>(tb, '#preset').value).to.equal('dangjian-red');
    expect($<HTMLInputElement>(tb, '#light-accent-text-hex').value).to.equal('#a8121a');
    // Every pair of each look has a row: 12 pairs × 4 looks.
    expect($$(tb, '#contrast tr[data-pair]')).to.have.length(48);
    expect($$(tb, '#contrast tr.failing')).to.have.length(0);
    expect(text(row(tb, 'light', 'accent-text').querySelector('.ratio'))).to.equal('7.59:1');
    expect(text(row(tb, 'care', 'badge').querySelector('.ratio'))).to.equal('8.11:1');
    expect($(tb, '[role=alert]')).to.equal(null);
    expect(text($(tb, '#copy'))).to.equal('复制 CSS');
    expect($<HTMLTextAreaElement>(tb, '#css').value).to.include('every pair passes').and.not.include('WARNING');
    await expect(tb).to.be.accessible();
  });

  it('flags 政务红 #EE1C25 as accent text on white, and the export warns before and in the CSS', async () => {
    const tb = await builder();
    await typeHex(tb, 'light', 'accent', '#EE1C25');
    await typeHex(tb, 'light', 'accent-text', '#EE1C25');
    expect($<HTMLInputElement>(tb, '#light-accent-text-hex').value, 'the field writes the colour as #rrggbb once left').to.equal('#ee1c25');
    expect($<HTMLInputElement>(tb, '#light-accent-text-picker').value, 'the picker follows the field').to.equal('#ee1c25');

    // The table: accent text fails on both surfaces, the number badge (white on the accent) too; the accent as a rule passes (3:1).
    const failing = $$(tb, '#contrast tr.failing').map((tr) => `${tr.closest('tbody')!.dataset['look']} ${tr.dataset['pair']}`);
    expect(failing).to.deep.equal(['light accent-text', 'light accent-text-alt', 'light badge']);
    const accentText = row(tb, 'light', 'accent-text');
    expect(text(accentText.querySelector('.ratio'))).to.equal('4.35:1');
    expect(text(accentText.querySelector('.aa'))).to.match(/^✗ 不通过（需要 4\.5:1）/);
    expect(text(row(tb, 'light', 'accent').querySelector('.aa'))).to.equal('✓ 通过');
    expect(text(row(tb, 'light', 'accent').querySelector('.ratio'))).to.equal('4.35:1');

    // The export: a warning (role=alert) naming each failing pair, the hint to choose accent text apart, the button saying so.
    const alert = $(tb, '#export-warning');
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.include('有 3 对颜色未达到对比度要求').and.include('浅色：强调文字 / 背景，4.35:1，需要 4.5:1').and.include('政务红 #EE1C25');
    const copy = $<HTMLButtonElement>(tb, '#copy');
    expect(text(copy)).to.equal('复制 CSS（含 3 对不达标的颜色）');
    expect(copy.getAttribute('aria-describedby')).to.equal('export-warning');
    const css = $<HTMLTextAreaElement>(tb, '#css').value;
    const comment = css.slice(0, css.indexOf('*/'));
    expect(comment).to.include('WARNING: 3 pairs fail their contrast requirement');
    expect(comment).to.include('light: accent text on surface (--alliance-color-accent-text on --alliance-color-surface) 4.35:1 < 4.5:1');
    expect(comment).to.include('light: on-accent on accent (number badge) (--alliance-color-on-accent on --alliance-color-accent) 4.35:1 < 4.5:1');
    expect(css).to.include('--alliance-color-accent-text: #ee1c25;');
    // Accessible with the warning and the fixes shown (the colours fail on purpose: contrast is the table's to report here).
    await expect(tb).to.be.accessible({ignoredRules: ['color-contrast']});

    // Copying, even where the clipboard is refused, says that the CSS has failing pairs.
    copy.click();
    await waitUntil(() => text($(tb, '#copy-status')) !== '', 'the copy reports');
    expect(text($(tb, '#copy-status'))).to.be.oneOf(['CSS 已复制，其中 3 对颜色未达到对比度要求（已在注释中注明）。', '无法直接复制：CSS 已选中，请按 Ctrl+C 复制。']);

    // The suggested accent text: one click, and the pair passes; the accent stays #EE1C25 for rules and dots until the badge is fixed.
    accentText.querySelector<HTMLButtonElement>('button.fix')!.click();
    await tb.updateComplete;
    const fixed = $<HTMLInputElement>(tb, '#light-accent-text-hex').value;
    expect(fixed).to.not.equal('#ee1c25');
    expect(tb.results().find((r) => r.look === 'light' && r.pair.id === 'accent-text')!.pass).to.equal(true);
    expect($<HTMLInputElement>(tb, '#light-accent-hex').value).to.equal('#ee1c25');
    // Both pairs of the accent text pass with it (on the surface and on surface-alt); the badge is left to its own fix.
    expect($$(tb, '#contrast tr.failing').map((tr) => tr.dataset['pair'])).to.deep.equal(['badge']);
    row(tb, 'light', 'badge').querySelector<HTMLButtonElement>('button.fix')!.click();
    await tb.updateComplete;
    expect($$(tb, '#contrast tr.failing')).to.have.length(0);
    expect($(tb, '#export-warning')).to.equal(null);
    expect(text($(tb, '#copy'))).to.equal('复制 CSS');
    expect($<HTMLInputElement>(tb, '#light-accent-hex').value, 'a deeper accent under the white number').to.not.equal('#ee1c25');
  });

  it('in English too, and a hex field that is not a colour says so and changes nothing', async () => {
    const tb = await builder('en');
    await typeHex(tb, 'light', 'accent-text', '#EE1C25');
    expect(text($(tb, '#export-warning'))).to.include('Pairs of colours below their contrast requirement: 2.').and.include('Light: Accent text / Background, 4.35:1, needs 4.5:1');
    expect(text($(tb, '#copy'))).to.equal('Copy CSS (failing pairs: 2)');
    await typeHex(tb, 'dark', 'text', '#12345');
    const field = $<HTMLInputElement>(tb, '#dark-text-hex');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(tb, `#${field.getAttribute('aria-describedby')}`))).to.equal('Not a colour: write it as #RRGGBB or #RGB. The preview and the CSS still use #f1e7e5.');
    expect($<HTMLTextAreaElement>(tb, '#css').value).to.include('--alliance-dark-color-text: #f1e7e5;');
  });

  it('follows the page’s language as the catalogue’s toolbar sets it, Traditional Chinese included', async () => {
    const before = document.documentElement.lang;
    const tb = await fixture<ThemeBuilder>(html`<theme-builder></theme-builder>`);
    try {
      document.documentElement.lang = 'zh-Hant';
      await waitUntil(() => text($(tb, 'h2')) === toHantUi('主题生成器'), 'the builder reads in zh-Hant');
      expect(text($(tb, '#copy'))).to.equal(toHantUi('复制 CSS'));
      document.documentElement.lang = 'en';
      await waitUntil(() => text($(tb, 'h2')) === 'Theme builder', 'the builder reads in English');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('loading a preset replaces every colour', async () => {
    const tb = await builder();
    await typeHex(tb, 'light', 'accent-text', '#EE1C25');
    const select = $<HTMLSelectElement>(tb, '#preset');
    select.value = 'zhengwu-blue';
    select.dispatchEvent(new Event('change'));
    $<HTMLButtonElement>(tb, '#load').click();
    await tb.updateComplete;
    expect($<HTMLInputElement>(tb, '#light-accent-text-hex').value).to.equal('#0f4c9e');
    expect($$(tb, '#contrast tr.failing')).to.have.length(0);
    expect(text($(tb, '[role=status]'))).to.equal('已载入政务蓝的全部颜色。');
    expect($<HTMLTextAreaElement>(tb, '#css').value).to.include("[data-alliance-preset='zhengwu-blue-custom']");
  });

  it('a passing set, its CSS pasted into a blank page, gives the widgets there the colours of the preview in every look', async () => {
    const tb = await builder();
    // A set of the designer's own, apart from every preset and default.
    const chosen: [Look, string, string][] = [
      ['light', 'accent', '#c8102e'],
      ['light', 'accent-text', '#9b0d22'],
      ['light', 'surface-alt', '#fff7f0'],
      ['dark', 'surface', '#101418'],
      ['dark', 'accent', '#ff8f85'],
      ['care', 'accent-text', '#7d0a17'],
      ['care-dark', 'text-muted', '#e8dcda'],
    ];
    for (const [look, token, value] of chosen) await typeHex(tb, look, token, value);
    expect($$(tb, '#contrast tr.failing'), 'the chosen set passes').to.have.length(0);
    expect($(tb, '#export-warning')).to.equal(null);
    const css = $<HTMLTextAreaElement>(tb, '#css').value;

    const frame = await loadFrame(blankPage(css), {width: 1200, height: 3000});
    const doc = frame.contentDocument!;
    for (const look of LOOKS) {
      const preview = await previewIn(tb, look);
      const pasted = [...doc.querySelectorAll<Widget>(`[data-look="${look}"] :is(${WIDGETS})`)];
      await shown(pasted);
      for (const [i, widget] of preview.entries()) {
        const expected = colours(widget);
        expect(expected.length, `${look} ${widget.localName}: elements compared`).to.be.greaterThan(5);
        expect(colours(pasted[i]!), `${look} ${widget.localName}`).to.deep.equal(expected);
      }
      // The colours are the ones chosen (not the default palette on both sides).
      const figure = pasted[0]!.shadowRoot!.querySelector('.figure')!;
      const accent = {light: '#c8102e', dark: '#ff8f85', care: tb.results().find((r) => r.look === 'care' && r.pair.id === 'accent')!.fg, 'care-dark': tb.results().find((r) => r.look === 'care-dark' && r.pair.id === 'accent')!.fg}[look];
      expect(getComputedStyle(figure).borderLeftColor, `${look}: the accent rule`).to.equal(rgb(accent));
    }
    const chip = doc.querySelector('[data-look="care"] case-study-card')!.shadowRoot!.querySelector('button.chip')!;
    expect(getComputedStyle(chip).color, 'care mode takes its own accent text').to.equal(rgb('#7d0a17'));
    frame.remove();

    // Without the CSS the same page looks otherwise: the comparison sees the difference the CSS makes.
    const bare = await loadFrame(blankPage(''), {width: 1200, height: 3000});
    const bareWidgets = [...bare.contentDocument!.querySelectorAll<Widget>(`[data-look="dark"] :is(${WIDGETS})`)];
    await shown(bareWidgets);
    const preview = await previewIn(tb, 'dark');
    expect(colours(bareWidgets[0]!)).to.not.deep.equal(colours(preview[0]!));
    bare.remove();
  });

  it('keyboard: the colour fields, preview looks and copy button are reached and used by keyboard', async () => {
    const tb = await builder();
    const field = $<HTMLInputElement>(tb, '#light-text-hex');
    field.focus();
    field.select();
    await sendKeys({type: '#202020'});
    await sendKeys({press: 'Tab'});
    await tb.updateComplete;
    expect(tb.results().find((r) => r.look === 'light' && r.pair.id === 'text')!.fg).to.equal('#202020');
    const radio = $<HTMLInputElement>(tb, 'input[name=preview-look][value=light]');
    radio.focus();
    await sendKeys({press: 'ArrowRight'});
    await tb.updateComplete;
    expect($<HTMLInputElement>(tb, 'input[name=preview-look][value=dark]').checked).to.equal(true);
    expect($(tb, '#preview').getAttribute('theme')).to.equal('dark');
  });
});
