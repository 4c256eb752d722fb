import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/generated/entries/case-study-card.js';
import {CaseStudyCard} from '../src/components/case-study-card/case-study-card.js';
import type {AllianceSelectEvent} from '../src/events.js';
import type {AllianceData, Case} from '../src/data/schema.js';
import {rawData, settled} from './support/raw-data.js';
import {inLocale, part, parts, placeExpectingError, setLang, tabStops, text, toHant} from './support/helpers.js';
import {expectAxeAAA} from './support/axe.js';

async function show(markup: ReturnType<typeof html>): Promise<CaseStudyCard> {
  const el = await fixture<CaseStudyCard>(markup);
  await settled(el);
  return el;
}


/** The cases a case's card names as related: the one it is part of, then those within it. */
let related: (c: {id: string; partOf?: string}) => string[] = () => [];
/** A case with models and related cases, so both kinds of chips show. */
let withModels: () => AllianceData['cases'][number] = () => {
  throw new Error('data not loaded');
};

describe('<case-study-card>', () => {
  let data: AllianceData;
  const statsOf = (c: Case) => data.stats.filter((s) => s.case === c.id);
  /** A case with figures, people with quotes and models, to exercise every part. */
  const richest = () =>
    [...data.cases].sort((a, b) => statsOf(b).length + b.people.length + b.models.length - (statsOf(a).length + a.people.length + a.models.length))[0]!;

  before(async () => {
    data = await rawData();
    related = (c) => [...(c.partOf ? [c.partOf] : []), ...data.cases.filter((x) => x.partOf === c.id).map((x) => x.id)];
    withModels = () => data.cases.find((x) => x.models.length > 0 && related(x).length > 0)!;
    await setLang('zh-CN', 'zh-Hans');
  });
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  describe('defaults', () => {
    it('renders every case of the data: name, place, summary, sources', async () => {
      for (const c of data.cases) {
        const el = await show(html`<case-study-card case=${c.id}></case-study-card>`);
        expect(text(part(el, 'name')), c.id).to.equal(c.name['zh-Hans']);
        expect(text(part(el, 'summary'))).to.equal(c.summary['zh-Hans']);
        const place = [c.place.district, c.place.town, c.place.locality].filter((p) => p).map((p) => p!['zh-Hans']);
        if (place.length) expect(text(part(el, 'place'))).to.equal(place.join(' · '));
        for (const id of c.sources) expect(text(part(el, 'source'))).to.include(data.sources.find((s) => s.id === id)!.title['zh-Hans']);
      }
    });

    it('marks each model the editors grouped the case under (no article states the tie): 编者归类', async () => {
      for (const c of data.cases.filter((x) => x.models.length > 0)) {
        const el = await show(html`<case-study-card case=${c.id}></case-study-card>`);
        const marks = [...part(el, 'models')!.querySelectorAll('li')].map((li) => text(li.querySelector('[part~="editorial"]')));
        expect(marks, c.id).to.deep.equal(c.models.map((id) => (c.editorialModels?.includes(id) ? '编者归类' : '')));
      }
    });

    it('shows the key figures exactly, the first six, then all on request', async () => {
      const c = data.cases.find((x) => statsOf(x).length > 6)!;
      expect(c, 'a case with more than six figures').to.exist;
      const el = await show(html`<case-study-card case=${c.id}></case-study-card>`);
      const labels = () => parts(el, 'figure').map((f) => text(f.querySelector('.label')));
      expect(labels()).to.deep.equal(statsOf(c).slice(0, 6).map((s) => s.label['zh-Hans']));
      const values = parts(el, 'figure').map((f) => f.querySelector('data')!.getAttribute('value'));
      expect(values).to.deep.equal(statsOf(c).slice(0, 6).map((s) => String(s.value)));
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.more')!;
      expect(text(more)).to.equal(`显示全部${statsOf(c).length}项数据`);
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      more.click();
      await el.updateComplete;
      expect(labels()).to.deep.equal(statsOf(c).map((s) => s.label['zh-Hans']));
      expect(more.getAttribute('aria-expanded')).to.equal('true');
    });

    it('quotes people with their roles', async () => {
      const c = richest();
      const el = await show(html`<case-study-card case=${c.id}></case-study-card>`);
      const people = [...part(el, 'people')!.querySelectorAll('li')];
      expect(people).to.have.length(c.people.length);
      c.people.forEach((p, i) => {
        expect(text(people[i]!.querySelector('figcaption'))).to.equal(`${p.name['zh-Hans']}，${p.role['zh-Hans']}`);
        if (p.quote) expect(text(people[i]!.querySelector('blockquote'))).to.equal(p.quote['zh-Hans']);
      });
    });

    it('draws the quotation rule only beside a quote, never beside a bare name', async () => {
      const mixed = data.cases.find((c) => c.people.some((p) => p.quote) && c.people.some((p) => !p.quote));
      expect(mixed, 'the data has a case naming people with and without quotes').to.exist;
      const el = await show(html`<case-study-card case=${mixed!.id}></case-study-card>`);
      const rules = [...part(el, 'people')!.querySelectorAll('figure')].map((f) => parseFloat(getComputedStyle(f).borderInlineStartWidth));
      expect(rules).to.deep.equal(mixed!.people.map((p) => (p.quote ? rules.find((w) => w > 0) ?? -1 : 0)));
      expect(rules.some((w) => w > 0)).to.equal(true);
    });

    it('names the larger case and the cases within it', async () => {
      const parent = data.cases.find((c) => data.cases.some((x) => x.partOf === c.id))!;
      const el = await show(html`<case-study-card case=${parent.id}></case-study-card>`);
      const names = [...part(el, 'related')!.querySelectorAll('li')].map((b) => text(b));
      expect(names).to.deep.equal(data.cases.filter((x) => x.partOf === parent.id).map((x) => x.name['zh-Hans']));
    });

    describe('models and related cases', () => {
      /** A case that shows models and belongs to a larger case. */
      const modelNames = (c: Case) => c.models.map((id) => data.models.find((m) => m.id === id)!.name['zh-Hans']);
      const relatedNames = (c: Case) => [
        ...(c.partOf ? [data.cases.find((x) => x.id === c.partOf)!.name['zh-Hans']] : []),
        ...data.cases.filter((x) => x.partOf === c.id).map((x) => x.name['zh-Hans']),
      ];
      /** Items of the model list and of the related lists, each in a <li> of a <ul>. */
      const items = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="models"] > li, [part~="related"] > ul > li')];
      const controls = (el: Element) =>
        [...el.shadowRoot!.querySelectorAll('[part~="models"], [part~="related"]')].flatMap((list) => [
          ...list.querySelectorAll('a, button, [tabindex], [role="button"], [role="link"]'),
        ]);

      it('are plain text by default: names in list items, no control, no tab stop', async () => {
        for (const c of [withModels(), data.cases.find((x) => data.cases.some((y) => y.partOf === x.id))!]) {
          const el = await show(html`<case-study-card case=${c.id}></case-study-card>`);
          expect(el.selectable).to.equal(false);
          expect(items(el).map((li) => text(li.firstElementChild)), c.id).to.deep.equal([...modelNames(c), ...relatedNames(c)]);
          expect(items(el).every((li) => li.parentElement!.localName === 'ul')).to.equal(true);
          expect(controls(el), 'no control that leads nowhere').to.have.length(0);
          expect(items(el).map((li) => getComputedStyle(li.firstElementChild!).cursor)).not.to.include('pointer');
          expect(await tabStops(el), 'only the table, CSV and show-all buttons, if any, are tab stops').to.deep.equal([
            ...el.shadowRoot!.querySelectorAll('[part~="views"] > button, button.more'),
          ]);
          await expect(el).to.be.accessible();
        }
      });

      it('are buttons with selectable, in list items and in the tab order', async () => {
        const c = withModels();
        const el = await show(html`<case-study-card case=${c.id} selectable></case-study-card>`);
        expect(el.hasAttribute('selectable')).to.equal(true);
        expect(items(el).map((li) => text(li.firstElementChild))).to.deep.equal([...modelNames(c), ...relatedNames(c)]);
        const buttons = controls(el);
        expect(buttons.map((b) => b.localName)).to.deep.equal(items(el).map(() => 'button'));
        expect(buttons.map((b) => b.parentElement)).to.deep.equal(items(el));
        expect(await tabStops(el), 'every button, in order').to.deep.equal([...el.shadowRoot!.querySelectorAll('button')]);
        await expect(el).to.be.accessible();
      });

      it('two cards on one page name their regions apart (axe landmark-unique), each with its case', async () => {
        const [a, b] = [...data.cases].filter((c) => statsOf(c).length > 0 && c.people.length > 0).slice(0, 2);
        const page = await fixture<HTMLElement>(html`<div><case-study-card case=${a!.id}></case-study-card><case-study-card case=${b!.id}></case-study-card></div>`);
        const cards = [...page.querySelectorAll<CaseStudyCard>('case-study-card')];
        for (const card of cards) await settled(card);
        for (const card of cards) {
          const regions = [...card.shadowRoot!.querySelectorAll('section[aria-labelledby]')];
          expect(regions, 'figures and people').to.have.length(2);
          for (const region of regions) {
            const labels = region.getAttribute('aria-labelledby')!.split(' ').map((id) => text(card.shadowRoot!.getElementById(id)!));
            expect(labels[0], 'the case name first').to.equal(text(card.shadowRoot!.getElementById('name')!));
          }
        }
        await expect(page).to.be.accessible();
      });

      it('selectable reflects and switches between text and buttons at run time', async () => {
        const c = withModels();
        const el = await show(html`<case-study-card case=${c.id}></case-study-card>`);
        el.selectable = true;
        await el.updateComplete;
        expect(el.hasAttribute('selectable')).to.equal(true);
        expect(controls(el).map((b) => b.localName)).to.deep.equal(items(el).map(() => 'button'));
        el.removeAttribute('selectable');
        await el.updateComplete;
        expect(el.selectable).to.equal(false);
        expect(controls(el)).to.have.length(0);
      });
    });
  });

  describe('attributes', () => {
    it('max-figures limits the figures; 0 hides them', async () => {
      const c = data.cases.find((x) => statsOf(x).length > 2)!;
      const two = await show(html`<case-study-card case=${c.id} max-figures="2"></case-study-card>`);
      expect(parts(two, 'figure')).to.have.length(2);
      const none = await show(html`<case-study-card case=${c.id} max-figures="0"></case-study-card>`);
      expect(parts(none, 'figure')).to.have.length(0);
      expect(part(none, 'figures')).to.equal(null);
    });

    it('heading-level sets the level of the name', async () => {
      const el = await show(html`<case-study-card case=${data.cases[0]!.id} heading-level="2"></case-study-card>`);
      expect(part(el, 'name')!.localName).to.equal('h2');
    });

    it('a heading-level or max-figures it cannot use is an invalid attribute: the notice and alliance-error with the attribute', async () => {
      for (const [name, value] of [
        ['heading-level', '7'],
        ['heading-level', 'h2'],
        ['max-figures', '-1'],
        ['max-figures', '2.5'],
        ['max-figures', 'all'],
      ] as const) {
        const {el, error} = await placeExpectingError('case-study-card', {case: data.cases[0]!.id, [name]: value});
        expect([error.reason, error.path, error.id], `${name}=${value}`).to.deep.equal(['invalid-attribute', name, value]);
        expect(text(el.shadowRoot!.querySelector('[data-state]'))).to.equal('此处内容暂不可用。');
        el.remove();
      }
      const none = await show(html`<case-study-card case=${data.cases[0]!.id} max-figures="0"></case-study-card>`);
      expect((none as unknown as {problem?: unknown}).problem, 'max-figures="0" shows no figures, and is no mistake').to.equal(undefined);
    });
  });

  describe('states', () => {
    for (const [label, attr, reason] of [
      ['an unknown id', 'no-such-case', 'not-found'],
      ['a missing id', '', 'missing-id'],
      ['a hostile id', '<script>window.__pwned=1</script>', 'not-found'],
    ] as const) {
      it(`${label}: localized message and alliance-error ${reason}`, async () => {
        const {el, error} = await placeExpectingError<CaseStudyCard>('case-study-card', attr ? {case: attr} : {});
        expect(error.reason).to.equal(reason);
        expect(el.shadowRoot!.querySelector('script')).to.equal(null);
        expect(text(el.shadowRoot!.querySelector('[data-state="not-found"]'))).to.equal('此处内容暂不可用。');
        expect(el.problem).to.include({reason, id: attr || undefined});
        expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
        el.remove();
      });
    }
  });

  describe('events', () => {
    it('a model chip fires alliance-select with the model id; a related case with the case id', async () => {
      const c = withModels();
      const el = await show(html`<case-study-card case=${c.id} selectable></case-study-card>`);
      let event = oneEvent(el, 'alliance-select');
      part(el, 'models')!.querySelector('button')!.click();
      let selected = (await event) as unknown as AllianceSelectEvent;
      expect([selected.kind, selected.id]).to.deep.equal(['model', c.models[0]]);
      event = oneEvent(el, 'alliance-select');
      part(el, 'related')!.querySelector('button')!.click();
      selected = (await event) as unknown as AllianceSelectEvent;
      expect([selected.kind, selected.id]).to.deep.equal(['case', related(c)[0]]);
    });
  });

  describe('keyboard', () => {
    it('shows all figures and chooses a model from the keyboard', async () => {
      const many = data.cases.find((x) => statsOf(x).length > 6)!;
      const el = await show(html`<case-study-card case=${many.id} selectable></case-study-card>`);
      const more = el.shadowRoot!.querySelector<HTMLButtonElement>('.more')!;
      more.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(parts(el, 'figure')).to.have.length(statsOf(many).length);
      const c = data.cases.find((x) => x.models.length > 0)!;
      el.caseId = c.id;
      await settled(el);
      await el.updateComplete;
      const chip = part(el, 'models')!.querySelector('button')!;
      chip.focus();
      const event = oneEvent(el, 'alliance-select');
      await sendKeys({press: ' '});
      expect(((await event) as unknown as AllianceSelectEvent).id).to.equal(c.models[0]);
    });
  });

  describe('i18n', () => {
    it('reads in English and Traditional Chinese', async () => {
      const c = richest();
      const el = await show(html`<case-study-card case=${c.id}></case-study-card>`);
      await setLang('en-US', 'en');
      await inLocale(el, 'en');
      expect(text(part(el, 'name'))).to.equal(c.name.en);
      expect(text(part(el, 'people')!.querySelector('figcaption'))).to.equal(`${c.people[0]!.name.en}, ${c.people[0]!.role.en}`);
      await setLang('zh-TW', 'zh-Hant');
      await inLocale(el, 'zh-Hant');
      expect(text(part(el, 'summary'))).to.equal(toHant(c.summary['zh-Hans']));
    });
  });

  describe('accessibility', () => {
    for (const lang of [['zh-CN', 'zh-Hans'], ['en', 'en']] as [string, string][]) {
      for (const theme of ['light', 'dark'] as const) {
        it(`passes axe in ${lang[1]}, ${theme}`, async () => {
          await setLang(lang[0], lang[1]);
          const el = await show(html`<case-study-card case=${richest().id} theme=${theme}></case-study-card>`);
          await expect(el).to.be.accessible();
        });
      }
    }
    for (const theme of ['light', 'dark'] as const) {
      it(`passes axe when selectable, ${theme}`, async () => {
        const c = withModels();
        const el = await show(html`<case-study-card case=${c.id} theme=${theme} selectable></case-study-card>`);
        expect(part(el, 'models')!.querySelectorAll('button').length).to.be.greaterThan(0);
        expect(part(el, 'related')!.querySelectorAll('button').length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }
    it('passes axe with AAA contrast in care mode', async () => {
      const el = await show(html`<case-study-card case=${richest().id} care></case-study-card>`);
      await expectAxeAAA(el);
    });
  });
});
