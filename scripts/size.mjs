#!/usr/bin/env node
/**
 * Size report and budgets, measured in one run against a bare Lit element as
 * baseline.
 *
 * For each widget, what a page downloads when it uses that widget alone,
 * built as split ES modules with Lit bundled in and minified:
 *   code          the entry and everything it imports statically (Lit included);
 *   data <locale> only the data modules of the collections the widget reads, in that locale
 *                 (for a widget showing one record: its largest per-record module, see `focus` in src/widgets.ts);
 *   page <locale> code + that locale's UI messages (none for zh-Hans, the source) + its data.
 * And the one-file bundle (every widget, all messages, the Chinese data inlined),
 * alone (what a page in Chinese downloads) and with alliance-widgets.en.js,
 * the English data it imports from beside itself (what a page in English does).
 * Every figure is given brotli (quality 11) and gzip (level 9); several files
 * are measured as one concatenation, as before.
 *
 * Two kinds of limit, checked on every run:
 * - the budgets (BUDGETS): the sizes the widgets are meant to reach;
 * - the ceilings (scripts/size-ceilings.json): every figure measured, brotli
 *   and gzip, as it was when last written down — no figure may grow past its
 *   ceiling unnoticed. `--update-ceilings` writes today's figures there (after
 *   a change that makes the widgets smaller, or one whose commit says what
 *   its bytes buy).
 * `npm run size` exits 1 when a budget or a ceiling is exceeded;
 * `npm run size -- --ceilings` (what `npm test` runs) only when a ceiling is,
 * and reports the budgets.
 */
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {build} from 'vite';
import {fileURLToPath} from 'node:url';
import {WIDGETS} from '../src/widgets.ts';
import {LOCALES} from '../src/locales.ts';
import {litCss} from './lib/lit-css.ts';
import {msgDescriptions} from './lib/msg-desc.ts';

const KB = 1024;
const args = new Set(process.argv.slice(2));
const CEILINGS = new URL('./size-ceilings.json', import.meta.url);

/**
 * The budgets, brotli bytes. `code` is the widget's code with Lit; `page`
 * is code + messages + data in one locale; `data` is that data alone (what
 * the page budget leaves after the code budget).
 */
export const BUDGETS = {
  bundle: {limit: 45 * KB, what: 'one-file bundle, all widgets and UI: what a page downloads in each locale'},
  code: {limit: 12 * KB, what: 'each widget: code with Lit'},
  page: {limit: 18 * KB, what: 'each widget: code + messages + data, one locale (each)'},
  data: {limit: 6 * KB, what: 'each widget: data alone, one locale (each)'},
};

const root = fileURLToPath(new URL('../', import.meta.url));
const brotli = (code) => brotliCompressSync(Buffer.from(code), {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
const gzip = (code) => gzipSync(Buffer.from(code), {level: 9}).length;
const measure = (code) => ({br: brotli(code), gz: gzip(code), raw: Buffer.byteLength(code)});
const kb = (n) => `${(n / KB).toFixed(2)} KB`;

/** Builds the inputs as minified, code-split ES modules in memory; returns the chunks by file name. */
async function bundle(input) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    // As the library builds do (vite.config.ts): the CSS of Lit `css` templates minified, no translators' notes.
    plugins: [litCss(), msgDescriptions()],
    build: {
      write: false,
      target: 'es2021',
      minify: true,
      // Library mode, as the ES build ships (no module-preload helper, which an app build adds to every dynamic
      // import), but with Lit bundled in and the output minified all through (Vite's library ES output keeps its
      // white space otherwise).
      lib: {entry: input, formats: ['es']},
      // Chunk names without content hashes, so that a change of data does not change the code's bytes.
      rolldownOptions: {output: {format: 'es', minify: true, entryFileNames: '[name].js', chunkFileNames: '[name].js'}},
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

/** The generated data modules a page in `locale` loads for `collections`. */
const dataModule = (locale, collections) => (id) => collections.some((c) => id.endsWith(`/generated/${locale}/${c}.ts`));

/**
 * What the report measures for each widget of a registry (src/widgets.ts
 * unless a test gives its own): its entry, the collections it reads, and the
 * folders of its per-record data (src/data/generated/focus/<locale>/<folder>/<key>.js,
 * the folders of the keys its `dataFocus()` gives). A page loads one of
 * those modules (measured: the largest), not the whole collections (measured
 * too, with their import map: what an unknown id, a preload or `with-bundled`
 * loads). A widget with none (case-stat-group, whose figures can be any)
 * loads the whole collections.
 */
export const sizeSubjects = (registry = WIDGETS) =>
  Object.entries(registry).map(([tag, w]) => ({tag, entry: join(root, `src/generated/entries/${tag}.ts`), collections: w.collections, focus: w.focus}));
const focusDir = join(root, 'src/data/generated/focus');
function focusModules(locale, folders) {
  return folders.flatMap((folder) => {
    const dir = join(focusDir, locale, folder);
    if (!existsSync(dir)) throw new Error(`size: no per-record data in ${dir}; run npm run generate`);
    return readdirSync(dir).map((f) => ({key: `${folder}/${f.replace(/\.js$/, '')}`, code: readFileSync(join(dir, f), 'utf8')}));
  });
}

/** The budgets against the measured sizes: one row per budget and subject. */
export function checkBudgets(measured) {
  const rows = [];
  const row = (budget, subject, size) => rows.push({budget, subject, size, limit: BUDGETS[budget].limit, ok: size <= BUDGETS[budget].limit});
  if (measured.bundle) row('bundle', 'alliance-widgets.iife.js (zh-Hans, zh-Hant pages)', measured.bundle.br);
  if (measured.bundleEnglish) row('bundle', '+ alliance-widgets.en.js (en pages)', measured.bundleEnglish.br);
  for (const w of measured.widgets) {
    row('code', w.tag, w.code.br);
    for (const locale of LOCALES) row('page', `${w.tag} ${locale}`, w.page[locale].br);
    for (const locale of LOCALES) row('data', `${w.tag} ${locale}`, w.data[locale].br);
  }
  return rows;
}

/** Every figure of the report, by name, in bytes: the bundle's raw, gzip and brotli; each widget's code, data and page, gzip and brotli. */
export function allFigures(measured) {
  const figures = {};
  if (measured.bundle) for (const k of ['raw', 'gz', 'br']) figures[`bundle ${k}`] = measured.bundle[k];
  if (measured.bundleEnglish) for (const k of ['raw', 'gz', 'br']) figures[`bundle with english ${k}`] = measured.bundleEnglish[k];
  for (const w of measured.widgets) {
    for (const k of ['gz', 'br']) {
      figures[`${w.tag} code ${k}`] = w.code[k];
      for (const locale of LOCALES) {
        figures[`${w.tag} data ${locale} ${k}`] = w.data[locale][k];
        figures[`${w.tag} page ${locale} ${k}`] = w.page[locale][k];
      }
    }
  }
  return figures;
}

/** The figures above their ceiling; a figure with no ceiling (a new widget, say) counts as above it. */
export function checkCeilings(figures, ceilings) {
  return Object.entries(figures)
    .map(([name, size]) => ({name, size, ceiling: ceilings[name] ?? 0}))
    .filter((f) => f.size > f.ceiling);
}

/** The report itself: run as a script (`tsx scripts/size.mjs`), not when a test imports the functions above. */
async function report() {
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

let failed = false;
try {
  const baseline = await bundle({bare});
  const base = measure([...baseline.values()].map((c) => c.code).join(''));
  const widgets = [];
  for (const {tag, entry: source, collections, focus: folders} of sizeSubjects()) {
    const chunks = await bundle({[tag]: source});
    const entry = [...chunks.values()].find((c) => c.isEntry).fileName;
    const code = [...closure(chunks, entry)];
    const text = (files) => files.map((f) => chunks.get(f).code).join('');
    const messages = (locale) => chunksOf(chunks, (id) => id.endsWith(`/generated/locales/${locale}.ts`));
    const data = {};
    const page = {};
    const whole = {};
    const worst = {};
    const importMap = chunksOf(chunks, (id) => id.endsWith('/src/data/generated/loaders.ts'));
    for (const locale of LOCALES) {
      const files = [...importMap, ...chunksOf(chunks, dataModule(locale, collections))];
      whole[locale] = measure(text(files));
      data[locale] = whole[locale];
      page[locale] = measure(text([...code, ...messages(locale), ...files]));
      if (!folders.length) continue;
      const sized = focusModules(locale, folders).map((m) => ({...m, size: measure(m.code)}));
      const largest = sized.reduce((a, b) => (b.size.br > a.size.br ? b : a));
      worst[locale] = largest.key;
      data[locale] = largest.size;
      page[locale] = measure(text([...code, ...messages(locale)]) + largest.code);
    }
    widgets.push({tag, collections, code: measure(text(code)), data, page, whole, worst});
  }

  for (const [unit, key] of [['brotli', 'br'], ['gzip', 'gz']]) {
    const head = ['code', ...LOCALES.map((l) => `data ${l}`), ...LOCALES.map((l) => `page ${l}`)];
    console.log(`\n${unit.padEnd(26)}${head.map((h) => h.padStart(14)).join('')}   code vs baseline`);
    console.log(`${'bare Lit card (baseline)'.padEnd(26)}${kb(base[key]).padStart(14)}`);
    for (const w of widgets) {
      const cells = [w.code, ...LOCALES.map((l) => w.data[l]), ...LOCALES.map((l) => w.page[l])].map((m) => kb(m[key]).padStart(14));
      console.log(`${w.tag.padEnd(26)}${cells.join('')}   ×${(w.code[key] / base[key]).toFixed(2)}`);
    }
  }
  console.log('\ndata: the collections each widget reads; the largest per-record module it loads (as above), and the whole collections with their import map:');
  for (const w of widgets) {
    console.log(`  ${w.tag.padEnd(24)}${w.collections.join(', ')}`);
    if (!Object.keys(w.worst).length) continue;
    for (const locale of LOCALES) {
      console.log(`    ${locale.padEnd(8)} largest ${w.worst[locale].padEnd(32)} ${kb(w.data[locale].br)} br ${kb(w.data[locale].gz)} gz;  whole collections ${kb(w.whole[locale].br)} br ${kb(w.whole[locale].gz)} gz`);
    }
  }

  const iife = join(root, 'dist/alliance-widgets.iife.js');
  const english = join(root, 'dist/alliance-widgets.en.js');
  let bundleSize;
  let bundleEnglish;
  if (existsSync(iife) && existsSync(english)) {
    bundleSize = measure(readFileSync(iife));
    const englishSize = measure(readFileSync(english));
    // Two files, two downloads: each compressed on its own, the sizes added.
    bundleEnglish = {raw: bundleSize.raw + englishSize.raw, gz: bundleSize.gz + englishSize.gz, br: bundleSize.br + englishSize.br};
    console.log(`\ndist/alliance-widgets.iife.js (all widgets and messages, the Chinese data): ${kb(bundleSize.raw)} raw, ${kb(bundleSize.gz)} gzip, ${kb(bundleSize.br)} brotli`);
    console.log(`dist/alliance-widgets.en.js (the English data, loaded by English pages): ${kb(englishSize.raw)} raw, ${kb(englishSize.gz)} gzip, ${kb(englishSize.br)} brotli`);
    const checks = join(root, 'dist/alliance-widgets.checks.js');
    if (existsSync(checks)) {
      const c = measure(readFileSync(checks));
      console.log(`dist/alliance-widgets.checks.js (the checks of a portal's own data, loaded only by pages that give their own): ${kb(c.raw)} raw, ${kb(c.gz)} gzip, ${kb(c.br)} brotli`);
    }
  } else {
    console.log('\ndist/alliance-widgets.iife.js not built: run `vite build --mode iife` (or npm run build) first');
    failed = true;
  }

  const rows = checkBudgets({bundle: bundleSize, bundleEnglish, widgets});
  console.log('\nbudgets (brotli)');
  for (const [budget, {limit, what}] of Object.entries(BUDGETS)) {
    const mine = rows.filter((r) => r.budget === budget);
    const over = mine.filter((r) => !r.ok);
    console.log(`  ${over.length ? 'FAIL' : 'pass'}  ≤ ${kb(limit).padStart(9)}  ${what}`);
    for (const r of mine) console.log(`          ${r.ok ? '  ok' : 'OVER'}  ${kb(r.size).padStart(9)}  ${r.subject}${r.ok ? '' : ` (+${kb(r.size - r.limit)})`}`);
  }
  const breaches = rows.filter((r) => !r.ok);
  if (breaches.length) {
    console.log(`\nsize: ${breaches.length} of ${rows.length} budget check(s) exceeded`);
    if (!args.has('--ceilings')) failed = true;
  } else {
    console.log(`\nsize: all ${rows.length} budget checks pass`);
  }

  const figures = allFigures({bundle: bundleSize, bundleEnglish, widgets});
  if (args.has('--update-ceilings')) {
    writeFileSync(CEILINGS, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`size: ${Object.keys(figures).length} ceilings written to scripts/size-ceilings.json`);
  } else {
    const over = checkCeilings(figures, JSON.parse(readFileSync(CEILINGS, 'utf8')));
    if (over.length) {
      console.log(`\nceilings: ${over.length} figure(s) above the size last written down (scripts/size-ceilings.json)`);
      for (const o of over) console.log(`  OVER  ${o.name}: ${o.size} B, ceiling ${o.ceiling} B (+${o.size - o.ceiling} B)`);
      console.log('  Make it smaller, or, when the bytes are worth it, run npm run size -- --update-ceilings and say in the commit what they buy.');
      failed = true;
    } else {
      console.log(`ceilings: all ${Object.keys(figures).length} figures at or below scripts/size-ceilings.json`);
    }
  }
} finally {
  rmSync(scratch, {recursive: true, force: true});
}
if (failed) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await report();
