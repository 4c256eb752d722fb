/**
 * React 18 with the wrappers (alliance-widgets/react): React 18 sets only
 * attributes on custom elements and hears none of their events, so the
 * wrappers set properties (`data` as the object) and listen for
 * `onAllianceSelect` / `onAllianceError`.
 */
import {expect} from '@open-wc/testing';
import {React, createRoot, Wrappers} from './react/react-18.js';
import type {AllianceErrorEvent, AllianceSelectEvent} from '../src/events.js';
import {reactPage, type Widget} from './support/react-page.js';
import {parts, text, waitUntil} from './support/helpers.js';

const h = React.createElement;
const {CaseStat, CaseStudyCard, AllianceModelCard, AllianceScheme, CaseStatGroup, TimelineView} = Wrappers;

describe('React 18 with the wrappers', () => {
  const page = reactPage(createRoot);

  it('is React 18', () => {
    expect(React.version).to.match(/^18\./);
  });

  it('one wrapper per widget, each rendering its tag; properties reach the widgets, attributes as React passes them', async () => {
    const stat = page.data.stats.find((s) => s.id === 'workshop-employment')!;
    const kase = page.data.cases.find((c) => c.id === 'kuangyan-south')!;
    const scheme = page.data.schemes[0]!;
    const extra = {'data-extra': 'kept'};
    const [statEl, caseEl, schemeEl, groupEl, timelineEl, modelEl] = await page.show(
      h(
        'div',
        null,
        h(CaseStat, {stat: stat.id, compact: true, ...extra}),
        h(CaseStudyCard, {caseId: kase.id, headingLevel: 4}),
        h(AllianceScheme, {schemeId: scheme.id}),
        h(CaseStatGroup, {stats: stat.id}),
        h(TimelineView, {}),
        h(AllianceModelCard, {model: 'mentor-led'})
      ),
      'case-stat, case-study-card, alliance-scheme, case-stat-group, timeline-view, alliance-model-card'
    );
    expect([statEl, caseEl, schemeEl, groupEl, timelineEl, modelEl].map((el) => el!.localName)).to.deep.equal([
      'case-stat',
      'case-study-card',
      'alliance-scheme',
      'case-stat-group',
      'timeline-view',
      'alliance-model-card',
    ]);
    expect(text(statEl)).to.include(stat.label['zh-Hans']);
    expect((statEl as Widget & {compact: boolean}).compact).to.equal(true);
    expect(statEl!.getAttribute('data-extra')).to.equal('kept');
    expect(text(caseEl)).to.include(kase.name['zh-Hans']);
    expect(caseEl!.shadowRoot!.querySelector('h4')).to.exist;
    expect(text(schemeEl)).to.include(scheme.name['zh-Hans']);
  });

  it('`data` is passed as the object, and the widget shows the page.portal’s figure', async () => {
    const figure = page.portal.stats[0]!;
    const [el] = await page.show(h(CaseStat, {stat: figure.id, data: page.portal}), 'case-stat');
    expect(el!.data).to.equal(page.portal);
    expect(el!.hasAttribute('data')).to.equal(false);
    expect(text(el)).to.include(figure.label['zh-Hans']);
    expect(page.data.stats.some((s) => s.id === figure.id)).to.equal(false);
  });

  it('onAllianceSelect hears a case chosen on each model card', async () => {
    const casesOf = (id: string) => page.data.cases.filter((c) => c.models.includes(id));
    const models = page.data.models.filter((m) => casesOf(m.id).length > 0);
    expect(models.length).to.be.greaterThan(1);
    const selects: AllianceSelectEvent[] = [];
    const cards = await page.show(h('div', null, ...models.map((m) => h(AllianceModelCard, {key: m.id, model: m.id, selectable: true, onAllianceSelect: (e) => selects.push(e)}))), 'alliance-model-card');
    for (const card of cards) parts(card, 'case')[0]!.click();
    expect(selects.map((e) => [(e.target as {model?: string}).model, e.kind, e.id])).to.deep.equal(models.map((m) => [m.id, 'case', casesOf(m.id)[0]!.id]));
  });

  it('onAllianceError hears an unknown id and data of another schema version, each with its reason', async () => {
    const errors: AllianceErrorEvent[] = [];
    const onAllianceError = (e: AllianceErrorEvent) => errors.push(e);
    await page.show(
      h(
        'div',
        null,
        h(CaseStat, {id: 'unknown', stat: 'no-such-figure', onAllianceError}),
        h(CaseStat, {id: 'version', stat: page.portal.stats[0]!.id, data: {...page.portal, schemaVersion: 99}, onAllianceError}),
        h(CaseStat, {id: 'fine', stat: page.data.stats[0]!.id, onAllianceError})
      ),
      'case-stat'
    );
    await waitUntil(() => errors.length >= 2, 'two alliance-error events');
    expect(errors.map((e) => [(e.target as Element).id, e.reason, e.id]).sort()).to.deep.equal([
      ['unknown', 'not-found', 'no-such-figure'],
      // A problem of the data as a whole names no record.
      ['version', 'unsupported-version', undefined],
    ]);
  });
});
