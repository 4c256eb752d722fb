/**
 * The build's minifier for Lit `css` templates (scripts/lib/css-minify.ts)
 * and its plugin (scripts/lib/lit-css.ts): what goes, what stays exactly as
 * written, expressions between the same tokens, and every template of the
 * sources accepted. That the widgets' styles parse the same in a browser is
 * tested on the one-file bundle (test/minified-styles.test.ts).
 * Run by `npm run test:node`.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {parseSync, Visitor} from 'vite';
import {CssMinifyError, minifyTemplate, tokenize} from '../../scripts/lib/css-minify.js';
import {litCss} from '../../scripts/lib/lit-css.js';

const min = (css: string) => minifyTemplate([css])[0];

describe('css minifier', () => {
  it('removes comments, white space between statements and the ; before a }', () => {
    assert.equal(min('/* a */\n  .a {\n    color: red;\n    /* b */\n    margin: 0 ;\n  }\n  .b { }\n'), '.a{color:red;margin:0}.b{}');
  });

  it('keeps strings, url() and escapes exactly as written', () => {
    assert.equal(min(".a::before { content: '  a  /* b */ ;}' ; }"), ".a::before{content:'  a  /* b */ ;}'}");
    assert.equal(min('.a { background: url(  a.png  ) , url( "b  c.png" ) }'), '.a{background:url(  a.png  ),url("b  c.png")}');
    assert.equal(min('.a\\:b { content: "\\201C" }'), '.a\\:b{content:"\\201C"}');
  });

  it('keeps white space that is a descendant combinator, and removes it around the others and commas', () => {
    assert.equal(min('.a :hover, .b  .c > .d + .e ~ .f { x: y }'), '.a :hover,.b .c>.d+.e~.f{x:y}');
    assert.equal(min(':host([hidden]) , ::slotted(aw-t)::before { display: none }'), ':host([hidden]),::slotted(aw-t)::before{display:none}');
    assert.equal(min('li:nth-child(2n + 1) { x: y }'), 'li:nth-child(2n + 1){x:y}');
  });

  it('keeps values token for token: calc operators, numbers, colours, slashes', () => {
    assert.equal(
      min('.a { width: calc( 100% - var( --x , 1px ) ); grid-row: 1 / span 2; color: #FFFFFF; margin: 0.50em  0 }'),
      '.a{width:calc(100% - var(--x,1px));grid-row:1 / span 2;color:#FFFFFF;margin:0.50em 0}'
    );
    assert.equal(min('.a { color: red  !important ; }'), '.a{color:red!important}');
  });

  it('keeps a custom property’s value as written, white space and comments too, trimmed at its ends', () => {
    assert.equal(min('.a { --x:   var( --y,\n   a  b ) ;\n --e: ; --f:{ a ; b } ; --g: a/* c */b; --h:x }'), '.a{--x:var( --y,\n   a  b );--e: ;--f:{ a ; b };--g:a/* c */b;--h:x}');
  });

  it('keeps at-rule preludes: a space after @media and before (, none around : in a ( ) block', () => {
    assert.equal(min('@media (forced-colors: active) , print and (min-width : 1px) { .a { x: y } }'), '@media (forced-colors:active),print and (min-width:1px){.a{x:y}}');
    assert.equal(min('@supports selector(a :hover) { .a { x: y } }'), '@supports selector(a :hover){.a{x:y}}');
    // An @supports condition is kept as written (the CSSOM's conditionText gives it back so).
    assert.equal(min('@supports (inline-size: calc(1px * (1em / 1px))) { .a { x: y } }'), '@supports (inline-size: calc(1px * (1em / 1px))){.a{x:y}}');
    assert.equal(min('@container timeline-view (max-width: 40em) { .a { x: y } }'), '@container timeline-view (max-width:40em){.a{x:y}}');
  });

  it('keeps each expression between the same tokens, and a ; before one', () => {
    assert.deepEqual(minifyTemplate(['\n  .a {\n    ', '\n  }\n  .b { width: ', 'px; color: red; ', ' }\n']), ['.a{', '}.b{width:', 'px;color:red;', '}']);
    // A list of declarations meant for another template's block keeps its last ;.
    assert.deepEqual(minifyTemplate(['\n  --a: 1;\n  color: red;\n']), ['--a:1;color:red;']);
    assert.deepEqual(minifyTemplate(['a ', ' b ', ', c {}']), ['a ', ' b ', ',c{}']);
  });

  it('keeps a comment that stands between two tokens that would run together', () => {
    assert.equal(min('.a { margin: 1px/**/2px }'), '.a{margin:1px/**/2px}');
    assert.equal(min('.a { margin: 1px/**/,2px }'), '.a{margin:1px,2px}');
  });

  it('takes white space and comments in a row, after an expression too', () => {
    // A run of white space then a comment once kept the minifier from moving on (the build never ended).
    assert.deepEqual(minifyTemplate(['', ' /* a */ .b {}']), ['', ' .b{}']);
    assert.deepEqual(minifyTemplate(['\n  ', '\n  /* a */\n  /* b */ .c { color: red; }\n']), ['', ' .c{color:red}']);
    assert.equal(min('.a { margin: 1px /* x */ /* y */ 2px }'), '.a{margin:1px 2px}');
  });

  it('refuses what it cannot tokenize or balance', () => {
    for (const quasis of [['.a { content: "x }'], ['/* a'], ['.a { b: c'], ['.a { b: c } }'], ['.a { b: (c }'], ['.a { content: "', '" }'], ['/* ', ' */']]) {
      assert.throws(() => minifyTemplate(quasis), CssMinifyError, JSON.stringify(quasis));
    }
  });

  it('tokenizes as CSS Syntax does: numbers, dimensions, idents, hashes, urls', () => {
    const types = (css: string) => tokenize(css).filter((t) => t.type !== 'ws').map((t) => `${t.type}:${t.text}`);
    assert.deepEqual(types('-1.5e3px +.5 -x --y #a1 url(a) url("b") 50%'), ['number:-1.5e3px', 'number:+.5', 'ident:-x', 'ident:--y', 'hash:#a1', 'url:url(a)', 'function:url(', 'string:"b"', '):)', 'number:50%']);
  });
});

/** Every file of the sources with a `css` template. */
function sourceFiles(dir: URL): URL[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const url = new URL(e.isDirectory() ? `${e.name}/` : e.name, dir);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(url);
    return e.name.endsWith('.ts') && readFileSync(url, 'utf8').includes('css`') ? [url] : [];
  });
}

/** The cooked strings of every `css` template of a module. */
function templates(code: string, id: string): string[][] {
  const found: string[][] = [];
  const {program} = parseSync(id, code, {astType: 'js'});
  new Visitor({
    TaggedTemplateExpression(node) {
      if (node.tag.type === 'Identifier' && node.tag.name === 'css') found.push(node.quasi.quasis.map((q) => q.value.cooked!));
    },
  }).visit(program);
  return found;
}

describe('lit-css build plugin', () => {
  const plugin = litCss();
  const transform = (code: string, id: string) => {
    const warnings: string[] = [];
    const context = {
      warn: (m: string) => warnings.push(m),
      error: (m: string) => {
        throw new Error(m);
      },
    };
    const hook = plugin.transform as unknown as (this: typeof context, code: string, id: string) => {code: string} | null;
    return {result: hook.call(context, code, id), warnings};
  };

  it('minifies every css template of the sources, and changes nothing else', () => {
    const files = sourceFiles(new URL('../../src/', import.meta.url));
    assert.ok(files.length >= 6, `css templates in ${files.length} files`);
    const total = {was: 0, is: 0};
    for (const url of files) {
      const code = readFileSync(url, 'utf8');
      const {result, warnings} = transform(code, url.pathname);
      assert.deepEqual(warnings, [], url.pathname);
      assert.ok(result, `${url.pathname} was minified`);
      const before = templates(code, url.pathname);
      const after = templates(result.code, url.pathname);
      assert.deepEqual(after, before.map((q) => minifyTemplate(q)));
      // Every file smaller (one of custom properties, whose values stay as written, saves less than the rest).
      const [was, is] = [before.flat().join('').length, after.flat().join('').length];
      assert.ok(is < was, url.pathname);
      total.was += was;
      total.is += is;
      // Outside the templates, the module is as written.
      const outside = (text: string) => text.replace(/css`(?:\\.|\$\{[^}]*\}|[^`\\])*`/g, 'css``');
      assert.equal(outside(result.code), outside(code), url.pathname);
    }
    assert.ok(total.is < total.was * 0.8, `all templates: ${total.is} of ${total.was} characters`);
  });

  it('reads only templates tagged with Lit’s css, under whatever name it is imported', () => {
    const code = "import {css as c} from 'lit';\nconst css = (s: TemplateStringsArray) => s;\nexport const a = c`\n  .a { color: red; }\n`;\nexport const b = css`\n  keep   this\n`;\n";
    const {result} = transform(code, '/x/a.ts');
    assert.equal(result!.code, "import {css as c} from 'lit';\nconst css = (s: TemplateStringsArray) => s;\nexport const a = c`.a{color:red}`;\nexport const b = css`\n  keep   this\n`;\n");
    assert.equal(transform("import {css} from './my-css.js';\nexport const a = css` .a { } `;\n", '/x/b.ts').result, null);
  });

  it('escapes what a template literal would cook otherwise, and leaves CSS it refuses as written, with a warning', () => {
    const {result} = transform("import {css} from 'lit';\nexport const a = css`.a::before { content: '\\\\201C \\` $\\{x}' ; }`;\n", '/x/c.ts');
    assert.equal(result!.code, "import {css} from 'lit';\nexport const a = css`.a::before{content:'\\\\201C \\` \\${x}'}`;\n");
    const refused = transform("import {css} from 'lit';\nexport const a = css`.a { content: 'x }`;\n", '/x/d.ts');
    assert.equal(refused.result, null);
    assert.equal(refused.warnings.length, 1);
  });
});
