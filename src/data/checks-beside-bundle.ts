/**
 * The one-file bundle's checks of a portal's own data: they are not in the
 * bundle but in alliance-widgets.checks.js beside it (built from
 * checks-file.ts), loaded only when a page gives its own data. That file
 * hands over a function that makes the checks with the bundle's own problem
 * class and Dataset, so that a problem it finds is the bundle's
 * PageDataProblem and its records read as the bundled ones.
 */
import {BUNDLE_CHECKS} from '../bundle-files.js';
import {loadBesideBundle} from '../beside-bundle.js';
import {Dataset} from './dataset.js';
import {PageDataProblem, tooLarge} from './problem.js';
import type {Checker} from './own-data.js';
import type {Host} from './checks-host.js';

export const loadChecks = (): Promise<Checker> =>
  loadBesideBundle<{make: (host: Host) => Checker}>(BUNDLE_CHECKS).then((given) => given.make({PageDataProblem, tooLarge, Dataset}));
