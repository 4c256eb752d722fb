import {css} from 'lit';

/**
 * Styles every widget shares: host display rules and the global design
 * tokens with their defaults. Widgets read tokens through private `--_x`
 * properties set on their `base` part, so a page can theme them from any
 * ancestor and they look right with no host CSS at all.
 */
export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--alliance-font-family, system-ui, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif);
    font-size: var(--alliance-font-size-base, 1rem);
    line-height: var(--alliance-line-height, 1.6);
    color: var(--alliance-color-text, #1f2328);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .state {
    margin: 0;
    padding: var(--alliance-space-3, 1rem);
    border: 1px dashed var(--alliance-color-border, #c9ced6);
    border-radius: var(--alliance-radius, 0.5rem);
    color: var(--alliance-color-text-muted, #4a5260);
  }
  .state[data-state='error'],
  .state[data-state='not-found'] {
    border-style: solid;
    border-color: var(--alliance-color-danger, #b42318);
    color: var(--alliance-color-danger, #b42318);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .state {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
`;
