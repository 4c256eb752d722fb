/**
 * `wrap`: a widget's React component (see ./index.ts); the wrappers
 * themselves are generated from the widget registry
 * (src/generated/widgets/react.ts, by scripts/widget-entries.ts).
 */
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {isServer} from 'lit';
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

export function wrap<I extends HTMLElement>(tagName: WidgetTag, elementClass: WidgetClass<I>, displayName: string) {
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
