/**
 * The framework typings (alliance-widgets/jsx, alliance-widgets/vue), as an
 * editor sees them: written from custom-elements.json by
 * scripts/framework-types.ts into a scratch folder, then `tsc` over the TSX
 * fixtures (React 19, Preact, Solid) and `vue-tsc` over the Vue SFC fixtures in
 * test/node/fixtures/frameworks/. The correct fixtures give no error; each
 * wrong use in the wrong ones (a value outside a union, a string for a
 * number, a misspelt event, a handler of the wrong event) gives exactly the
 * error expected, on its own line, and nothing else does.
 */
import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {spawnSync} from 'node:child_process';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {writeFrameworkTypes} from '../../scripts/framework-types.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'test/node/fixtures/frameworks');
let scratch: string;

interface Diagnostic {
  file: string;
  line: number;
  code: string;
  message: string;
}

/** `file(line,col): error TSnnnn: message` lines of tsc / vue-tsc with `--pretty false`, continuation lines joined. */
function diagnostics(output: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const line of output.split('\n')) {
    const m = /^(.+?)\((\d+),\d+\): error (TS\d+): (.*)$/.exec(line);
    if (m) found.push({file: relative(ROOT, join(scratch, m[1]!)), line: Number(m[2]), code: m[3]!, message: m[4]!});
    else if (line.startsWith(' ') && found.length) found.at(-1)!.message += `\n${line.trim()}`;
  }
  return found;
}

/** Type-checks `files` (fixture names) with the given checker and compiler options; the diagnostics and the exit status. */
function check(checker: 'tsc' | 'vue-tsc', files: string[], vueCompilerOptions: Record<string, unknown> = {}) {
  const name = `tsconfig.${checker}.${files.join('-').replace(/\W/g, '_')}.json`;
  writeFileSync(
    join(scratch, name),
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.json'),
      compilerOptions: {
        jsx: 'react-jsx',
        types: [],
        paths: {
          'alliance-widgets': [join(ROOT, 'src/index.ts')],
          'alliance-widgets/jsx': ['./types/jsx.d.ts'],
          'alliance-widgets/jsx/preact': ['./types/jsx-preact.d.ts'],
          'alliance-widgets/jsx/solid': ['./types/jsx-solid.d.ts'],
          'alliance-widgets/vue': ['./types/vue.d.ts'],
        },
      },
      vueCompilerOptions,
      include: [],
      files: files.map((f) => join(FIXTURES, f)),
    })
  );
  const bin = checker === 'tsc' ? 'node_modules/typescript/bin/tsc' : 'node_modules/vue-tsc/bin/vue-tsc.js';
  const run = spawnSync(process.execPath, [join(ROOT, bin), '-p', name, '--pretty', 'false'], {cwd: scratch, encoding: 'utf8'});
  return {status: run.status, found: diagnostics(run.stdout), output: run.stdout + run.stderr};
}

/** The 1-based line of the one line of `fixture` that contains `text`. */
function lineOf(fixture: string, text: string): number {
  const lines = readFileSync(join(FIXTURES, fixture), 'utf8').split('\n');
  const at = lines.flatMap((l, i) => (l.includes(text) ? [i + 1] : []));
  assert.equal(at.length, 1, `${fixture} has exactly one line with ${text}`);
  return at[0]!;
}

const fixture = (name: string) => `test/node/fixtures/frameworks/${name}`;
/** An expected error: on the line of `fixture` containing `at`, with `code`, its message containing `says`. */
const expected = (file: string, at: string, code: string, says: string) => ({file: fixture(file), line: lineOf(file, at), code, says});

function assertExactly(found: Diagnostic[], wanted: ReturnType<typeof expected>[], output: string) {
  const key = (d: {file: string; line: number; code: string}) => `${d.file}:${d.line} ${d.code}`;
  assert.deepEqual(found.map(key).sort(), wanted.map(key).sort(), output);
  for (const w of wanted) {
    const d = found.find((f) => key(f) === key(w))!;
    assert.ok(d.message.includes(w.says), `${key(w)}: "${d.message}" says ${w.says}`);
  }
}

before(() => {
  mkdirSync(join(ROOT, '.scratch'), {recursive: true});
  scratch = mkdtempSync(join(ROOT, '.scratch', 'framework-types-'));
  writeFrameworkTypes(join(ROOT, 'custom-elements.json'), join(scratch, 'types'));
});
after(() => rmSync(scratch, {recursive: true, force: true}));

test('the typings carry the manifest\'s attribute types: unions, booleans, numbers, events', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as {modules: {declarations?: {tagName?: string; attributes?: {name: string; type?: {text: string}}[]}[]}[]};
  const jsx = readFileSync(join(scratch, 'types/jsx.d.ts'), 'utf8');
  const props = readFileSync(join(scratch, 'types/jsx-props.d.ts'), 'utf8');
  const vue = readFileSync(join(scratch, 'types/vue.d.ts'), 'utf8');
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  assert.equal(tags.length, 6);
  for (const d of tags) {
    assert.ok(jsx.includes(`${JSON.stringify(d.tagName)}: DetailedHTMLProps<`), `jsx: ${d.tagName}`);
    assert.ok(vue.includes(`${JSON.stringify(d.tagName)}: new () =>`), `vue: ${d.tagName}`);
  }
  const theme = tags[0]!.attributes!.find((a) => a.name === 'theme')!.type!.text.replace(' | undefined', '');
  assert.match(theme, /^'light' \| 'dark' \| 'system'$/);
  assert.ok(props.includes(`  theme?: ${theme} | undefined;`));
  assert.ok(vue.includes(`  noSource?: boolean | undefined;`), 'Vue names kebab-case attributes in camelCase');
  assert.ok(props.includes(`  "onalliance-select"?: ((event: AllianceSelectEvent) => void) | undefined;`));
  assert.ok(vue.includes(`  onAllianceSelect?: ((event: AllianceSelectEvent) => void) | undefined;`));
  assert.ok(!props.includes('careMode?') && !vue.includes('careMode?'), 'read-only members are no props');
});

test('tsc: the correct TSX (React 19, Preact, Solid) has no errors; each wrong use is the one error expected', () => {
  const correct = check('tsc', ['correct.tsx', 'correct-preact.tsx', 'correct-solid.tsx']);
  assert.deepEqual(correct.found, [], correct.output);
  assert.equal(correct.status, 0, correct.output);

  const wrong = check('tsc', ['wrong.tsx', 'wrong-preact.tsx', 'wrong-solid.tsx']);
  assert.notEqual(wrong.status, 0);
  assertExactly(
    wrong.found,
    [
      expected('wrong.tsx', 'theme="purple"', 'TS2322', `Type '"purple"' is not assignable to type '"dark" | "light" | "system" | undefined'`),
      expected('wrong.tsx', 'max-figures="three"', 'TS2322', `Type 'string' is not assignable to type 'number'`),
      expected('wrong.tsx', 'layout="diagonal"', 'TS2322', `Type '"diagonal"' is not assignable to type '"vertical" | "horizontal" | undefined'`),
      expected('wrong.tsx', 'onAllianceSelekt', 'TS2322', `Property 'onAllianceSelekt' does not exist`),
      expected('wrong.tsx', 'e.reason', 'TS2339', `Property 'reason' does not exist on type 'AllianceSelectEvent'`),
      expected('wrong-preact.tsx', 'theme="purple"', 'TS2322', `Type '"purple"' is not assignable to type '"dark" | "light" | "system" | undefined'`),
      expected('wrong-preact.tsx', 'onAllianceSelekt', 'TS2322', `Property 'onAllianceSelekt' does not exist`),
      expected('wrong-solid.tsx', 'theme="purple"', 'TS2322', `Type '"purple"' is not assignable to type '"dark" | "light" | "system" | undefined'`),
      expected('wrong-solid.tsx', 'onAllianceSelekt', 'TS2322', `Property 'onAllianceSelekt' does not exist`),
      expected('wrong-solid.tsx', 'e.reason', 'TS2339', `Property 'reason' does not exist on type 'AllianceSelectEvent`),
    ],
    wrong.output
  );
});

test('vue-tsc: the correct SFC has no errors; each wrong use in Wrong.vue is the one error expected (strictTemplates)', () => {
  const correct = check('vue-tsc', ['Correct.vue'], {strictTemplates: true});
  assert.deepEqual(correct.found, [], correct.output);
  assert.equal(correct.status, 0, correct.output);

  const wrong = check('vue-tsc', ['Wrong.vue'], {strictTemplates: true});
  assert.notEqual(wrong.status, 0);
  const misspelt = expected('Wrong.vue', '@alliance-selekt', 'TS2561', `'onAllianceSelekt' does not exist in type`);
  const rest = [
    expected('Wrong.vue', 'theme="purple"', 'TS2322', `Type '"purple"' is not assignable to type '"dark" | "light" | "system" | undefined'`),
    expected('Wrong.vue', `:max-figures="'three'"`, 'TS2322', `Type 'string' is not assignable to type 'number'`),
    expected('Wrong.vue', '@alliance-select="onSelect"', 'TS2322', `Type 'AllianceSelectEvent' is not assignable to type 'string'`),
  ];
  assertExactly(wrong.found, [misspelt, ...rest], wrong.output);

  // Without strictTemplates (Vue's default), an unknown event is a listener like any other: only the misspelling goes unseen.
  const lenient = check('vue-tsc', ['Wrong.vue']);
  assertExactly(lenient.found, rest, lenient.output);
});
