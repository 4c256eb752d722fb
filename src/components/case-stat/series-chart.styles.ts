import {css} from 'lit';

/**
 * The series chart of `<case-stat chart>` (series-chart.ts). Bars and keys
 * take `currentColor`: the muted text colour, the widget's accent for the
 * figure shown; an undated figure is a dashed outline. The keys are borders,
 * so forced colours and print draw them without help; print's black comes
 * from the tokens, and forced colours set one system colour on the whole.
 */
export const seriesStyles = css`
  .views,
  .views + .table {
    margin-block-start: var(--_space-2);
  }
  .series {
    margin-block-start: var(--_space-2);
    color: var(--_text-muted);
  }
  .chart {
    display: block;
    inline-size: 100%;
    block-size: 4em;
  }
  .shown,
  [aria-current] .key {
    color: var(--_figure-accent, var(--_accent));
  }
  .bar rect {
    fill: currentColor;
  }
  .bar .range,
  .bar.undated rect,
  .axis {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5px;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
  }
  .axis {
    stroke-dasharray: none;
  }
  .points {
    margin: var(--_space-1) 0 0;
    padding: 0;
    list-style: none;
    color: var(--_text);
  }
  .point {
    display: flex;
    gap: var(--_space-2);
    align-items: baseline;
  }
  [aria-current] {
    font-weight: 700;
  }
  .key {
    flex: none;
    border: 0.375em solid currentColor;
  }
  .undated .key {
    border: 1.5px dashed;
    padding: calc(0.375em - 1.5px);
  }
  .series-note {
    margin: var(--_space-1) 0 0;
    font-size: var(--_font-size-sm);
  }
  @media (forced-colors: active) {
    .series,
    .series * {
      color: CanvasText;
    }
  }
`;
