/**
 * alliance-widgets/react: React components for the widgets, made with
 * `@lit/react`, for React 17 and 18 (which set no properties and hear no
 * custom events on custom elements) and for server-rendered React 19 pages.
 *
 * - Properties (`statId`, `caseId`, `data` …) are set on the element as
 *   properties, objects included; events are `onAllianceSelect` and
 *   `onAllianceError`, with the widgets' own event classes.
 * - Each wrapper registers its tag (unless the page has it already) in a
 *   layout effect, after React has created or hydrated the element: a widget
 *   writes its text into its light DOM when it upgrades, and text written
 *   before hydration would not match the server's HTML. Listeners are added
 *   in a layout effect too, so a server-rendered widget is heard on its first
 *   click after hydration.
 * - On the server (Node), string, number and `true` properties are rendered
 *   as the element's attributes; objects (`data`) and listeners wait for the
 *   client. The widgets' text is not server-rendered: it appears when they
 *   upgrade in the browser.
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {isServer} from 'lit';
import {AllianceModelCard as AllianceModelCardElement} from '../components/alliance-model-card/alliance-model-card.js';
import {AllianceScheme as AllianceSchemeElement} from '../components/alliance-scheme/alliance-scheme.js';
import {CaseStat as CaseStatElement} from '../components/case-stat/case-stat.js';
import {CaseStatGroup as CaseStatGroupElement} from '../components/case-stat-group/case-stat-group.js';
import {CaseStudyCard as CaseStudyCardElement} from '../components/case-study-card/case-study-card.js';
import {TimelineView as TimelineViewElement} from '../components/timeline-view/timeline-view.js';
import {defineElement} from '../define.js';
import type {AllianceErrorEvent, AllianceSelectEvent} from '../events.js';
import type {WidgetTag} from '../widgets.js';

/** The widgets' events, as React props. */
const events = {
  onAllianceSelect: 'alliance-select' as EventName<AllianceSelectEvent>,
  onAllianceError: 'alliance-error' as EventName<AllianceErrorEvent>,
};

/** A widget class as Lit declares it: its reactive properties and their attributes. */
type WidgetClass<I extends HTMLElement> = (new () => I) & {elementProperties: Map<PropertyKey, {attribute?: boolean | string}>};

/** What the server writes for a wrapper's props: the element's attributes, and React's own props as they are. */
function serverProps(elementClass: WidgetClass<HTMLElement>, props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (key in events) continue;
    const options = elementClass.elementProperties.get(key);
    if (!options) {
      out[key === 'className' ? 'class' : key] = value;
      continue;
    }
    if (options.attribute === false || value === false || value === null || value === undefined || typeof value === 'object' || typeof value === 'function') continue;
    out[typeof options.attribute === 'string' ? options.attribute : key.toLowerCase()] = value === true ? '' : String(value);
  }
  return out;
}

function wrap<I extends HTMLElement>(tagName: WidgetTag, elementClass: WidgetClass<I>, displayName: string) {
  const Component = createComponent({react: React, tagName, elementClass, events, displayName});
  const Wrapper = React.forwardRef<I, Record<string, unknown>>((props, ref) => {
    if (isServer) return React.createElement(tagName, serverProps(elementClass, props));
    // A hook behind a condition: isServer is fixed for the life of the module.
    React.useLayoutEffect(() => defineElement(tagName, elementClass), []);
    return React.createElement(Component as React.ElementType, {...props, ref});
  });
  Wrapper.displayName = displayName;
  return Wrapper as unknown as typeof Component;
}

/** `<alliance-model-card>`: one alliance formation model, or the gallery of them. */
export const AllianceModelCard = wrap('alliance-model-card', AllianceModelCardElement, 'AllianceModelCard');
/** `<alliance-scheme>`: one alliance scheme. */
export const AllianceScheme = wrap('alliance-scheme', AllianceSchemeElement, 'AllianceScheme');
/** `<case-stat>`: one sourced headline figure. */
export const CaseStat = wrap('case-stat', CaseStatElement, 'CaseStat');
/** `<case-stat-group>`: several figures. */
export const CaseStatGroup = wrap('case-stat-group', CaseStatGroupElement, 'CaseStatGroup');
/** `<case-study-card>`: one typical case. */
export const CaseStudyCard = wrap('case-study-card', CaseStudyCardElement, 'CaseStudyCard');
/** `<timeline-view>`: the history timeline. */
export const TimelineView = wrap('timeline-view', TimelineViewElement, 'TimelineView');

export type {AllianceErrorEvent, AllianceSelectEvent, AllianceErrorReason, AllianceSelectKind} from '../events.js';
