import {css} from 'lit';

/** The controls of the catalogue's tools (the data workbench, the theme builder): system colours, a visible focus ring, fieldsets. */
export const toolControls = css`
  input,
  select,
  button,
  textarea {
    font: inherit;
  }
  button {
    padding: 0.35rem 0.9rem;
    border: 1px solid #44505c;
    border-radius: 4px;
    background: Canvas;
    color: CanvasText;
    cursor: pointer;
  }
  button:focus-visible,
  textarea:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 3px solid #0b57d0;
    outline-offset: 2px;
  }
  fieldset {
    border: 1px solid #8a949e;
    border-radius: 4px;
    margin: 0 0 1rem;
  }
  fieldset label {
    margin-inline-end: 1rem;
    white-space: nowrap;
  }
`;
