#!/usr/bin/env node
/**
 * `npm run bench`: every widget against its two baselines, each page a fresh
 * tab, all pages' samples interleaved in one headless Chromium by tachometer
 * (round after round through every page), then one table
 * (scripts/bench-report.mjs). Tachometer's own output goes to
 * .bench/tachometer.log, its raw samples to .bench/results.json.
 *
 * Knobs: BENCH_SAMPLES (samples per page, default 12: about 7 minutes here), BENCH_ONLY (measures
 * starting with these, comma-separated: case-stat, alliance-model-card,
 * case-study-card, timeline-view), BENCH_N (card sizes, e.g. 1,100).
 * See docs/PERFORMANCE.md.
 */
import {execFileSync, spawn} from 'node:child_process';
import {createWriteStream, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {availableParallelism} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {pagesOf, selectRows} from './lib/bench-plan.mjs';
import {printReport} from './bench-report.mjs';
import {CHROMIUM, CHROMIUM_ARGS} from './lib/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.bench');
const samples = Number(process.env.BENCH_SAMPLES || 12);
if (!(Number.isInteger(samples) && samples >= 2)) throw new Error(`BENCH_SAMPLES must be a whole number ≥ 2, not "${process.env.BENCH_SAMPLES}"`);
const rows = selectRows({only: process.env.BENCH_ONLY, sizes: process.env.BENCH_N});
const pages = pagesOf(rows);

/** A page's reason to fail (window.benchError, see bench/harness.js) stops the run with that reason. */
const EXPRESSION = '(() => { if (window.benchError) throw new Error("bench page failed: " + window.benchError); return window.tachometerResult; })()';

const git = (...args) => {
  try {
    return execFileSync('git', args, {cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
  } catch {
    return '';
  }
};
const chromiumVersion = () => {
  try {
    return execFileSync(CHROMIUM, ['--version'], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim().replace(/ built on .*/, '');
  } catch {
    return 'Chromium (version unknown)';
  }
};
const commit = git('rev-parse', '--short', 'HEAD');
const machine = {
  commit: commit ? `${commit}${git('status', '--porcelain', '--untracked-files=no') ? ' (with uncommitted changes)' : ''}` : 'unknown',
  cores: String(availableParallelism()),
  chromium: chromiumVersion(),
  node: process.version,
};

mkdirSync(out, {recursive: true});
const configFile = join(out, 'tachometer.json');
const resultsFile = join(out, 'results.json');
const logFile = join(out, 'tachometer.log');
rmSync(resultsFile, {force: true});
writeFileSync(
  configFile,
  JSON.stringify(
    {
      root,
      sampleSize: samples,
      timeout: 0,
      benchmarks: [
        {
          measurement: [{mode: 'expression', expression: EXPRESSION}],
          browser: {name: 'chrome', headless: true, binary: CHROMIUM, addArguments: CHROMIUM_ARGS},
          expand: pages.map((page) => ({name: page, url: join(root, 'bench', page)})),
        },
      ],
    },
    null,
    2
  )
);

console.log(`bench: ${pages.length} pages × ${samples} samples (after one warm-up round), interleaved in one Chromium; tachometer's log: .bench/tachometer.log`);
const started = Date.now();
const log = createWriteStream(logFile);
// Its own process group, so that whatever it leaves behind (a driver, a browser) is ended with it — and nothing else.
const tach = spawn(process.execPath, [join(root, 'node_modules/tachometer/bin/tach.js'), '--config', configFile, '--json-file', resultsFile], {
  cwd: root,
  env: {...process.env, SE_OFFLINE: 'true', SE_AVOID_STATS: 'true'},
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
tach.stdout.pipe(log, {end: false});
tach.stderr.pipe(log, {end: false});
const endGroup = () => {
  try {
    process.kill(-tach.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.on('SIGINT', () => {
  endGroup();
  process.exit(130);
});
const code = await new Promise((resolve) => tach.on('close', resolve));
endGroup();
await new Promise((resolve) => log.end(resolve));
const seconds = Math.round((Date.now() - started) / 1000);
machine.elapsed = `${Math.floor(seconds / 60)} min ${seconds % 60} s`;

if (code !== 0) {
  const text = readFileSync(logFile, 'utf8');
  // A page's own reason (bench/harness.js), else the end of tachometer's log.
  const reason = /bench page failed: (.*)/.exec(text)?.[1];
  const tail = text.split('\n').filter((l) => l.trim()).slice(-15).join('\n');
  console.error(reason ? `bench: FAILED: ${reason}` : `bench: FAILED: tachometer exited with code ${code}. Last lines of .bench/tachometer.log:\n${tail}`);
  console.error(`bench: no table (after ${machine.elapsed}); the whole log is in .bench/tachometer.log`);
  process.exit(1);
}
const plan = {rows, samples, machine};
writeFileSync(join(out, 'plan.json'), JSON.stringify(plan, null, 2));
process.exitCode = printReport(JSON.parse(readFileSync(resultsFile, 'utf8')), plan);
