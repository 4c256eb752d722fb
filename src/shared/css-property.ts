/**
 * Sets one custom property on an element through the CSSOM in a browser, so
 * a page whose Content Security Policy forbids inline styles (`style-src
 * 'self'`) reports nothing; Lit's `styleMap` writes a `style` attribute on
 * first render, which such a page blocks. On a server (static HTML) it writes
 * the attribute, as static HTML has no other way.
 *
 *   <span style=${cssProperty('--_amount-ems', '6.13')}>
 */
import {noChange} from 'lit';
import {Directive, directive, PartType, type AttributePart, type PartInfo} from 'lit/directive.js';

class CssProperty extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ATTRIBUTE || info.name !== 'style') throw new Error('cssProperty() belongs in a style attribute');
  }

  render(name: string, value: string): string {
    return `${name}:${value}`;
  }

  override update(part: AttributePart, [name, value]: [string, string]): typeof noChange {
    if (part.element instanceof HTMLElement) part.element.style.setProperty(name, value);
    return noChange;
  }
}

export const cssProperty = directive(CssProperty);
