/**
 * alliance-widgets/react on the server, in Node (no window): React's
 * renderToString of the wrappers gives each widget's tag with its attributes
 * (names as the widgets' attributes are spelt), and leaves out what only the
 * client can take: objects (`data`), listeners, `false`. Importing the
 * wrappers registers no tag. Run by `npm run test:node`.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import * as React from 'react';
import {renderToString} from 'react-dom/server';

test('the wrappers import in Node and register no tag there', async () => {
  const wrappers = await import('../../src/react/index.js');
  assert.deepEqual(Object.keys(wrappers).sort(), ['AllianceModelCard', 'AllianceScheme', 'CaseStat', 'CaseStatGroup', 'CaseStudyCard', 'TimelineView']);
  assert.equal(typeof (globalThis as {window?: unknown}).window, 'undefined');
  for (const tag of ['case-stat', 'case-study-card', 'alliance-scheme']) assert.equal(customElements.get(tag), undefined, `${tag} not registered`);
});

test('renderToString writes properties as the widgets’ attributes and leaves out objects, listeners and false', async () => {
  const {CaseStat, CaseStudyCard, AllianceScheme, TimelineView} = await import('../../src/react/index.js');
  const h = React.createElement;
  const listener = () => {};
  const extra = {'data-extra': 'kept'};
  const out = renderToString(
    h(
      'div',
      null,
      h(CaseStat, {stat: 'workshop-employment', noSource: true, compact: false, data: {schemaVersion: 1}, onAllianceError: listener, className: 'figure', id: 'one'}),
      h(CaseStudyCard, {caseId: 'kuangyan-south', headingLevel: 3, onAllianceSelect: listener}),
      h(AllianceScheme, {schemeId: 'four-links-three-unchanged', ...extra}),
      h(TimelineView, {from: '2020-01-01'})
    )
  );
  assert.equal(
    out,
    '<div>' +
      '<case-stat stat="workshop-employment" no-source="" class="figure" id="one"></case-stat>' +
      '<case-study-card case="kuangyan-south" heading-level="3"></case-study-card>' +
      '<alliance-scheme scheme-id="four-links-three-unchanged" data-extra="kept"></alliance-scheme>' +
      '<timeline-view from="2020-01-01"></timeline-view>' +
      '</div>'
  );
  for (const absent of ['compact', 'data=', 'schemaVersion', 'onAllianceError', 'onalliance', 'noSource', 'caseId']) assert.ok(!out.includes(absent), `no ${absent}`);
});
