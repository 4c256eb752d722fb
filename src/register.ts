/**
 * Registers all widgets at once: under their own names, or under a prefix
 * for a page that already uses one of them (`defineWidgets('nb')` gives
 * `<nb-case-stat>`, `<nb-timeline-view>` …).
 */
import {WIDGET_CLASSES} from './generated/widgets/by-tag.js';
import type {CaseStat} from './components/case-stat/case-stat.js';
import {defineElement} from './define.js';

/** Each widget's class by its tag (generated from the registry; the size report reads their declared collections). */
export {WIDGET_CLASSES};

/**
 * Registers every widget, under `prefix` when one is given (`nb` →
 * `<nb-case-stat>`), else under its own name; returns the tags. A prefixed
 * widget is a subclass, so both names can be in use on one page. A name the
 * page already uses is left alone (see `defineElement`).
 */
export function defineWidgets(prefix?: string): string[] {
  let start = '';
  if (prefix !== undefined && prefix.trim() !== '') {
    const clean = prefix.trim().toLowerCase().replace(/-+$/, '');
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(clean)) throw new TypeError(`alliance-widgets: "${prefix}" is not a tag prefix (letters, digits and hyphens, starting with a letter, e.g. "nb")`);
    start = `${clean}-`;
  }
  return Object.entries(WIDGET_CLASSES).map(([tag, widget]) => {
    const name = `${start}${tag}`;
    defineElement(name, start ? (class extends (widget as typeof CaseStat) {} as CustomElementConstructor) : widget);
    return name;
  });
}
