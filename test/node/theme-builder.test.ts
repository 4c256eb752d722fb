/**
 * The catalogue's theme builder (stories/theme-builder), its pure parts: the
 * WCAG 2 contrast formula against a golden table of known ratios, the
 * presets read into themes, the pair table against the ratios the browser
 * test measures on the widgets' real elements (docs/THEMES.md), and the CSS
 * it exports. Its page is tested in the browser: test/theme-builder.test.ts.
 * Run by `npm run test:node`.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {contrastRatio, formatRatio, normalizeHex, relativeLuminance, suggestColour} from '../../stories/theme-builder/contrast.js';
import {LOOKS, PAIRS, evaluate, lookTokens, parseTheme, propertyName, suggestFix, themeCss, type Theme} from '../../stories/theme-builder/theme.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const PRESETS = ['dangjian-red', 'zhengwu-blue', 'neutral'] as const;

describe('contrast (WCAG 2.x relative luminance)', () => {
  it('gives the known ratios of a golden table', () => {
    // Ratios as WebAIM's contrast checker and the WCAG understanding documents give them.
    const golden: [string, string, string][] = [
      ['#000000', '#ffffff', '21.00'],
      ['#ffffff', '#ffffff', '1.00'],
      ['#EE1C25', '#FFFFFF', '4.35'],
      ['#767676', '#ffffff', '4.54'],
      ['#777777', '#ffffff', '4.48'],
      ['#595959', '#ffffff', '7.00'],
      ['#0000ff', '#ffffff', '8.59'],
      ['#ff0000', '#ffffff', '4.00'],
      ['#808080', '#000000', '5.32'],
      ['#d7000f', '#ffffff', '5.39'],
      ['#a8121a', '#ffffff', '7.59'],
    ];
    for (const [fg, bg, ratio] of golden) {
      assert.equal(contrastRatio(fg, bg).toFixed(2), ratio, `${fg} on ${bg}`);
      assert.equal(contrastRatio(bg, fg), contrastRatio(fg, bg), `${fg}/${bg} either way round`);
    }
    assert.equal(relativeLuminance('#000'), 0);
    assert.equal(relativeLuminance('#fff'), 1);
  });

  it('reads hex as designers write it, and nothing else', () => {
    assert.equal(normalizeHex('#EE1C25'), '#ee1c25');
    assert.equal(normalizeHex(' ee1c25 '), '#ee1c25');
    assert.equal(normalizeHex('#fA0'), '#ffaa00');
    for (const bad of ['', '#ee1c2', '#ee1c255', 'red', 'rgb(1, 2, 3)', '#gggggg']) assert.equal(normalizeHex(bad), undefined, bad);
  });

  it('never prints a failing ratio as reaching its requirement', () => {
    assert.equal(formatRatio(4.3494), '4.35');
    assert.equal(formatRatio(4.497, 4.5), '4.49');
    assert.equal(formatRatio(4.497), '4.50');
    assert.equal(formatRatio(6.996, 7), '6.99');
    assert.equal(formatRatio(4.5422, 4.5), '4.54');
  });

  it('suggests a colour of the same hue that reaches the ratio', () => {
    const suggestion = suggestColour('#ee1c25', '#ffffff', 4.5)!;
    assert.ok(contrastRatio(suggestion, '#ffffff') >= 4.5, suggestion);
    assert.ok(contrastRatio(suggestion, '#ffffff') < 4.7, `${suggestion}: the nearest step, not black`);
    const onDark = suggestColour('#5b6370', '#16181c', 7)!;
    assert.ok(contrastRatio(onDark, '#16181c') >= 7, onDark);
    assert.equal(suggestColour('#a8121a', '#ffffff', 4.5), '#a8121a', 'a passing colour stays');
    assert.equal(suggestColour('#808080', '#808080', 22), undefined, 'beyond 21:1 nothing reaches');
  });
});

describe('theme model', () => {
  const presets = Object.fromEntries(PRESETS.map((p) => [p, parseTheme(read(`themes/${p}.css`))])) as Record<(typeof PRESETS)[number], Theme>;

  it('has exactly the colour tokens the presets set', () => {
    for (const preset of PRESETS) {
      const set = new Set([...read(`themes/${preset}.css`).matchAll(/(--alliance-[a-z-]+)\s*:/g)].map((m) => m[1]));
      const model = new Set(LOOKS.flatMap((look) => lookTokens(look).map((t) => propertyName(look, t))));
      assert.deepEqual([...set].sort(), [...model].sort(), preset);
    }
  });

  it('each pair of each preset has the ratio the browser measures on the widgets (docs/THEMES.md)', () => {
    const docs = read('docs/THEMES.md');
    for (const preset of PRESETS) {
      const section = docs.slice(docs.indexOf(`### ${preset}`)).split('\n### ')[0]!;
      const rows = new Map(
        [...section.matchAll(/^\| ([^|]+?) \| [^|]+ \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|$/gm)].map((m) => [m[1]!, m.slice(2, 6)])
      );
      // The timeline's dots are the accent on the surface too.
      assert.deepEqual(rows.get('timeline dot on surface'), rows.get('accent rule on surface'), `${preset}: dots and rules`);
      const results = evaluate(presets[preset]);
      for (const pair of PAIRS) {
        const measured = rows.get(pair.name);
        assert.ok(measured, `${preset}: docs/THEMES.md has a row "${pair.name}"`);
        const computed = LOOKS.map((look) => results.find((r) => r.look === look && r.pair === pair)!.ratio.toFixed(2));
        assert.deepEqual(computed, measured, `${preset}: ${pair.name}`);
      }
    }
  });

  it('every pair of every preset passes: AA in light and dark, 7:1 text in care mode', () => {
    for (const preset of PRESETS) {
      const failing = evaluate(presets[preset]).filter((r) => !r.pass);
      assert.deepEqual(failing.map((r) => `${r.look} ${r.pair.name}`), [], preset);
    }
  });

  it('exports CSS in the form of themes/*.css that reads back as the same theme', () => {
    for (const preset of PRESETS) {
      const css = themeCss(presets[preset], preset);
      assert.deepEqual(parseTheme(css), presets[preset], preset);
      assert.match(css, new RegExp(`^:where\\(:root\\),\\n\\[data-alliance-preset='${preset}'\\] \\{$`, 'm'));
      assert.match(css, /every pair passes/);
      assert.doesNotMatch(css, /WARNING/);
      // The same declarations as the preset file, in the same order.
      const declarations = (text: string) => [...text.matchAll(/^\s*(--alliance-[a-z-]+: #[0-9a-f]{6});$/gm)].map((m) => m[1]);
      assert.deepEqual(declarations(css), declarations(read(`themes/${preset}.css`)), `${preset}: declarations`);
    }
    assert.match(themeCss(presets.neutral, 'Not a name!'), /\[data-alliance-preset='custom'\]/);
  });

  it('a failing accent text (政务红 #EE1C25 on white) is named in a comment at the top of the CSS', () => {
    const theme = parseTheme(read('themes/dangjian-red.css'));
    theme.light['accent-text'] = '#ee1c25';
    const failing = evaluate(theme).filter((r) => !r.pass);
    assert.deepEqual(
      failing.map((r) => `${r.look} ${r.pair.name} ${r.ratio.toFixed(2)}`),
      ['light accent text on surface 4.35', 'light accent text on surface-alt 4.02']
    );
    const css = themeCss(theme, 'zhengwu-red');
    const comment = css.slice(0, css.indexOf('*/'));
    assert.match(comment, /WARNING: 2 pairs fail their contrast requirement/);
    assert.match(comment, /light: accent text on surface \(--alliance-color-accent-text on --alliance-color-surface\) 4\.35:1 < 4\.5:1/);
    assert.match(comment, /light: accent text on surface-alt \(--alliance-color-accent-text on --alliance-color-surface-alt\) 4\.02:1 < 4\.5:1/);
  });

  it('care mode asks 7:1 of text, where AA would pass', () => {
    const theme = parseTheme(read('themes/neutral.css'));
    theme.care['text-muted'] = '#767676';
    const row = evaluate(theme).find((r) => r.look === 'care' && r.pair.id === 'text-muted')!;
    assert.deepEqual([row.aa, row.care, row.pass, row.required], [true, false, false, 7]);
    // The badge of care mode is the everyday on-accent on care mode's accent.
    const badge = evaluate(theme).find((r) => r.look === 'care' && r.pair.id === 'badge')!;
    assert.deepEqual([badge.fg, badge.bg], [theme.light['on-accent'], theme.care.accent]);
  });

  it('suggests one colour that makes every pair of its token pass: accent text on both surfaces, a deeper accent under the badge', () => {
    const theme = parseTheme(read('themes/dangjian-red.css'));
    theme.light.accent = '#ee1c25';
    theme.light['accent-text'] = '#ee1c25';
    const text = suggestFix(theme, 'light', 'accent-text')!;
    theme.light['accent-text'] = text;
    const accent = suggestFix(theme, 'light', 'accent')!;
    theme.light.accent = accent;
    assert.deepEqual(evaluate(theme).filter((r) => !r.pass).map((r) => r.pair.id), []);
    assert.ok(contrastRatio(text, '#fdf4f2') < 4.7, `${text}: the nearest step that passes on surface-alt too`);
    assert.equal(suggestFix(theme, 'care', 'on-accent'), undefined, 'care mode has no badge colour of its own');
  });
});
