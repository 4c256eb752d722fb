/**
 * The page of test/react-ssr.test.ts, rendered by React on the server
 * (test/react/render-ssr.ts, in Node) and hydrated in the browser: the same
 * tree on both sides, made from the React and the wrappers each side has.
 */
import type * as ReactModule from 'react';
import type * as WrappersModule from '../../src/react/index.js';
import type {AllianceErrorEvent, AllianceSelectEvent} from '../../src/events.js';

/** What the page shows: records of the bundled data, and one figure id it lacks. */
export const SSR_PAGE = {stat: 'workshop-employment', caseId: 'kuangyan-south', model: 'mentor-led', missingStat: 'no-such-figure'} as const;

export interface SsrHandlers {
  onSelect?: (event: AllianceSelectEvent) => void;
  onError?: (event: AllianceErrorEvent) => void;
}

export function ssrApp(React: typeof ReactModule, W: typeof WrappersModule, {onSelect, onError}: SsrHandlers = {}): ReactModule.ReactElement {
  const h = React.createElement;
  return h(
    'main',
    {id: 'ssr-app'},
    h('h1', null, '宁波党建联盟'),
    h(W.CaseStat, {id: 'ssr-stat', stat: SSR_PAGE.stat, onAllianceError: onError}),
    h(W.CaseStudyCard, {id: 'ssr-case', caseId: SSR_PAGE.caseId, onAllianceError: onError}),
    h(W.AllianceModelCard, {id: 'ssr-model', model: SSR_PAGE.model, selectable: true, onAllianceSelect: onSelect, onAllianceError: onError}),
    h(W.CaseStat, {id: 'ssr-missing', stat: SSR_PAGE.missingStat, onAllianceError: onError})
  );
}
