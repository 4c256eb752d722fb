/**
 * Watches a widget's inline data block, `<script type="application/json">`
 * as a child, and updates the widget when one comes, goes or has its text
 * changed: the parser may add the block after the widget is upgraded, a
 * script or a CMS preview may add it or rewrite it in place. Each block is
 * watched itself, so the widget's own text pieces beside it are never
 * observed. Nothing is left watching once the widget is disconnected.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Whether `node` is an inline data block. */
const isDataBlock = (node: Node) => node.nodeName === 'SCRIPT' && (node as Element).getAttribute('type') === 'application/json';

export class InlineDataController implements ReactiveController {
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The text of the inline block, or undefined when the widget has none. */
  text(): string | undefined {
    // (A server renderer's elements have no children to query.)
    return this.host.querySelector?.(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver((records) => {
      let changed = false;
      for (const r of records) {
        // A record on a block itself is a change of its text.
        if (r.target !== this.host || [...r.removedNodes].some(isDataBlock)) changed = true;
        for (const node of r.addedNodes) {
          if (!isDataBlock(node)) continue;
          changed = true;
          this.watch(node);
        }
      }
      if (changed) this.host.requestUpdate();
    });
    this.observer.observe(this.host, {childList: true});
    for (const node of this.host.children) if (isDataBlock(node)) this.watch(node);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  private watch(block: Node): void {
    this.observer?.observe(block, {childList: true, characterData: true, subtree: true});
  }
}
