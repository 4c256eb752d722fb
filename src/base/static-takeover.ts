import {adoptStyles, type ReactiveElement} from 'lit';

/**
 * A widget given static HTML (a declarative shadow root and its text pieces,
 * see `renderStatic`) keeps showing it until it has its own data, then its
 * first real render replaces it in one step: no flash of a loading state, no
 * piece twice, no box moved.
 */
export class StaticTakeover {
  /** Whether the widget was given static HTML. */
  given = false;
  /** The static HTML's nodes in the shadow root, removed by the first real render (none left: the static HTML is gone). */
  nodes: ChildNode[] = [];
  private rendered = false;

  /** Notes what static HTML put in the host's shadow root (before Lit adds its own styles there). */
  take(host: HTMLElement): void {
    this.nodes = host.shadowRoot ? [...host.shadowRoot.childNodes] : [];
    this.given = this.nodes.length > 0;
  }

  /**
   * Whether this update keeps the static HTML (it has nothing to show yet); otherwise the static nodes are removed,
   * once, and the widget's own styles adopted in their place.
   */
  keep(ready: boolean, host: HTMLElement): boolean {
    if (this.rendered) return false;
    if (this.given && !ready) return true;
    for (const node of this.nodes.splice(0)) node.remove();
    if (this.given) adoptStyles(host.shadowRoot!, (host.constructor as typeof ReactiveElement).elementStyles);
    this.rendered = true;
    return false;
  }
}
