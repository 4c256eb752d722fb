/**
 * What widgets take from their ancestors: care mode (适老化), switched on by
 * a `care` attribute on a widget or any ancestor (`care="false"` switches it
 * off below), the colour theme, from the closest `theme`, the language, from
 * the closest `lang` — and, with no `theme`, the page's CSS `color-scheme`.
 *
 * One shared observer watches the document, and every shadow root a widget
 * sits in, for changes of those attributes and asks the connected widgets at
 * or below the changed element to update (no other widget renders again). The colour scheme is computed style, so it is never read on a
 * widget's render path: it is read once for every widget waiting for it, in
 * one pass (one style recalculation for all of them, however many there
 * are), and again, for all, when the page changes it — a `class` or `style`
 * on `<html>` or `<body>`, or the reader's system setting.
 */
import type {ReactiveController, ReactiveElement} from 'lit';

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

/** Whether each widget inherits a dark `color-scheme` (dark only, not `light dark`), once read. */
const darkPage = new WeakMap<Element, boolean>();
/** Connected widgets whose colour scheme has not been read yet. */
const unread = new Set<ReactiveElement>();
/** Watches `<html>` and `<body>` for a class or style that may change the page's colour scheme. */
let schemeObserver: MutationObserver | undefined;
let schemeMedia: MediaQueryList | undefined;
let bodyWatched = false;

const inheritsDark = (host: Element) => {
  const scheme = getComputedStyle(host).colorScheme.split(/\s+/);
  return scheme.includes('dark') && !scheme.includes('light');
};

/** Reads the colour scheme of every connected widget again, in one pass, and updates those whose scheme changed. */
function rereadSchemes(): void {
  unread.clear();
  for (const host of hosts) {
    const dark = inheritsDark(host);
    if (darkPage.get(host) !== dark) host.requestUpdate();
    darkPage.set(host, dark);
  }
}

/** Whether the page's CSS `color-scheme` is dark where `host` stands (read for all widgets waiting, in one pass). */
export function pageIsDark(host: Element): boolean {
  if (unread.size && typeof getComputedStyle === 'function') {
    for (const waiting of unread) darkPage.set(waiting, inheritsDark(waiting));
    unread.clear();
  }
  return darkPage.get(host) ?? false;
}

function watchScheme(): void {
  if (!schemeObserver) {
    schemeObserver = new MutationObserver(rereadSchemes);
    schemeObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['class', 'style']});
    schemeMedia = window.matchMedia('(prefers-color-scheme: dark)');
    schemeMedia.addEventListener('change', rereadSchemes);
  }
  if (!bodyWatched && document.body) {
    bodyWatched = true;
    schemeObserver.observe(document.body, {attributes: true, attributeFilter: ['class', 'style']});
  }
}

/** Whether `node` is `host` or one of its ancestors, crossing shadow roots. */
function holds(node: Node, host: Element): boolean {
  for (let at: Node | null = host; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) if (at === node) return true;
  return false;
}

/** Asks the widgets at or below the elements whose `care`, `lang` or `theme` changed to update; the others render nothing again. */
function updateBelow(records: MutationRecord[]): void {
  const changed = new Set(records.map((r) => r.target));
  for (const host of hosts) {
    for (const node of changed) {
      if (holds(node, host)) {
        host.requestUpdate();
        break;
      }
    }
  }
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
  unread.add(host);
  watchScheme();
  if (!observer) {
    observer = new MutationObserver(updateBelow);
    watchRoot(document);
  }
  // Shadow roots between the widget and the document (e.g. a host app's components).
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) watchRoot(root);
}

export function unwatchAncestry(host: ReactiveElement): void {
  hosts.delete(host);
  unread.delete(host);
  if (hosts.size === 0) {
    observer?.disconnect();
    observer = undefined;
    watchedRoots = new WeakSet();
    schemeObserver?.disconnect();
    schemeObserver = undefined;
    schemeMedia?.removeEventListener('change', rereadSchemes);
    schemeMedia = undefined;
    bodyWatched = false;
  }
}

/** @internal What the shared watch holds now (for the tests of connecting and disconnecting): widgets, unread schemes, observers. */
export const ancestryWatch = () => ({hosts: hosts.size, unread: unread.size, observing: observer !== undefined, schemeObserving: schemeObserver !== undefined});

/** Keeps a widget in the shared watch while it is connected (see watchAncestry). */
export class AncestryController implements ReactiveController {
  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    watchAncestry(this.host);
  }

  hostDisconnected(): void {
    unwatchAncestry(this.host);
  }
}
