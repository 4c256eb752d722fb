// @ts-check
/**
 * What every benchmark page does with its measurement.
 *
 * Under tachometer, the page runs it at once and sets
 * `window.tachometerResult` (milliseconds); a page that fails sets
 * `window.benchError` instead, which the runner's measurement expression
 * throws, so the run stops with the page's reason (scripts/bench.mjs).
 * With `?manual` (npm run bench:profile), it waits to be started:
 * `window.benchRun()` resolves to the result.
 */

/** @typedef {Window & {tachometerResult?: number, benchError?: string, benchRun?: () => Promise<number>, benchReady?: boolean}} BenchWindow */
const win = /** @type {BenchWindow} */ (window);

/** @param {unknown} error */
const fail = (error) => {
  win.benchError ??= `${location.pathname}${location.search}: ${error instanceof Error ? error.message : String(error)}`;
};
addEventListener('error', (event) => fail(event.error ?? event.message));
addEventListener('unhandledrejection', (event) => fail(event.reason));

export const params = new URLSearchParams(location.search);

/**
 * Runs the page's measurement (a function resolving to milliseconds).
 * @param {() => Promise<number>} measure
 */
export function bench(measure) {
  if (params.has('manual')) {
    win.benchRun = measure;
    win.benchReady = true;
    return;
  }
  measure().then((ms) => {
    if (win.benchError === undefined) win.tachometerResult = ms;
  }, fail);
}

/**
 * Waits until every element has finished updating and `shows` says it shows
 * its content (a few rounds at most: the data is at hand synchronously).
 * @template {Element & {updateComplete: Promise<unknown>}} E
 * @param {readonly E[]} elements
 * @param {(element: E, index: number) => boolean} shows
 */
export async function rendered(elements, shows) {
  for (let round = 0; ; round++) {
    await Promise.all(elements.map((element) => element.updateComplete));
    const missing = elements.findIndex((element, i) => !shows(element, i));
    if (missing === -1) return;
    if (round === 20) throw new Error(`element ${missing} of ${elements.length} does not show its content after 20 updates`);
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Text without white space, to compare what two kinds of card show. */
export const squeeze = (/** @type {string | null | undefined} */ text) => (text ?? '').replace(/\s+/g, '');
