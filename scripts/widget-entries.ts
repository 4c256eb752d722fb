/**
 * Writes the lists of what ships from the widget registry (src/widgets.ts),
 * so that adding a widget is its class, its styles, its registry entry, its
 * test and its story, and nothing else:
 *
 * - src/generated/entries/<tag>.ts: the widget's ES entry
 *   (`alliance-widgets/<tag>.js`), which registers its tag alone and gives
 *   `HTMLElementTagNameMap` its entry;
 * - src/generated/entries/all.ts: imports every entry (src/index.ts);
 * - src/generated/widgets/classes.ts: exports every class (src/classes.ts,
 *   the global `AllianceWidgets`);
 * - src/generated/widgets/by-tag.ts: `WIDGET_CLASSES`, each class by its tag
 *   (`defineWidgets`);
 * - src/generated/widgets/react.ts: each widget's React wrapper
 *   (`alliance-widgets/react`);
 * - package.json: `exports["./<tag>.js"]` for each widget, after "./react".
 *
 * Generated code imports only the component modules, never the registry, so
 * no page pays for the registry's facts. `npm run generate` runs it first;
 * `--check` writes nothing and exits 1 when a file is out of date.
 */
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {WIDGETS, type WidgetRegistry} from '../src/widgets.js';

const root = fileURLToPath(new URL('../', import.meta.url));
/** Generated modules go under src/generated/: entries/ (each with side effects: it registers) and widgets/ (lists, none). */
const OUT_DIRS = ['entries', 'widgets'] as const;
const HEADER = '// Written by scripts/widget-entries.ts from src/widgets.ts: do not edit; run `npm run generate`.\n';

const component = (tag: string) => `../../components/${tag}/${tag}.js`;

/** Each generated module's text by its path under src/generated/. */
export function widgetModules(registry: WidgetRegistry = WIDGETS): Record<string, string> {
  const widgets = Object.entries(registry);
  const files: Record<string, string> = {};
  for (const [tag, w] of widgets) {
    files[`entries/${tag}.ts`] =
      `${HEADER}/** \`alliance-widgets/${tag}.js\`: registers \`<${tag}>\` alone, ${w.summary}. */\n` +
      `import {defineElement} from '../../define.js';\n` +
      `import {${w.className}} from '${component(tag)}';\n\n` +
      `export {${w.className}};\n\n` +
      `defineElement('${tag}', ${w.className});\n\n` +
      `declare global {\n  interface HTMLElementTagNameMap {\n    '${tag}': ${w.className};\n  }\n}\n`;
  }
  files['entries/all.ts'] = `${HEADER}/** Registers every widget under its own name. */\n` + widgets.map(([tag]) => `import './${tag}.js';\n`).join('');
  files['widgets/classes.ts'] = `${HEADER}/** Every widget's class, registering nothing. */\n` + widgets.map(([tag, w]) => `export {${w.className}} from '${component(tag)}';\n`).join('');
  files['widgets/by-tag.ts'] =
    `${HEADER}import type {WidgetTag} from '../../widgets.js';\n` +
    widgets.map(([tag, w]) => `import {${w.className}} from '${component(tag)}';\n`).join('') +
    `\n/** Each widget's class by its tag. */\nexport const WIDGET_CLASSES: Record<WidgetTag, CustomElementConstructor> = {\n` +
    widgets.map(([tag, w]) => `  '${tag}': ${w.className},\n`).join('') +
    `};\n`;
  files['widgets/react.ts'] =
    `${HEADER}import {wrap} from '../../react/wrap.js';\n` +
    widgets.map(([tag, w]) => `import {${w.className} as ${w.className}Element} from '${component(tag)}';\n`).join('') +
    widgets.map(([tag, w]) => `\n/** \`<${tag}>\`: ${w.summary}. */\nexport const ${w.className} = wrap('${tag}', ${w.className}Element, '${w.className}');\n`).join('');
  return files;
}

/** package.json's `exports` with one `./<tag>.js` per widget after "./react", and no other widget's. */
export function packageExports(exports: Record<string, unknown>, registry: WidgetRegistry = WIDGETS): Record<string, unknown> {
  // A widget's export: `./<tag>.js` → dist/<tag>.js (rewritten, or dropped when the tag left the registry).
  const isWidget = (key: string, value: unknown) => {
    const tag = /^\.\/([a-z][a-z0-9]*-[a-z0-9-]+)\.js$/.exec(key)?.[1];
    return !!tag && typeof value === 'object' && value !== null && (value as {default?: unknown}).default === `./dist/${tag}.js`;
  };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(exports)) {
    if (isWidget(key, value)) continue;
    out[key] = value;
    if (key === './react') {
      for (const tag of Object.keys(registry)) out[`./${tag}.js`] = {types: `./dist/types/generated/entries/${tag}.d.ts`, default: `./dist/${tag}.js`};
    }
  }
  return out;
}

function main(check: boolean): number {
  const stale: string[] = [];
  const files = widgetModules();
  for (const [name, text] of Object.entries(files)) {
    const path = join(root, 'src/generated', name);
    if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
    stale.push(`src/generated/${name}`);
    if (!check) {
      mkdirSync(dirname(path), {recursive: true});
      writeFileSync(path, text);
    }
  }
  // A widget taken out of the registry leaves no entry behind.
  for (const dir of OUT_DIRS) {
    const full = join(root, 'src/generated', dir);
    for (const name of existsSync(full) ? readdirSync(full) : []) {
      if (Object.hasOwn(files, `${dir}/${name}`)) continue;
      stale.push(`src/generated/${dir}/${name} (no such widget)`);
      if (!check) rmSync(join(full, name));
    }
  }
  const pkgPath = join(root, 'package.json');
  const pkgText = readFileSync(pkgPath, 'utf8');
  const pkg = JSON.parse(pkgText) as {exports: Record<string, unknown>};
  const next = `${JSON.stringify({...pkg, exports: packageExports(pkg.exports)}, null, 2)}\n`;
  if (next !== pkgText) {
    stale.push('package.json (exports)');
    if (!check) writeFileSync(pkgPath, next);
  }
  if (check && stale.length > 0) {
    console.error(`Out of date (run npm run generate): ${stale.join(', ')}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.includes('--check'));
