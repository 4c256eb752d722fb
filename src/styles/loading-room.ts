import {css} from 'lit';

/**
 * Loading keeps the widget's room, so the page does not jump when the data
 * arrives (ADR 7): a fixed part, `--_state-size` (paddings, borders, lines
 * that do not wrap), and the area of the text that wraps, `--_state-text` (in
 * em times em), whose lines grow as the column narrows. Where calc() divides
 * a length by a length (Chromium), the room follows the column:
 * `--_state-size + --_state-text / (the column's width in em)`, the column
 * never counted narrower than 10em (nor as no width at all); `.base` is a
 * size container only while it shows the loading state. Elsewhere the room is
 * that of a desktop column, 860 px (`--_state-column`: 53.75em, 43 care-mode
 * em).
 *
 * Each widget gives both for its plain, compact, care and care-compact looks
 * (`--_state-plain`, `--_state-plain-text`, …) and what an attribute adds to
 * any of them (`--_state-more`, `--_state-more-text`). The look's rules have
 * the specificity of `.base`, so a widget's own rules for a layout win.
 */
export const loadingRoom = css`
  .state[data-state='loading'] {
    --_state-all: calc(var(--_state-size, 6em) + var(--_state-more, 0em));
    --_state-all-text: calc(var(--_state-text, 0em) + var(--_state-more-text, 0em));
    min-block-size: calc(var(--_state-all) + var(--_state-all-text) / var(--_state-column, 53.75));
    padding: var(--_space-3);
  }
  @supports (inline-size: calc(1px * (1em / 1px))) {
    .base:has(> .state[data-state='loading']) {
      container-type: inline-size;
    }
    .state[data-state='loading'] {
      min-block-size: calc(var(--_state-all) + var(--_state-all-text) / max(100cqi / 1em, 10));
    }
  }
  .base {
    --_state-size: var(--_state-plain);
    --_state-text: var(--_state-plain-text);
  }
  .base:where(.compact) {
    --_state-size: var(--_state-compact);
    --_state-text: var(--_state-compact-text);
  }
  .base:where(.care) {
    --_state-size: var(--_state-care);
    --_state-text: var(--_state-care-text);
    --_state-column: 43;
  }
  .base:where(.care.compact) {
    --_state-size: var(--_state-care-compact);
    --_state-text: var(--_state-care-compact-text);
  }
`;
