#!/usr/bin/env node
// The package's command line: static HTML of widgets (see README, "静态 HTML / Static HTML").
// Runs the built module dist/node/cli.js; in a clone of the repository, `npm run build` makes it (or use `npm run render`).
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = new URL('../dist/node/cli.js', import.meta.url);

/** Why the command cannot start, in one line, for the webmaster (exit 2, as a usage error). */
function cannotStart(line) {
  process.stderr.write(`alliance-widgets: ${line}\n`);
  process.exitCode = 2;
}

if (!existsSync(cli)) {
  cannotStart(
    existsSync(new URL('../src/static/cli.ts', import.meta.url))
      ? `the command line is not built yet: run \`npm run build\` in ${root} first (or \`npm run render -- …\` there, from the sources).`
      : `${fileURLToPath(cli)} is missing: this copy of the package is incomplete; install it again (npm install alliance-widgets, or the .tgz from npm pack).`
  );
} else {
  let main;
  try {
    ({main} = await import(cli.href));
  } catch (error) {
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    const missing = /Cannot find (?:package|module) '([^']+)'/.exec(error.message)?.[1] ?? error.message;
    cannotStart(`a module it needs is missing (${missing}): run \`npm install\` in the project that holds alliance-widgets (${root}).`);
  }
  if (main) process.exitCode = await main(process.argv.slice(2));
}
