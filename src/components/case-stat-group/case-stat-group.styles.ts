import {css} from 'lit';
import {figureStyles} from '../../shared/figure.styles.js';

/**
 * Room kept while loading (see `loadingRoom` in styles/tokens.ts): the height
 * of the demo group of the bundled data (src/static/demos.ts) in each locale
 * and look, fitted to its heights in a 320 and an 860 px column;
 * test/layout-shift.test.ts checks them and gives new values when they
 * change.
 */
const room = css`
  .base {
    --_state-plain: 5.068em;
    --_state-plain-text: 544.16em;
    --_state-compact: 5.404em;
    --_state-compact-text: 514.3em;
    --_state-care: 4.398em;
    --_state-care-text: 505.33em;
    --_state-care-compact: 4.735em;
    --_state-care-compact-text: 481.44em;
  }
  :host(:lang(en)) .base {
    --_state-plain: 9.638em;
    --_state-plain-text: 588.73em;
    --_state-compact: 11.041em;
    --_state-compact-text: 501.54em;
    --_state-care: 8.585em;
    --_state-care-text: 637.83em;
    --_state-care-compact: 2.92em;
    --_state-care-compact-text: 709.98em;
  }
`;

/** <case-stat-group>: the shared figure look in a wrapping row, with this widget's tokens. */
export const styles = [
  figureStyles,
  css`
    ${room}
    .base {
      --_figure-padding: var(--_space-2) var(--_space-3);
      --_figure-accent: var(--case-stat-group-accent-color, var(--_accent));
      --_figure-background: var(--case-stat-group-background, var(--_surface));
      --_figure-value-size: var(--_font-size-xl);
    }
    .group {
      display: flex;
      flex-direction: column;
      gap: var(--_space-2);
    }
    .heading {
      margin: 0;
      font-size: var(--_font-size-lg);
      color: var(--_text-strong);
    }
    .figures {
      display: grid;
      gap: var(--_space-2);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--case-stat-group-figure-min-width, 12em)), 1fr));
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .figure {
      block-size: 100%;
    }
    .sources {
      margin: 0;
      font-size: var(--_font-size-sm);
      color: var(--_text-muted);
    }
    .compact .figures {
      gap: var(--_space-1);
    }
  `,
];
