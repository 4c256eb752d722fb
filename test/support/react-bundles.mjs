/**
 * React for the browser tests (test/react-*.test.ts). React and react-dom are
 * CommonJS, which the test runner does not serve as modules, so
 * test/react/react-19.ts and test/react/react-18.ts are each served as one
 * ES module bundled by esbuild: React, react-dom/client, @lit/react and the
 * wrappers (src/react/ and the generated src/generated/widgets/react.ts), in development mode so that React reports hydration
 * mismatches. React 18 comes from test/react-18/node_modules (the `react-18`
 * dev dependency, a folder of its own beside the project's React 19). The
 * widget sources the wrappers import are left as imports of /src/…ts, which
 * the test runner serves as usual, so a test page has one copy of each
 * widget; Lit stays a bare import, which the runner resolves.
 *
 * `/test/react/ssr-markup.html` is the HTML that React's server renderer
 * makes in Node of the page in test/react/ssr-app.ts (test/react/render-ssr.ts,
 * run for each request).
 */
import {build} from 'esbuild';
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {join, relative, resolve, sep} from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const src = join(root, 'src') + sep;
const wrappers = join(src, 'generated/widgets/react.');
const react18 = join(root, 'test/react-18/node_modules');
const BUNDLES = {
  '/test/react/react-19': {},
  '/test/react/react-18': {react: join(react18, 'react'), 'react-dom': join(react18, 'react-dom')},
};

/** Imports of the widget sources (outside the wrappers) stay imports, of the URL the runner serves them at. */
const widgetSourcesExternal = {
  name: 'widget-sources-external',
  setup(b) {
    b.onResolve({filter: /^\.\.?\//}, (args) => {
      const path = resolve(args.resolveDir, args.path);
      if (!path.startsWith(src) || path.startsWith(join(src, 'react') + sep) || path.startsWith(wrappers)) return undefined;
      return {path: '/' + relative(root, path).split(sep).join('/').replace(/\.js$/, '.ts'), external: true};
    });
  },
};

async function bundle(name) {
  const result = await build({
    entryPoints: [join(root, `${name.slice(1)}.ts`)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    alias: BUNDLES[name],
    external: ['lit', 'lit/*'],
    define: {'process.env.NODE_ENV': '"development"'},
    conditions: ['development'],
    plugins: [widgetSourcesExternal],
  });
  return result.outputFiles[0].text;
}

function renderSsr() {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'test/react/render-ssr.ts')], {cwd: root});
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolvePromise(out) : reject(new Error(`test/react/render-ssr.ts failed: ${err}`))));
  });
}

export function reactBundles() {
  const built = new Map();
  return {
    name: 'react-bundles',
    async serve(context) {
      if (context.path === '/test/react/ssr-markup.html') return {body: await renderSsr(), type: 'html', headers: {'cache-control': 'no-store'}};
      const name = context.path.replace(/\.(ts|js)$/, '');
      if (!(name in BUNDLES)) return undefined;
      if (!built.has(name)) built.set(name, bundle(name));
      return {body: await built.get(name), type: 'js'};
    },
  };
}
