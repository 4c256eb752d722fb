/**
 * The package.json that ships has no `prepare` script: `prepare` generates
 * the sources' modules in a clone of the repository (npm ci), which a packed
 * package has no sources for, and npm would list it as an install script to
 * approve. `npm pack` and `npm publish` run
 * - `node scripts/pack-manifest.mjs strip` (prepack): keeps package.json as
 *   written in .package.json.unpacked and writes it without `prepare`;
 * - `node scripts/pack-manifest.mjs restore` (postpack): puts it back.
 * A strip after an interrupted pack restores first, so the file kept is
 * always the one written.
 */
import {existsSync, readFileSync, renameSync, writeFileSync} from 'node:fs';

const MANIFEST = new URL('../package.json', import.meta.url);
const KEPT = new URL('../.package.json.unpacked', import.meta.url);

const restore = () => existsSync(KEPT) && renameSync(KEPT, MANIFEST);

const step = process.argv[2];
if (step === 'strip') {
  restore();
  const text = readFileSync(MANIFEST, 'utf8');
  const manifest = JSON.parse(text);
  delete manifest.scripts.prepare;
  writeFileSync(KEPT, text);
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`);
} else if (step === 'restore') {
  restore();
} else {
  console.error('usage: node scripts/pack-manifest.mjs strip|restore');
  process.exitCode = 2;
}
