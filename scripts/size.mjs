#!/usr/bin/env node
/**
 * Size report, measured in one run against a bare Lit element as baseline.
 *
 * For each widget, what a page downloads when it uses that widget alone,
 * built as split ES modules with Lit bundled in and minified:
 *   code        the entry and everything it imports statically (Lit included);
 *   + data zh   plus the data collections the widget reads, in zh-Hans (the default);
 *   + data en   the same page in English: also the English messages and data.
 * And the one-file bundle (every widget, all locales and data inlined).
 * Sizes are brotli (quality 11); gzip for the one-file bundle too.
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {build} from 'vite';
import {WIDGET_TAGS as WIDGETS} from '../src/widgets.ts';

const root = new URL('../', import.meta.url).pathname;
const brotli = (code) => brotliCompressSync(Buffer.from(code), {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const gzip = (code) => gzipSync(Buffer.from(code), {level: 9}).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

/** Builds the inputs as minified, code-split ES modules in memory; returns the chunks by file name. */
async function bundle(input) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      target: 'es2021',
      minify: true,
      modulePreload: false,
      // App mode rather than lib mode: Vite leaves library ES output unminified.
      rolldownOptions: {input, output: {format: 'es'}},
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return new Map(outputs.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
}

/** A chunk and every chunk it imports statically. */
function closure(chunks, fileName, seen = new Set()) {
  if (seen.has(fileName)) return seen;
  seen.add(fileName);
  for (const dep of chunks.get(fileName)?.imports ?? []) closure(chunks, dep, seen);
  return seen;
}

/** Chunks built from a source file matching `test`. */
const chunksOf = (chunks, test) => [...chunks.values()].filter((c) => c.facadeModuleId && test(c.facadeModuleId)).map((c) => c.fileName);

// Inside the project, so the baseline resolves the same copy of Lit.
const scratch = mkdtempSync(join(root, 'node_modules/.alliance-size-'));
const bare = join(scratch, 'bare-lit.js');
writeFileSync(
  bare,
  `import {LitElement, html, css} from 'lit';
   class BareCard extends LitElement {
     static properties = {label: {}, value: {}};
     static styles = css\`:host{display:block}\`;
     render() { return html\`<figure><p>\${this.value}</p><figcaption>\${this.label}</figcaption></figure>\`; }
   }
   customElements.define('bare-card', BareCard);`
);

try {
  const baseline = await bundle({bare});
  const baseSize = brotli([...baseline.values()].map((c) => c.code).join(''));
  const rows = [['bare Lit card (baseline)', baseSize, baseSize, baseSize]];

  for (const tag of WIDGETS) {
    const chunks = await bundle({[tag]: join(root, `src/components/${tag}/index.ts`)});
    const entry = [...chunks.values()].find((c) => c.isEntry).fileName;
    const code = closure(chunks, entry);
    const source = readFileSync(join(root, `src/components/${tag}/${tag}.ts`), 'utf8');
    const collections = [...(/collections = \[([^\]]*)\]/.exec(source)?.[1] ?? '').matchAll(/'([a-z]+)'/g)].map((m) => m[1]);
    const data = (locale) => chunksOf(chunks, (id) => collections.some((c) => id.endsWith(`/generated/${locale}/${c}.ts`)));
    const messages = chunksOf(chunks, (id) => id.endsWith('/generated/locales/en.ts'));
    const size = (files) => brotli([...files].map((f) => chunks.get(f).code).join(''));
    rows.push([tag, size(code), size([...code, ...data('zh-Hans')]), size([...code, ...data('en'), ...messages])]);
  }

  console.log('brotli'.padEnd(28), 'code'.padStart(10), '+ data zh'.padStart(10), '+ data en'.padStart(10), '  code vs baseline');
  for (const [name, code, zh, en] of rows) {
    console.log(name.padEnd(28), kb(code).padStart(10), kb(zh).padStart(10), kb(en).padStart(10), `  ×${(code / baseSize).toFixed(2)}`);
  }
  const iife = join(root, 'dist/alliance-widgets.iife.js');
  if (existsSync(iife)) {
    const file = readFileSync(iife);
    console.log(`\ndist/alliance-widgets.iife.js (all widgets, locales and data): ${kb(file.length)} raw, ${kb(gzip(file))} gzip, ${kb(brotli(file))} brotli`);
  } else {
    console.log('\ndist/alliance-widgets.iife.js not built: run npm run build first');
  }
} finally {
  rmSync(scratch, {recursive: true, force: true});
}
