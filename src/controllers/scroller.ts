/**
 * A sideways scroller in a host's shadow DOM — a row of columns wider than
 * the widget — and what lies beyond its edges, for the buttons that scroll it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** A host with a render root, where the scroller is. */
export type ScrollerHost = ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment};

/** Whether content lies beyond a scroller's start edge (`before`) and end edge (`after`), in its writing direction. */
export interface HiddenSides {
  readonly before: boolean;
  readonly after: boolean;
}

/** The buttons that scroll back and on, and what takes their focus when neither may keep it. */
export interface ScrollerControls {
  back: HTMLElement | null | undefined;
  on: HTMLElement | null | undefined;
  /** Another control (e.g. of the same toolbar), focused when both buttons go. */
  fallback: HTMLElement | null | undefined;
}

/** What a sideways scroller needs to know of its host. */
export interface ScrollerOptions {
  /** The scrolling element: a selector for the render root, or a function; none in a layout that does not scroll sideways. Looked up after each host update. */
  element: string | (() => HTMLElement | null | undefined);
  /** How far one page scrolls, in px (e.g. one column's width); by default the element's visible width; undefined scrolls nothing. */
  pageSize?: (element: HTMLElement) => number | undefined;
  /** Whether a page scrolls smoothly (read at each scroll); by default it jumps. */
  smooth?: () => boolean;
  /** The host's buttons, looked up when the hidden sides change, so focus never falls from a button they disable to the page. */
  controls?: () => ScrollerControls;
}

const NONE: HiddenSides = {before: false, after: false};

/** Whether an element has focus within its document or shadow root. */
const focused = (element: HTMLElement | null | undefined): boolean => !!element && (element.getRootNode() as Document | ShadowRoot).activeElement === element;

/**
 * Measures a host's sideways scroller and scrolls it by a page. `hidden` says
 * which sides hide content; the host renders its "back" and "on" buttons from
 * it (disabled when their side hides nothing, gone when neither does), and is
 * asked to update when it changes. A button that a change disables hands its
 * focus on to the other one, or else to the fallback control.
 *
 * It measures (three layout reads) in the animation frame after a host update,
 * after the element's size changes (one ResizeObserver per controller) and
 * when it scrolls — never during a render, so a render reads no layout. A
 * measurement that changes nothing renders nothing. Disconnecting the host
 * stops the observer, the scroll listener and a pending measurement;
 * reconnecting it watches the same element again.
 */
export class ScrollerController implements ReactiveController {
  /** What lies beyond the edges, as last measured. */
  private sides: HiddenSides = NONE;

  /** Measures the element when its size changes; made when first needed. */
  private observer: ResizeObserver | undefined;

  /** The element measured, as found after the last host update. */
  private element: HTMLElement | undefined;

  /** Whether the host is connected (and the element, if any, watched). */
  private connected = false;

  /** The animation frame of the next measurement, if one is due. */
  private frame: number | undefined;

  constructor(
    private readonly host: ScrollerHost,
    private readonly options: ScrollerOptions
  ) {
    host.addController(this);
  }

  /** Which sides of the scroller hide content, as last measured (neither while there is no scroller). */
  get hidden(): HiddenSides {
    return this.sides;
  }

  hostConnected(): void {
    this.connected = true;
    if (this.element) this.watch(this.element);
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.element?.removeEventListener('scroll', this.measure);
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  hostUpdated(): void {
    const {element: find} = this.options;
    const element = (typeof find === 'string' ? this.host.renderRoot.querySelector<HTMLElement>(find) : find()) ?? undefined;
    if (element !== this.element) {
      if (this.element) this.unwatch(this.element);
      this.element = element;
      if (element && this.connected) this.watch(element);
    }
    // Measured after this update, so the buttons it may show come in an update of their own.
    this.schedule();
  }

  /** @internal Whether content lies beyond either edge; asks the host to update when that changed. */
  private readonly measure = (): void => {
    const element = this.element;
    // In a right-to-left scroller, scrollLeft runs from 0 to negative values.
    const start = element ? Math.abs(element.scrollLeft) : 0;
    const before = !!element && start > 1;
    const after = !!element && start + element.clientWidth < element.scrollWidth - 1;
    if (before === this.sides.before && after === this.sides.after) return;
    // Which button held focus, read before the host renders the change.
    const controls = this.options.controls?.();
    const stranded = !!controls && ((focused(controls.back) && !before) || (focused(controls.on) && !after));
    this.sides = {before, after};
    this.host.requestUpdate();
    if (stranded) {
      const next = () => (before ? controls.back : after ? controls.on : this.options.controls?.().fallback);
      void this.host.updateComplete.then(() => next()?.focus());
    }
  };

  /** Scrolls by a page, back (-1: towards the start edge) or on (1), in the scroller's writing direction. */
  scrollPage(direction: -1 | 1): void {
    const element = this.element;
    if (!element) return;
    const page = this.options.pageSize ? this.options.pageSize(element) : element.clientWidth;
    if (page === undefined) return;
    const rtl = getComputedStyle(element).direction === 'rtl';
    element.scrollBy({left: direction * (rtl ? -1 : 1) * page, behavior: this.options.smooth?.() ? 'smooth' : 'auto'});
  }

  /** @internal Measures in the next animation frame (once, however many ask). */
  private schedule(): void {
    if (this.frame !== undefined || !this.connected || typeof requestAnimationFrame !== 'function') return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.measure();
    });
  }

  /** @internal */
  private watch(element: HTMLElement): void {
    // Measured in the next frame, not inside the observer's callback, so a change it causes is no resize loop.
    if (typeof ResizeObserver !== 'undefined') this.observer ??= new ResizeObserver(() => this.schedule());
    this.observer?.observe(element);
    element.addEventListener('scroll', this.measure, {passive: true});
  }

  /** @internal */
  private unwatch(element: HTMLElement): void {
    this.observer?.unobserve(element);
    element.removeEventListener('scroll', this.measure);
  }
}
