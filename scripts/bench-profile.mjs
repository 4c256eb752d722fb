#!/usr/bin/env node
/**
 * `npm run bench:profile`: where the time and memory go, in Debian's Chromium
 * through the DevTools protocol (playwright-core drives it; nothing is
 * downloaded). Three measurements, each printed on its own lines:
 *
 * 1. CPU profile of creating N = 300 <case-stat> elements on the benchmark's
 *    own page (bench/card.html), top 5 functions by self time, mapped through
 *    the source maps to their source lines.
 * 2. Cold start at 4× CPU slowdown: a drop-in page with the one-file bundle
 *    and one <case-stat stat="workshop-employment"> (real bundled data)
 *    against a one-file build of a bare Lit card showing the same figure;
 *    script time (parse, compile, run, first render) from a trace, median of
 *    several fresh page loads each.
 * 3. Heap after GC: 1,000 widgets against 1,000 bare cards, each minus the
 *    same page with none.
 *
 * Knobs: BENCH_PROFILE_WIDGET (default case-stat), BENCH_PROFILE_N (300),
 * BENCH_LOADS (page loads per cold-start side, 7), BENCH_CPU_SLOWDOWN (4), BENCH_HEAP_N (1000).
 * Exits non-zero when a page fails to render. See docs/PERFORMANCE.md.
 */
import {existsSync, readFileSync} from 'node:fs';
import {SourceMap} from 'node:module';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright';
import {build} from 'vite';
import {startServer} from './lib/bench-server.mjs';
import {CHROMIUM, CHROMIUM_ARGS} from './lib/chromium.mjs';
import {median} from './bench-report.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const WIDGET = process.env.BENCH_PROFILE_WIDGET || 'case-stat';
const PROFILE_N = Number(process.env.BENCH_PROFILE_N || 300);
const LOADS = Number(process.env.BENCH_LOADS || 7);
const HEAP_N = Number(process.env.BENCH_HEAP_N || 1000);
const THROTTLE = Number(process.env.BENCH_CPU_SLOWDOWN || 4);

const round = (value, digits = 1) => value.toFixed(digits);

/** Opens a benchmark page and fails with the page's own reason when it does. */
async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  page.failures = errors;
  return page;
}

/** Waits for a benchmark page's result (bench/harness.js); throws its error. */
async function result(page) {
  const outcome = await page.waitForFunction(() => window.tachometerResult ?? window.benchError ?? window.benchReady, null, {timeout: 120_000, polling: 100});
  const value = await outcome.jsonValue();
  const error = await page.evaluate(() => window.benchError);
  if (error || page.failures.length) throw new Error(`page failed: ${error ?? page.failures[0]}`);
  return value;
}

// ---------------------------------------------------------------- CPU profile

/** Source maps by script URL, read from disk next to the served file. */
const maps = new Map();
function sourceMapFor(origin, url) {
  if (maps.has(url)) return maps.get(url);
  let found;
  if (url.startsWith(origin)) {
    const file = join(root, decodeURIComponent(new URL(url).pathname));
    const code = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const name = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    const mapFile = name && !name.startsWith('data:') ? join(dirname(file), name) : undefined;
    if (mapFile && existsSync(mapFile)) {
      const payload = JSON.parse(readFileSync(mapFile, 'utf8'));
      found = {file, map: new SourceMap(payload), payload, dir: dirname(mapFile)};
    } else {
      found = {file};
    }
  }
  maps.set(url, found);
  return found;
}

/** The name a minified function had in its source, read at its original position. */
function originalName(line, column) {
  const rest = line.slice(column);
  const before = line.slice(0, column);
  const patterns = [
    /^(?:async\s+)?function\s*\*?\s*([\w$]+)/, // function name(
    /^(?:(?:static|async|get|set|override|protected|private|public)\s+)*([\w$]+)\s*(?:<[^>]*>)?\s*\(/, // method(
    /^(?:export\s+)?(?:const|let|var)\s+([\w$]+)\s*=/, // const name = (…) =>
  ];
  for (const pattern of patterns) {
    const match = pattern.exec(rest);
    if (match) return match[1];
  }
  // An arrow or function expression assigned to a name: `name = (` or `name: (` just before it.
  const assigned = /([\w$]+)\s*[:=]\s*(?:async\s+)?$/.exec(before);
  if (assigned) return assigned[1];
  return undefined;
}

/** Where a profiled function is: its source name and file:line when a source map knows it, else as served. */
function locate(origin, frame) {
  const served = frame.url ? `${frame.url.replace(origin, '').replace(/^\//, '')}:${frame.lineNumber + 1}` : '(native)';
  const found = frame.url ? sourceMapFor(origin, frame.url) : undefined;
  if (found?.map) {
    const entry = found.map.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry && entry.originalSource) {
      const index = found.payload.sources.indexOf(entry.originalSource);
      const sourceFile = join(found.dir, found.payload.sourceRoot ?? '', entry.originalSource);
      const text = found.payload.sourcesContent?.[index] ?? (existsSync(sourceFile) ? readFileSync(sourceFile, 'utf8') : '');
      const line = text.split('\n')[entry.originalLine] ?? '';
      const name = originalName(line, entry.originalColumn) ?? frame.functionName ?? '(anonymous)';
      const where = relative(root, sourceFile).replace(/^(\.\.\/)+/, '').replace(/^node_modules\//, '');
      return {name, where: `${where}:${entry.originalLine + 1}`, served};
    }
  }
  return {name: frame.functionName || '(anonymous)', where: served, served};
}

/** Self time per function (ms), summed over the profile's nodes, from the sample time deltas. */
function selfTimes(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const {samples, timeDeltas} = profile;
  for (let i = 0; i < samples.length; i++) {
    // A sample lasts until the next one (the last one until the profile's end).
    const next = i + 1 < samples.length ? timeDeltas[i + 1] : Math.max(0, profile.endTime - (profile.startTime + timeDeltas.slice(0, i + 1).reduce((a, b) => a + b, 0)));
    self.set(samples[i], (self.get(samples[i]) ?? 0) + next / 1000);
  }
  const byFunction = new Map();
  for (const [id, ms] of self) {
    const frame = nodes.get(id).callFrame;
    const key = `${frame.functionName}|${frame.url}|${frame.lineNumber}|${frame.columnNumber}`;
    const entry = byFunction.get(key) ?? {frame, ms: 0};
    entry.ms += ms;
    byFunction.set(key, entry);
  }
  return [...byFunction.values()].sort((a, b) => b.ms - a.ms);
}

async function cpuProfile(browser, origin) {
  const context = await browser.newContext();
  try {
    const page = await openPage(context, `${origin}/bench/card.html?widget=${WIDGET}&as=widget&n=${PROFILE_N}&manual`);
    await result(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval: 100});
    await cdp.send('Profiler.start');
    const ms = await page.evaluate(() => window.benchRun());
    const {profile} = await cdp.send('Profiler.stop');
    if (page.failures.length) throw new Error(`page failed: ${page.failures[0]}`);
    const functions = selfTimes(profile);
    const special = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);
    const total = functions.reduce((sum, f) => sum + f.ms, 0);
    const of = (name) => functions.filter((f) => f.frame.functionName === name).reduce((sum, f) => sum + f.ms, 0);
    console.log(`cpu profile: ${PROFILE_N} <${WIDGET}> on bench/card.html, ${round(ms)} ms until painted, ${round(total)} ms sampled (every 0.1 ms)`);
    console.log(`cpu profile: top 5 functions by self time (source via source maps; as served in brackets):`);
    const top = functions.filter((f) => !special.has(f.frame.functionName)).slice(0, 5);
    top.forEach((f, i) => {
      const {name, where, served} = locate(origin, f.frame);
      console.log(`  ${i + 1}. ${round(f.ms).padStart(7)} ms  ${round((100 * f.ms) / total).padStart(4)} %  ${name}  ${where}${served !== where ? `  [${served}]` : ''}`);
    });
    console.log(`cpu profile: outside JS functions: (program) ${round(of('(program)'))} ms (style, layout, paint and other browser work), (garbage collector) ${round(of('(garbage collector)'))} ms, (idle) ${round(of('(idle)'))} ms`);
    return top.length > 0;
  } finally {
    await context.close();
  }
}

// ----------------------------------------------------------------- cold start

/** The bare card's one-file build (Lit inlined, minified like the widgets' bundle). */
async function buildBareCard() {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      lib: {entry: join(root, 'bench/cold/bare-card.js'), formats: ['iife'], name: 'BareCard', fileName: () => 'bare-card.iife.js'},
      outDir: join(root, '.bench/cold'),
      emptyOutDir: true,
      minify: true,
      target: 'es2021',
      sourcemap: false,
    },
  });
  const size = readFileSync(join(root, '.bench/cold/bare-card.iife.js')).length;
  const widget = readFileSync(join(root, 'dist/alliance-widgets.iife.js')).length;
  return {size, widget};
}

/** Trace events that run script on the renderer's main thread (they nest; their union is counted). */
const MAIN_SCRIPT = new Set(['EvaluateScript', 'v8.compile', 'V8.CompileCode', 'v8.run', 'FunctionCall', 'RunMicrotasks', 'V8.RunMicrotasks', 'TimerFire', 'v8.compileModule', 'v8.evaluateModule']);
/** Trace events of script parsing and compiling on background threads (streaming). */
const BACKGROUND_SCRIPT = new Set(['v8.parseOnBackground', 'v8.parseOnBackgroundParsing', 'v8.parseOnBackgroundWaiting', 'BackgroundJSStreamManager::RunScriptStreamingTask', 'v8.compileOnBackground', 'V8.CompileCodeBackground']);

/** Total length of the union of intervals [start, end). */
function unionLength(intervals) {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of intervals.sort((x, y) => x[0] - y[0])) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** One fresh load (new context: no HTTP or code cache) at 4× slowdown; script ms on the main thread and in the background until the card shows its figure. */
async function coldLoad(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: THROTTLE});
    const events = [];
    cdp.on('Tracing.dataCollected', ({value}) => events.push(...value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    const categories = ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'blink.user_timing', '__metadata'];
    await cdp.send('Tracing.start', {traceConfig: {includedCategories: categories}, transferMode: 'ReportEvents'});
    const done = new Promise((resolve) => page.on('console', (message) => message.text().startsWith('cold: ') && resolve(message.text())));
    await page.goto(url);
    const said = await Promise.race([done, new Promise((resolve) => setTimeout(() => resolve('cold: failed no word from the page in 60 s'), 60_000))]);
    await cdp.send('Tracing.end');
    await complete;
    if (errors.length) throw new Error(`${url}: ${errors[0]}`);
    if (!said.startsWith('cold: done ')) throw new Error(`${url}: ${said.replace(/^cold: (failed )?/, "")}`);
    // The renderer that ran the page is the one whose main thread evaluated its scripts.
    const threads = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
    const mark = events.find((e) => e.name === 'cold-done');
    const pid = mark?.pid ?? events.find((e) => e.name === 'EvaluateScript')?.pid;
    const until = mark?.ts ?? Infinity;
    const main = [];
    const background = new Map();
    for (const e of events) {
      if (e.pid !== pid || e.ph !== 'X' || !e.dur || e.ts > until) continue;
      const thread = threads.get(`${e.pid}:${e.tid}`) ?? '';
      const span = [e.ts, Math.min(e.ts + e.dur, until)];
      if (thread === 'CrRendererMain' && MAIN_SCRIPT.has(e.name)) main.push(span);
      else if (thread !== 'CrRendererMain' && BACKGROUND_SCRIPT.has(e.name)) background.set(e.tid, [...(background.get(e.tid) ?? []), span]);
    }
    const mainMs = unionLength(main) / 1000;
    const backgroundMs = [...background.values()].reduce((sum, spans) => sum + unionLength(spans), 0) / 1000;
    return {main: mainMs, background: backgroundMs, text: said.slice('cold: done '.length)};
  } finally {
    await context.close();
  }
}

async function coldStart(browser, origin) {
  const {size, widget} = await buildBareCard();
  const sides = {widget: [], bare: []};
  const urls = {widget: `${origin}/bench/cold/widget.html`, bare: `${origin}/bench/cold/bare.html`};
  const texts = {};
  // Interleaved: widget, bare, widget, bare … so both see the same machine.
  for (let i = 0; i < LOADS; i++) {
    for (const side of ['widget', 'bare']) {
      const load = await coldLoad(browser, urls[side]);
      sides[side].push(load);
      texts[side] = load.text;
    }
  }
  if (texts.widget !== texts.bare) throw new Error(`the bare card does not show the widget's text:\n  widget: ${texts.widget}\n  bare:   ${texts.bare}`);
  const summary = (loads) => ({
    main: median(loads.map((l) => l.main)),
    background: median(loads.map((l) => l.background)),
    total: median(loads.map((l) => l.main + l.background)),
  });
  const w = summary(sides.widget);
  const b = summary(sides.bare);
  const kb = (bytes) => `${round(bytes / 1024, 0)} KB`;
  console.log(`cold start: one <case-stat stat="workshop-employment"> from dist/alliance-widgets.iife.js (${kb(widget)}) vs a bare Lit card from a one-file build (${kb(size)}), ${THROTTLE}× CPU slowdown, median of ${LOADS} fresh loads each`);
  console.log(`cold start: widget ${round(w.total)} ms script (main thread ${round(w.main)} + background parse ${round(w.background)}), bare ${round(b.total)} ms (${round(b.main)} + ${round(b.background)})`);
  console.log(`cold start: ratio widget / bare = ${round(w.total / b.total, 2)}× (main thread only: ${round(w.main / b.main, 2)}×)`);
}

// ----------------------------------------------------------------------- heap

/** JS heap after forced GC on a bench page (median of 3 fresh pages). */
async function heapOf(browser, origin, as, n) {
  const sizes = [];
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext();
    try {
      const page = await openPage(context, `${origin}/bench/card.html?widget=${WIDGET}&as=${as}&n=${n}`);
      await result(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.enable');
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      sizes.push({used: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? 0});
    } finally {
      await context.close();
    }
  }
  return {used: median(sizes.map((s) => s.used)), embedder: median(sizes.map((s) => s.embedder))};
}

async function heap(browser, origin) {
  const mb = (bytes) => `${round(bytes / 1048576, 2)} MB`;
  const of = {};
  for (const as of ['widget', 'bare']) {
    const full = await heapOf(browser, origin, as, HEAP_N);
    const empty = await heapOf(browser, origin, as, 0);
    of[as] = {used: full.used - empty.used, embedder: full.embedder - empty.embedder, empty};
  }
  console.log(`heap after GC: ${HEAP_N} <${WIDGET}> vs ${HEAP_N} bare Lit cards on bench/card.html, each minus the same page with none (median of 3 pages)`);
  for (const as of ['widget', 'bare']) {
    console.log(`heap after GC: ${as.padEnd(6)} JS heap +${mb(of[as].used)} (empty page ${mb(of[as].empty.used)}), DOM (embedder heap) +${mb(of[as].embedder)}`);
  }
  console.log(`heap after GC: ratio widget / bare = ${round(of.widget.used / of.bare.used, 2)}× JS heap, ${of.bare.embedder > 0 ? `${round(of.widget.embedder / of.bare.embedder, 2)}×` : '—'} DOM heap`);
}

// ----------------------------------------------------------------------- main

const started = Date.now();
const server = await startServer(root);
const browser = await chromium.launch({executablePath: CHROMIUM, args: CHROMIUM_ARGS});
let failed = false;
try {
  await cpuProfile(browser, server.origin);
  await coldStart(browser, server.origin);
  await heap(browser, server.origin);
} catch (error) {
  failed = true;
  console.error(`bench:profile: FAILED: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await browser.close();
  await server.close();
}
console.log(`bench:profile: ${failed ? 'failed' : 'done'} in ${Math.round((Date.now() - started) / 1000)} s`);
// Chromium's last keep-alive connections would hold the process open for half a minute.
process.exit(failed ? 1 : 0);
