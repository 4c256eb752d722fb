import {css} from 'lit';
import {horizontalStyles} from './timeline-horizontal.styles.js';
import {looks} from './timeline-looks.styles.js';

/**
 * Room kept while loading (see `loadingRoom` in styles/tokens.ts): the height
 * of the whole history of the bundled data in each locale and look, fitted to
 * its heights in a 320 and an 860 px column (test/layout-shift.test.ts checks
 * them and gives new values when they change); about that of the horizontal
 * layout.
 */
const room = css`
  .base {
    --_state-plain: 79.473em;
    --_state-plain-text: 1350.16em;
    --_state-compact: 72.915em;
    --_state-compact-text: 407.6em;
    --_state-care: 75.576em;
    --_state-care-text: 1666.33em;
    --_state-care-compact: 68.086em;
    --_state-care-compact-text: 752.18em;
  }
  :host(:lang(en)) .base {
    --_state-plain: 57.745em;
    --_state-plain-text: 4065.65em;
    --_state-compact: 51.768em;
    --_state-compact-text: 1974.16em;
    --_state-care: 50.051em;
    --_state-care-text: 4908.53em;
    --_state-care-compact: 41.102em;
    --_state-care-compact-text: 2589.71em;
  }
  :host(:is(:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO))) .base {
    --_state-compact: 71.967em;
    --_state-compact-text: 458.55em;
    --_state-care: 74.539em;
    --_state-care-text: 1710.92em;
    --_state-care-compact: 67.048em;
    --_state-care-compact-text: 796.77em;
  }
  .base.layout-horizontal {
    --_state-size: 63em;
    --_state-text: 0em;
  }
`;

const layout = css`
  ${room}

  .base {
    container: timeline-view / inline-size;
  }

  .timeline {
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--timeline-view-background, var(--_surface));
    color: var(--_text);
  }

  p {
    margin: 0;
  }

  /* Toolbar of the horizontal layout. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--_space-2);
    margin-block-end: var(--_space-2);
  }
  .scroll-buttons {
    display: flex;
    gap: var(--_space-2);
    margin-inline-end: auto;
  }
  /* In static HTML they would do nothing: they keep their room, hidden. */
  :host(:not(:defined)) :is(.scroll-buttons, .view-switch, .era-toggle, .toggle > .chevron) {
    visibility: hidden;
  }
  .scroll:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .view-switch,
  .scroll,
  .era-toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    padding: var(--_space-1) var(--_space-3);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .view-switch:hover,
  .scroll:not(:disabled):hover,
  .era-toggle:hover {
    background: var(--_surface-alt);
  }

  .empty {
    padding: var(--_space-3);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text-muted);
  }
  .empty + .groups {
    margin-block-start: var(--_space-3);
  }

  /* Eras. */
  .era + .era {
    margin-block-start: var(--_space-4);
  }
  .era-heading {
    margin: 0;
    color: var(--_text-strong);
    font-size: var(--_font-size-lg);
    line-height: 1.35;
  }
  .era-label {
    display: block;
    color: var(--_accent-text);
    font-size: var(--_font-size-sm);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .era-text {
    margin-block-start: var(--_space-2);
  }
  .era-toggle {
    margin-block-start: var(--_space-2);
    font-size: var(--_font-size-sm);
  }
  .source {
    margin-block-start: var(--_space-1);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }

  /* Events: an ordered list on a rail. */
  .events {
    margin: var(--_space-3) 0 0;
    padding: 0;
    list-style: none;
  }
  .event {
    position: relative;
    /* Room for the rail and dot, and for the focus ring (paint containment clips at the padding edge). */
    padding: var(--_space-1) var(--_space-2) var(--_space-1) calc(var(--_space-4) + var(--_space-1));
  }
  /*
   * A long timeline renders its events lazily. Not a short one: its events are
   * laid out at once, so static HTML and the live widget have the same height
   * and taking static HTML over moves nothing.
   */
  .lazy .event {
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--timeline-view-event-size, 4em);
  }
  .event::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_space-2) + 0.3125em - 1px);
    border-inline-start: 2px solid var(--timeline-view-rail-color, var(--_border));
  }
  .event:first-child::before {
    inset-block-start: calc(var(--_space-1) + 1.25em);
  }
  .event:last-child::before {
    block-size: calc(var(--_space-1) + 1.25em);
  }
  .event:only-child::before {
    display: none;
  }
  .event::after {
    content: '';
    position: absolute;
    inset-block-start: calc(var(--_space-1) + 0.9375em);
    inset-inline-start: var(--_space-2);
    inline-size: 0.625em;
    block-size: 0.625em;
    border: 2px solid var(--timeline-view-accent-color, var(--_accent));
    border-radius: 50%;
    background: var(--timeline-view-background, var(--_surface));
  }
  .event.open::after {
    background: var(--timeline-view-accent-color, var(--_accent));
  }

  .toggle {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: var(--_space-2);
    align-items: start;
    inline-size: 100%;
    margin: 0;
    padding: var(--_space-1) var(--_space-2);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    text-align: start;
    line-height: inherit;
    cursor: pointer;
  }
  .toggle:hover,
  .event.open .toggle {
    background: var(--timeline-view-card-background, var(--_surface-alt));
  }
  .date {
    display: block;
    /* A date never breaks inside (「2021年12月6日前」, "6 December 2021"). */
    white-space: nowrap;
    grid-column: 1;
    color: var(--_accent-text);
    font-size: var(--_font-size-sm);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .title {
    display: block;
    grid-column: 1;
    color: var(--_text-strong);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .chevron {
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: center;
    inline-size: 0.5em;
    block-size: 0.5em;
    margin-inline: var(--_space-1);
    border-inline-end: 0.125em solid currentColor;
    border-block-end: 0.125em solid currentColor;
    transform: translateY(-25%) rotate(45deg);
    transition: transform calc(var(--_motion) * 0.15s) ease;
  }
  .era-toggle .chevron {
    margin: 0;
  }
  [aria-expanded='true'] > .chevron {
    transform: translateY(25%) rotate(225deg);
  }
  .detail {
    padding: var(--_space-1) var(--_space-2) var(--_space-2);
  }
  .date-note {
    margin-block-start: var(--_space-1);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
`;

/** The timeline's styles, in cascade order. */
export const styles = [layout, horizontalStyles, looks];
