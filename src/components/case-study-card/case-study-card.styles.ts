import {css} from 'lit';
import {figureStyles} from '../../shared/figure.styles.js';

/**
 * Room kept while loading (see `loadingRoom` in styles/tokens.ts): the height
 * of the demo case of the bundled data (kuangyan-south, its first six figures)
 * in each locale and look, fitted to its heights in a 320 and an 860 px
 * column; test/layout-shift.test.ts checks them and gives new values when they
 * change.
 */
const room = css`
  .base {
    --_state-plain: 36.519em;
    --_state-plain-text: 1689.33em;
    --_state-compact: 32.657em;
    --_state-compact-text: 1717.20em;
    --_state-care: 39.567em;
    --_state-care-text: 1829.73em;
    --_state-care-compact: 30.564em;
    --_state-care-compact-text: 1850.27em;
  }
  :host(:lang(en)) .base {
    --_state-plain: 19.969em;
    --_state-plain-text: 3599.88em;
    --_state-compact: 21.675em;
    --_state-compact-text: 3328.43em;
    --_state-care: 22.139em;
    --_state-care-text: 3970.45em;
    --_state-care-compact: 23.354em;
    --_state-care-compact-text: 3561.04em;
  }
  :host(:is(:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO))) .base {
    --_state-plain: 37.800em;
    --_state-plain-text: 1695.71em;
    --_state-care-compact: 29.527em;
    --_state-care-compact-text: 1894.87em;
  }
`;

export const styles = [
  figureStyles,
  css`
    ${room}
    .card {
      display: flex;
      flex-direction: column;
      gap: var(--_space-3);
      padding: var(--case-study-card-padding, var(--_space-4));
      border: 1px solid var(--_border);
      border-block-start: var(--_space-1) solid var(--case-study-card-accent-color, var(--_accent));
      border-radius: var(--_radius);
      background: var(--case-study-card-background, var(--_surface));
      color: var(--_text);
    }
    .name {
      margin: 0;
      font-size: var(--_font-size-xl);
      line-height: 1.3;
      color: var(--_text-strong);
    }
    .place,
    .meta,
    .section-title {
      margin: 0;
      font-size: var(--_font-size-sm);
      color: var(--_text-muted);
    }
    .section-title {
      font-weight: 600;
      margin-block-end: var(--_space-2);
    }
    .section-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--_space-2);
      margin-block-end: var(--_space-2);
    }
    .section-head .section-title {
      margin-block-end: 0;
    }
    .summary {
      margin: 0;
    }
    .chips,
    .figures,
    .people {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-2);
    }
    .figures {
      display: grid;
      gap: var(--_space-2);
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--case-study-card-figure-min-width, 13em)), 1fr));
    }
    .figure {
      block-size: 100%;
      padding: var(--_space-2);
      background: var(--_surface-alt);
    }
    .figure .value {
      font-size: var(--_font-size-xl);
    }
    .figure .label {
      font-size: 1em;
    }
    .people {
      display: grid;
      gap: var(--_space-3);
    }
    .person {
      margin: 0;
    }
    /* The rule marks a quotation; a person named without a quote gets none. */
    .person.quoted {
      padding-inline-start: var(--_space-3);
      border-inline-start: 0.2em solid var(--_border);
    }
    .person blockquote {
      margin: 0 0 var(--_space-1);
    }
    .person figcaption {
      font-size: var(--_font-size-sm);
      color: var(--_text-muted);
    }
    .person-name {
      font-weight: 600;
      color: var(--_text);
    }
    .more {
      align-self: flex-start;
      margin-block-start: var(--_space-2);
    }
    /* Static HTML shows every figure and has no script for the button: it keeps its room, hidden. */
    :host(:not(:defined)) .more {
      visibility: hidden;
    }
    .compact .card {
      padding: var(--_space-3);
      gap: var(--_space-2);
    }
    @media (forced-colors: active) {
      .card {
        border-color: CanvasText;
      }
    }
    @media print {
      .card {
        break-inside: avoid;
      }
      .more {
        display: none;
      }
    }
  `,
];
