/**
 * A problem with a portal's data, and the words for it: its reason (for the
 * widget's `alliance-error`), its code (what exactly is wrong, for a message
 * in the reader's language) and its place in the document.
 */
import {MAX_DOCUMENT} from './bounds.js';

/** Why a document cannot be used, and where. */
export type PageDataReason =
  | 'invalid-json'
  | 'unsupported-version'
  | 'invalid-data'
  | 'missing-reference'
  | 'duplicate-id'
  | 'http-error'
  | 'network-error'
  | 'timeout'
  | 'wrong-content-type';

/**
 * What exactly is wrong at a problem's path, for a message in the reader's
 * language (the data workbench words each one): a field that is missing or
 * not in the schema, a value of the wrong type or not one of the allowed
 * values, an id, date, text or link of the wrong form, a text or list too
 * long; a document too large or too deep, a cycle, a value that cannot be
 * read (it throws, or is a revoked Proxy); and the document-level reasons.
 */
export type PageDataProblemCode =
  | 'missing'
  | 'unknown-field'
  | 'wrong-type'
  | 'not-one-of'
  | 'bad-id'
  | 'bad-text'
  | 'bad-date'
  | 'bad-url'
  | 'unsafe-url'
  | 'too-long'
  | 'too-many'
  | 'too-few'
  | 'not-integer'
  | 'too-small'
  | 'too-large'
  | 'too-deep'
  | 'cycle'
  | 'unreadable'
  | PageDataReason;

/** A problem with a portal's data: its reason, its place in the document (`stats[3].value`) and a sentence for the webmaster. */
export class PageDataProblem extends Error {
  constructor(
    readonly reason: PageDataReason,
    readonly path: string | undefined,
    message: string,
    /** What is wrong at `path` (defaults to the reason). */
    readonly code: PageDataProblemCode = reason,
    /** What the schema expects there, as valibot words it (e.g. `number`, `"count" | "amount"`), or the bound a text or list exceeds (`200`), when that helps. */
    readonly expected?: string
  ) {
    super(message);
    this.name = 'PageDataProblem';
  }
}

/** The problem of a document over MAX_DOCUMENT characters. */
export const tooLarge = (size: string) =>
  new PageDataProblem('invalid-data', '', `(document): ${size}; a document may have at most ${MAX_DOCUMENT} characters (2 MiB)`, 'too-large', String(MAX_DOCUMENT));
