/**
 * The build step that minifies the CSS of Lit `css` tagged templates
 * (scripts/lib/css-minify.ts): comments, indentation and the `;` before a `}`
 * go, so the shipped code carries the styles as the browser needs them and
 * the sources keep theirs readable. Used by the library builds
 * (vite.config.ts) and by the size report's builds (scripts/size.mjs), so
 * the figures are those of what ships.
 *
 * Only the project's own modules are read (not node_modules), and only
 * templates whose tag is `css` imported from `lit`, `lit-element` or
 * `@lit/reactive-element`. A template whose CSS the minifier does not accept
 * is left as written, with a warning; a minified result that fails the
 * minifier's own check (the same tokens) stops the build. Each template keeps
 * its number of quasis, and the module is parsed again to check that every
 * template's cooked strings are exactly what the minifier gave.
 */
import {parseSync, Visitor, type Plugin} from 'vite';
import MagicString from 'magic-string';
import {CssMinifyError, minifyTemplate} from './css-minify.js';

const LIT_MODULES = /^(lit|lit-element|@lit\/reactive-element)(\/.*)?$/;

interface Template {
  quasis: {start: number; end: number; raw: string; cooked: string | null}[];
}

/** The `css` tagged templates of a module, by the local names `css` is imported under from Lit. */
function cssTemplates(code: string, id: string): Template[] {
  // ESTree spans (`astType: 'js'`): a quasi's span is its raw text, without the backtick or `${`, in TypeScript too.
  const {program, errors} = parseSync(id, code, {astType: 'js'});
  if (errors.length) throw new Error(`${id}: ${errors[0]!.message}`);
  const tags = new Set<string>();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULES.test(node.source.value)) continue;
    for (const s of node.specifiers) {
      if (s.type !== 'ImportSpecifier') continue;
      const imported = s.imported.type === 'Identifier' ? s.imported.name : s.imported.value;
      if (imported === 'css') tags.add(s.local.name);
    }
  }
  const templates: Template[] = [];
  if (!tags.size) return templates;
  new Visitor({
    TaggedTemplateExpression(node) {
      if (node.tag.type !== 'Identifier' || !tags.has(node.tag.name)) return;
      templates.push({quasis: node.quasi.quasis.map((q) => ({start: q.start, end: q.end, raw: q.value.raw, cooked: q.value.cooked ?? null}))});
    },
  }).visit(program);
  return templates;
}

/** Template source text whose cooked value is `cooked`. */
const rawOf = (cooked: string) => cooked.replace(/\\|`|\$\{|\r/g, (m) => (m === '\r' ? '\\r' : `\\${m}`));

export function litCss(apply?: Plugin['apply']): Plugin {
  return {
    name: 'alliance:lit-css',
    ...(apply === undefined ? {} : {apply}),
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id.replace(/\?.*$/, '')) || !code.includes('css')) return null;
      const templates = cssTemplates(code, id);
      if (!templates.length) return null;
      const s = new MagicString(code);
      const expected: (string[] | null)[] = [];
      for (const t of templates) {
        const cooked = t.quasis.map((q) => q.cooked);
        if (cooked.some((c) => c === null)) {
          expected.push(null);
          continue;
        }
        let minified: string[];
        try {
          minified = minifyTemplate(cooked as string[]);
        } catch (error) {
          if (!(error instanceof CssMinifyError)) throw error;
          this.warn(`${id}: a css template at ${t.quasis[0]!.start} is left as written: ${error.message}`);
          expected.push(null);
          continue;
        }
        expected.push(minified);
        t.quasis.forEach((q, k) => {
          if (code.slice(q.start, q.end) !== q.raw) this.error(`${id}: template quasi at ${q.start} does not match its raw text`);
          const raw = rawOf(minified[k]!);
          if (raw === q.raw) return;
          if (raw) s.overwrite(q.start, q.end, raw);
          else if (q.end > q.start) s.remove(q.start, q.end);
        });
      }
      if (!s.hasChanged()) return null;
      const result = s.toString();
      const after = cssTemplates(result, id);
      const same =
        after.length === templates.length &&
        after.every((t, k) => {
          const want = expected[k];
          const before = templates[k]!;
          if (t.quasis.length !== before.quasis.length) return false;
          return t.quasis.every((q, n) => q.cooked === (want ? want[n] : before.quasis[n]!.cooked));
        });
      if (!same) this.error(`${id}: minifying a css template did not give the CSS it meant`);
      return {code: result, map: s.generateMap({hires: 'boundary', source: id, includeContent: true})};
    },
  };
}
