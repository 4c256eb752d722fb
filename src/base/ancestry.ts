/**
 * What widgets take from their ancestors: care mode (适老化), switched on by
 * a `care` attribute on a widget or any ancestor (`care="false"` switches it
 * off below), the colour theme, from the closest `theme`, and the language,
 * from the closest `lang`. One shared observer
 * watches the document, and every shadow root a widget sits in, for changes
 * of those attributes and asks the connected widgets to update.
 */
import type {ReactiveElement} from 'lit';

const hosts = new Set<ReactiveElement>();
let observer: MutationObserver | undefined;
let watchedRoots = new WeakSet<Node>();

/** Whether care mode applies to an element: the nearest `care` attribute, crossing shadow roots, decides. */
export function inCareMode(element: Element): boolean {
  let node: Element | null = element;
  while (node) {
    const value = node.getAttribute?.('care');
    if (value !== null && value !== undefined) return value !== 'false';
    // getRootNode is optional so that server rendering (no real DOM) simply finds no ancestor.
    node = node.parentElement ?? ((node.getRootNode?.() as ShadowRoot | undefined)?.host as Element | undefined) ?? null;
  }
  return false;
}

/** The closest `theme` attribute on an element or its ancestors (crossing shadow roots), or undefined. */
export function closestTheme(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const value = node.getAttribute?.('theme');
    if (value !== null && value !== undefined) return value;
    node = node.parentElement ?? ((node.getRootNode?.() as ShadowRoot | undefined)?.host as Element | undefined) ?? null;
  }
  return undefined;
}

/** Observes a document or shadow root for `care` and `lang` changes, once. */
function watchRoot(root: Node): void {
  if (!observer || watchedRoots.has(root)) return;
  watchedRoots.add(root);
  observer.observe(root, {attributes: true, attributeFilter: ['care', 'lang', 'theme'], subtree: true});
}

/** Starts updating `host` when `care` or `lang` changes on it or an ancestor, in the page or a shadow root around it. */
export function watchAncestry(host: ReactiveElement): void {
  hosts.add(host);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    watchRoot(document);
  }
  // Shadow roots between the widget and the document (e.g. a host app's components).
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) watchRoot(root);
}

export function unwatchAncestry(host: ReactiveElement): void {
  hosts.delete(host);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
    watchedRoots = new WeakSet();
  }
}

/** Every connected widget, e.g. to update them all when the page switches language. */
export const connectedWidgets = (): ReadonlySet<ReactiveElement> => hosts;
