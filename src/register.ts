/**
 * Registers all widgets at once: under their own names, or under a prefix
 * for a page that already uses one of them (`defineWidgets('nb')` gives
 * `<nb-case-stat>`, `<nb-timeline-view>` …).
 */
import {AllianceModelCard} from './components/alliance-model-card/alliance-model-card.js';
import {AllianceScheme} from './components/alliance-scheme/alliance-scheme.js';
import {CaseStat} from './components/case-stat/case-stat.js';
import {CaseStatGroup} from './components/case-stat-group/case-stat-group.js';
import {CaseStudyCard} from './components/case-study-card/case-study-card.js';
import {TimelineView} from './components/timeline-view/timeline-view.js';
import {defineElement} from './define.js';
import type {WidgetTag} from './widgets.js';

/** Each widget's class by its tag (the size report reads their declared collections). */
export const WIDGET_CLASSES: Record<WidgetTag, CustomElementConstructor> = {
  'alliance-model-card': AllianceModelCard,
  'alliance-scheme': AllianceScheme,
  'case-stat': CaseStat,
  'case-stat-group': CaseStatGroup,
  'case-study-card': CaseStudyCard,
  'timeline-view': TimelineView,
};

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
