/**
 * A plain copy of a document handed in by script (the `data` property) or
 * parsed from JSON, read once and inside a guard, before it is checked: what
 * the widget checks is what it renders, whatever the original does later.
 *
 * Reading a host's object can run the host's code (getters, Proxy traps), so
 * a value that throws when read, a revoked Proxy, a cycle, or a document too
 * deep or too big is a problem with a path, never an exception that escapes.
 * Own enumerable keys are read, as `JSON.stringify` would; each value once,
 * so a getter that changes its answer cannot slip a second answer past the
 * check. The copy stops at the first bound it meets, so a huge document fails
 * at once instead of being read to its end.
 */
import {PageDataProblem, tooLarge} from './problem.js';
import {MAX_DOCUMENT, MAX_ITEMS, MAX_PROSE, MAX_RECORDS} from './bounds.js';

export {MAX_DOCUMENT, MAX_RECORDS};
export {tooLarge};

/** Deeper than any record of the publishing schema (a person's quote is at depth 6). */
const MAX_DEPTH = 12;

const at = (path: string) => path || '(document)';

/** What a thrown value says, without trusting it (its `message` may throw too). */
function said(error: unknown): string {
  try {
    return String((error as {message?: unknown})?.message ?? error);
  } catch {
    return 'an exception';
  }
}

/** Reads with the host's code (a getter, a Proxy trap) inside a guard: a throw is an `unreadable` problem at `path`. */
function read<T>(get: () => T, path: string): T {
  try {
    return get();
  } catch (error) {
    throw new PageDataProblem('invalid-data', path, `${at(path)}: could not be read (${said(error)})`, 'unreadable');
  }
}


/** A plain copy of `value` (objects, arrays, strings, numbers, booleans, null), or a PageDataProblem at the first bound or unreadable value. */
export function snapshot(value: unknown): unknown {
  let size = 0;
  const open = new Set<object>();
  const copy = (item: unknown, path: string, depth: number): unknown => {
    if (typeof item === 'string') {
      // Longer than any text may be: the schema's bound for that field is lower still.
      if (item.length > MAX_PROSE) throw new PageDataProblem('invalid-data', path, `${at(path)}: ${item.length} characters; text may have at most ${MAX_PROSE}`, 'too-long', String(MAX_PROSE));
      size += item.length + 3;
    } else size += 8;
    if (size > MAX_DOCUMENT) throw tooLarge('more characters than that');
    if (typeof item !== 'object' || item === null) return item;
    if (open.has(item)) throw new PageDataProblem('invalid-data', path, `${at(path)}: refers back to an object that contains it (a cycle)`, 'cycle');
    if (depth > MAX_DEPTH) throw new PageDataProblem('invalid-data', path, `${at(path)}: nested deeper than any record of the publishing schema`, 'too-deep');
    open.add(item);
    try {
      if (read(() => Array.isArray(item), path)) {
        // A collection (depth 1) may hold MAX_RECORDS records, a list inside a record MAX_ITEMS items.
        const length = read(() => (item as unknown[]).length, path);
        const most = depth === 1 ? MAX_RECORDS : MAX_ITEMS;
        if (length > most) throw new PageDataProblem('invalid-data', path, `${at(path)}: ${length} items; a list here may have at most ${most}`, 'too-many', String(most));
        const list: unknown[] = [];
        for (let i = 0; i < length; i++) {
          const at = `${path}[${i}]`;
          list.push(copy(read(() => (item as unknown[])[i], at), at, depth + 1));
        }
        return list;
      }
      const entries: [string, unknown][] = [];
      for (const key of read(() => Object.keys(item), path)) {
        size += key.length + 3;
        const at = path ? `${path}.${key}` : key;
        entries.push([key, copy(read(() => (item as Record<string, unknown>)[key], at), at, depth + 1)]);
      }
      // fromEntries defines each key as data, so a key such as `__proto__` stays a key (and the schema refuses it).
      return Object.fromEntries(entries);
    } finally {
      open.delete(item);
    }
  };
  return copy(value, '', 0);
}
