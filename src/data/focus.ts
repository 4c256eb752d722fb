/**
 * Focus keys: what one widget shows (one figure, one case, one model, the
 * gallery of a kind, the timeline), so an ES page loads only the records for
 * it, in one request (scripts/lib/focus.ts writes a data module per key;
 * src/data/focus-load.ts loads one). A key becomes part of a URL, so only
 * kebab-case slugs make one: an attribute value can never point the loader
 * anywhere else.
 */
import {ID_PATTERN} from './ids.js';

/** `stats/<id>`, `cases/<id>`, `models/<id>`, `kinds/<kind>`, `schemes/<id>` or `timeline/all`; undefined for anything that is not a slug. */
export const focusKey = (folder: 'stats' | 'cases' | 'models' | 'kinds' | 'timeline' | 'schemes', id: string): string | undefined =>
  ID_PATTERN.test(id) ? `${folder}/${id}` : undefined;
