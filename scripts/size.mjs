#!/usr/bin/env node
/**
 * Size report: each widget's ES entry bundled with Lit and its data
 * (minified, one file), the one-file IIFE bundle, and a bare Lit element as
 * the baseline measured in the same run. Sizes are brotli (quality 11) and gzip.
 */
import {readFileSync, existsSync, mkdtempSync, writeFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';
import {build} from 'vite';

const root = new URL('../', import.meta.url).pathname;
const brotli = (buf) => brotliCompressSync(buf, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const gzip = (buf) => gzipSync(buf, {level: 9}).length;
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;

async function bundle(entry) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      target: 'es2021',
      minify: true,
      // App mode rather than lib mode: Vite leaves library ES output unminified.
      modulePreload: false,
      rolldownOptions: {input: entry, output: {format: 'es', codeSplitting: false}},
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return Buffer.concat(outputs.filter((o) => o.type === 'chunk').map((o) => Buffer.from(o.code)));
}

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

const rows = [];
try {
  const baseline = await bundle(bare);
  rows.push(['bare Lit card (baseline)', baseline]);
  for (const tag of ['case-stat']) {
    rows.push([`${tag} + Lit + data (ES entry)`, await bundle(join(root, `src/components/${tag}/index.ts`))]);
  }
  const iife = join(root, 'dist/alliance-widgets.iife.js');
  if (existsSync(iife)) rows.push(['dist/alliance-widgets.iife.js', readFileSync(iife)]);
  else console.warn('dist/alliance-widgets.iife.js not built: run npm run build first');
} finally {
  rmSync(scratch, {recursive: true, force: true});
}

const base = brotli(rows[0][1]);
console.log('bundle'.padEnd(40), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10), ' vs baseline');
for (const [name, buf] of rows) {
  const b = brotli(buf);
  console.log(name.padEnd(40), kb(buf.length).padStart(10), kb(gzip(buf)).padStart(10), kb(b).padStart(10), ` ×${(b / base).toFixed(2)}`);
}
