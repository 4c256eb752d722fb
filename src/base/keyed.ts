import {repeat} from 'lit/directives/repeat.js';
import {pieceScope} from './pieces.js';

/**
 * `repeat()` whose item templates are made now, not later while the directive
 * commits: so every `msg()` and format in them reads the locale of the render
 * in progress (see localization/runtime.ts), in the browser and on a server.
 * Each item's text pieces are named after its key (see base/pieces.ts).
 */
export function keyed<T>(items: readonly T[], key: (item: T) => unknown, template: (item: T) => unknown): unknown {
  const made = items.map((item) => {
    const k = key(item);
    return [k, pieceScope(String(k), () => template(item))] as const;
  });
  return repeat(
    made,
    ([k]) => k,
    ([, t]) => t
  );
}
