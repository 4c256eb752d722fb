#!/usr/bin/env node
/**
 * Prints the one table of `npm run bench` from tachometer's JSON output
 * (`--json-file`) and the plan the runner wrote next to it: per row (a
 * widget at one N) the min / median / max of the widget page and of its two
 * baselines, and the ratios of medians widget / bare and widget / slotted.
 * Exits non-zero when a page of the plan has no samples or fewer than asked
 * (a page that failed).
 *
 *   node scripts/bench-report.mjs [.bench/results.json] [.bench/plan.json]
 */
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {BASELINES} from './lib/bench-plan.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const ms = (value) => (value === undefined ? '—' : value >= 100 ? value.toFixed(0) : value.toFixed(1));
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);

/**
 * The table as lines, and the problems found (pages without their samples).
 * @param {{benchmarks: {name: string, samples: number[]}[]}} results
 * @param {{rows: {measure: string, n: number, pages: Record<string, string>}[], samples: number, machine?: Record<string, string>}} plan
 */
export function report(results, plan) {
  const samples = new Map(results.benchmarks.map((b) => [b.name, b.samples]));
  const problems = [];
  const stats = (page) => {
    const values = samples.get(page) ?? [];
    if (values.length < plan.samples) problems.push(`${page}: ${values.length} of ${plan.samples} samples`);
    if (values.length === 0) return undefined;
    return {min: Math.min(...values), median: median(values), max: Math.max(...values), count: values.length};
  };
  const head = ['measure', 'N', 'page', 'min', 'median', 'max', '÷bare', '÷slotted'];
  const body = [];
  for (const row of plan.rows) {
    const widget = stats(row.pages.widget);
    const bases = BASELINES.map((as) => stats(row.pages[as]));
    body.push([row.measure, String(row.n), 'widget', ms(widget?.min), ms(widget?.median), ms(widget?.max), ...bases.map((b) => ratio(widget?.median, b?.median))]);
    BASELINES.forEach((as, i) => body.push(['', '', as, ms(bases[i]?.min), ms(bases[i]?.median), ms(bases[i]?.max), '', '']));
  }
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((r) => r[c].length)));
  const left = new Set([0, 2]);
  const line = (cells) => cells.map((cell, c) => (left.has(c) ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ').trimEnd();
  const lines = [line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  body.forEach((cells, i) => {
    if (i && cells[2] === 'widget') lines.push('');
    lines.push(line(cells));
  });
  return {lines, problems};
}

/** Prints the table with its header; returns the exit code. */
export function printReport(results, plan) {
  const {lines, problems} = report(results, plan);
  const m = plan.machine ?? {};
  console.log(`npm run bench — ms from creating the elements to the painted frame; ${plan.samples} samples per page, interleaved in one Chromium`);
  if (m.commit) console.log(`commit ${m.commit} · ${m.cores} cores · ${m.chromium} · Node ${m.node}${m.elapsed ? ` · run took ${m.elapsed}` : ''}`);
  console.log('÷bare, ÷slotted: widget median / baseline median (bare: text in shadow DOM; slotted: the same light-DOM pieces)');
  console.log('');
  for (const l of lines) console.log(l);
  if (problems.length) {
    console.error(`\nbench: ${problems.length} page(s) failed:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [resultsFile = '.bench/results.json', planFile = '.bench/plan.json'] = process.argv.slice(2);
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const plan = JSON.parse(readFileSync(planFile, 'utf8'));
  process.exitCode = printReport(results, plan);
}
