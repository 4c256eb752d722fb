/**
 * The test runner's own reporter, without what the suite causes on purpose:
 * - the requests for the data module of an id that does not exist (every
 *   bad-id test makes one: a widget asks for `…/focus/<locale>/<kind>/<id>.js`
 *   and the 404 is how it learns the id is unknown) — any other 404 is kept;
 * - the progress bar, on a terminal only: written to a log (CI) it is
 *   re-printed after every test file.
 * Failures, and everything else a file logs, are reported as before.
 */
import {defaultReporter} from '@web/test-runner';

/** A data module's path and the record id it names. */
const FOCUS_MODULE = /^\/?src\/data\/generated\/focus\/[\w-]+\/[\w-]+\/([^/]+)\.js$/;

/**
 * @param {{knownIds: Set<string>}} options the ids of the records the bundled data has (their module is never
 *   missing; a 404 for one of them is reported)
 */
export function quietReporter({knownIds}) {
  const base = defaultReporter({reportTestProgress: Boolean(process.stdout.isTTY)});
  const expected = (path) => {
    const match = FOCUS_MODULE.exec(path.split('?')[0]);
    return match !== null && !knownIds.has(decodeURIComponent(match[1]));
  };
  return {
    ...base,
    reportTestFileResults(args) {
      const sessionsForTestFile = args.sessionsForTestFile.map((s) => ({...s, request404s: s.request404s.filter((p) => !expected(p))}));
      return base.reportTestFileResults({...args, sessionsForTestFile});
    },
  };
}
