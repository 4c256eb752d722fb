/**
 * Writes the framework typings from custom-elements.json (npm run manifest):
 * - jsx-props.d.ts: one props interface per widget (its attributes, its
 *   script-only properties such as `data`, and its events as
 *   `onalliance-select` / `onalliance-error`, the names React 19, Preact and
 *   Solid listen to) and a tag → props map, with no framework imported;
 * - jsx.d.ts (`alliance-widgets/jsx`), jsx-preact.d.ts (`…/jsx/preact`) and
 *   jsx-solid.d.ts (`…/jsx/solid`): the six tags in React 19's, Preact's and
 *   Solid's `JSX.IntrinsicElements` (Solid also types `on:alliance-select`);
 * - vue.d.ts (`alliance-widgets/vue`): Vue 3's `GlobalComponents` for the six
 *   tags, events as `@alliance-select` / `@alliance-error`.
 * Attribute types are the manifest's (the properties' own TypeScript types:
 * literal unions such as `theme`, booleans, numbers); a type the manifest
 * names by a class or alias is taken from the widget class itself. Read-only
 * members (`problem`, `careMode`) are not props. The types are closed: an
 * unknown camelCase prop or a value outside a union is a type error.
 *
 * `tsx scripts/framework-types.ts [outdir]` (default dist/types, beside the
 * declarations `tsc -p tsconfig.build.json` writes there).
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

interface TypeText {
  text?: string;
}
interface Member {
  kind?: string;
  name: string;
  type?: TypeText;
  description?: string;
  attribute?: string;
  readonly?: boolean;
  static?: boolean;
  privacy?: string;
}
interface Attribute {
  name: string;
  type?: TypeText;
  description?: string;
  fieldName?: string;
}
interface EventDoc {
  name?: string;
  type?: TypeText;
  description?: string;
}
interface Declaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: EventDoc[];
}
export interface Manifest {
  modules: {declarations?: Declaration[]}[];
}

/** The package's own name: consumers' imports of the classes and events resolve to its root entry. */
const PACKAGE = 'alliance-widgets';

/** A type the manifest writes in words TypeScript knows without imports: primitives and string literals. */
const SELF_CONTAINED = /^(?:\s*(?:string|number|boolean|unknown|undefined|null|'[^']*')\s*\|?)+$/;

interface Prop {
  name: string;
  type: string;
  description?: string;
}

interface Widget {
  tag: string;
  className: string;
  description?: string;
  /** Attributes (kebab-case as written in markup) and script-only properties. */
  props: Prop[];
  /** Event name → its event class. */
  events: {name: string; type: string; description?: string}[];
}

/** Strips `| undefined` (every prop is optional) and keeps the rest as written. */
function typeOf(widget: string, field: string, text: string | undefined): string {
  const cleaned = (text ?? '').split('|').map((t) => t.trim()).filter((t) => t && t !== 'undefined').join(' | ');
  if (cleaned && SELF_CONTAINED.test(cleaned)) return cleaned;
  return `${widget}[${JSON.stringify(field)}]`;
}

/** The widgets of the manifest, in tag order. */
export function widgetsOf(manifest: Manifest): Widget[] {
  const widgets: Widget[] = [];
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const props: Prop[] = [];
    const fromAttributes = new Set<string>();
    for (const attribute of declaration.attributes ?? []) {
      if (attribute.fieldName) fromAttributes.add(attribute.fieldName);
      props.push({name: attribute.name, type: typeOf(declaration.name, attribute.fieldName ?? attribute.name, attribute.type?.text), description: attribute.description});
    }
    for (const member of declaration.members ?? []) {
      if (member.kind !== 'field' || member.readonly || member.static || member.privacy || fromAttributes.has(member.name)) continue;
      props.push({name: member.name, type: typeOf(declaration.name, member.name, member.type?.text), description: member.description});
    }
    const events = (declaration.events ?? [])
      .filter((e): e is EventDoc & {name: string} => Boolean(e.name))
      .map((e) => ({name: e.name, type: e.type?.text && /^\w+$/.test(e.type.text) ? e.type.text : 'Event', description: e.description}));
    widgets.push({tag: declaration.tagName, className: declaration.name, description: declaration.summary ?? declaration.description, props, events});
  }
  return widgets.sort((a, b) => a.tag.localeCompare(b.tag));
}

const doc = (text: string | undefined, indent: string) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s*\n\s*/g, ' ')} */\n` : '');
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
/** `no-source` → `noSource`, as Vue names the props of kebab-case attributes. */
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
/** `alliance-select` → `AllianceSelect`. */
const pascal = (name: string) => camel(name).replace(/^[a-z]/, (c) => c.toUpperCase());

function imports(widgets: Widget[]): string {
  const names = new Set<string>();
  for (const w of widgets) {
    names.add(w.className);
    for (const e of w.events) if (e.type !== 'Event') names.add(e.type);
  }
  return `import type {${[...names].sort().join(', ')}} from '${PACKAGE}';\n`;
}

const HEADER = (what: string) => `/**\n * ${what}\n * Written by scripts/framework-types.ts from custom-elements.json. Do not edit by hand.\n */\n`;

/** jsx-props.d.ts: the props of each widget in JSX and the tag → props map; no framework imported. */
export function jsxProps(widgets: Widget[]): string {
  let out = HEADER('Props of the widgets in JSX (React 19, Preact, Solid): attributes, script-only properties, events as `onalliance-select`.');
  out += imports(widgets);
  for (const w of widgets) {
    out += `\n${doc(`\`<${w.tag}>\`: ${w.description ?? ''}`, '')}export interface ${w.className}Props {\n`;
    for (const p of w.props) out += `${doc(p.description, '  ')}  ${key(p.name)}?: ${p.type} | undefined;\n`;
    for (const e of w.events) out += `${doc(e.description, '  ')}  ${key(`on${e.name}`)}?: ((event: ${e.type}) => void) | undefined;\n`;
    out += '}\n';
  }
  out += "\n/** Each tag and its props, for another framework's own `JSX.IntrinsicElements`. */\nexport interface AllianceWidgetsElements {\n";
  for (const w of widgets) out += `  ${key(w.tag)}: ${w.className}Props;\n`;
  out += '}\n';
  return out;
}

/** Each framework's entry: the module whose JSX namespace it extends, and that framework's HTML attributes for an element. */
const FRAMEWORKS = {
  /** alliance-widgets/jsx: React 19. */
  react: {
    file: 'jsx.d.ts',
    what: 'React 19 JSX types of the widgets (`JSX.IntrinsicElements`).',
    imports: "import type {DetailedHTMLProps, HTMLAttributes} from 'react';\n",
    module: 'react',
    attributes: (el: string) => `DetailedHTMLProps<HTMLAttributes<${el}>, ${el}>`,
  },
  /** alliance-widgets/jsx/preact: Preact. */
  preact: {
    file: 'jsx-preact.d.ts',
    what: 'Preact JSX types of the widgets (`JSX.IntrinsicElements`).',
    imports: "import type {HTMLAttributes} from 'preact';\n",
    module: 'preact',
    attributes: (el: string) => `HTMLAttributes<${el}>`,
  },
  /** alliance-widgets/jsx/solid: Solid 1.x, with `on:alliance-select` / `on:alliance-error` through Solid's CustomEvents. */
  solid: {
    file: 'jsx-solid.d.ts',
    what: 'Solid JSX types of the widgets (`JSX.IntrinsicElements`; `on:alliance-select` and `on:alliance-error` as CustomEvents).',
    imports: "import type {JSX} from 'solid-js';\n",
    module: 'solid-js',
    attributes: (el: string) => `JSX.HTMLAttributes<${el}>`,
  },
} as const;
type Framework = keyof typeof FRAMEWORKS;

/** One framework's JSX declarations, on top of jsx-props.d.ts (which it re-exports). */
export function jsxTypes(widgets: Widget[], framework: Framework): string {
  const f = FRAMEWORKS[framework];
  const events = new Map(widgets.flatMap((w) => w.events.map((e) => [e.name, e.type] as const)));
  const fromPackage = new Set(widgets.map((w) => w.className));
  if (framework === 'solid') for (const type of events.values()) if (type !== 'Event') fromPackage.add(type);
  let out = HEADER(f.what);
  out += f.imports;
  out += `import type {${[...fromPackage].sort().join(', ')}} from '${PACKAGE}';\n`;
  out += `import type {${widgets.map((w) => `${w.className}Props`).sort().join(', ')}} from './jsx-props.js';\n`;
  out += "export type * from './jsx-props.js';\n";
  out += `\ndeclare module '${f.module}' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const w of widgets) out += `      ${key(w.tag)}: ${f.attributes(w.className)} & ${w.className}Props;\n`;
  out += '    }\n';
  if (framework === 'solid') {
    out += '    interface CustomEvents {\n';
    for (const [name, type] of events) out += `      ${key(name)}: ${type};\n`;
    out += '    }\n';
  }
  out += '  }\n}\n';
  return out;
}

/**
 * alliance-widgets/vue: Vue 3's GlobalComponents. Props as Vue names them (`no-source` is `noSource`; templates may
 * write either), events as Vue reads them from props: `@alliance-select` is `onAllianceSelect`.
 */
export function vueTypes(widgets: Widget[]): string {
  let out = HEADER('Vue 3 template types of the widgets (GlobalComponents), for vue-tsc and Vue - Official.');
  out += "import type {HTMLAttributes, VNodeProps} from 'vue';\n";
  out += imports(widgets);
  for (const w of widgets) {
    out += `\n${doc(`\`<${w.tag}>\` in a Vue template: ${w.description ?? ''}`, '')}export interface ${w.className}VueProps {\n`;
    for (const p of w.props) out += `${doc(p.description, '  ')}  ${key(camel(p.name))}?: ${p.type} | undefined;\n`;
    for (const e of w.events) out += `${doc(e.description, '  ')}  ${key(`on${pascal(e.name)}`)}?: ((event: ${e.type}) => void) | undefined;\n`;
    out += '}\n';
  }
  out += "\ndeclare module 'vue' {\n  interface GlobalComponents {\n";
  for (const w of widgets) out += `    ${key(w.tag)}: new () => {$props: ${w.className}VueProps & HTMLAttributes & VNodeProps};\n`;
  out += '  }\n}\n';
  return out;
}

/** Writes jsx-props.d.ts, jsx.d.ts (React), jsx-preact.d.ts, jsx-solid.d.ts and vue.d.ts into `outdir` from the manifest at `manifestPath`. */
export function writeFrameworkTypes(manifestPath: string, outdir: string): string[] {
  const widgets = widgetsOf(JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest);
  if (widgets.length === 0) throw new Error(`${manifestPath} describes no custom elements`);
  mkdirSync(outdir, {recursive: true});
  const outputs: [string, string][] = [
    ['jsx-props.d.ts', jsxProps(widgets)],
    ...(Object.keys(FRAMEWORKS) as (keyof typeof FRAMEWORKS)[]).map((f): [string, string] => [FRAMEWORKS[f].file, jsxTypes(widgets, f)]),
    ['vue.d.ts', vueTypes(widgets)],
  ];
  for (const [file, text] of outputs) writeFileSync(join(outdir, file), text);
  return outputs.map(([file]) => join(outdir, file));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  writeFrameworkTypes(join(root, 'custom-elements.json'), process.argv[2] ?? join(root, 'dist/types'));
}
