/** Events the widgets fire. All bubble and cross shadow roots. */

import type {PageDataReason} from './data/page.js';

/**
 * Why a widget could not show what it was asked for: an id that is missing or
 * unknown, an attribute value it cannot use (`invalid-attribute`, with the
 * attribute's name as `path`), bundled data that failed to load, or — for a portal's own data
 * (`data`, `src`, an inline JSON block) — what is wrong with it: invalid-json,
 * unsupported-version, invalid-data, missing-reference, duplicate-id,
 * http-error, network-error, timeout, wrong-content-type.
 */
export type AllianceErrorReason = 'missing-id' | 'not-found' | 'invalid-attribute' | 'load-failed' | PageDataReason;

/**
 * Fired when a widget cannot show what it was asked for: the id attribute is
 * missing, no record has that id, or the data could not be loaded. The widget
 * shows a localized message in its place; the host may log or replace it.
 */
export class AllianceErrorEvent extends Event {
  static readonly eventName = 'alliance-error';

  constructor(
    /** Machine-readable reason. */
    readonly reason: AllianceErrorReason,
    /** The id that was asked for, when there was one. */
    readonly id: string | undefined,
    /** The underlying error, for load failures. */
    readonly cause?: unknown,
    /** Where in a portal's data document the problem is, e.g. `stats[3].value`. */
    readonly path?: string
  ) {
    super(AllianceErrorEvent.eventName, {bubbles: true, composed: true});
  }
}


/** What a reader chose inside a widget. */
export type AllianceSelectKind = 'case' | 'model' | 'event';

/**
 * Fired when the reader picks an item inside a widget: a case on a model
 * card, an event on the timeline. The host may navigate, open a dialog or
 * show a <case-study-card> for it; `preventDefault()` is allowed and tells the
 * widget the host has handled it.
 */
export class AllianceSelectEvent extends Event {
  static readonly eventName = 'alliance-select';

  constructor(
    /** What kind of record was chosen. */
    readonly kind: AllianceSelectKind,
    /** Its id in the dataset. */
    readonly id: string
  ) {
    super(AllianceSelectEvent.eventName, {bubbles: true, composed: true, cancelable: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'alliance-error': AllianceErrorEvent;
    'alliance-select': AllianceSelectEvent;
  }
}
