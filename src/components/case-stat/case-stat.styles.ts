import {css} from 'lit';
import {figureStyles} from '../../shared/figure.styles.js';
import {seriesStyles} from './series-chart.styles.js';

/**
 * Room kept while loading (see `loadingRoom` in styles/tokens.ts): the height
 * of the demo figure of the bundled data (workshop-employment: value, label,
 * date, source) in each locale and look, fitted to its heights in a 320 and an
 * 860 px column; test/layout-shift.test.ts checks them and gives new values
 * when they change.
 */
const room = css`
  .base {
    --_state-plain: 9.312em;
    --_state-plain-text: 44.57em;
    --_state-compact: 7.194em;
    --_state-compact-text: 44.57em;
    --_state-care: 8.735em;
    --_state-care-text: 78.04em;
    --_state-care-compact: 6.616em;
    --_state-care-compact-text: 78.04em;
  }
  :host(:lang(en)) .base {
    --_state-plain: 8.816em;
    --_state-plain-text: 146.47em;
    --_state-compact: 7.527em;
    --_state-compact-text: 101.90em;
    --_state-care: 5.426em;
    --_state-care-text: 286.19em;
    --_state-care-compact: 4.907em;
    --_state-care-compact-text: 217.39em;
  }
  :host(:is(:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO))) .base {
    --_state-plain: 9.312em;
    --_state-plain-text: 44.57em;
  }
`;

/** <case-stat>: the shared figure look, with this widget's tokens. */
export const styles = [
  figureStyles,
  seriesStyles,
  css`
    ${room}
    /* The widget's documented tokens, onto the shared figure look. */
    .base {
      --_figure-padding: var(--case-stat-padding, var(--_space-3));
      --_figure-accent: var(--case-stat-accent-color, var(--_accent));
      --_figure-background: var(--case-stat-background, var(--_surface));
      --_figure-value-color: var(--case-stat-value-color, var(--_text-strong));
      --_figure-value-size: var(--case-stat-value-font-size, var(--_font-size-xxl));
    }
    .base.compact {
      --_figure-value-size: var(--case-stat-value-font-size, var(--_font-size-xl));
    }
  `,
];
