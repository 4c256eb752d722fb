/**
 * Focus keys: what one widget shows (one case, one model, the gallery of a
 * kind), so an ES page loads only the records for it (scripts/lib/focus.ts
 * writes a data module per key; src/data/focus-load.ts loads one). A key
 * becomes part of a URL, so only kebab-case slugs make one: an attribute
 * value can never point the loader anywhere else.
 */
import {ID_PATTERN} from './schema.js';

/** `cases/<id>`, `models/<id>` or `kinds/<kind>`; undefined for anything that is not a slug. */
export const focusKey = (folder: 'cases' | 'models' | 'kinds', id: string): string | undefined => (ID_PATTERN.test(id) ? `${folder}/${id}` : undefined);
