/**
 * The widgets in a Vue 3 app, set up as the README tells Vue users: the tags
 * marked as custom elements (`compilerOptions.isCustomElement`), attributes
 * bound as in any template, the page's own data as a property
 * (`:data.prop`), and both events with `@alliance-select` / `@alliance-error`.
 * Vue's browser build compiles the template in the page, as a host's Vue
 * would at build time. Expectations come from data/*.json and
 * test/data/portal.json.
 */
import {expect} from '@open-wc/testing';
import {createApp, nextTick, ref, type App} from 'vue/dist/vue.esm-browser.js';
import '../src/index.js';
import type {CaseStat} from '../src/components/case-stat/case-stat.js';
import type {AllianceModelCard} from '../src/components/alliance-model-card/alliance-model-card.js';
import {AllianceErrorEvent, AllianceSelectEvent} from '../src/events.js';
import {WIDGET_TAGS} from '../src/widgets.js';
import type {AllianceData} from '../src/data/schema.js';
import {rawData, settled} from './support/raw-data.js';
import {part, parts, setLang, text, waitUntil} from './support/helpers.js';
import portalJson from './data/portal.json' with {type: 'json'};

/** The README's setup: every tag of ours is a custom element, not a Vue component. */
const isCustomElement = (tag: string) => (WIDGET_TAGS as readonly string[]).includes(tag);

const TEMPLATE = `
  <case-stat id="figure" :stat="statId" theme="dark" care compact></case-stat>
  <case-stat id="own" stat="river-homestays" :data.prop="portal"></case-stat>
  <case-stat id="unknown" stat="no-such-figure" @alliance-error="errors.push($event)"></case-stat>
  <alliance-model-card id="model" :model="modelId" selectable @alliance-select="selected.push($event)"></alliance-model-card>
  <alliance-model-card id="plain" :model="modelId" @alliance-select="selected.push($event)"></alliance-model-card>`;

describe('Vue 3', () => {
  let data: AllianceData;
  let app: App | undefined;
  let root: HTMLElement;

  before(async () => {
    data = await rawData();
    await setLang('zh-CN', 'zh-Hans');
  });
  afterEach(() => {
    app?.unmount();
    app = undefined;
    root?.remove();
  });

  /** Mounts the template in a Vue app, with or without the README's isCustomElement; its state and Vue's warnings. */
  function mount(withSetup = true) {
    const state = {
      statId: ref(data.stats[0]!.id),
      modelId: ref(data.models.find((m) => data.cases.some((c) => c.models.includes(m.id)))!.id),
      portal: structuredClone(portalJson),
      errors: [] as AllianceErrorEvent[],
      selected: [] as AllianceSelectEvent[],
    };
    const warnings: string[] = [];
    root = document.createElement('div');
    document.body.append(root);
    app = createApp({setup: () => state, template: TEMPLATE});
    // Without the setup, as Vue's build-time compiler (Vite, Vue CLI) treats tags it does not know: as components.
    // (Vue's in-page compiler would guess from customElements.get, which a build-time compile cannot.)
    app.config.compilerOptions.isCustomElement = withSetup ? isCustomElement : () => false;
    app.config.warnHandler = (message) => void warnings.push(message);
    app.mount(root);
    const el = <T extends HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
    return {state, warnings, el};
  }

  it('attributes from the template reach the widgets, and a bound one follows its ref', async () => {
    const {state, warnings, el} = mount();
    expect(warnings).to.deep.equal([]);
    const figure = el<CaseStat>('figure');
    expect(figure).to.be.instanceOf(customElements.get('case-stat')!);
    await settled(figure);
    const [first, second] = data.stats;
    expect(text(part(figure, 'label'))).to.equal(first!.label['zh-Hans']);
    expect([figure.theme, figure.compact, figure.careMode]).to.deep.equal(['dark', true, true]);
    state.statId.value = second!.id;
    await nextTick();
    expect(figure.getAttribute('stat')).to.equal(second!.id);
    await waitUntil(() => text(part(figure, 'label')) === second!.label['zh-Hans'], 'the label did not follow the ref');
  });

  it('`:data.prop` hands the widget the page\'s own data as an object', async () => {
    const {state, el} = mount();
    const own = el<CaseStat>('own');
    expect(own.data).to.equal(state.portal);
    expect(own.hasAttribute('data')).to.equal(false);
    await settled(own);
    const stat = portalJson.stats.find((s) => s.id === 'river-homestays')!;
    expect(text(part(own, 'label'))).to.equal(stat.label['zh-Hans']);
  });

  it('@alliance-select gets the widget\'s AllianceSelectEvent; a card without selectable fires none', async () => {
    const {state, el} = mount();
    const card = el<AllianceModelCard>('model');
    await settled(card);
    const cases = data.cases.filter((c) => c.models.includes(state.modelId.value));
    const buttons = parts(card, 'case');
    expect(buttons.map((b) => text(b))).to.deep.equal(cases.map((c) => c.name['zh-Hans']));
    buttons.at(-1)!.click();
    expect(state.selected).to.have.length(1);
    expect(state.selected[0]).to.be.instanceOf(AllianceSelectEvent);
    expect([state.selected[0]!.kind, state.selected[0]!.id, state.selected[0]!.target]).to.deep.equal(['case', cases.at(-1)!.id, card]);

    const plain = el<AllianceModelCard>('plain');
    await settled(plain);
    expect(parts(plain, 'case').map((c) => c.localName)).to.not.include('button');
    for (const c of parts(plain, 'case')) c.click();
    expect(state.selected).to.have.length(1);
  });

  it('@alliance-error gets the reason and id of an unknown id; known ids give none', async () => {
    const {state, el} = mount();
    await waitUntil(() => state.errors.length > 0, 'no alliance-error');
    await Promise.all(['figure', 'own', 'model', 'plain'].map((id) => settled(el(id) as CaseStat)));
    expect(data.stats.some((s) => s.id === 'no-such-figure')).to.equal(false);
    expect(state.errors.map((e) => [e instanceof AllianceErrorEvent, e.reason, e.id, e.target])).to.deep.equal([[true, 'not-found', 'no-such-figure', el('unknown')]]);
  });

  it('without isCustomElement Vue looks for components of those names and warns once for each tag', () => {
    const {warnings} = mount(false);
    const tags = [...new Set([...TEMPLATE.matchAll(/<([a-z-]+) /g)].map((m) => m[1]!))];
    expect(tags).to.deep.equal(['case-stat', 'alliance-model-card']);
    expect(warnings).to.deep.equal(
      tags.map((tag) => `Failed to resolve component: ${tag}\nIf this is a native custom element, make sure to exclude it from component resolution via compilerOptions.isCustomElement.`)
    );
  });
});
