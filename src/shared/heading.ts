/**
 * Headings of every widget: a real `<h2>`–`<h6>` at the level the page asks
 * for (`heading-level`), so a widget fits the page's outline. Tag names are
 * static literals, so no attribute value ever becomes markup.
 */
import {nothing} from 'lit';
import {html as staticHtml, literal, type StaticValue} from 'lit/static-html.js';

const TAGS: Record<number, StaticValue> = {2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6`};

/** A `heading-level` value as a level from 2 to 6 (3 when it is not a number). */
export const headingLevel = (value: unknown): number => Math.min(Math.max(Math.round(Number(value)) || 3, 2), 6);

/** A heading element of `level` (clamped to 2–6) with a class, a part and optionally an id. */
export function heading(level: unknown, attributes: {class: string; part: string; id?: string}, content: unknown) {
  const tag = TAGS[headingLevel(level)]!;
  return staticHtml`<${tag} class=${attributes.class} part=${attributes.part} id=${attributes.id ?? nothing}>${content}</${tag}>`;
}

/** The `heading-level` of a widget as [attribute, value] when it is not a whole number from 2 to 6 (see AllianceElement.invalidAttribute). */
export function invalidHeadingLevel(host: Element): [string, string] | undefined {
  const level = (host as unknown as {headingLevel?: number}).headingLevel;
  if (level === undefined || (Number.isInteger(level) && level >= 2 && level <= 6)) return undefined;
  return ['heading-level', host.getAttribute?.('heading-level') ?? String(level)];
}
