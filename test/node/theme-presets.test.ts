/**
 * The theme preset files (themes/*.css) against the tokens the widgets read
 * (src/styles/tokens.ts): each preset sets every colour token of the four
 * looks and nothing else, is ASCII (a stylesheet without a charset is read in
 * the page's encoding, GB2312 or GBK on many portals), applies to the page and
 * to its own `data-alliance-preset` scope, and ships (package.json `files`,
 * `exports`, `sideEffects`). Their contrast is measured in the browser:
 * test/theme-presets.test.ts. Run by `npm run test:node`.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const PRESETS = readdirSync(new URL('themes/', root))
  .filter((f) => f.endsWith('.css'))
  .map((f) => f.slice(0, -'.css'.length))
  .sort();

/** The colour tokens the widgets read: `--alliance-color-*`, `--alliance-dark-color-*`, `--alliance-care-color-*`, `--alliance-care-dark-color-*`. */
const widgetTokens = new Set([...read('src/styles/tokens.ts').matchAll(/var\((--alliance-(?:care-dark-|care-|dark-)?color-[a-z-]+)/g)].map((m) => m[1]!));

describe('theme presets (themes/*.css)', () => {
  it('are the three presets the docs name', () => {
    assert.deepEqual(PRESETS, ['dangjian-red', 'neutral', 'zhengwu-blue']);
  });

  it('the widgets read a colour token for each of the four looks, care and care-dark included', () => {
    for (const prefix of ['--alliance-color-', '--alliance-dark-color-', '--alliance-care-color-', '--alliance-care-dark-color-']) {
      for (const name of ['text', 'text-strong', 'text-muted', 'surface', 'surface-alt', 'border', 'control-border', 'accent', 'accent-text', 'positive', 'focus']) {
        assert.ok(widgetTokens.has(`${prefix}${name}`), `${prefix}${name}`);
      }
    }
  });

  for (const preset of PRESETS) {
    describe(preset, () => {
      const css = read(`themes/${preset}.css`);
      const declared = [...css.matchAll(/^\s*(--[a-z-]+)\s*:\s*([^;]+);/gm)].map((m) => [m[1]!, m[2]!.trim()] as const);

      it('sets every colour token the widgets read, once, and no other', () => {
        const names = declared.map(([name]) => name);
        assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), [], 'set twice');
        assert.deepEqual([...new Set(names)].sort(), [...widgetTokens].sort());
      });

      it('gives each a six-digit hex colour', () => {
        for (const [name, value] of declared) assert.match(value, /^#[0-9a-f]{6}$/, name);
      });

      it('picks its accent text apart from its accent, in every look', () => {
        for (const prefix of ['--alliance-color-', '--alliance-dark-color-', '--alliance-care-color-', '--alliance-care-dark-color-']) {
          const value = (name: string) => declared.find(([n]) => n === `${prefix}${name}`)![1];
          assert.notEqual(value('accent-text'), value('accent'), prefix);
        }
      });

      it('applies to the page (with no specificity, so the page’s own rules win) and to data-alliance-preset', () => {
        const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').split('{')[0]!.split(',').map((s) => s.trim());
        assert.deepEqual(selectors, [':where(:root)', `[data-alliance-preset='${preset}']`]);
        assert.equal(css.split('{').length, 2, 'one rule');
      });

      it('is ASCII', () => {
        assert.deepEqual([...css].filter((c) => c.charCodeAt(0) > 0x7e || (c.charCodeAt(0) < 0x20 && c !== '\n')), []);
      });
    });
  }

  it('ship with the package: files, an export per file, and kept by bundlers as a side effect', () => {
    const pkg = JSON.parse(read('package.json')) as {files: string[]; exports: Record<string, unknown>; sideEffects: string[]};
    assert.ok(pkg.files.includes('themes'));
    assert.equal(pkg.exports['./themes/*.css'], './themes/*.css');
    assert.ok(pkg.sideEffects.includes('./themes/*.css'));
  });
});
