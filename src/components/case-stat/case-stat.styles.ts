import {css} from 'lit';

export const styles = css`
  .base {
    --_accent: var(--case-stat-accent-color, var(--alliance-color-accent, #b3261e));
    --_value-color: var(--case-stat-value-color, var(--alliance-color-text-strong, #1a1a1a));
    --_value-size: var(--case-stat-value-font-size, var(--alliance-font-size-xxl, 2.25rem));
    margin: 0;
    padding: var(--case-stat-padding, var(--alliance-space-3, 1rem));
    border-inline-start: var(--alliance-space-1, 0.25rem) solid var(--_accent);
    background: var(--case-stat-background, var(--alliance-color-surface, #ffffff));
    border-radius: var(--alliance-radius, 0.5rem);
    min-block-size: 8em;
  }
  .value {
    margin: 0;
    color: var(--_value-color);
    font-size: var(--_value-size);
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .unit,
  .qualifier {
    font-size: 0.5em;
    font-weight: 600;
  }
  .label,
  .meta {
    display: block;
  }
  .label {
    margin-block-start: var(--alliance-space-1, 0.25rem);
    font-size: var(--alliance-font-size-lg, 1.125rem);
    font-weight: 600;
    color: var(--alliance-color-text, #1f2328);
  }
  .meta {
    margin-block-start: var(--alliance-space-2, 0.5rem);
    font-size: var(--alliance-font-size-sm, 0.875rem);
    color: var(--alliance-color-text-muted, #4a5260);
  }
  .meta > span {
    display: block;
  }
  [data-state='loading'] {
    min-block-size: 8em;
  }
  @media (forced-colors: active) {
    .base {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .base {
      break-inside: avoid;
      border: 1px solid #000;
    }
  }
`;
