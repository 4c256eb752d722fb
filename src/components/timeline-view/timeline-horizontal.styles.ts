import {css} from 'lit';

/**
 * The horizontal layout of <timeline-view>: eras side by side in a sideways
 * scroller, events as cards; in narrow hosts (a container query on the
 * timeline) it falls back to the list, and very narrow columns tighten it.
 */
export const horizontalStyles = css`
  /* Horizontal: eras side by side in a sideways scroller, events as cards. */
  .horizontal .groups {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-3);
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x proximity;
    /* Room for focus rings inside the scroller; eras snap to it, so the first sits at the very start. */
    padding: var(--_space-1);
    scroll-padding-inline: var(--_space-1);
    /* Shadows at an edge with more eras beyond it: they scroll away when that edge is reached. */
    background:
      linear-gradient(to right, var(--_surface) 30%, transparent) left / 2em 100% no-repeat local,
      linear-gradient(to left, var(--_surface) 30%, transparent) right / 2em 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.25), transparent) left / 0.75em 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.25), transparent) right / 0.75em 100% no-repeat scroll;
  }
  .horizontal .era {
    flex: 0 0 min(var(--timeline-view-era-width, 20em), 85%);
    margin: 0;
    padding-block-start: var(--_space-2);
    border-block-start: 0.25em solid var(--timeline-view-accent-color, var(--_accent));
    scroll-snap-align: start;
  }
  .horizontal .event {
    padding: var(--_space-1);
  }
  .horizontal .event + .event {
    margin-block-start: var(--_space-2);
  }
  .horizontal .event::before,
  .horizontal .event::after {
    display: none;
  }
  .horizontal .toggle,
  .horizontal .detail {
    background: var(--timeline-view-card-background, var(--_surface-alt));
  }
  .horizontal .toggle {
    padding: var(--_space-2);
    border: 1px solid var(--_control-border);
  }
  .horizontal .event.open .toggle {
    border-end-start-radius: 0;
    border-end-end-radius: 0;
  }
  .horizontal .detail {
    border: 1px solid var(--_control-border);
    border-block-start: 0;
    border-end-start-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
  }

  /* Narrow hosts: the horizontal layout falls back to the list. */
  @container timeline-view (max-width: 40em) {
    .horizontal .groups {
      display: block;
      overflow: visible;
      padding: 0;
      background: none;
    }
    .horizontal .era {
      margin: 0;
    }
    .horizontal .era + .era {
      margin-block-start: var(--_space-4);
    }
    .scroll-buttons,
    .view-switch {
      display: none;
    }
  }

  /*
   * Very narrow columns (a phone, a sidebar, care mode at 320 px): the date takes the whole width of its button,
   * with the chevron beside the title, and the sides are tighter, so the longest date ("Before 6 December 2021")
   * still fits on its one line.
   */
  @container timeline-view (max-width: 24em) {
    .timeline {
      padding-inline: var(--_space-1);
    }
    .toggle,
    .detail {
      padding-inline: var(--_space-1);
    }
    .date {
      grid-column: 1 / -1;
    }
    .chevron {
      grid-row: 2;
    }
  }
`;
