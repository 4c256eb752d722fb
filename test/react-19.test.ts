/**
 * React 19 without the wrappers: it sets a property for a name the element
 * has (`stat`, `data` …), an attribute otherwise (`case`, `heading-level`),
 * and hears custom events as `onalliance-select` / `onalliance-error`.
 */
import {expect} from '@open-wc/testing';
import '../src/index.js';
import {React, createRoot} from './react/react-19.js';
import type {AllianceErrorEvent, AllianceSelectEvent} from '../src/events.js';
import type {AllianceData} from '../src/data/schema.js';
import type {PageDocument} from '../src/data/page.js';
import {rawData, settled} from './support/raw-data.js';
import {parts, text, waitUntil} from './support/helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>; data?: unknown};
const h = React.createElement;

describe('React 19 with the elements themselves', () => {
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
  /** Renders `element` and waits until the widgets in it have settled. */
  async function show(element: React.ReactElement): Promise<Widget[]> {
    root.render(element);
    await waitUntil(() => container.querySelector('case-stat, case-study-card, alliance-model-card') !== null, 'React rendered');
    const widgets = [...container.querySelectorAll<Widget>('case-stat, case-study-card, alliance-model-card')];
    for (const el of widgets) await settled(el);
    return widgets;
  }

  it('is React 19', () => {
    expect(React.version).to.match(/^19\./);
  });

  it('attributes and properties from props: a figure by `stat`, a case by `case` with `heading-level`', async () => {
    const stat = data.stats.find((s) => s.id === 'workshop-employment')!;
    const kase = data.cases.find((c) => c.id === 'kuangyan-south')!;
    const [statEl, caseEl] = (await show(h('div', null, h('case-stat', {stat: stat.id}), h('case-study-card', {case: kase.id, 'heading-level': '4'})))) as [Widget, Widget];
    expect(text(statEl)).to.include(stat.label['zh-Hans']);
    expect(text(caseEl)).to.include(kase.name['zh-Hans']);
    expect(caseEl.getAttribute('case')).to.equal(kase.id);
    expect(caseEl.shadowRoot!.querySelector('h4')).to.exist;
    expect(caseEl.shadowRoot!.querySelector('h2, h3')).to.equal(null);
  });

  it('`data` is set as a property, the object itself, and the widget shows the portal’s figure', async () => {
    const figure = portal.stats[0]!;
    const [el] = (await show(h('case-stat', {stat: figure.id, data: portal}))) as [Widget];
    expect(el.data).to.equal(portal);
    expect(el.hasAttribute('data')).to.equal(false);
    expect(text(el)).to.include(figure.label['zh-Hans']);
    // The same id without the portal's data is not a bundled figure.
    expect(data.stats.some((s) => s.id === figure.id)).to.equal(false);
  });

  it('onalliance-select hears a case chosen on each of two model cards', async () => {
    const casesOf = (id: string) => data.cases.filter((c) => c.models.includes(id));
    const models = data.models.filter((m) => casesOf(m.id).length > 0);
    expect(models.length).to.be.greaterThan(1);
    const selects: AllianceSelectEvent[] = [];
    const onSelect = (e: AllianceSelectEvent) => selects.push(e);
    const cards = await show(h('div', null, ...models.map((m) => h('alliance-model-card', {key: m.id, model: m.id, selectable: true, 'onalliance-select': onSelect}))));
    for (const card of cards) parts(card, 'case')[0]!.click();
    expect(selects.map((e) => [(e.target as {model?: string}).model, e.kind, e.id])).to.deep.equal(
      models.map((m) => [m.id, 'case', casesOf(m.id)[0]!.id])
    );
  });

  it('onalliance-error hears an unknown id and data of another schema version, each with its reason', async () => {
    const errors: AllianceErrorEvent[] = [];
    const onError = (e: AllianceErrorEvent) => errors.push(e);
    const known = data.stats[0]!.id;
    await show(
      h(
        'div',
        null,
        h('case-stat', {id: 'unknown', stat: 'no-such-figure', 'onalliance-error': onError}),
        h('case-stat', {id: 'version', stat: portal.stats[0]!.id, data: {...portal, schemaVersion: 99}, 'onalliance-error': onError}),
        h('case-stat', {id: 'fine', stat: known, 'onalliance-error': onError})
      )
    );
    await waitUntil(() => errors.length >= 2, 'two alliance-error events');
    const seen = errors.map((e) => [(e.target as Element).id, e.reason]).sort();
    expect(seen).to.deep.equal([
      ['unknown', 'not-found'],
      ['version', 'unsupported-version'],
    ]);
  });
});
