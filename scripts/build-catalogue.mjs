/**
 * Builds the catalogue as static files (storybook-static/) for the docs-page
 * tests (test/docs-pages.test.ts), which the test runner serves. Storybook's
 * build lists every file it writes: the output is kept and printed only if the
 * build fails; otherwise one line says where it went and how long it took.
 */
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

// The package's own command (its `bin`), as `npx storybook` runs it.
const bin = fileURLToPath(new URL('../node_modules/storybook/dist/bin/dispatcher.js', import.meta.url));
const started = Date.now();
const run = spawnSync(process.execPath, [bin, 'build', '--quiet', '-o', 'storybook-static'], {encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
if (run.status !== 0) {
  process.stdout.write(run.stdout ?? '');
  process.stderr.write(run.stderr ?? '');
  console.error(`catalogue: storybook build failed (exit ${run.status ?? run.signal})`);
  process.exit(1);
}
console.log(`catalogue: storybook-static/ built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
