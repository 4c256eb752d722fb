/**
 * Care mode (适老化) is switched on by a `care` attribute on a widget or on any
 * ancestor, e.g. `<body care>`; `care="false"` switches it off below. One
 * shared observer watches the document for changes of that attribute and
 * asks every connected widget to update.
 */
import type {ReactiveElement} from 'lit';

const hosts = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;

/** Whether care mode applies to an element: the nearest `care` attribute, crossing shadow roots, decides. */
export function inCareMode(element: Element): boolean {
  let node: Element | null = element;
  while (node) {
    const value = node.getAttribute('care');
    if (value !== null) return value !== 'false';
    // getRootNode is optional so that server rendering (no real DOM) simply finds no ancestor.
    node = node.parentElement ?? ((node.getRootNode?.() as ShadowRoot | undefined)?.host as Element | undefined) ?? null;
  }
  return false;
}

export function watchCareMode(host: ReactiveElement): void {
  hosts.add(host);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    observer.observe(document.documentElement, {attributes: true, attributeFilter: ['care'], subtree: true});
  }
}

export function unwatchCareMode(host: ReactiveElement): void {
  hosts.delete(host);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
