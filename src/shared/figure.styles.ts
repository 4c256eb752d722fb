import {css} from 'lit';

/**
 * The look of a figure (value, unit, label, dates), shared by <case-stat> and
 * the figures of <case-study-card>. Each widget maps its own documented tokens
 * onto the private `--_figure-*` properties, so no widget's tokens reach
 * another: `--_figure-padding`, `--_figure-accent`, `--_figure-background`,
 * `--_figure-value-color`, `--_figure-value-size`.
 *
 * While a figure counts up, the number on screen (hidden from assistive
 * technology) stands over the exact figure (which it reads, unseen), both in
 * one cell as wide as the exact figure: the unit beside them and the line
 * never move.
 */
export const figureStyles = css`
  .figure {
    /* The number's size follows the figure's width in narrow columns (see .value). */
    container-type: inline-size;
    margin: 0;
    padding: var(--_figure-padding, var(--_space-3));
    border: 1px solid var(--_border);
    border-inline-start: var(--_space-1) solid var(--_figure-accent, var(--_accent));
    border-radius: var(--_radius);
    background: var(--_figure-background, var(--_surface));
  }
  .value {
    margin: 0;
    color: var(--_figure-value-color, var(--_text-strong));
    font-size: var(--_figure-value-size, var(--_font-size-xxl));
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  /*
   * The number with its unit: one unbreakable piece (「4.55万人」, never 「4.55」/「万人」).
   * Where the column is too narrow for it, it gets smaller instead of overflowing:
   * --_amount-ems is its width in ems, set by the template.
   */
  .amount {
    white-space: nowrap;
    font-size: min(1em, 96cqi / var(--_amount-ems, 1));
  }
  /* Counting up: the number shown over the unseen exact one in a cell of its width (see above). */
  .number:has(> [aria-hidden='true']) {
    display: inline-grid;
  }
  .number:has(> [aria-hidden='true']) > * {
    grid-area: 1 / 1;
  }
  .number > [aria-hidden='true'] {
    inline-size: 0;
    white-space: nowrap;
  }
  .number > .visually-hidden {
    position: static;
    width: auto;
    height: auto;
    overflow: visible;
    clip-path: none;
    opacity: 0;
  }
  .unit,
  .qualifier {
    font-size: 0.5em;
    font-weight: 600;
  }
  .label,
  .trend,
  .meta,
  .meta > span {
    display: block;
  }
  .label {
    margin-block-start: var(--_space-1);
    font-size: var(--_font-size-lg);
    font-weight: 600;
    color: var(--_text);
  }
  .trend {
    margin-block-start: var(--_space-1);
    color: var(--_up);
    font-size: var(--_font-size-sm);
    font-weight: 600;
  }
  .meta {
    margin-block-start: var(--_space-2);
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }
  .compact .figure {
    padding: var(--_space-2);
  }
  .compact .value {
    font-size: var(--_figure-value-size, var(--_font-size-xl));
  }
  .compact .meta {
    margin-block-start: var(--_space-1);
  }
  @media (forced-colors: active) {
    .figure {
      border: 1px solid CanvasText;
      border-inline-start-width: var(--_space-1);
    }
    .trend {
      color: CanvasText;
    }
  }
  @media print {
    .figure {
      break-inside: avoid;
      border: 1px solid #000;
    }
  }
`;

