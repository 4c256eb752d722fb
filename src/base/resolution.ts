/**
 * What a widget finds for its attributes in its data: something to show, or
 * why not — the data failed to load, an attribute value it cannot use (the
 * page's mistake, shown and reported like an unknown id), or what its own
 * `resolve` says (an unknown id) — or nothing yet, while it loads.
 */
import type {AllianceErrorReason} from '../events.js';
import type {Dataset} from '../data/dataset.js';
import {PageDataProblem} from '../data/problem.js';
import type {LocaleDataController} from './locale-data-controller.js';

/** Something to show, or why not. */
export type Resolution<T> = {ok: true; value: T} | {ok: false; reason: AllianceErrorReason; id: string | undefined; path?: string};

/** The resolution of a widget in the state of its locale and data: `invalid` names a bad attribute as [name, value]. */
export function resolution<T>(
  {state, data, error}: Pick<LocaleDataController, 'state' | 'data' | 'error'>,
  invalid: () => [string, string] | undefined,
  resolve: (data: Dataset) => Resolution<T>
): Resolution<T> | undefined {
  if (state === 'error') return {ok: false, reason: error instanceof PageDataProblem ? error.reason : 'load-failed', id: undefined};
  const bad = invalid();
  if (bad) return {ok: false, reason: 'invalid-attribute', id: bad[1], path: bad[0]};
  return state === 'ready' && data ? resolve(data) : undefined;
}
