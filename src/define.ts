/** Whether the widgets can run here: custom elements and shadow DOM (a server renderer has the first and no HTMLElement global). */
export function canRun(): boolean {
  return typeof customElements !== 'undefined' && !!customElements && (typeof HTMLElement === 'undefined' || 'attachShadow' in HTMLElement.prototype);
}

/**
 * Registers a widget class under a tag name, unless the page already has an
 * element of that name (another copy of this library, or the host's own):
 * then it leaves the existing one alone instead of throwing.
 *
 * To use a widget under another name, import the class from
 * `alliance-widgets/classes.js` and call `defineElement('my-stat', CaseStat)`.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  // A browser without custom elements or shadow DOM (an old one, a locked-down one, IE-compatibility mode)
  // keeps the page's own content — static HTML reads as plain text there — and nothing throws.
  if (!canRun()) return;
  if (customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
