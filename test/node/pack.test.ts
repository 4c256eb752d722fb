/**
 * What npm ships: `npm pack` of the project as it is built (dist/ comes from
 * `npm run build`; `npm test` builds the same before `npm run test:node`), the
 * tarball installed into an empty project, and every path package.json
 * `exports` documents resolved and imported there in Node and type-checked by
 * `tsc` under `moduleResolution` `bundler` and `node16`.
 *
 * The install is offline: the empty project gets a lockfile made from this
 * repository's own (the same versions of lit, @lit/localize …, with their
 * integrity, test/support/consumer-lock.ts), so `npm install <tarball>
 * --offline` takes them from the cache that the repository's `npm ci` filled,
 * on a fresh machine as here.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {WIDGET_TAGS} from '../../src/widgets.js';
import {consumerLock} from '../support/consumer-lock.js';

const root = new URL('../../', import.meta.url).pathname;
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TSC = join(root, 'node_modules/typescript/bin/tsc');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

interface Manifest {
  name: string;
  version: string;
  files: string[];
  dependencies: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
  scripts: Record<string, string>;
  jsdelivr: string;
  unpkg: string;
}
const pkg = readJson(join(root, 'package.json')) as Manifest;

/**
 * What may ship, by pattern (package.json `files`, and what npm always adds).
 * Source maps ship: they carry their sources' text (`sourcesContent`), so a
 * host's debugger shows the TypeScript without the repository.
 */
export const SHIPPED = [
  /^dist\/.+\.(js|js\.map|d\.ts|json|css|html)$/,
  /^themes\/[\w-]+\.css$/,
  /^custom-elements\.json$/,
  /^data\/schema\/[\w-]+\.schema\.json$/,
  /^bin\/[\w-]+\.mjs$/,
  /^(README|CHANGELOG)\.md$/,
  /^LICENSE$/,
  /^package\.json$/,
];
/** Shipped files that match no pattern of SHIPPED. */
export const stray = (files: string[]) => files.filter((file) => !SHIPPED.some((pattern) => pattern.test(file)));

/** Each documented import specifier, from `exports` (the `./themes/*.css` pattern expanded over themes/). */
const THEMES = readdirSync(join(root, 'themes')).filter((f) => f.endsWith('.css'));
const SPECIFIERS = Object.keys(pkg.exports).flatMap((key) =>
  key.includes('*') ? THEMES.map((file) => `${pkg.name}/${key.slice(2).replace('*.css', file)}`) : [key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`],
);
/** The export of a specifier. */
const exportOf = (spec: string) => (pkg.exports[spec === pkg.name ? '.' : `./${spec.slice(pkg.name.length + 1)}`] ?? pkg.exports['./themes/*.css']) as string | Record<string, string>;
/** The paths Node loads (the rest are types only: `alliance-widgets/jsx`, `/vue` …). */
const RUNTIME = SPECIFIERS.filter((spec) => {
  const target = exportOf(spec);
  return typeof target === 'string' || 'default' in target || 'node' in target;
});
const TYPES_ONLY = SPECIFIERS.filter((spec) => !RUNTIME.includes(spec));
/** The paths that have types: a module a TypeScript host imports. */
const TYPED = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target === 'object' && 'types' in target)
  .map(([key]) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

/**
 * What a host that uses the optional entries has beside the package: the frameworks of `alliance-widgets/react`,
 * `/jsx`, `/jsx/preact`, `/jsx/solid` and `/vue` (optional peers, or types only). The consumer links this
 * repository's own copies after the install (npm's offline install of them is not what is tested here).
 */
const HOST = ['react', '@lit/react', '@types/react', 'preact', 'solid-js', 'vue'];

describe('the packed package', () => {
  let work: string;
  let files: string[];
  let consumer: string;
  let install: {status: number | null; stdout: string; stderr: string};

  before(() => {
    const built = ['dist/index.js', 'dist/classes.js', 'dist/node/render.js', 'dist/types/index.d.ts', 'dist/alliance-widgets.iife.js', 'dist/alliance-widgets.integrity.json', 'custom-elements.json'];
    const missing = built.filter((file) => !existsSync(join(root, file)));
    if (missing.length) throw new Error(`${missing.join(', ')} not built: run npm run build first (npm test builds them)`);
    work = mkdtempSync(join(tmpdir(), 'alliance-pack-'));
    const before = readFileSync(join(root, 'package.json'), 'utf8');
    const output = execFileSync(NPM, ['pack', '--json', '--pack-destination', work], {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
    // npm's JSON, after what any lifecycle script printed.
    const packed = JSON.parse(output.slice(output.search(/^\[$/m)))[0] as {filename: string; integrity: string; files: {path: string}[]};
    assert.equal(readFileSync(join(root, 'package.json'), 'utf8'), before, 'postpack put package.json back as written');
    files = packed.files.map((f) => f.path).sort();
    consumer = join(work, 'consumer');
    execFileSync('mkdir', [consumer]);
    writeFileSync(join(consumer, 'package.json'), `${JSON.stringify({name: 'consumer', version: '1.0.0', private: true, type: 'module', dependencies: {[pkg.name]: `file:../${packed.filename}`}}, null, 2)}\n`);
    writeFileSync(join(consumer, 'package-lock.json'), `${JSON.stringify(consumerLock(pkg, `../${packed.filename}`, packed.integrity), null, 2)}\n`);
    // `npm install <tarball>` reads the tarball's own package.json (what a host's install sees, install scripts included).
    const run = spawnSync(NPM, ['install', `../${packed.filename}`, '--offline', '--no-audit', '--no-fund'], {cwd: consumer, encoding: 'utf8'});
    install = {status: run.status, stdout: run.stdout, stderr: run.stderr};
    for (const name of HOST) {
      const at = join(consumer, 'node_modules', name);
      if (existsSync(at)) continue;
      mkdirSync(join(at, '..'), {recursive: true});
      symlinkSync(join(root, 'node_modules', name), at, 'dir');
    }
  });
  after(() => work && rmSync(work, {recursive: true, force: true}));

  it('ships only what the whitelist names, and every file exports points at', (t) => {
    const folders = new Map<string, number>();
    for (const file of files) {
      const folder = /^(dist\/(chunks|types|node|static))\//.exec(file)?.[1];
      if (folder) folders.set(folder, (folders.get(folder) ?? 0) + 1);
      else t.diagnostic(file);
    }
    for (const [folder, count] of folders) t.diagnostic(`${folder}/ ${count} files`);
    t.diagnostic(`${files.length} files`);
    assert.deepEqual(stray(files), []);
    const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    for (const target of targets) {
      const pattern = new RegExp(`^${target.slice(2).replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
      assert.ok(files.some((file) => pattern.test(file)), `${target} ships`);
    }
    for (const field of [pkg.jsdelivr, pkg.unpkg]) assert.ok(files.includes(field.replace(/^\.\//, '')), `${field} ships`);
    // The three files the one-file bundle is, and their integrity values.
    for (const file of ['alliance-widgets.iife.js', 'alliance-widgets.en.js', 'alliance-widgets.checks.js', 'alliance-widgets.integrity.json']) assert.ok(files.includes(`dist/${file}`), file);
    // The data workbench's page (README: a data editor opens dist/workbench/index.html from the package): the page, its script and the bundle's three files, nothing else.
    assert.deepEqual(
      files.filter((file) => file.startsWith('dist/workbench/')),
      ['alliance-widgets.checks.js', 'alliance-widgets.en.js', 'alliance-widgets.iife.js', 'data-workbench.js', 'index.html'].map((file) => `dist/workbench/${file}`)
    );
  });

  it('the whitelist refuses what is not the package', () => {
    assert.deepEqual(stray(['src/index.ts', 'test/node/pack.test.ts', 'dist/index.js', '.package.json.unpacked', 'scripts/size-ceilings.json', 'node_modules/lit/index.js', 'themes/x.scss']), [
      'src/index.ts',
      'test/node/pack.test.ts',
      '.package.json.unpacked',
      'scripts/size-ceilings.json',
      'node_modules/lit/index.js',
      'themes/x.scss',
    ]);
  });

  it('installs offline into an empty project, with no install script to approve', () => {
    assert.equal(install.status, 0, install.stderr);
    const output = install.stdout + install.stderr;
    assert.doesNotMatch(output, /install-scripts|prepare/i);
    const installed = readJson(join(consumer, 'node_modules', pkg.name, 'package.json')) as Manifest;
    assert.equal(installed.scripts.prepare, undefined, 'the packed package.json has no prepare script');
    // Only `prepare` is dropped.
    const {prepare, ...others} = pkg.scripts;
    assert.ok(prepare);
    assert.deepEqual(installed.scripts, others);
    assert.deepEqual({...installed, scripts: undefined}, {...pkg, scripts: undefined});
  });

  it('resolves and imports every documented path in Node (ESM)', () => {
    const probe = `
      import {readFileSync} from 'node:fs';
      import {fileURLToPath} from 'node:url';
      const out = {};
      for (const spec of ${JSON.stringify(RUNTIME)}) {
        const url = import.meta.resolve(spec);
        const entry = {file: fileURLToPath(url).split('/node_modules/')[1], bytes: readFileSync(new URL(url)).length};
        if (spec.endsWith('.json')) entry.keys = Object.keys((await import(spec, {with: {type: 'json'}})).default).length;
        // The one-file bundle is a classic script and the themes are CSS: resolved and read, not imported.
        else if (!spec.endsWith('.css') && !spec.endsWith('.iife.js')) entry.exports = Object.keys(await import(spec)).sort();
        out[spec] = entry;
      }
      out.defined = ${JSON.stringify(WIDGET_TAGS)}.filter((tag) => customElements.get(tag));
      let refused;
      try { import.meta.resolve('alliance-widgets/dist/index.js'); } catch (e) { refused = e.code; }
      out.refused = refused;
      out.typesOnly = ${JSON.stringify(TYPES_ONLY)}.map((spec) => { try { import.meta.resolve(spec); return 'resolved'; } catch (e) { return e.code; } });
      console.log(JSON.stringify(out));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], {cwd: consumer, encoding: 'utf8'});
    assert.equal(run.status, 0, run.stderr);
    const out = JSON.parse(run.stdout) as Record<string, {file: string; bytes: number; exports?: string[]; keys?: number}> & {defined: string[]; refused: string};
    assert.ok(TYPES_ONLY.length >= 4, 'the type-only entries (jsx, jsx/preact, jsx/solid, vue)');
    assert.deepEqual((out as unknown as {typesOnly: string[]}).typesOnly, TYPES_ONLY.map(() => 'ERR_PACKAGE_PATH_NOT_EXPORTED'), 'type-only entries: nothing for Node to load');
    for (const spec of RUNTIME) {
      const target = exportOf(spec);
      const want = typeof target === 'string' ? target : (target.node ?? target.default)!;
      const expected = `${pkg.name}/${want.slice(2).replace('*.css', spec.slice(spec.lastIndexOf('/') + 1))}`;
      assert.equal(out[spec]!.file, expected, spec);
      assert.ok(out[spec]!.bytes > 0, `${spec} is not empty`);
    }
    const classes = WIDGET_TAGS.map((tag) => tag.replace(/(^|-)([a-z])/g, (_, _dash, c: string) => c.toUpperCase()));
    for (const name of classes) assert.ok(out[`${pkg.name}/classes.js`]!.exports!.includes(name), `classes.js exports ${name}`);
    for (const [i, tag] of WIDGET_TAGS.entries()) assert.deepEqual(out[`${pkg.name}/${tag}.js`]!.exports, [classes[i]], `${tag}.js exports its class`);
    assert.deepEqual(out.defined, [...WIDGET_TAGS], 'importing the entries defines every tag');
    // The static renderer, in a process of its own (the ES entries imported first would keep their definitions of the tags).
    const render = spawnSync(process.execPath, ['--input-type=module', '-e', `const {renderStatic} = await import('${pkg.name}/static'); process.stdout.write(await renderStatic('<case-stat stat="workshop-employment"></case-stat>'));`], {cwd: consumer, encoding: 'utf8'});
    assert.equal(render.status, 0, render.stderr);
    const stats = readJson(join(root, 'data/stats.json')) as {stats: {id: string; label: Record<string, string>}[]};
    assert.ok(render.stdout.includes(`>${stats.stats.find((s) => s.id === 'workshop-employment')!.label['zh-Hans']!}<`), './static renders the figure’s label');
    assert.doesNotMatch(render.stdout.replace(/<style>[\s\S]*?<\/style>/g, ''), /data-state=/, 'not the loading state');
    assert.equal(out.refused, 'ERR_PACKAGE_PATH_NOT_EXPORTED', 'a path exports does not name is refused');
  });

  for (const resolution of ['bundler', 'node16'] as const) {
    it(`type-checks an import of every typed path under moduleResolution ${resolution}`, () => {
      const dir = join(consumer, `types-${resolution}`);
      execFileSync('mkdir', [dir]);
      const names = TYPED.map((_, i) => `m${i}`);
      const fixture = [
        ...TYPED.map((spec, i) => `import * as ${names[i]} from '${spec}';`),
        `import '${pkg.name}/alliance-widgets.iife.js';`,
        `export const all = [${names.join(', ')}];`,
        // The tag map the entries declare, and the class classes.js exports for it.
        `export const figure: HTMLElementTagNameMap['case-stat'] = document.createElement('case-stat');`,
        `export const same: InstanceType<typeof m1.CaseStat> = figure;`,
        `export const rendered: Promise<string> = m2.renderStatic('<case-stat stat="workshop-employment"></case-stat>');`,
        '',
      ].join('\n');
      assert.ok(TYPED[1] === `${pkg.name}/classes.js` && TYPED[2] === `${pkg.name}/static`, 'the fixture names m1 and m2 as it expects');
      writeFileSync(join(dir, 'fixture.ts'), fixture);
      // A path exports does not name: tsc must refuse it (the check's negative control).
      writeFileSync(join(dir, 'unexported.ts'), `import * as m from '${pkg.name}/dist/index.js';\nexport const x = m;\n`);
      const options = {
        target: 'ES2022',
        module: resolution === 'bundler' ? 'ESNext' : 'Node16',
        moduleResolution: resolution === 'bundler' ? 'Bundler' : 'Node16',
        lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        types: [],
        strict: true,
        skipLibCheck: false,
        noEmit: true,
      };
      const check = (file: string) => {
        writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({compilerOptions: options, files: [file]}));
        return spawnSync(process.execPath, [TSC, '-p', dir], {cwd: dir, encoding: 'utf8'});
      };
      const good = check('fixture.ts');
      assert.equal(good.status, 0, good.stdout + good.stderr);
      const bad = check('unexported.ts');
      assert.notEqual(bad.status, 0);
      assert.match(bad.stdout, /unexported\.ts.*error TS2307/);
    });
  }
});
