/**
 * React 18 with the wrappers (alliance-widgets/react): React 18 sets only
 * attributes on custom elements and hears none of their events, so the
 * wrappers set properties (`data` as the object) and listen for
 * `onAllianceSelect` / `onAllianceError`.
 */
import {expect} from '@open-wc/testing';
import {React, createRoot, Wrappers} from './react/react-18.js';
import type {AllianceErrorEvent, AllianceSelectEvent} from '../src/events.js';
import type {AllianceData} from '../src/data/schema.js';
import type {PageDocument} from '../src/data/page.js';
import {rawData, settled} from './support/raw-data.js';
import {parts, text, waitUntil} from './support/helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>; data?: unknown};
const h = React.createElement;
const {CaseStat, CaseStudyCard, AllianceModelCard, AllianceScheme, CaseStatGroup, TimelineView} = Wrappers;

describe('React 18 with the wrappers', () => {
  let data: AllianceData;
  let portal: PageDocument & {stats: {id: string; label: {'zh-Hans': string}}[]};
  let container: HTMLElement;
  let root: ReturnType<typeof createRoot>;
  before(async () => {
    data = await rawData();
    portal = await (await fetch('/test/data/portal-figures.json')).json();
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });
  async function show(element: React.ReactElement, selector: string): Promise<Widget[]> {
    root.render(element);
    await waitUntil(() => container.querySelector(selector) !== null && customElements.get(container.querySelector(selector)!.localName) !== undefined, 'React rendered');
    const widgets = [...container.querySelectorAll<Widget>(selector)];
    for (const el of widgets) await settled(el);
    return widgets;
  }

  it('is React 18', () => {
    expect(React.version).to.match(/^18\./);
  });

  it('one wrapper per widget, each rendering its tag; properties reach the widgets, attributes as React passes them', async () => {
    const stat = data.stats.find((s) => s.id === 'workshop-employment')!;
    const kase = data.cases.find((c) => c.id === 'kuangyan-south')!;
    const scheme = data.schemes[0]!;
    const extra = {'data-extra': 'kept'};
    const [statEl, caseEl, schemeEl, groupEl, timelineEl, modelEl] = await show(
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

  it('`data` is passed as the object, and the widget shows the portal’s figure', async () => {
    const figure = portal.stats[0]!;
    const [el] = await show(h(CaseStat, {stat: figure.id, data: portal}), 'case-stat');
    expect(el!.data).to.equal(portal);
    expect(el!.hasAttribute('data')).to.equal(false);
    expect(text(el)).to.include(figure.label['zh-Hans']);
    expect(data.stats.some((s) => s.id === figure.id)).to.equal(false);
  });

  it('onAllianceSelect hears a case chosen on each model card', async () => {
    const casesOf = (id: string) => data.cases.filter((c) => c.models.includes(id));
    const models = data.models.filter((m) => casesOf(m.id).length > 0);
    expect(models.length).to.be.greaterThan(1);
    const selects: AllianceSelectEvent[] = [];
    const cards = await show(h('div', null, ...models.map((m) => h(AllianceModelCard, {key: m.id, model: m.id, selectable: true, onAllianceSelect: (e) => selects.push(e)}))), 'alliance-model-card');
    for (const card of cards) parts(card, 'case')[0]!.click();
    expect(selects.map((e) => [(e.target as {model?: string}).model, e.kind, e.id])).to.deep.equal(models.map((m) => [m.id, 'case', casesOf(m.id)[0]!.id]));
  });

  it('onAllianceError hears an unknown id and data of another schema version, each with its reason', async () => {
    const errors: AllianceErrorEvent[] = [];
    const onAllianceError = (e: AllianceErrorEvent) => errors.push(e);
    await show(
      h(
        'div',
        null,
        h(CaseStat, {id: 'unknown', stat: 'no-such-figure', onAllianceError}),
        h(CaseStat, {id: 'version', stat: portal.stats[0]!.id, data: {...portal, schemaVersion: 99}, onAllianceError}),
        h(CaseStat, {id: 'fine', stat: data.stats[0]!.id, onAllianceError})
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
