/**
 * The Node tests' reporter for `npm run test:node`: one line per test file
 * that passed (file, tests, time), every failure in full (file, test, error
 * with its stack), whatever a test printed, and a closing
 * `node: N passed, N failed, N skipped`. Node's default (TAP on a log) gave
 * four lines a test and a thousand in all.
 */
import {relative} from 'node:path';
import {inspect} from 'node:util';

const where = (file) => (file ? relative(process.cwd(), file.startsWith('file:') ? new URL(file).pathname : file) : '(no file)');

export default async function* nodeReporter(source) {
  const totals = {passed: 0, failed: 0, skipped: 0};
  /** Per file: tests passed, failed, and the time of the last test. */
  const files = new Map();
  const fileOf = (data) => {
    const key = where(data.file);
    if (!files.has(key)) files.set(key, {passed: 0, failed: 0, skipped: 0, ms: 0});
    return files.get(key);
  };
  for await (const event of source) {
    const {type, data} = event;
    if (type === 'test:stdout' || type === 'test:stderr') {
      yield data.message;
      continue;
    }
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    // A suite's own pass or fail repeats its tests' (a suite failing outside its tests is counted below).
    const suite = data.details?.type === 'suite';
    const file = fileOf(data);
    if (data.nesting === 0) file.ms += data.details?.duration_ms ?? 0;
    if (type === 'test:pass') {
      if (suite) continue;
      const kind = data.skip || data.todo ? 'skipped' : 'passed';
      totals[kind] += 1;
      file[kind] += 1;
      continue;
    }
    const error = data.details?.error;
    // A suite fails with "N subtests failed" when its tests did; only a hook or a throw outside a test is its own failure.
    if (suite && error?.failureType === 'subtestsFailed') continue;
    totals.failed += 1;
    file.failed += 1;
    const cause = error?.cause ?? error;
    yield `\n✖ ${where(data.file)} › ${data.name}\n${inspect(cause, {depth: 4}).replace(/^/gm, '    ')}\n\n`;
  }
  for (const [name, f] of files) {
    yield `${f.failed ? '✖' : '✔'} ${name}: ${f.passed} passed${f.failed ? `, ${f.failed} failed` : ''}${f.skipped ? `, ${f.skipped} skipped` : ''} (${(f.ms / 1000).toFixed(1)} s)\n`;
  }
  yield `node: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`;
}
