import {css} from 'lit';

/**
 * Room kept while loading (see `loadingRoom` in styles/tokens.ts): the height
 * of the demo scheme of the bundled data (four-links-three-unchanged) in each
 * locale and look, fitted to its heights in a 320 and an 860 px column
 * (test/layout-shift.test.ts checks them and gives new values when they change).
 */
const room = css`
  .base {
    --_state-plain: 20.432em;
    --_state-plain-text: 398.05em;
    --_state-compact: 17.682em;
    --_state-compact-text: 398.05em;
    --_state-care: 16.006em;
    --_state-care-text: 581.3em;
    --_state-care-compact: 16.682em;
    --_state-care-compact-text: 433.98em;
  }
  :host(:lang(en)) .base {
    --_state-plain: 11.906em;
    --_state-plain-text: 1143.8em;
    --_state-compact: 11.497em;
    --_state-compact-text: 1018.02em;
    --_state-care: 8.74em;
    --_state-care-text: 1400.37em;
    --_state-care-compact: 10.138em;
    --_state-care-compact-text: 1222em;
  }
`;

export const styles = css`
  ${room}
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: var(--alliance-scheme-padding, var(--_space-3));
    border: 1px solid var(--_border);
    border-inline-start: var(--_space-1) solid var(--alliance-scheme-accent-color, var(--_accent));
    border-radius: var(--_radius);
    background: var(--alliance-scheme-background, var(--_surface));
    color: var(--_text);
  }
  .heading {
    margin: 0;
    font-size: var(--_font-size-lg);
    line-height: 1.35;
    color: var(--_text-strong);
  }
  .definition,
  .group {
    margin: 0;
  }
  .group-title {
    font-size: var(--_font-size-sm);
    font-weight: 600;
    color: var(--_text-muted);
  }
  .parts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    margin: var(--_space-1) 0 0;
    padding: 0;
    list-style: none;
  }
  .part {
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .quote {
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 0.2em solid var(--_border);
    background: var(--_surface-alt);
  }
  .quote blockquote,
  .quote p {
    margin: 0;
  }
  .meta {
    margin: 0;
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }
  .compact .card {
    padding: var(--_space-2);
    gap: var(--_space-1);
  }
  @media (forced-colors: active) {
    .card,
    .quote {
      border-color: CanvasText;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
    }
  }
`;
