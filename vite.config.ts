import {build, defineConfig, parseSync, Visitor, type Plugin} from 'vite';
import MagicString, {SourceMap} from 'magic-string';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {join, sep} from 'node:path';

/**
 * Two library builds from one config:
 * - `vite build`: ES modules for bundlers and import maps, one entry per
 *   widget, Lit external so a page shares one copy;
 * - `vite build --mode iife`: dist/alliance-widgets.iife.js, one
 *   self-contained file (Lit, messages and the Chinese data inlined) for a
 *   plain `<script src>` in a CMS, and beside it alliance-widgets.en.js, the
 *   English data it imports when a page first shows English.
 *
 * Every JavaScript file written is pure ASCII (non-ASCII characters escaped
 * as `\uXXXX`): a classic script is decoded in the host page's encoding
 * (GB2312, GBK, windows-1252 …) unless the server names a charset, and
 * UTF-8 Chinese read that way is mojibake or a SyntaxError.
 * `scripts/check-ascii.mjs` checks the result.
 */
import {WIDGET_TAGS} from './src/widgets.js';
import {VERSION} from './src/version.js';
import {BUNDLE_CHECKS, BUNDLE_ENGLISH} from './src/bundle-files.js';
import {litCss} from './scripts/lib/lit-css.js';
import {msgDescriptions} from './scripts/lib/msg-desc.js';

/**
 * What ships is smaller than the sources, in the library builds only (ES,
 * one-file and Node; not the Storybook build that reads this config):
 * the CSS of Lit `css` templates minified (scripts/lib/lit-css.ts) and the
 * translators' notes (`desc`) dropped from `msg()` calls
 * (scripts/lib/msg-desc.ts). scripts/size.mjs measures with both.
 */
const libraryBuilds: Plugin['apply'] = (config, {command}) => command === 'build' && Boolean(config.build?.lib || config.build?.ssr);
const shipped = () => [litCss(libraryBuilds), msgDescriptions(libraryBuilds)];

/**
 * Edits that escape the non-ASCII characters in the raw text of one template
 * quasi (starting at `start`) without changing its cooked value: `字` →
 * `\u5B57`, astral → `\u{1F600}`. Each edit covers one character, so the
 * source map keeps every other position. A character after an odd run of
 * backslashes is itself an escape: `\字` cooks to `字`, and `\` before
 * U+2028/U+2029 is a line continuation, which cooks to nothing.
 */
function quasiEscapes(raw: string, start: number): {from: number; to: number; text: string}[] {
  const edits: {from: number; to: number; text: string}[] = [];
  let backslashes = 0;
  let at = start;
  for (const char of raw) {
    const code = char.codePointAt(0)!;
    if (code >= 0x80) {
      const escaped = code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`;
      if (backslashes % 2 === 1) edits.push({from: at - 1, to: at + char.length, text: code === 0x2028 || code === 0x2029 ? '' : escaped});
      else edits.push({from: at, to: at + char.length, text: escaped});
    }
    backslashes = char === '\\' ? backslashes + 1 : 0;
    at += char.length;
  }
  return edits;
}

/** Raw spans and cooked values of every tagged template quasi in `code`. */
function taggedQuasis(code: string, fileName: string): {start: number; end: number; raw: string; cooked: string | null}[] {
  const {program, errors} = parseSync(fileName, code);
  if (errors.length) throw new Error(`${fileName}: ${errors[0]!.message}`);
  const quasis: {start: number; end: number; raw: string; cooked: string | null}[] = [];
  new Visitor({
    TaggedTemplateExpression(node) {
      for (const q of node.quasi.quasis) quasis.push({start: q.start, end: q.end, raw: q.value.raw, cooked: q.value.cooked ?? null});
    },
  }).visit(program);
  return quasis;
}

/**
 * Completes `output.charset: 'ascii'`, which escapes strings, untagged
 * templates, regular expressions and identifiers but leaves tagged template
 * quasis as written (their raw text is observable): Lit's `html`/`css` and
 * @lit/localize's `str` read only the cooked strings, so their non-ASCII
 * characters are escaped here, with a source map, and every cooked value is
 * checked to be unchanged.
 */
function asciiTaggedTemplates(): Plugin {
  return {
    name: 'alliance:ascii-tagged-templates',
    enforce: 'post',
    // The library builds only (not the Storybook build that reads this config).
    apply: (config, {command}) => command === 'build' && Boolean(config.build?.lib),
    renderChunk(code, chunk) {
      if (!/[\u0080-\uffff]/.test(code)) return null;
      const before = taggedQuasis(code, chunk.fileName);
      const s = new MagicString(code);
      for (const q of before) {
        if (code.slice(q.start, q.end) !== q.raw) throw new Error(`${chunk.fileName}: template quasi at ${q.start} does not match its raw text`);
        for (const edit of quasiEscapes(q.raw, q.start)) {
          if (edit.text) s.overwrite(edit.from, edit.to, edit.text);
          else s.remove(edit.from, edit.to);
        }
      }
      if (!s.hasChanged()) return null;
      const escaped = s.toString();
      const after = taggedQuasis(escaped, chunk.fileName);
      const same = after.length === before.length && after.every((q, i) => q.cooked === before[i]!.cooked);
      if (!same) throw new Error(`${chunk.fileName}: escaping changed a tagged template's cooked value`);
      // `hires` maps every character but not line ends, where the chunk's own map may point (a quasi that starts with a line break).
      const map = s.generateDecodedMap({hires: true, source: chunk.fileName});
      const input = code.split('\n');
      escaped.split('\n').forEach((line, i) => {
        const segments = (map.mappings[i] ??= []);
        if (!segments.length || segments.at(-1)![0] < line.length) segments.push([line.length, 0, i, input[i]!.length]);
      });
      return {code: escaped, map: new SourceMap(map)};
    },
  };
}

/**
 * The one-file bundle carries its own Lit. Under Trusted Types, Lit creates a
 * policy named `lit-html` when it loads, and a page whose own Lit already made
 * that policy (a host app) would stop our copy with "Policy "lit-html" already
 * exists". Our copy's policy is named `alliance-widgets` instead, so a host
 * allows both names (README) and never has to allow duplicates. The ES build
 * shares the page's Lit and its policy.
 */
export const POLICY = 'alliance-widgets';
function ownTrustedTypesPolicy(): Plugin {
  let renamed = 0;
  return {
    name: 'alliance-own-trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/.test(id)) return null;
      const next = code.replace(/createPolicy\((["'])lit-html\1/g, () => `createPolicy("${POLICY}"`);
      if (next === code) this.error(`${id}: Lit's Trusted Types policy was not found; update ownTrustedTypesPolicy()`);
      renamed++;
      return {code: next, map: null};
    },
    buildEnd() {
      if (renamed === 0) this.error('Lit was not bundled through ownTrustedTypesPolicy()');
    },
  };
}

/**
 * What the one-file bundle has at hand, where the ES build loads on demand:
 * each import below, from the module that makes it, resolves to another
 * module instead. Its data (src/bundle.ts): the dataset module gets
 * src/data/no-loaders.ts instead of the import map of the per-locale modules
 * and the per-record loader, so the file holds no module it never loads (the
 * zh-Hant copy of the data above all: the bundle makes zh-Hant from zh-Hans).
 * The series chart of `<case-stat chart>`: chart-at-hand.ts instead of
 * chart-loader.ts, since a dynamic import inlined into one file would wrap
 * the modules around it in lazy initialisers (0.65 KB brotli) for a module it
 * holds anyway. The table view and CSV of the widgets: table-at-hand.ts
 * instead of table-loader.ts, for the same reason. The checks of a portal's
 * own data: checks-beside-bundle.ts instead of checks-loader.ts, which loads
 * them from alliance-widgets.checks.js beside the bundle (bundleChecks()).
 */
const AT_HAND: {importer: string; source: string; instead: string}[] = [
  {importer: 'src/data/dataset.ts', source: './generated/loaders.js', instead: 'src/data/no-loaders.ts'},
  {importer: 'src/data/dataset.ts', source: './focus-load.js', instead: 'src/data/no-loaders.ts'},
  {importer: 'src/components/case-stat/case-stat.ts', source: './chart-loader.js', instead: 'src/components/case-stat/chart-at-hand.ts'},
  {importer: 'src/shared/views.ts', source: './table-loader.js', instead: 'src/shared/table-at-hand.ts'},
  {importer: 'src/data/own-data.ts', source: './checks-loader.js', instead: 'src/data/checks-beside-bundle.ts'},
];
function atHand(): Plugin {
  const root = new URL('./', import.meta.url).pathname;
  const replaced = new Set<(typeof AT_HAND)[number]>();
  return {
    name: 'alliance:at-hand',
    enforce: 'pre',
    resolveId(source, importer) {
      const rule = importer && AT_HAND.find((r) => r.source === source && importer.split(sep).join('/') === root + r.importer);
      if (!rule) return null;
      replaced.add(rule);
      return root + rule.instead;
    },
    buildEnd() {
      const missing = AT_HAND.filter((r) => !replaced.has(r)).map((r) => `${r.importer} no longer imports ${r.source}`);
      if (missing.length) this.error(`${missing.join('; ')}: update AT_HAND`);
    },
  };
}

/**
 * The ES build's per-record data modules (scripts/lib/focus.ts), written
 * beside the chunk that holds src/data/focus-load.ts (in the library and the
 * catalogue), which loads them relative to itself, as it does from src/data/
 * in the sources. They are JavaScript
 * already, and ASCII (checked by scripts/check-ascii.mjs with the rest).
 */
function focusModules(): Plugin {
  const dir = new URL('./src/data/generated/focus/', import.meta.url);
  return {
    name: 'alliance:focus-modules',
    // The ES library build, and the catalogue's build (Storybook reads this config too).
    apply: 'build',
    generateBundle(_options, bundle) {
      const loader = Object.values(bundle).find((c) => c.type === 'chunk' && c.moduleIds.some((id) => /[\\/]src[\\/]data[\\/]focus-load\.ts$/.test(id)));
      if (!loader) this.error('no chunk holds src/data/focus-load.ts');
      const at = loader.fileName.slice(0, loader.fileName.lastIndexOf('/') + 1);
      for (const file of readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.js'))) {
        this.emitFile({type: 'asset', fileName: `${at}generated/focus/${file.split(sep).join('/')}`, source: readFileSync(new URL(file, dir))});
      }
    },
  };
}

/**
 * The one-file bundle's English data, written beside the bundle as
 * alliance-widgets.en.js: one statement that hands the texts
 * (src/data/generated/bundle-en.ts, ASCII) to the bundle in a DOM event, so
 * the same file works as a module (what the bundle imports over http) and as
 * a classic script (what it adds to a page opened from disk, where browsers
 * import no module).
 */
function bundleEnglish(): Plugin {
  return {
    name: 'alliance:bundle-english',
    generateBundle() {
      const module = readFileSync(new URL('./src/data/generated/bundle-en.ts', import.meta.url), 'utf8');
      const texts = /^export default ('[\x20-\x7e]*');\n$/.exec(module)?.[1];
      if (!texts) this.error('src/data/generated/bundle-en.ts is not one ASCII string literal; run npm run generate');
      const detail = `{version: ${JSON.stringify(VERSION)}, texts: ${texts}}`;
      this.emitFile({
        type: 'asset',
        fileName: BUNDLE_ENGLISH.file,
        source: `/* alliance-widgets ${VERSION}: the English data of alliance-widgets.iife.js, which loads this file from beside itself. */\n` +
          `document.dispatchEvent(new CustomEvent(${JSON.stringify(BUNDLE_ENGLISH.event)}, {detail: ${detail}}));\n`,
      });
    },
  };
}

/**
 * alliance-widgets.checks.js beside the one-file bundle: the checks of a
 * portal's own data (src/data/checks-file.ts: the publishing schema, valibot,
 * the problem texts), built here as one more self-contained script that
 * defines no global, with its imports of the problem class and Dataset
 * resolved to src/data/checks-host.ts, which the bundle fills with its own.
 */
const CHECKS_HOST: Record<string, string> = {'./problem.js': 'problem', './dataset.js': 'dataset', './own-data.js': 'own-data'};
function bundleChecks(): Plugin {
  const root = new URL('./', import.meta.url).pathname;
  const host = root + 'src/data/checks-host.ts';
  return {
    name: 'alliance:bundle-checks',
    async generateBundle() {
      const seen = new Set<string>();
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        root,
        plugins: [
          ...shipped(),
          asciiTaggedTemplates(),
          {
            name: 'alliance:checks-host',
            enforce: 'pre',
            resolveId(source, importer) {
              if (!importer || !(source in CHECKS_HOST) || !importer.split(sep).join('/').startsWith(root + 'src/data/')) return null;
              if (importer.split(sep).join('/') === host) return null;
              seen.add(CHECKS_HOST[source]!);
              return host;
            },
          },
        ],
        build: {
          write: false,
          target: 'es2021',
          minify: true,
          lib: {entry: 'src/data/checks-file.ts', formats: ['iife'], name: 'unused', fileName: () => BUNDLE_CHECKS.file},
          rolldownOptions: {output: {codeSplitting: false, charset: 'ascii'}},
        },
      });
      const chunk = (Array.isArray(result) ? result : [result as {output: unknown[]}])
        .flatMap((r) => (r as {output: {type: string; code?: string}[]}).output)
        .find((o) => o.type === 'chunk');
      if (!chunk?.code) this.error('alliance-widgets.checks.js was not built');
      for (const what of ['problem', 'dataset']) if (!seen.has(what)) this.error(`the checks no longer import ./${what}.js: update CHECKS_HOST`);
      // Its problems must be the bundle's class: a copy of problem.ts in it would fail every `instanceof`.
      if (/["'`]PageDataProblem["'`]/.test(chunk.code)) this.error('alliance-widgets.checks.js carries a problem class of its own');
      this.emitFile({type: 'asset', fileName: BUNDLE_CHECKS.file, source: `/* alliance-widgets ${VERSION}: the checks of a portal's own data, loaded by alliance-widgets.iife.js from beside itself. */\n${chunk.code}`});
    },
  };
}

/**
 * dist/alliance-widgets.integrity.json: the Subresource Integrity value
 * (`sha384-…`) of the one-file bundle and of each file it loads from beside
 * itself, as written to disk, for a host that loads them from another origin
 * (a CDN) with `<script integrity crossorigin>`. Written after the files, so
 * every one-file build writes it; the value is of the bytes a server sends.
 */
export const INTEGRITY_FILE = 'alliance-widgets.integrity.json';
function bundleIntegrity(): Plugin {
  const files = ['alliance-widgets.iife.js', BUNDLE_ENGLISH.file, BUNDLE_CHECKS.file];
  return {
    name: 'alliance:bundle-integrity',
    writeBundle({dir = 'dist'}, bundle) {
      const missing = files.filter((file) => !(file in bundle));
      if (missing.length) this.error(`${missing.join(', ')} not written: update bundleIntegrity()`);
      const values = Object.fromEntries(files.map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`]));
      writeFileSync(join(dir, INTEGRITY_FILE), `${JSON.stringify(values, null, 2)}\n`);
    },
  };
}

/**
 * The theme presets (themes/*.css, one file per preset), copied as they are
 * to dist/themes/ by the ES library build, beside the one-file bundle that a
 * webmaster uploads. They are CSS custom properties only: no widget code
 * carries them.
 */
function themePresets(): Plugin {
  const dir = new URL('./themes/', import.meta.url);
  return {
    name: 'alliance:theme-presets',
    apply: libraryBuilds,
    generateBundle() {
      const files = readdirSync(dir).filter((f) => f.endsWith('.css'));
      if (!files.length) this.error('no theme presets in themes/');
      for (const file of files) this.emitFile({type: 'asset', fileName: `themes/${file}`, source: readFileSync(new URL(file, dir))});
    },
  };
}

/**
 * A second copy of the one-file bundle (the snippet pasted twice, or two
 * versions) stops before anything runs and hands back the first: one
 * definition per tag, and one console warning when the versions differ.
 */
const SECOND_COPY_GUARD = `var __first = typeof AllianceWidgets === 'object' && AllianceWidgets && AllianceWidgets.VERSION;
if (__first) {
  if (__first !== ${JSON.stringify(VERSION)}) console.warn('alliance-widgets ${VERSION}: the page already loaded alliance-widgets ' + __first + ', which stays in use. Load one copy only.');
  return AllianceWidgets;
}`;

/**
 * The data workbench as a page of its own (`vite build --mode workbench`, after
 * the one-file build): dist/workbench/index.html (workbench/index.html), the
 * workbench's own script and, copied from dist/, the one-file bundle and the
 * files beside it, so the folder works opened from disk (classic scripts only)
 * and from any static server. Ships in no widget entry and not in the bundle.
 */
export const WORKBENCH_FILES = ['alliance-widgets.iife.js', BUNDLE_ENGLISH.file, BUNDLE_CHECKS.file] as const;
function workbenchPage(): Plugin {
  const dist = new URL('./dist/', import.meta.url);
  return {
    name: 'alliance:workbench-page',
    generateBundle() {
      this.emitFile({type: 'asset', fileName: 'index.html', source: readFileSync(new URL('./workbench/index.html', import.meta.url))});
      for (const file of WORKBENCH_FILES) {
        let source: Buffer;
        try {
          source = readFileSync(new URL(file, dist));
        } catch {
          this.error(`dist/${file} is missing: run vite build --mode iife before vite build --mode workbench`);
        }
        this.emitFile({type: 'asset', fileName: file, source});
      }
    },
  };
}

export default defineConfig(({mode}) => {
  const iife = mode === 'iife';
  if (mode === 'workbench') {
    return {
      plugins: [...shipped(), asciiTaggedTemplates(), workbenchPage()],
      build: {
        target: 'es2021',
        outDir: 'dist/workbench',
        emptyOutDir: true,
        minify: true,
        lib: {entry: 'workbench/page.ts', formats: ['iife'], name: 'AllianceWorkbench', fileName: () => 'data-workbench.js'},
        rolldownOptions: {output: {codeSplitting: false, charset: 'ascii'}},
      },
    };
  }
  if (mode === 'node') {
    // The static renderer and its command line (bin/alliance-widgets.mjs), for Node: dependencies stay imports.
    return {
      plugins: [...shipped(), asciiTaggedTemplates()],
      build: {
        ssr: true,
        target: 'node20',
        outDir: 'dist/node',
        emptyOutDir: true,
        minify: false,
        rolldownOptions: {input: {cli: 'src/static/cli.ts', render: 'src/static/render.ts'}, output: {format: 'es', charset: 'ascii'}},
      },
    };
  }
  return {
    plugins: iife ? [...shipped(), asciiTaggedTemplates(), ownTrustedTypesPolicy(), atHand(), bundleEnglish(), bundleChecks(), bundleIntegrity()] : [...shipped(), asciiTaggedTemplates(), focusModules(), themePresets()],
    build: {
      target: 'es2021',
      outDir: 'dist',
      emptyOutDir: !iife,
      // The one-file bundle is uploaded alone: its map is written for debugging but not referenced.
      sourcemap: iife ? 'hidden' : true,
      minify: true,
      lib: iife
        ? {entry: 'src/bundle.ts', formats: ['iife'], name: 'AllianceWidgets', fileName: () => 'alliance-widgets.iife.js'}
        : {
            entry: {
              index: 'src/index.ts',
              classes: 'src/classes.ts',
              // One ES entry per widget: `alliance-widgets/<tag>.js` registers that tag alone.
              ...Object.fromEntries(WIDGET_TAGS.map((tag) => [tag, `src/generated/entries/${tag}.ts`])),
              // `alliance-widgets/react`: React components for the widgets (React and @lit/react stay imports).
              react: 'src/react/index.ts',
            },
            formats: ['es'],
          },
      rolldownOptions: iife
        ? {output: {codeSplitting: false, charset: 'ascii', intro: SECOND_COPY_GUARD}}
        : {
            external: [/^lit($|\/)/, /^@lit\//, /^react($|\/)/],
            output: {chunkFileNames: 'chunks/[name]-[hash].js', charset: 'ascii'},
          },
    },
  };
});
