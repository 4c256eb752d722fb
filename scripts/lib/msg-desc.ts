/**
 * The build step that drops `desc` from the options of `msg()` calls: the
 * note for translators that `lit-localize extract` reads from the sources
 * into the XLIFF files, and that nothing reads at run time (the `msg()` of
 * src/localization/runtime.ts, like @lit/localize's own, looks up `id` only).
 * Used by the library builds (vite.config.ts) and the size report
 * (scripts/size.mjs); the sources, the XLIFF files and the tests keep them.
 *
 * Only calls of `msg` imported from the library's localization runtime or
 * from `@lit/localize` are read, and only a `desc` written as a plain string
 * (a literal, or a template without expressions) is dropped, so no code that
 * could run goes. The module is parsed again to check that every such call
 * kept its other options, as written, and lost its `desc`.
 */
import {parseSync, Visitor, type Plugin} from 'vite';
import MagicString from 'magic-string';

const MSG_MODULES = /(^|\/)localization\/runtime(\.[jt]s)?$|^@lit\/localize$/;

interface Call {
  /** Each option as written, and whether it is a `desc` that can go. */
  options: {start: number; end: number; text: string; drop: boolean}[];
}

/** The `msg()` calls of a module whose second argument is an object literal. */
function msgCalls(code: string, id: string): Call[] {
  const {program, errors} = parseSync(id, code, {astType: 'js'});
  if (errors.length) throw new Error(`${id}: ${errors[0]!.message}`);
  const names = new Set<string>();
  for (const node of program.body) {
    if (node.type !== 'ImportDeclaration' || !MSG_MODULES.test(node.source.value)) continue;
    for (const s of node.specifiers) {
      if (s.type === 'ImportSpecifier' && (s.imported.type === 'Identifier' ? s.imported.name : s.imported.value) === 'msg') names.add(s.local.name);
    }
  }
  const calls: Call[] = [];
  if (!names.size) return calls;
  new Visitor({
    CallExpression(node) {
      if (node.callee.type !== 'Identifier' || !names.has(node.callee.name)) return;
      const options = node.arguments[1];
      if (options?.type !== 'ObjectExpression') return;
      calls.push({
        options: options.properties.map((p) => {
          const key = p.type === 'Property' && !p.computed ? (p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? p.key.value : undefined) : undefined;
          const plain = p.type === 'Property' && ((p.value.type === 'Literal' && typeof p.value.value === 'string') || (p.value.type === 'TemplateLiteral' && p.value.expressions.length === 0));
          return {start: p.start, end: p.end, text: code.slice(p.start, p.end), drop: key === 'desc' && p.type === 'Property' && p.kind === 'init' && !p.method && plain};
        }),
      });
    },
  }).visit(program);
  return calls;
}

export function msgDescriptions(apply?: Plugin['apply']): Plugin {
  return {
    name: 'alliance:msg-descriptions',
    ...(apply === undefined ? {} : {apply}),
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\.[cm]?[jt]s$/.test(id.replace(/\?.*$/, '')) || !code.includes('desc')) return null;
      const calls = msgCalls(code, id);
      const s = new MagicString(code);
      for (const {options} of calls) {
        options.forEach((o, k) => {
          if (!o.drop) return;
          // With the comma before it (or after it, for the first option).
          const before = options[k - 1];
          const after = options[k + 1];
          if (before) s.remove(before.end, o.end);
          else s.remove(o.start, after ? after.start : o.end);
        });
      }
      if (!s.hasChanged()) return null;
      const result = s.toString();
      const after = msgCalls(result, id);
      const same =
        after.length === calls.length &&
        after.every((c, k) => {
          const kept = calls[k]!.options.filter((o) => !o.drop).map((o) => o.text);
          return c.options.length === kept.length && c.options.every((o, n) => o.text === kept[n]);
        });
      if (!same) this.error(`${id}: dropping the translators' notes changed a msg() call's other options`);
      return {code: result, map: s.generateMap({hires: 'boundary', source: id, includeContent: true})};
    },
  };
}
