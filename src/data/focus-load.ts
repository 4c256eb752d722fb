/**
 * Loads focus sets (src/data/focus.ts): the data module of one key in one
 * locale, `generated/focus/<locale>/<key>.js` beside this module, in the
 * sources as in the ES build (vite.config.ts writes them beside the chunk
 * that holds this module), found from this module's own URL, so it always
 * comes from the library's own folder.
 */
import type {Collection} from './types.js';

export type Lists = {[C in Collection]?: unknown[]};

/** Loads in flight or done (undefined: the library has no set for the key, or it cannot be fetched). */
const loads = new Map<string, Promise<Lists | undefined>>();
/** Sets at hand. */
const sets = new Map<string, Lists>();

/** The set of one key, if it is at hand. */
export const peekFocus = (locale: string, key: string | undefined): Lists | undefined => sets.get(`${locale}/${key}`);

/** Loads the set of one key; undefined when the library has none (an unknown id) or it cannot be fetched. */
export function loadFocus(locale: string, key: string): Promise<Lists | undefined> {
  const at = `${locale}/${key}`;
  let pending = loads.get(at);
  if (!pending) {
    // A base held in a variable: bundlers leave the URL to the browser instead of listing every file.
    const base = import.meta.url;
    pending = (import(/* @vite-ignore */ new URL(`./generated/focus/${at}.js`, base).href) as Promise<{default: string}>).then(
      (module) => {
        const lists = JSON.parse(module.default) as Lists;
        sets.set(at, lists);
        return lists;
      },
      () => undefined
    );
    loads.set(at, pending);
  }
  return pending;
}
