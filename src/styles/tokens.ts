import {css} from 'lit';
import {loadingRoom} from './loading-room.js';

/**
 * Styles every widget shares.
 *
 * Global tokens (`--alliance-*`) are read once, on the `base` wrapper, into
 * private `--_*` properties with their defaults; everything inside uses the
 * private ones. So a page can theme the widgets from any ancestor, and they
 * look right with no host CSS at all.
 *
 * Sizes are in `em` below the host, whose size comes from
 * `--alliance-font-size-base` (default 1rem): a portal's zoom and font-size
 * tools reach inside, and care mode scales everything by one factor.
 *
 * Looks: light (default), dark (`theme="dark"` on the widget or an ancestor,
 * or a page whose `color-scheme` is dark; `theme="system"` follows the
 * reader's system setting), care mode
 * (`care` on the widget or any ancestor: larger type, taller lines, larger
 * targets, no motion, contrast ≥ 7:1), forced colours, print.
 */
/** Dark colours, each overridable with its own `--alliance-dark-*` token. */
const dark = css`
  --_text: var(--alliance-dark-color-text, #e6e8eb);
  --_text-strong: var(--alliance-dark-color-text-strong, #ffffff);
  --_text-muted: var(--alliance-dark-color-text-muted, #b8bfc9);
  --_surface: var(--alliance-dark-color-surface, #16181c);
  --_surface-alt: var(--alliance-dark-color-surface-alt, #22252b);
  --_border: var(--alliance-dark-color-border, #5b6370);
  --_control-border: var(--alliance-dark-color-control-border, #808896);
  --_accent: var(--alliance-dark-color-accent, #ff8a80);
  --_accent-text: var(--alliance-dark-color-accent-text, #ffb4ab);
  --_on-accent: var(--alliance-dark-color-on-accent, #16181c);
  --_up: var(--alliance-dark-color-positive, #7fdc9f);
  --_focus: var(--alliance-dark-color-focus, #8ab4f8);
`;

/**
 * Care mode on a dark background. Its colours are tokens of their own
 * (`--alliance-care-dark-color-*`), apart from the everyday dark ones, so
 * contrast stays ≥ 7:1 whatever the page sets for everyday looks; a theme
 * preset (themes/*.css) sets them too.
 */
const careDark = css`
  --_text: var(--alliance-care-dark-color-text, #f5f5f5);
  --_text-strong: var(--alliance-care-dark-color-text-strong, #ffffff);
  --_text-muted: var(--alliance-care-dark-color-text-muted, #d9dde3);
  --_surface: var(--alliance-care-dark-color-surface, #000000);
  --_surface-alt: var(--alliance-care-dark-color-surface-alt, #111317);
  --_border: var(--alliance-care-dark-color-border, #c9ced6);
  --_control-border: var(--alliance-care-dark-color-control-border, #c9ced6);
  --_accent: var(--alliance-care-dark-color-accent, #ffb4ab);
  --_accent-text: var(--alliance-care-dark-color-accent-text, #ffcfc9);
  --_up: var(--alliance-care-dark-color-positive, #a8efc0);
  --_focus: var(--alliance-care-dark-color-focus, #aecbfa);
`;


export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-size: var(--alliance-font-size-base, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * The text pieces in the page's DOM (see base/pieces.ts) take their box and
   * type from the layout, whatever the page's stylesheets say: these
   * declarations are !important, and a shadow root's !important wins over the
   * page's. Colour and background are left to the page, so a reading
   * toolbar's high-contrast colours reach the text.
   */
  ::slotted(aw-t) {
    display: inline !important;
    position: static !important;
    float: none !important;
    inline-size: auto !important;
    block-size: auto !important;
    min-inline-size: 0 !important;
    min-block-size: 0 !important;
    max-inline-size: none !important;
    max-block-size: none !important;
    margin: 0 !important;
    padding: 0 !important;
    border: 0 !important;
    font: inherit !important;
    letter-spacing: inherit !important;
    word-spacing: inherit !important;
    line-height: inherit !important;
    text-align: inherit !important;
    text-indent: 0 !important;
    text-transform: inherit !important;
    white-space: inherit !important;
    vertical-align: baseline !important;
    visibility: inherit !important;
    opacity: 1 !important;
    transform: none !important;
    content: normal !important;
    /* A bidi override or a word of thousands of letters in the data stays inside its own piece and its column. */
    unicode-bidi: isolate !important;
    overflow-wrap: anywhere !important;
  }
  ::slotted(aw-t[b]) {
    display: block !important;
  }
  ::slotted(aw-t)::before,
  ::slotted(aw-t)::after {
    content: none !important;
  }
  * {
    box-sizing: inherit;
  }

  .base {
    --_font-family: var(
      --alliance-font-family,
      system-ui,
      -apple-system,
      'PingFang SC',
      'Hiragino Sans GB',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      sans-serif
    );
    --_text: var(--alliance-color-text, #1f2328);
    --_text-strong: var(--alliance-color-text-strong, #111418);
    --_text-muted: var(--alliance-color-text-muted, #4a5260);
    --_surface: var(--alliance-color-surface, #ffffff);
    --_surface-alt: var(--alliance-color-surface-alt, #f6f7f9);
    --_border: var(--alliance-color-border, #c9ced6);
    /* Borders that mark a control (buttons, chips that are links or buttons): at least 3:1 on the surfaces (WCAG 1.4.11). */
    --_control-border: var(--alliance-color-control-border, #767e8a);
    --_accent: var(--alliance-color-accent, #b3261e);
    --_accent-text: var(--alliance-color-accent-text, #a3211a);
    --_on-accent: var(--alliance-color-on-accent, #ffffff);
    --_up: var(--alliance-color-positive, #116b3a);
    --_focus: var(--alliance-color-focus, #0b57d0);
    --_radius: var(--alliance-radius, 0.5em);
    --_space-1: var(--alliance-space-1, 0.25em);
    --_space-2: var(--alliance-space-2, 0.5em);
    --_space-3: var(--alliance-space-3, 1em);
    --_space-4: var(--alliance-space-4, 1.5em);
    --_font-size-sm: var(--alliance-font-size-sm, 0.875em);
    --_font-size-lg: var(--alliance-font-size-lg, 1.125em);
    --_font-size-xl: var(--alliance-font-size-xl, 1.5em);
    --_font-size-xxl: var(--alliance-font-size-xxl, 2.25em);
    --_line-height: var(--alliance-line-height, 1.6);
    --_target: var(--alliance-target-size, 2.75em);
    --_motion: 1;

    font-family: var(--_font-family);
    line-height: var(--_line-height);
    color: var(--_text);
  }

  /* Dark: when the page says so (see the base class), or by the reader's system setting where the page chose theme="system". */
  .base.dark {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .base.system {
      ${dark}
    }
  }

  /*
   * Care mode (适老化): 1.25× type, line height 1.75, 3em targets, no motion, AAA contrast.
   * Its colours come from --alliance-care-color-* only (not the everyday tokens), so a page's everyday colours never lower them.
   */
  .base.care {
    --_line-height: 1.75;
    --_target: 3em;
    --_motion: 0;
    --_text: var(--alliance-care-color-text, #111111);
    --_text-strong: var(--alliance-care-color-text-strong, #000000);
    --_text-muted: var(--alliance-care-color-text-muted, #2f343b);
    --_surface: var(--alliance-care-color-surface, #ffffff);
    --_surface-alt: var(--alliance-care-color-surface-alt, #f4f4f4);
    --_border: var(--alliance-care-color-border, #3d434b);
    --_control-border: var(--alliance-care-color-control-border, #3d434b);
    --_accent: var(--alliance-care-color-accent, #8c1d18);
    --_accent-text: var(--alliance-care-color-accent-text, #7a1712);
    --_up: var(--alliance-care-color-positive, #0b4d29);
    --_focus: var(--alliance-care-color-focus, #0842a0);
    font-size: var(--alliance-care-font-scale, 1.25em);
  }
  .base.dark.care {
    ${careDark}
  }
  @media (prefers-color-scheme: dark) {
    .base.system.care {
      ${careDark}
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .base {
      --_motion: 0;
    }
  }

  :focus-visible {
    outline: 0.1875em solid var(--_focus);
    outline-offset: 0.125em;
  }

  .state {
    display: flex;
    align-items: center;
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text-muted);
  }
  ${loadingRoom}
  /* A problem is the page's mistake, not the visitor's: one calm line, no room kept around it. */
  .state[data-state='error'],
  .state[data-state='not-found'] {
    border-style: solid;
    font-size: var(--_font-size-sm);
  }

  /* A date, or a number with its unit, never breaks inside. */
  /* The article's title in a source line, when the data gives its URL. */
  .source-link {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .nowrap {
    white-space: nowrap;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* A small bordered button or link: cases, models, disclosure toggles. */
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent-text);
    cursor: pointer;
    text-align: start;
    text-decoration: none;
  }
  .chip:hover {
    background: var(--_surface-alt);
  }
  /* A name that leads nowhere on this page: text, not a control. */
  .chip.label {
    border-color: transparent;
    background: var(--_surface-alt);
    color: var(--_text);
    cursor: auto;
  }
  /* Beside a case or model linked by the data's editors, not by an article. */
  .editorial {
    margin-inline-start: var(--_space-1);
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }

  button {
    font: inherit;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
  }

  @media (forced-colors: active) {
    .state {
      border-color: CanvasText;
      color: CanvasText;
      background: Canvas;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .chip {
      border-color: ButtonText;
      color: ButtonText;
    }
  }

  @media print {
    /* Black on white in every look, dark and care too, whatever colours a page or a preset sets: three classes outrank .base.dark.care. */
    .base.base.base {
      --_text: #000000;
      --_text-strong: #000000;
      --_text-muted: #000000;
      --_surface: #ffffff;
      --_surface-alt: #ffffff;
      --_border: #000000;
      --_control-border: #000000;
      --_accent: #000000;
      --_accent-text: #000000;
      --_on-accent: #ffffff;
      --_up: #000000;
    }
    /* Chips print as plain text; pure controls hide themselves in each widget. */
    .chip {
      border: none;
      padding: 0;
      color: #000000;
    }
  }
`;
