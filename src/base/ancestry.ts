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

/** An attribute widgets take from their ancestors. */
export type InheritedAttribute = 'care' | 'lang' | 'theme';

/**
 * @internal What the ancestors of an element rendered on its own (by the
 * static renderer, which has no DOM around it) say, as if it sat among them.
 */
export const outerAttributes = new WeakMap<Element, Partial<Record<InheritedAttribute, string>>>();

/** The value of the closest `name` attribute on an element or its ancestors, crossing shadow roots; undefined when none has it. */
export function closestAttribute(element: Element, name: InheritedAttribute): string | undefined {
  let node: Element | null = element;
  while (node) {
    const value = node.getAttribute?.(name);
    if (value !== null && value !== undefined) return value;
    // getRootNode is optional so that server rendering (no real DOM) simply finds no ancestor.
    node = node.parentElement ?? ((node.getRootNode?.() as ShadowRoot | undefined)?.host as Element | undefined) ?? null;
  }
  return outerAttributes.get(element)?.[name];
}

/** Whether care mode applies to an element: the nearest `care` attribute decides (`care="false"` switches it off). */
export function inCareMode(element: Element): boolean {
  const value = closestAttribute(element, 'care');
  return value !== undefined && value !== 'false';
}

/** Observes a document or shadow root for `care`, `lang` and `theme` changes, once. */
function watchRoot(root: Node): void {
  if (!observer || watchedRoots.has(root)) return;
  watchedRoots.add(root);
  observer.observe(root, {attributes: true, attributeFilter: ['care', 'lang', 'theme'], subtree: true});
}

/** Starts updating `host` when `care`, `lang` or `theme` changes on it or an ancestor, in the page or a shadow root around it. */
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
