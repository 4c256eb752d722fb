import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/generated/entries/alliance-scheme.js';
import {AllianceScheme} from '../src/components/alliance-scheme/alliance-scheme.js';
import type {AllianceErrorEvent} from '../src/events.js';
import type {AllianceData, Scheme} from '../src/data/schema.js';
import {formatPartialDate} from '../src/format.js';
import {rawData, settled} from './support/raw-data.js';
import {inLocale, part, parts, placeExpectingError, setLang, text, toHant, toHantUi} from './support/helpers.js';
import {expectAxeAAA} from './support/axe.js';

async function show(markup: ReturnType<typeof html>): Promise<AllianceScheme> {
  const el = await fixture<AllianceScheme>(markup);
  await settled(el);
  return el;
}

type Locale = 'zh-Hans' | 'en' | 'zh-Hant';
const LANGS: [string, Locale][] = [
  ['zh-CN', 'zh-Hans'],
  ['en', 'en'],
  ['zh-TW', 'zh-Hant'],
];

describe('<alliance-scheme>', () => {
  let data: AllianceData;
  const scheme = (id: string) => data.schemes.find((s) => s.id === id)!;
  /** A text of the data as the widget shows it in `locale` (zh-Hant derived from zh-Hans). */
  const inText = (t: {'zh-Hans': string; en: string}, locale: Locale) => (locale === 'zh-Hant' ? toHant(t['zh-Hans']) : t[locale]);

  before(async () => {
    data = await rawData();
    await setLang('zh-CN', 'zh-Hans');
  });
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  describe('defaults', () => {
    it('shows name, definition, parts, the defining quote, its source and as-of date', async () => {
      const s = scheme('four-links-three-unchanged');
      const el = await show(html`<alliance-scheme scheme-id=${s.id}></alliance-scheme>`);
      expect(el).to.be.instanceOf(AllianceScheme);
      expect(part(el, 'name')!.localName).to.equal('h3');
      expect(text(part(el, 'name'))).to.equal(s.name['zh-Hans']);
      expect(text(part(el, 'definition'))).to.equal(s.definition['zh-Hans']);
      expect(text(part(el, 'quote'))).to.equal(`原文摘录 ${s.quote['zh-Hans']}`);
      expect(parts(el, 'part').map((p) => text(p))).to.deep.equal(s.parts!.map((p) => p.name['zh-Hans']));
      // Two named groups; the four links are wholly an editorial reading, said once at their title.
      const titles = [...el.shadowRoot!.querySelectorAll('.group .group-title')].map((t) => text(t));
      expect(titles).to.deep.equal(['三不变', '四联（编者解读）']);
      expect(text(part(el, 'links'))).to.equal(`相关：${data.cases.find((c) => c.id === 'kuangyan-south')!.name['zh-Hans']}`);
      expect(text(part(el, 'as-of'))).to.equal(`数据截至：${formatPartialDate(s.asOf.date!, 'zh-Hans')}`);
      const source = data.sources.find((x) => x.id === s.source)!;
      expect(text(part(el, 'source'))).to.include(`《${source.title['zh-Hans']}》`);
    });

    it('renders every scheme of the data, in each of the three locales', async () => {
      for (const [lang, locale] of LANGS) {
        await setLang(lang, locale);
        for (const s of data.schemes) {
          const el = await show(html`<alliance-scheme scheme-id=${s.id}></alliance-scheme>`);
          await inLocale(el, locale);
          expect(text(part(el, 'name')), `${s.id} ${locale}`).to.equal(inText(s.name, locale));
          expect(text(part(el, 'definition')), `${s.id} ${locale}`).to.equal(inText(s.definition, locale));
          expect(text(el.shadowRoot!.querySelector('blockquote')), `${s.id} ${locale}`).to.equal(inText(s.quote, locale));
          expect(parts(el, 'part').length, `${s.id} parts`).to.equal(s.parts?.length ?? 0);
          const sources = [s.source, ...(s.mentions ?? []).map((m) => m.source)].map((id) => data.sources.find((x) => x.id === id)!);
          for (const source of sources) expect(text(part(el, 'source')), `${s.id} ${locale}`).to.include(inText(source.title, locale));
          el.remove();
        }
      }
    });

    it('an undated article: the as-of line says so, with the article’s own time words', async () => {
      const s = scheme('five-way-coordination');
      expect(s.asOf.date).to.equal(null);
      const el = await show(html`<alliance-scheme scheme-id=${s.id}></alliance-scheme>`);
      expect(text(part(el, 'as-of'))).to.equal(`时间：文中称“${s.asOf.phrase!['zh-Hans']}”，报道未注明日期`);
      const plain = await show(html`<alliance-scheme scheme-id="three-meetings"></alliance-scheme>`);
      expect(text(part(plain, 'as-of'))).to.equal('时间：报道未注明日期');
    });

    it('names the records it is tied to, and every source that names it', async () => {
      const el = await show(html`<alliance-scheme scheme-id="twenty-articles"></alliance-scheme>`);
      const s = scheme('twenty-articles');
      // An editorial tie (the 2024 article's 联建二十条指引, not said to be this document) carries the editorial mark.
      const names = s.links!.map(
        (l) => (l.to === 'stats' ? data.stats.find((x) => x.id === l.id)!.label : scheme(l.id).name)['zh-Hans'] + (l.basis === 'editorial' ? '（编者解读）' : '')
      );
      expect(s.links!.filter((l) => l.basis === 'editorial')).to.have.length(1);
      expect(text(part(el, 'links'))).to.equal(`相关：${names.join(' · ')}`);
      expect(el.shadowRoot!.querySelectorAll('[part~="source"] br').length).to.equal(s.mentions?.length ?? 0);
      const mentioned = await show(html`<alliance-scheme scheme-id="seven-plus-n"></alliance-scheme>`);
      expect(mentioned.shadowRoot!.querySelectorAll('[part~="source"] br').length).to.equal(scheme('seven-plus-n').mentions!.length);
      const lonely = await show(html`<alliance-scheme scheme-id="three-meetings"></alliance-scheme>`);
      expect(part(lonely, 'links')).to.equal(null);
    });
  });

  describe('attributes', () => {
    it('heading-level sets the level of the name, 2 to 6', async () => {
      for (const level of [2, 5]) {
        const el = await show(html`<alliance-scheme scheme-id="six-ones" heading-level=${level}></alliance-scheme>`);
        expect(part(el, 'name')!.localName).to.equal(`h${level}`);
      }
      const {el, error} = await placeExpectingError('alliance-scheme', {'scheme-id': 'six-ones', 'heading-level': '9'});
      expect([error.reason, error.path]).to.deep.equal(['invalid-attribute', 'heading-level']);
      el.remove();
    });

    it('changing scheme-id shows the other scheme', async () => {
      const el = await show(html`<alliance-scheme scheme-id="six-ones"></alliance-scheme>`);
      el.schemeId = 'seven-plus-n';
      await settled(el);
      expect(text(part(el, 'name'))).to.equal(scheme('seven-plus-n').name['zh-Hans']);
      expect(el.getAttribute('scheme-id')).to.equal('seven-plus-n');
    });
  });

  describe('states', () => {
    it('an unknown id: localized not-found and alliance-error with the id', async () => {
      const {el, error} = await placeExpectingError<AllianceScheme>('alliance-scheme', {'scheme-id': 'no-such-scheme'});
      expect([error.reason, error.id]).to.deep.equal(['not-found', 'no-such-scheme']);
      expect(el.problem?.reason).to.equal('not-found');
      expect(text(el.shadowRoot!.querySelector('[data-state="not-found"]'))).to.equal('此处内容暂不可用。');
      el.remove();
    });

    it('no id: missing-id', async () => {
      const {el, error} = await placeExpectingError('alliance-scheme');
      expect([error.reason, error.id]).to.deep.equal(['missing-id', undefined]);
      el.remove();
    });

    it('renders a hostile id as text, never as HTML', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><b>x</b>';
      const {el} = await placeExpectingError<AllianceScheme>('alliance-scheme', {'scheme-id': hostile});
      expect(el.problem?.id).to.equal(hostile);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(el.querySelector('img, b')).to.equal(null);
      expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
      el.remove();
    });

    it('hostile strings in a portal’s own scheme are shown as text, never as HTML', async () => {
      const evil = (n: string) => `<img src=x onerror="window.__pwned=${n}"><script>window.__pwned=2</script><b>${n}</b>`;
      const t = (n: string) => ({'zh-Hans': evil(n), en: evil(n)});
      const own: Scheme = {
        id: 'evil-scheme',
        name: t('name'),
        definition: t('definition'),
        quote: t('quote'),
        source: 'evil-source',
        asOf: {date: '2025', phrase: t('phrase')},
        parts: [{name: t('part'), group: t('group'), basis: 'article'}, {name: t('editorial'), group: t('group'), basis: 'editorial'}],
        links: [{to: 'schemes', id: 'other-scheme', basis: 'editorial', note: t('note')}],
      };
      const other = {...own, id: 'other-scheme', links: [], parts: []};
      const doc = {schemaVersion: 1, sources: [{id: 'evil-source', paper: t('paper'), title: t('title'), date: '2025'}], schemes: [own, other]};
      const el = await fixture<AllianceScheme>(html`<alliance-scheme scheme-id="evil-scheme" .data=${doc}></alliance-scheme>`);
      await settled(el);
      expect(el.problem).to.equal(undefined);
      expect(text(part(el, 'name'))).to.equal(evil('name'));
      expect(text(part(el, 'definition'))).to.equal(evil('definition'));
      expect(text(el.shadowRoot!.querySelector('blockquote'))).to.equal(evil('quote'));
      expect(parts(el, 'part').map((p) => text(p))).to.deep.equal([evil('part'), `${evil('editorial')}（编者解读）`]);
      expect(text(part(el, 'links'))).to.equal(`相关：${evil('name')}（编者解读）`);
      expect(text(el.shadowRoot!.querySelector('.group-title'))).to.equal(evil('group'));
      expect(text(part(el, 'source'))).to.include(evil('title'));
      expect(el.shadowRoot!.querySelector('img, script:not([type]), b')).to.equal(null);
      expect(el.querySelector('img, script, b')).to.equal(null);
      expect((window as unknown as {__pwned?: unknown}).__pwned).to.equal(undefined);
    });

    it('a portal’s scheme that links to a record it does not have: missing-reference', async () => {
      const s = structuredClone(scheme('six-ones'));
      const doc = {
        schemaVersion: 1,
        sources: [{id: s.source, paper: {'zh-Hans': '报', en: 'Paper'}, title: {'zh-Hans': '题', en: 'Title'}, date: null}],
        schemes: [{...s, links: [{to: 'cases', id: 'no-such-case', basis: 'article'}]}],
      };
      const el = document.createElement('alliance-scheme') as AllianceScheme;
      el.schemeId = 'six-ones';
      el.data = doc;
      const event = oneEvent(el, 'alliance-error');
      document.body.append(el);
      const error = (await event) as unknown as AllianceErrorEvent;
      expect([error.reason, error.path]).to.deep.equal(['missing-reference', 'schemes[0].links[0].id']);
      el.remove();
    });
  });

  describe('i18n', () => {
    it('follows lang: English labels and Traditional Chinese text and labels', async () => {
      const s = scheme('four-links-three-unchanged');
      const el = await show(html`<alliance-scheme scheme-id=${s.id}></alliance-scheme>`);
      await setLang('en', 'en');
      await inLocale(el, 'en');
      expect(text(el.shadowRoot!.querySelector('figcaption'))).to.equal('From the article (translated)');
      expect(text(el.shadowRoot!.querySelectorAll('.group .group-title')[1]!)).to.equal(`${s.parts![3]!.group!.en} (editorial reading)`);
      expect(text(part(el, 'as-of'))).to.equal(`As of ${formatPartialDate(s.asOf.date!, 'en')}`);
      await setLang('zh-TW', 'zh-Hant');
      await inLocale(el, 'zh-Hant');
      expect(text(part(el, 'name'))).to.equal(toHant(s.name['zh-Hans']));
      expect(text(el.shadowRoot!.querySelector('figcaption'))).to.equal(toHantUi('原文摘录'));
    });
  });

  describe('accessibility', () => {
    for (const [lang, locale] of LANGS) {
      for (const theme of ['light', 'dark'] as const) {
        it(`passes axe: ${locale}, ${theme}`, async () => {
          await setLang(lang, locale);
          const el = await show(html`<alliance-scheme scheme-id="four-links-three-unchanged" theme=${theme}></alliance-scheme>`);
          await inLocale(el, locale);
          await expect(el).to.be.accessible();
        });
      }
    }
    it('the not-found notice passes axe', async () => {
      const el = await show(html`<alliance-scheme scheme-id="no-such-scheme"></alliance-scheme>`);
      await expect(el).to.be.accessible();
    });
    it('passes axe with AAA contrast in care mode', async () => {
      const el = await show(html`<alliance-scheme scheme-id="twenty-articles" care></alliance-scheme>`);
      await expectAxeAAA(el);
    });
  });
});
