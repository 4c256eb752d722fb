/** Types of what scripts/size.mjs exports to the tests. */
import type {WidgetRegistry} from '../src/widgets.js';

/** One widget the size report measures: its entry module, the collections it reads, its per-record data folders. */
export interface SizeSubject {
  readonly tag: string;
  readonly entry: string;
  readonly collections: readonly string[];
  readonly focus: readonly string[];
}
export function sizeSubjects(registry?: WidgetRegistry): SizeSubject[];
