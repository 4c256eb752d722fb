/**
 * React 19 without the wrappers: it sets a property for a name the element
 * has (`stat`, `data` …), an attribute otherwise (`case`, `heading-level`),
 * and hears custom events as `onalliance-select` / `onalliance-error`.
 */
import {expect} from '@open-wc/testing';
import '../src/index.js';
import {React, createRoot} from './react/react-19.js';
import type {AllianceErrorEvent, AllianceSelectEvent} from '../src/events.js';
import {reactPage, type Widget} from './support/react-page.js';
import {parts, text, waitUntil} from './support/helpers.js';

const h = React.createElement;

describe('React 19 with the elements themselves', () => {
  const page = reactPage(createRoot);

  it('is React 19', () => {
    expect(React.version).to.match(/^19\./);
  });

  it('attributes and properties from props: a figure by `stat`, a case by `case` with `heading-level`', async () => {
    const stat = page.data.stats.find((s) => s.id === 'workshop-employment')!;
    const kase = page.data.cases.find((c) => c.id === 'kuangyan-south')!;
    const [statEl, caseEl] = (await page.show(h('div', null, h('case-stat', {stat: stat.id}), h('case-study-card', {case: kase.id, 'heading-level': '4'})))) as [Widget, Widget];
    expect(text(statEl)).to.include(stat.label['zh-Hans']);
    expect(text(caseEl)).to.include(kase.name['zh-Hans']);
    expect(caseEl.getAttribute('case')).to.equal(kase.id);
    expect(caseEl.shadowRoot!.querySelector('h4')).to.exist;
    expect(caseEl.shadowRoot!.querySelector('h2, h3')).to.equal(null);
  });

  it('`data` is set as a property, the object itself, and the widget shows the page.portal’s figure', async () => {
    const figure = page.portal.stats[0]!;
    const [el] = (await page.show(h('case-stat', {stat: figure.id, data: page.portal}))) as [Widget];
    expect(el.data).to.equal(page.portal);
    expect(el.hasAttribute('data')).to.equal(false);
    expect(text(el)).to.include(figure.label['zh-Hans']);
    // The same id without the page.portal's data is not a bundled figure.
    expect(page.data.stats.some((s) => s.id === figure.id)).to.equal(false);
  });

  it('onalliance-select hears a case chosen on each of two model cards', async () => {
    const casesOf = (id: string) => page.data.cases.filter((c) => c.models.includes(id));
    const models = page.data.models.filter((m) => casesOf(m.id).length > 0);
    expect(models.length).to.be.greaterThan(1);
    const selects: AllianceSelectEvent[] = [];
    const onSelect = (e: AllianceSelectEvent) => selects.push(e);
    const cards = await page.show(h('div', null, ...models.map((m) => h('alliance-model-card', {key: m.id, model: m.id, selectable: true, 'onalliance-select': onSelect}))));
    for (const card of cards) parts(card, 'case')[0]!.click();
    expect(selects.map((e) => [(e.target as {model?: string}).model, e.kind, e.id])).to.deep.equal(
      models.map((m) => [m.id, 'case', casesOf(m.id)[0]!.id])
    );
  });

  it('onalliance-error hears an unknown id and data of another schema version, each with its reason', async () => {
    const errors: AllianceErrorEvent[] = [];
    const onError = (e: AllianceErrorEvent) => errors.push(e);
    const known = page.data.stats[0]!.id;
    await page.show(
      h(
        'div',
        null,
        h('case-stat', {id: 'unknown', stat: 'no-such-figure', 'onalliance-error': onError}),
        h('case-stat', {id: 'version', stat: page.portal.stats[0]!.id, data: {...page.portal, schemaVersion: 99}, 'onalliance-error': onError}),
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
