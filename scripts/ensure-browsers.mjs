#!/usr/bin/env node
/**
 * Makes sure Debian's Chromium (with its driver, for `npm run bench`), Firefox
 * ESR and CJK fonts are installed before the tests or benchmarks run. Installs them with apt when missing and running as root;
 * otherwise says exactly what to install. No browser is ever downloaded by npm.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';

const needs = [
  {pkg: 'chromium', present: () => existsSync('/usr/bin/chromium')},
  {pkg: 'chromium-driver', present: () => existsSync(process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver')},
  {pkg: 'firefox-esr', present: () => existsSync('/usr/bin/firefox-esr')},
  {pkg: 'fonts-noto-cjk', present: () => spawnSync('fc-list', [':lang=zh'], {encoding: 'utf8'}).stdout?.trim().length > 0},
];
if (process.env.CHROMIUM_PATH && process.env.FIREFOX_PATH && process.env.CHROMEDRIVER_PATH) process.exit(0);

const missing = needs.filter((n) => !n.present()).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

const command = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(`The tests run in Debian's browsers, and these packages are missing: ${missing.join(', ')}.`);
  console.error(`Install them as root, then run the tests again:\n\n  sudo sh -c '${command}'\n`);
  console.error('(Or point CHROMIUM_PATH and FIREFOX_PATH at browsers you already have.)');
  process.exit(1);
}
console.log(`Installing ${missing.join(', ')} with apt (about a minute)…`);
execFileSync('sh', ['-c', command], {stdio: 'inherit', env: {...process.env, DEBIAN_FRONTEND: 'noninteractive'}});
