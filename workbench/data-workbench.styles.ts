import {css} from 'lit';
import {toolControls} from '../stories/tool-styles.js';

/**
 * The data workbench's look: system colours (Canvas, CanvasText), so it reads
 * in the colour scheme it is given — the page's `color-scheme`, or a `theme`
 * on the workbench or an ancestor (`.theme-dark`, `.theme-light`,
 * `.theme-system` on the wrapper) — and larger text and targets in care mode
 * (a `care` attribute on the workbench or an ancestor, `.care`).
 */
export const styles = [
  toolControls,
  css`
    :host {
      display: block;
      font: 1rem/1.6 system-ui, sans-serif;
      color: CanvasText;
      max-width: 72rem;
    }
    h2 {
      font-size: 1.5em;
      margin: 0 0 0.5rem;
    }
    h3 {
      font-size: 1.2em;
      margin: 1.5rem 0 0.5rem;
    }
    textarea,
    input[type='url'],
    select {
      font: inherit;
      box-sizing: border-box;
      max-width: 100%;
    }
    textarea {
      width: 100%;
      min-height: 10rem;
      font-family: ui-monospace, monospace;
      font-size: 0.875rem;
    }
    .drop {
      border: 2px dashed #5c6670;
      border-radius: 6px;
      padding: 0.75rem;
    }
    .drop[data-over] {
      border-color: #0b57d0;
      background: color-mix(in srgb, #0b57d0 8%, transparent);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
    .status {
      font-weight: 600;
    }
    .problems li {
      margin-block: 0.25rem;
    }
    .where {
      font-weight: 600;
    }
    .widgets {
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
      align-items: start;
    }
    .widgets .wide {
      grid-column: 1 / -1;
    }
    .snippet {
      min-height: 8rem;
    }
    table {
      border-collapse: collapse;
      font-size: 0.9rem;
    }
    th,
    td {
      border: 1px solid #8a949e;
      padding: 0.25rem 0.5rem;
      text-align: start;
      vertical-align: top;
    }
    .table-scroll {
      overflow-x: auto;
    }
  
    :host([hidden]) {
      display: none;
    }
    .base {
      background: Canvas;
      color: CanvasText;
    }
    .theme-light {
      color-scheme: light;
    }
    .theme-dark {
      color-scheme: dark;
    }
    .theme-system {
      color-scheme: light dark;
    }
    .theme-dark .drop,
    .theme-dark th,
    .theme-dark td {
      border-color: #8a949e;
    }
    .theme-dark .drop[data-over] {
      border-color: #8ab4f8;
    }
    .care {
      font-size: 1.25rem;
      line-height: 1.8;
    }
    .care button,
    .care select,
    .care input[type='url'] {
      min-height: 2.75rem;
    }
    .care input[type='radio'],
    .care input[type='checkbox'] {
      inline-size: 1.25em;
      block-size: 1.25em;
    }
    .src-help {
      border-inline-start: 4px solid #0b57d0;
      padding-inline-start: 0.75rem;
    }
    .src-file {
      font-weight: 600;
    }
  `,
];
