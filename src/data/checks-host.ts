/**
 * In alliance-widgets.checks.js (checks-file.ts), what the one-file bundle
 * hands over for the checks to use: vite.config.ts resolves the checks'
 * imports of ./problem.js and ./dataset.js to this module, so the problems
 * they throw are the bundle's own PageDataProblem (widgets and hosts tell
 * them by `instanceof`) and their datasets the bundle's Dataset. The bindings
 * are set by `install()` before any check runs (no check runs while the file
 * is evaluated).
 */
import type * as Problem from './problem.js';
import type * as Data from './dataset.js';

export type {PageDataProblemCode, PageDataReason} from './problem.js';

export interface Host {
  PageDataProblem: typeof Problem.PageDataProblem;
  tooLarge: typeof Problem.tooLarge;
  Dataset: typeof Data.Dataset;
}

export let PageDataProblem: Host['PageDataProblem'];
export let tooLarge: Host['tooLarge'];
export let Dataset: Host['Dataset'];

export function install(host: Host): void {
  ({PageDataProblem, tooLarge, Dataset} = host);
}

/** page-source.ts tells the widgets' loader it is at hand when a page imports it; in this file the bundle is told by the event. */
export const provideChecker = (): void => undefined;
