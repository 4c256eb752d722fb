/** Whether the widgets can run here: custom elements and shadow DOM (a server renderer has the first and no HTMLElement global). */
export function canRun(): boolean {
  return typeof customElements !== 'undefined' && !!customElements && (typeof HTMLElement === 'undefined' || 'attachShadow' in HTMLElement.prototype);
}

/** Versions already warned about, so a page hears of a clash once. */
const warned = new Set<string>();

/**
 * Registers a widget class under a tag name, unless the page already has an
 * element of that name (another copy of this library, or the host's own):
 * then it leaves the existing one alone instead of throwing, and warns once
 * in the console when that is another version of this library — so an older
 * copy never wins silently — or not this library at all.
 *
 * To use a widget under another name, import the class from
 * `alliance-widgets/classes.js` and call `defineElement('my-stat', CaseStat)`,
 * or register them all under a prefix with `defineWidgets('nb')`.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  // A browser without custom elements or shadow DOM (an old one, a locked-down one, IE-compatibility mode)
  // keeps the page's own content — static HTML reads as plain text there — and nothing throws.
  if (!canRun()) return;
  const existing = customElements.get(tag) as (CustomElementConstructor & {version?: unknown}) | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor) return;
  const ours = String((constructor as {version?: unknown}).version);
  const theirs = existing.version;
  if (theirs === ours) return;
  // Once per other version of this library; once per tag the host took.
  const key = typeof theirs === 'string' ? `version ${theirs}` : `tag ${tag}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    typeof theirs === 'string'
      ? `alliance-widgets ${ours}: the page already uses alliance-widgets ${theirs}, whose tags stay as they are (<${tag}> …). Load one copy only.`
      : `alliance-widgets ${ours}: the page already has its own <${tag}>, which is left alone. To show this widget, register all widgets under a prefix: defineWidgets('nb') in a script, or data-prefix="nb" on the script tag.`
  );
}

