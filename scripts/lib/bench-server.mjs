/**
 * A static server for the benchmark pages outside tachometer (npm run
 * bench:profile): serves the repository from 127.0.0.1 and resolves the bare
 * specifiers of the ES build (`lit`, `@lit/localize` …) with an import map
 * added to every HTML page, the way tachometer's server rewrites them.
 */
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {extname, join, normalize, relative} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Packages the pages import by name, and what their name stands for (the production build). */
const PACKAGES = {
  lit: 'index.js',
  'lit-html': 'lit-html.js',
  'lit-element': 'index.js',
  '@lit/reactive-element': 'reactive-element.js',
  '@lit/localize': 'lit-localize.js',
};

/** The import map for `root`: each package's entry, and its files under `name/`. */
export function importMap(root) {
  const imports = {};
  for (const [name, entry] of Object.entries(PACKAGES)) {
    // npm installs them flat (Lit's packages have no nested copies); a missing one fails loudly.
    if (!existsSync(join(root, 'node_modules', name, entry))) throw new Error(`bench server: node_modules/${name}/${entry} is missing (run npm ci)`);
    imports[name] = `/node_modules/${name}/${entry}`;
    imports[`${name}/`] = `/node_modules/${name}/`;
  }
  return {imports};
}

/** Starts the server on a free port; resolves to its origin and a close function. */
export async function startServer(root) {
  const map = `<script type="importmap">${JSON.stringify(importMap(root))}</script>`;
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    if (relative(root, file).startsWith('..')) return void response.writeHead(403).end();
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      let body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // The import map must come before the first module script.
      if (extname(file) === '.html') body = Buffer.from(body.toString('utf8').replace(/<head>/i, (head) => `${head}\n${map}`));
      response.writeHead(200, {'content-type': type, 'cache-control': 'no-store'}).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = /** @type {import('node:net').AddressInfo} */ (server.address());
  const close = () =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
  return {origin: `http://127.0.0.1:${port}`, close};
}
