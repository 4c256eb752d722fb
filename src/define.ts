/**
 * Registers a widget class under a tag name, unless the page already has an
 * element of that name (another copy of this library, or the host's own):
 * then it leaves the existing one alone instead of throwing.
 *
 * To use a widget under another name, import the class from
 * `alliance-widgets/classes.js` and call `defineElement('my-stat', CaseStat)`.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (customElements.get(tag)) return;
  customElements.define(tag, constructor);
}
