import {css} from 'lit';

/** Compact, motion, forced colours and print: after the horizontal layout, so they win over it where both apply. */
export const looks = css`
  /* Compact: tighter spacing, era descriptions behind a button. */
  .compact .timeline {
    padding: var(--_space-2);
  }
  .compact .era + .era {
    margin-block-start: var(--_space-3);
  }
  .compact .events {
    margin-block-start: var(--_space-2);
  }
  .compact .event {
    padding-block: 0;
  }
  .compact .event:first-child::before {
    inset-block-start: 1.25em;
  }
  .compact .event:last-child::before {
    block-size: 1.25em;
  }
  .compact .event::after {
    inset-block-start: 0.9375em;
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
    .horizontal .groups {
      scroll-behavior: auto;
    }
  }

  @media (forced-colors: active) {
    .event::before {
      border-color: CanvasText;
    }
    .event::after {
      border-color: CanvasText;
      background: Canvas;
    }
    .event.open::after {
      background: CanvasText;
    }
    .date,
    .era-label {
      color: CanvasText;
    }
    .horizontal .era {
      border-color: CanvasText;
    }
    .horizontal .toggle,
    .horizontal .detail,
    .empty {
      border-color: CanvasText;
    }
  }

  @media print {
    .timeline {
      padding: 0;
    }
    /* Every detail and era description printed; the event buttons print as plain text. */
    .detail[hidden],
    .era-text[hidden] {
      display: block;
    }
    .toggle {
      display: grid;
      padding: 0;
      border: 0;
      background: none;
    }
    .chevron,
    .toolbar,
    .era-toggle,
    .date-note {
      display: none;
    }
    .horizontal .groups {
      background: none;
    }
    .horizontal .groups {
      display: block;
      overflow: visible;
      padding: 0;
    }
    .horizontal .era + .era {
      margin-block-start: var(--_space-4);
    }
    .event {
      content-visibility: visible;
      break-inside: avoid;
    }
    .era-heading {
      break-after: avoid;
    }
    .horizontal .toggle,
    .horizontal .detail {
      border: 0;
      background: none;
    }
  }
`;
