import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/generated/entries/alliance-model-card.js';
import {AllianceModelCard} from '../src/components/alliance-model-card/alliance-model-card.js';
import type {AllianceSelectEvent} from '../src/events.js';
import type {AllianceData} from '../src/data/schema.js';
import {rawData, settled} from './support/raw-data.js';
import {inLocale, part, parts, placeExpectingError, setLang, spokenText, tabStops, text, toHant, toHantUi} from './support/helpers.js';
import {expectAxeAAA} from './support/axe.js';

async function show(markup: ReturnType<typeof html>): Promise<AllianceModelCard> {
  const el = await fixture<AllianceModelCard>(markup);
  await settled(el);
  return el;
}


describe('<alliance-model-card>', () => {
  let data: AllianceData;
  const formation = () => data.models.filter((m) => m.kind === 'formation');
  const casesOf = (id: string) => data.cases.filter((c) => c.models.includes(id));
  /** A formation model with a case shown under it (in the bundled data, the editors' grouping, marked as such). */
  const withCases = () => formation().find((m) => casesOf(m.id).length > 0)!;

  before(async () => {
    data = await rawData();
    await setLang('zh-CN', 'zh-Hans');
  });
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  describe('defaults', () => {
    it('without a model shows the gallery of the eight formation models in order', async () => {
      const el = await show(html`<alliance-model-card></alliance-model-card>`);
      expect(el).to.be.instanceOf(AllianceModelCard);
      expect(part(el, 'gallery')).to.exist;
      const names = parts(el, 'name').map((n) => spokenText(n));
      expect(names).to.deep.equal(formation().map((m) => `模式${m.number}：${m.name['zh-Hans']}`));
      expect(parts(el, 'number').map((n) => text(n))).to.deep.equal(formation().map((m) => String(m.number)));
    });

    it('model="all" is the gallery too', async () => {
      const el = await show(html`<alliance-model-card model="all"></alliance-model-card>`);
      expect(parts(el, 'card')).to.have.length(formation().length);
    });

    it('one model: name, summary, description hidden behind a toggle, its cases and its source', async () => {
      for (const model of formation()) {
        const el = await show(html`<alliance-model-card model=${model.id}></alliance-model-card>`);
        expect(part(el, 'gallery')).to.equal(null);
        expect(text(part(el, 'name'))).to.include(model.name['zh-Hans']);
        expect(text(part(el, 'summary'))).to.equal(model.summary['zh-Hans']);
        const description = part(el, 'description') as HTMLElement;
        expect(text(description)).to.equal(model.description['zh-Hans']);
        expect(description.hidden).to.equal(true);
        expect(parts(el, 'case').map((c) => text(c))).to.deep.equal(casesOf(model.id).map((c) => c.name['zh-Hans']));
        const source = data.sources.find((s) => s.id === model.sources[0])!;
        expect(text(part(el, 'source'))).to.include(source.title['zh-Hans']);
      }
    });

    it('marks a case the editors grouped under the model (no article states the tie): 编者归类', async () => {
      for (const model of formation()) {
        const el = await show(html`<alliance-model-card model=${model.id}></alliance-model-card>`);
        const marks = [...el.shadowRoot!.querySelectorAll('[part~="cases"] li')].map((li) => text(li.querySelector('[part~="editorial"]')));
        expect(marks, model.id).to.deep.equal(casesOf(model.id).map((c) => (c.editorialModels?.includes(model.id) ? '编者归类' : '')));
      }
      const grouped = data.cases.find((c) => c.editorialModels?.length)!;
      const el = await show(html`<alliance-model-card model=${grouped.editorialModels![0]!}></alliance-model-card>`);
      await setLang('en', 'en');
      await inLocale(el, 'en');
      expect(text(part(el, 'editorial'))).to.equal('Editor’s grouping');
      await setLang('zh-Hant', 'zh-Hant');
      await inLocale(el, 'zh-Hant');
      expect(text(part(el, 'editorial'))).to.equal(toHantUi('编者归类'));
    });

    it('says so when no case exemplifies a model', async () => {
      const lonely = formation().find((m) => casesOf(m.id).length === 0);
      expect(lonely, 'the data has a formation model without a case').to.exist;
      const el = await show(html`<alliance-model-card model=${lonely!.id}></alliance-model-card>`);
      expect(parts(el, 'case')).to.have.length(0);
      expect(text(el.shadowRoot!.querySelector('.none'))).to.equal('报道中暂无对应此模式的案例。');
    });
  });

  describe('attributes', () => {
    it('kind chooses which models the gallery shows', async () => {
      for (const kind of ['variant', 'approach', 'historical'] as const) {
        const el = await show(html`<alliance-model-card kind=${kind}></alliance-model-card>`);
        expect(parts(el, 'card').length, kind).to.equal(data.models.filter((m) => m.kind === kind).length);
      }
      const all = await show(html`<alliance-model-card kind="all"></alliance-model-card>`);
      expect(parts(all, 'card')).to.have.length(data.models.length);
    });

    it('open shows every description, and each can still be closed', async () => {
      const el = await show(html`<alliance-model-card open></alliance-model-card>`);
      expect(parts(el, 'description').every((d) => !(d as HTMLElement).hidden)).to.equal(true);
      (parts(el, 'toggle')[0] as HTMLButtonElement).click();
      await el.updateComplete;
      expect((parts(el, 'description')[0] as HTMLElement).hidden).to.equal(true);
      expect((parts(el, 'description')[1] as HTMLElement).hidden).to.equal(false);
    });

    it('heading-level sets the level of the names, 2 to 6; any other value is an invalid attribute', async () => {
      for (const given of [2, 4, 6]) {
        const el = await show(html`<alliance-model-card model="mentor-led" heading-level=${given}></alliance-model-card>`);
        expect(part(el, 'name')!.localName, String(given)).to.equal(`h${given}`);
      }
      for (const value of ['0', '1', '9', 'three']) {
        const {el, error} = await placeExpectingError('alliance-model-card', {model: 'mentor-led', 'heading-level': value});
        expect([error.reason, error.path, error.id], value).to.deep.equal(['invalid-attribute', 'heading-level', value]);
        el.remove();
      }
    });

    it('case-href turns cases into links with the id in place of {id}', async () => {
      const model = withCases();
      const el = await show(html`<alliance-model-card model=${model.id} case-href="/cases/{id}.html"></alliance-model-card>`);
      const links = parts(el, 'case') as HTMLAnchorElement[];
      expect(links.map((a) => a.localName)).to.deep.equal(casesOf(model.id).map(() => 'a'));
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(casesOf(model.id).map((c) => `/cases/${c.id}.html`));
      expect(links.map((a) => a.closest('li')?.parentElement)).to.deep.equal(links.map(() => part(el, 'cases')));
      expect(await tabStops(el)).to.deep.equal([part(el, 'toggle'), ...links]);
      await expect(el).to.be.accessible();
    });

    it('selectable is off by default, reflects, and turns the cases into buttons and back at run time', async () => {
      const model = withCases();
      const el = await show(html`<alliance-model-card model=${model.id}></alliance-model-card>`);
      expect(el.selectable).to.equal(false);
      expect(el.hasAttribute('selectable')).to.equal(false);
      el.selectable = true;
      await el.updateComplete;
      expect(el.hasAttribute('selectable')).to.equal(true);
      expect(parts(el, 'case').map((c) => c.localName)).to.deep.equal(casesOf(model.id).map(() => 'button'));
      el.removeAttribute('selectable');
      await el.updateComplete;
      expect(el.selectable).to.equal(false);
      expect(parts(el, 'case').map((c) => c.localName)).to.deep.equal(casesOf(model.id).map(() => 'span'));
    });

    it('with both case-href and selectable, cases are links that also fire alliance-select', async () => {
      const model = withCases();
      const el = await show(html`<alliance-model-card model=${model.id} case-href="#case-{id}" selectable></alliance-model-card>`);
      const links = parts(el, 'case') as HTMLAnchorElement[];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(casesOf(model.id).map((c) => `#case-${c.id}`));
      el.addEventListener('alliance-select', (e) => e.preventDefault(), {once: true});
      const event = oneEvent(el, 'alliance-select');
      const before = location.hash;
      links[0]!.click();
      expect(((await event) as unknown as AllianceSelectEvent).id).to.equal(casesOf(model.id)[0]!.id);
      expect(location.hash).to.equal(before);
    });
  });

  describe('states', () => {
    it('an unknown model id: localized not-found and alliance-error', async () => {
      const {el, error} = await placeExpectingError('alliance-model-card', {model: 'no-such-model'});
      expect([error.reason, error.id]).to.deep.equal(['not-found', 'no-such-model']);
      expect(text(el.shadowRoot!.querySelector('[data-state="not-found"]'))).to.equal('此处内容暂不可用。');
      el.remove();
    });

    it('an unknown kind is an invalid attribute, and a hostile one stays text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const {el, error} = await placeExpectingError('alliance-model-card', {kind: hostile});
      expect([error.reason, error.path, error.id]).to.deep.equal(['invalid-attribute', 'kind', hostile]);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
      el.remove();
    });
  });

  describe('events and keyboard', () => {
    it('names its cases as plain text, no control, when the page gives neither case-href nor selectable', async () => {
      const model = withCases();
      const el = await show(html`<alliance-model-card model=${model.id}></alliance-model-card>`);
      const list = part(el, 'cases')!;
      expect(list.localName).to.equal('ul');
      expect(list.getAttribute('aria-labelledby')).to.equal(el.shadowRoot!.querySelector('.cases-title')!.id);
      const items = [...list.children];
      expect(items.map((li) => li.localName)).to.deep.equal(casesOf(model.id).map(() => 'li'));
      expect(items.map((li) => text(li.firstElementChild))).to.deep.equal(casesOf(model.id).map((c) => c.name['zh-Hans']));
      expect([...list.querySelectorAll('a, button, [tabindex], [role="button"], [role="link"]')], 'no control that leads nowhere').to.have.length(0);
      expect(parts(el, 'case').map((c) => getComputedStyle(c).cursor)).not.to.include('pointer');
      expect(await tabStops(el), 'the toggle is the only tab stop').to.deep.equal([part(el, 'toggle')]);
      await expect(el).to.be.accessible();
    });

    it('a selectable card’s case fires alliance-select with its id', async () => {
      const model = withCases();
      const el = await show(html`<alliance-model-card model=${model.id} selectable></alliance-model-card>`);
      const buttons = parts(el, 'case');
      expect(buttons.map((c) => c.localName)).to.deep.equal(casesOf(model.id).map(() => 'button'));
      expect(buttons.map((b) => b.closest('li')?.parentElement)).to.deep.equal(buttons.map(() => part(el, 'cases')));
      expect(await tabStops(el)).to.deep.equal([part(el, 'toggle'), ...buttons]);
      await expect(el).to.be.accessible();
      const event = oneEvent(el, 'alliance-select');
      (buttons[0] as HTMLButtonElement).click();
      const selected = (await event) as unknown as AllianceSelectEvent;
      expect([selected.kind, selected.id]).to.deep.equal(['case', casesOf(model.id)[0]!.id]);
      expect(selected.composed).to.equal(true);
      const last = casesOf(model.id).at(-1)!;
      (buttons.at(-1) as HTMLButtonElement).focus();
      const byKey = oneEvent(el, 'alliance-select');
      await sendKeys({press: 'Enter'});
      expect(((await byKey) as unknown as AllianceSelectEvent).id).to.equal(last.id);
    });

    it('a host that cancels alliance-select keeps a case link from being followed', async () => {
      const model = formation().find((m) => casesOf(m.id).length > 0)!;
      const el = await show(html`<alliance-model-card model=${model.id} case-href="#case-{id}"></alliance-model-card>`);
      el.addEventListener('alliance-select', (e) => e.preventDefault());
      const before = location.hash;
      (parts(el, 'case')[0] as HTMLAnchorElement).click();
      expect(location.hash).to.equal(before);
    });

    it('the description opens and closes from the keyboard', async () => {
      const el = await show(html`<alliance-model-card model="mentor-led"></alliance-model-card>`);
      const toggle = part(el, 'toggle') as HTMLButtonElement;
      toggle.focus();
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect((part(el, 'description') as HTMLElement).hidden).to.equal(false);
      expect(toggle.getAttribute('aria-controls')).to.equal(part(el, 'description')!.id);
      await sendKeys({press: ' '});
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('i18n', () => {
    it('shows English and Traditional Chinese from the data', async () => {
      const model = formation()[0]!;
      const el = await show(html`<alliance-model-card model=${model.id}></alliance-model-card>`);
      await setLang('en', 'en');
      await inLocale(el, 'en');
      expect(spokenText(part(el, 'name'))).to.equal(`Model ${model.number}: ${model.name.en}`);
      expect(text(part(el, 'toggle'))).to.equal('Show full text');
      await setLang('zh-Hant', 'zh-Hant');
      await inLocale(el, 'zh-Hant');
      expect(text(part(el, 'summary'))).to.equal(toHant(model.summary['zh-Hans']));
      expect(text(part(el, 'toggle'))).to.equal(toHantUi('展开全文'));
    });
  });

  describe('accessibility', () => {
    for (const lang of [['zh-CN', 'zh-Hans'], ['en', 'en']] as [string, string][]) {
      for (const theme of ['light', 'dark'] as const) {
        it(`passes axe: gallery, ${lang[1]}, ${theme}`, async () => {
          await setLang(lang[0], lang[1]);
          const el = await show(html`<alliance-model-card theme=${theme} open></alliance-model-card>`);
          await expect(el).to.be.accessible();
        });
      }
    }
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe: selectable gallery, ${theme}`, async () => {
        const el = await show(html`<alliance-model-card theme=${theme} selectable></alliance-model-card>`);
        expect(el.shadowRoot!.querySelectorAll('button[part~="case"]').length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }
    it('passes axe with AAA contrast in care mode', async () => {
      const el = await show(html`<alliance-model-card model="coordinated-services" care open></alliance-model-card>`);
      await expectAxeAAA(el);
    });
  });
});
