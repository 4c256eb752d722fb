import {css} from 'lit';
import {figureStyles} from '../../shared/figure.styles.js';

/** <case-stat>: the shared figure look, with this widget's tokens. */
export const styles = [
  figureStyles,
  css`
    /* The widget's documented tokens, onto the shared figure look. */
    .base {
      --_figure-padding: var(--case-stat-padding, var(--_space-3));
      --_figure-accent: var(--case-stat-accent-color, var(--_accent));
      --_figure-background: var(--case-stat-background, var(--_surface));
      --_figure-value-color: var(--case-stat-value-color, var(--_text-strong));
      --_figure-value-size: var(--case-stat-value-font-size, var(--_font-size-xxl));
      /* Room kept while loading: about the height of a figure with its label, date and source. */
      --_state-size: 11.5em;
    }
    .base.compact {
      --_figure-value-size: var(--case-stat-value-font-size, var(--_font-size-xl));
      --_state-size: 7em;
    }
  `,
];
