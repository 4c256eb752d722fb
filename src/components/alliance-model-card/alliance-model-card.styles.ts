import {css} from 'lit';

/**
 * Room kept while loading (see `loadingRoom` in styles/tokens.ts): the height
 * of the demo model of the bundled data (mentor-led, its description closed;
 * with `open`, its description too) in each locale and look, fitted to its
 * heights in a 320 and an 860 px column (test/layout-shift.test.ts checks them
 * and gives new values when they change); about that of the gallery of eight.
 */
const room = css`
  .base {
    --_state-plain: 13.133em;
    --_state-plain-text: 146.47em;
    --_state-compact: 10.883em;
    --_state-compact-text: 146.47em;
    --_state-care: 15.413em;
    --_state-care-text: 128.2em;
    --_state-care-compact: 13.163em;
    --_state-care-compact-text: 128.2em;
  }
  :host(:lang(en)) .base {
    --_state-plain: 10.563em;
    --_state-plain-text: 445.8em;
    --_state-compact: 9.261em;
    --_state-compact-text: 394.85em;
    --_state-care: 10.657em;
    --_state-care-text: 473.8em;
    --_state-care-compact: 9.444em;
    --_state-care-compact-text: 429.2em;
  }
  :host([open]) .base {
    --_state-more: 1.56em;
    --_state-more-text: 254.74em;
  }
  :host([open]:lang(en)) .base {
    --_state-more: -1.521em;
    --_state-more-text: 764.27em;
  }
  .base.shows-gallery {
    --_state-size: 80em;
    --_state-text: 0em;
  }
`;

export const styles = css`
  ${room}
  .gallery {
    display: grid;
    gap: var(--alliance-model-card-gap, var(--_space-3));
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--alliance-model-card-min-width, 18em)), 1fr));
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    block-size: 100%;
    padding: var(--alliance-model-card-padding, var(--_space-3));
    border: 1px solid var(--_border);
    border-block-start: var(--_space-1) solid var(--alliance-model-card-accent-color, var(--_accent));
    border-radius: var(--_radius);
    background: var(--alliance-model-card-background, var(--_surface));
    color: var(--_text);
  }
  .heading {
    display: flex;
    align-items: baseline;
    gap: var(--_space-2);
    margin: 0;
    font-size: var(--_font-size-lg);
    line-height: 1.35;
    color: var(--_text-strong);
  }
  .number {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.75em;
    block-size: 1.75em;
    border-radius: 50%;
    background: var(--alliance-model-card-accent-color, var(--_accent));
    color: var(--_on-accent);
    font-size: 0.85em;
    font-variant-numeric: tabular-nums;
  }
  .summary,
  .description {
    margin: 0;
  }
  .description {
    padding: var(--_space-2) var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .toggle {
    align-self: flex-start;
  }
  /* Static HTML shows the full text and has no script for the button: it keeps its room, hidden. */
  :host(:not(:defined)) .toggle {
    visibility: hidden;
  }
  .toggle::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: rotate(-45deg);
    transition: transform calc(var(--_motion) * 150ms);
  }
  .toggle[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  .cases-title {
    margin: 0;
    font-size: var(--_font-size-sm);
    font-weight: 600;
    color: var(--_text-muted);
  }
  .cases {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .none,
  .meta {
    margin: 0;
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }
  .meta {
    margin-block-start: auto;
  }
  .compact .card {
    padding: var(--_space-2);
    gap: var(--_space-1);
  }
  .compact .gallery {
    gap: var(--_space-2);
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .number {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
    }
    .description[hidden] {
      display: block;
    }
    .toggle {
      display: none;
    }
  }
`;
