import {expect} from '@open-wc/testing';
import {Validator} from '@cfworker/json-schema';
import {toJsonSchema} from '@valibot/to-json-schema';
import * as OpenCC from 'opencc-js';
import {checkDataset, parsePrinted, type ProblemCode, type Seeds} from '../src/data/check.js';
import {AllianceData as AllianceDataSchema, type AllianceData} from '../src/data/schema.js';
import {loadDataset} from '../src/data/dataset.js';
import {hantForData, hantForUi, localizeCollection} from '../src/data/localize.js';
import {COLLECTIONS, type CaseRecord, type EventRecord, type SeriesRecord, type SourceRecord, type StatRecord} from '../src/data/types.js';
import {rawData, seeds} from './support/raw-data.js';

/** Traditional Chinese as the build derives it: data with names kept as printed, UI text in Taiwan's wording. */
const toHant = hantForData(OpenCC);
const uiToHant = hantForUi(OpenCC);

describe('dataset', () => {
  let data: AllianceData;
  let texts: Seeds;

  before(async () => {
    data = await rawData();
    texts = await seeds(data);
  });

  /** Codes of the problems found in a mutated copy of the bundled data. */
  async function problemsAfter(mutate: (d: AllianceData) => void): Promise<ProblemCode[]> {
    const copy = await rawData();
    mutate(copy);
    return checkDataset(copy, texts).map((p) => p.code);
  }
  const stat = (d: AllianceData, id: string) => d.stats.find((s) => s.id === id)!;

  describe('the bundled data', () => {
    it('passes every check', () => {
      expect(checkDataset(data, texts)).to.deep.equal([]);
    });

    it('has the five articles, the eight formation models, four eras and the city-wide 2024 figures', () => {
      expect(data.sources).to.have.length(5);
      expect(data.models.filter((m) => m.kind === 'formation').map((m) => m.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(data.eras.map((e) => [e.from, e.to])).to.deep.equal([[1993, 2006], [2007, 2014], [2015, 2019], [2020, null]]);
      const figures = Object.fromEntries(data.stats.map((s) => [s.id, s.value]));
      expect(figures).to.include({'alliance-cases': 647, 'common-prosperity-workshops': 835, 'workshop-employment': 45500, 'typical-cases-city': 80, 'typical-cases-province': 10});
      expect(stat(data, 'workshop-employment').qualifier).to.equal('over');
    });

    it('has the nine Jiangbei clusters', () => {
      const clusters = data.cases.filter((c) => c.partOf === 'jiangbei-clusters' && c.kind === 'cluster');
      expect(clusters).to.have.length(9);
    });

    it('gives no article a date its page does not print or its text does not prove', () => {
      for (const source of data.sources) {
        if (source.date.basis === 'printed') expect(source.date.printed, source.id).to.be.a('string');
        else expect(source.date.note, source.id).to.exist;
        if (source.date.basis === 'unknown') expect(source.date.value, source.id).to.equal(null);
      }
    });
  });

  describe('which field holds what: timeline events', () => {
    /** Words of a curator explaining a date, not of an event: they belong in dateNote. */
    const DATING_WORDS = {
      'zh-Hans': /文中|原文|文章日期|年份取自|按.{0,20}解读|解读为|记为|对应\d{4}年|未印|日前|据此/,
      en: /\barticle\b|\bprinted\b|\bthe year (comes|is taken)\b|\bis read as\b|\bis recorded as\b|\bis matched to\b/i,
    };
    const FIELDS: Intl.DateTimeFormatOptions[] = [{year: 'numeric'}, {year: 'numeric', month: 'long'}, {year: 'numeric', month: 'long', day: 'numeric'}];
    /** The event's date as a Chinese article prints it (2011年, 2021年12月, 2021年11月25日), from Intl. */
    const printedForm = (date: string) => {
      const [y, m = 1, d = 1] = date.split('-').map(Number);
      const fields = FIELDS[date.split('-').length - 1]!;
      return new Intl.DateTimeFormat('zh-CN', {...fields, timeZone: 'UTC'}).format(new Date(Date.UTC(y!, m - 1, d)));
    };
    /** Printed exactly: no qualifier, and the quote holds the date in full (not 今年年底, 11月25日, 日前, 2021年底). */
    const printedExactly = (e: AllianceData['events'][number]) => !e.qualifier && e.quote.includes(printedForm(e.date));

    it('an event’s text says what happened, never how its date was found', () => {
      const offending = data.events.flatMap((e) =>
        (['zh-Hans', 'en'] as const).filter((l) => e.text && DATING_WORDS[l].test(e.text[l])).map((l) => `${e.id} (${l}): ${e.text![l]}`)
      );
      expect(offending).to.deep.equal([]);
    });

    it('every date not printed exactly in its quote (a qualifier, or read off the article’s date) carries a note', () => {
      expect(printedForm('2021-11-25')).to.equal('2021年11月25日');
      // The rule sorts the data as a reader would: only these three quotes print their date as given.
      expect(data.events.filter(printedExactly).map((e) => e.id)).to.deep.equal(['area-party-building-beilun-haishu-2007', 'national-seminar-2011', 'provincial-meeting-2012']);
      const missing = data.events.filter((e) => !printedExactly(e) && !e.dateNote).map((e) => e.id);
      expect(missing).to.deep.equal([]);
    });

    it('every date note reads as one, so moved into an event’s text it would be caught', () => {
      const noted = data.events.filter((e) => e.dateNote);
      expect(noted.length).to.be.greaterThan(0);
      for (const e of noted) {
        expect(DATING_WORDS['zh-Hans'].test(e.dateNote!['zh-Hans']), `${e.id} (zh-Hans): ${e.dateNote!['zh-Hans']}`).to.equal(true);
        expect(DATING_WORDS.en.test(e.dateNote!.en), `${e.id} (en): ${e.dateNote!.en}`).to.equal(true);
      }
    });
  });

  describe('the checks fail on', () => {
    it('a schema violation', async () => {
      expect(await problemsAfter((d) => ((d.stats[0] as unknown as {value: string}).value = '647'))).to.include('schema');
      expect(await problemsAfter((d) => ((d.stats[0] as unknown as {extra: number}).extra = 1))).to.include('schema');
      expect(await problemsAfter((d) => (d.models[0]!.id = 'Not A Slug'))).to.include('schema');
      expect(await problemsAfter((d) => (d.events[0]!.date = '2021-13-01'))).to.include('schema');
    });

    it('a duplicate id', async () => {
      expect(await problemsAfter((d) => d.stats.push(structuredClone(d.stats[0]!)))).to.include('duplicate-id');
      expect(await problemsAfter((d) => (d.cases[1]!.id = d.cases[0]!.id))).to.include('duplicate-id');
    });

    it('a dangling reference', async () => {
      expect(await problemsAfter((d) => (d.stats[0]!.source = 'no-such-article'))).to.include('dangling-reference');
      expect(await problemsAfter((d) => d.cases[0]!.models.push('no-such-model'))).to.include('dangling-reference');
      expect(await problemsAfter((d) => d.series[0]!.members.push('no-such-figure'))).to.include('dangling-reference');
      expect(await problemsAfter((d) => (d.events[0]!.case = 'no-such-case'))).to.include('dangling-reference');
    });

    it('missing locale text', async () => {
      expect(await problemsAfter((d) => delete (d.stats[0]!.label as Partial<AllianceData['stats'][0]['label']>).en)).to.include('missing-locale-text');
      expect(await problemsAfter((d) => delete (d.models[0]!.name as Partial<AllianceData['models'][0]['name']>)['zh-Hans'])).to.include('missing-locale-text');
      expect(await problemsAfter((d) => (d.cases[0]!.summary.en = '  '))).to.include('schema');
    });

    it('a figure without a source or an as-of period', async () => {
      expect(await problemsAfter((d) => delete (d.stats[0] as Partial<AllianceData['stats'][0]>).source)).to.include('missing-source');
      expect(await problemsAfter((d) => delete (d.stats[0] as Partial<AllianceData['stats'][0]>).asOf)).to.include('missing-as-of');
      const undated = (d: AllianceData) => d.stats.find((s) => s.asOf.date === null)!;
      expect(await problemsAfter((d) => delete undated(d).asOf.note)).to.include('missing-as-of');
    });

    it('a source date more precise than its article prints', async () => {
      const printed = (d: AllianceData) => d.sources.find((s) => s.date.basis === 'printed')!;
      expect(await problemsAfter((d) => (printed(d).date.printed = '2021年12月'))).to.include('date-too-precise');
      const unknown = (d: AllianceData) => d.sources.find((s) => s.date.basis === 'unknown')!;
      expect(await problemsAfter((d) => (unknown(d).date.value = '2022'))).to.include('date-too-precise');
      expect(await problemsAfter((d) => (printed(d).date.value = '2021-12-07'))).to.include('date-unproved');
    });

    it('a figure that is later than its article', async () => {
      expect(await problemsAfter((d) => (stat(d, 'alliance-cases').asOf.date = '2025'))).to.include('as-of-after-source');
    });

    it('a quote that is not in the article, or a number that does not read as printed', async () => {
      expect(await problemsAfter((d) => (stat(d, 'alliance-cases').quote = '累计打造党建联建案例648个'))).to.include('quote-not-in-seed');
      expect(await problemsAfter((d) => (stat(d, 'alliance-cases').value = 648))).to.include('printed-value-mismatch');
      expect(await problemsAfter((d) => (stat(d, 'workshop-employment').printed = '4.56万'))).to.include('printed-not-in-quote');
    });

    it('a series whose members are not one measure', async () => {
      expect(await problemsAfter((d) => (d.series[0]!.members = ['alliance-cases', 'workshop-employment']))).to.include('series-mismatch');
    });

    it('hostile input of the wrong shape, without throwing', () => {
      for (const input of [null, 42, 'text', [], {}, {sources: 'x'}]) {
        expect(checkDataset(input).length, JSON.stringify(input)).to.be.greaterThan(0);
      }
    });
  });

  describe('parsePrinted', () => {
    const cases: [string, {value: number; valueTo?: number} | null][] = [
      ['647', {value: 647}],
      ['4.55万', {value: 45500}],
      ['29.3亿', {value: 2930000000}],
      ['130.60亿', {value: 13060000000}],
      ['82.98%', {value: 82.98}],
      ['八成', {value: 80}],
      ['百万', {value: 1000000}],
      ['三十六', {value: 36}],
      ['三四万', {value: 30000, valueTo: 40000}],
      ['100余万', {value: 1000000}],
      ['abc', null],
      ['', null],
      ['4.5.5', null],
    ];
    for (const [printed, expected] of cases) {
      it(`reads ${JSON.stringify(printed)}`, () => expect(parsePrinted(printed)).to.deep.equal(expected));
    }
  });

  describe('the published JSON Schema', () => {
    let schema: object;
    before(async () => {
      schema = await (await fetch('/data/schema/alliance-data.schema.json')).json();
    });

    it('is the one the schema definition yields', () => {
      expect(schema).to.deep.equal(JSON.parse(JSON.stringify({title: 'alliance-widgets dataset', ...toJsonSchema(AllianceDataSchema, {target: 'draft-07'})})));
    });

    it('validates the bundled data with an independent validator', () => {
      const result = new Validator(schema as never, '7').validate(data);
      expect(result.errors).to.deep.equal([]);
      expect(result.valid).to.equal(true);
    });

    it('rejects broken data with that validator too', () => {
      const broken = structuredClone(data) as unknown as {stats: {label: Record<string, string>; value: unknown}[]};
      delete broken.stats[0]!.label['en'];
      broken.stats[1]!.value = 'many';
      expect(new Validator(schema as never, '7').validate(broken).valid).to.equal(false);
    });
  });

  describe('the typed dataset module', () => {
    it('derives Traditional Chinese from the Simplified source with OpenCC', async () => {
      const hant = await loadDataset('zh-Hant', COLLECTIONS);
      for (const s of data.stats) expect(hant.stat(s.id)!.label).to.equal(toHant(s.label['zh-Hans']));
      for (const m of data.models) expect(hant.get('models', m.id)!.description).to.equal(toHant(m.description['zh-Hans']));
      const en = await loadDataset('en', ['cases']);
      for (const c of data.cases) expect(en.get('cases', c.id)!.name).to.equal(c.name.en);
    });

    it('ships no provenance-only text to pages', async () => {
      const zh = await loadDataset('zh-Hans', ['stats', 'events', 'sources']);
      for (const s of zh.all('stats')) expect(s).not.to.have.any.keys('quote', 'printed');
      for (const e of zh.all('events')) expect(e).not.to.have.key('quote');
      for (const s of zh.all('sources')) expect(s.date).not.to.have.key('evidence');
    });

    it('ships none of the fields kept for curation, which no widget shows', async () => {
      const zh = await loadDataset('zh-Hans', COLLECTIONS);
      for (const s of zh.all('sources')) {
        expect(s).not.to.have.any.keys('subtitle', 'page', 'section', 'contributors', 'seed', 'copyOf');
        expect(s.date).to.have.all.keys('value');
      }
      for (const c of zh.all('cases')) expect(c).not.to.have.key('kind');
      for (const e of zh.all('events')) expect(e).not.to.have.key('case');
      for (const s of zh.all('series')) expect(s).to.have.all.keys('id', 'members');
      for (const s of zh.all('stats')) {
        expect(s).not.to.have.any.keys('scope', 'note');
        expect(s.asOf).not.to.have.key('note');
      }
      // The record types say so too: code that reads such a field does not type-check.
      const unread = (s: SourceRecord, c: CaseRecord, e: EventRecord, f: StatRecord, r: SeriesRecord) => [
        // @ts-expect-error contributors do not ship
        s.contributors,
        // @ts-expect-error nor does how a date was established
        s.date.basis,
        // @ts-expect-error nor a case's kind
        c.kind,
        // @ts-expect-error nor an event's case
        e.case,
        // @ts-expect-error nor a figure's scope
        f.scope,
        // @ts-expect-error nor the note on its date
        f.asOf.note,
        // @ts-expect-error nor a series' label
        r.label,
      ];
      expect(unread).to.be.a('function');
    });

    it('looks up series, cases of a model and figures of a case', async () => {
      const zh = await loadDataset('zh-Hans', COLLECTIONS);
      for (const series of data.series) {
        const last = series.members.at(-1)!;
        expect(zh.seriesOf(last)!.previous!.id).to.equal(series.members.at(-2));
        expect(zh.seriesOf(series.members[0]!)!.previous).to.equal(undefined);
      }
      for (const model of data.models) {
        const expected = data.cases.filter((c) => c.models.includes(model.id)).map((c) => c.id);
        expect(zh.casesForModel(model.id).map((c) => c.id)).to.deep.equal(expected);
      }
      for (const c of data.cases) {
        expect(zh.statsForCase(c.id).map((s) => s.id)).to.deep.equal(data.stats.filter((s) => s.case === c.id).map((s) => s.id));
      }
      expect(zh.stat('no-such-figure')).to.equal(undefined);
      expect(zh.seriesOf('no-such-figure')).to.equal(undefined);
    });
  });

  describe('the transform from authored records (src/data/localize.ts)', () => {
    it('gives, in the browser, exactly the records the bundled modules hold, in every locale', async () => {
      for (const locale of ['zh-Hans', 'en', 'zh-Hant'] as const) {
        const bundled = await loadDataset(locale, COLLECTIONS);
        for (const collection of COLLECTIONS) {
          const authored = (data as unknown as Record<string, unknown[]>)[collection]!;
          expect(localizeCollection(collection, authored, locale, toHant), `${locale} ${collection}`).to.deep.equal(bundled.all(collection));
        }
      }
    });

    it('uses a text’s own zh-Hant when it has one, and drops verbatim quotes', () => {
      const [event] = localizeCollection('events', [{id: 'x', title: {'zh-Hans': '党建', en: 'Party building', 'zh-Hant': '黨建（自訂）'}, quote: '原文'}], 'zh-Hant', toHant);
      expect(event).to.deep.equal({id: 'x', title: '黨建（自訂）'});
    });
  });

  describe('UI translations', () => {
    it('derive xliff/zh-Hant.xlf from the Simplified sources with OpenCC', async () => {
      const xml = new DOMParser().parseFromString(await (await fetch('/xliff/zh-Hant.xlf')).text(), 'application/xml');
      const units = [...xml.querySelectorAll('trans-unit')];
      expect(units.length).to.be.greaterThan(10);
      const textOf = (el: Element) =>
        [...el.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? uiToHant(n.textContent ?? '') : `<x id="${(n as Element).getAttribute('id')}"/>`)).join('');
      const plain = (el: Element) =>
        [...el.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : `<x id="${(n as Element).getAttribute('id')}"/>`)).join('');
      for (const unit of units) {
        const target = unit.querySelector('target');
        expect(target, unit.id).to.exist;
        expect(plain(target!), unit.id).to.equal(textOf(unit.querySelector('source')!));
      }
    });

    it('use Taiwan’s wording and zh-Hant quotation marks, where OpenCC’s plain cn → tw would not', async () => {
      const xml = new DOMParser().parseFromString(await (await fetch('/xliff/zh-Hant.xlf')).text(), 'application/xml');
      const sources = [...xml.querySelectorAll('trans-unit source')].map((el) => el.textContent ?? '');
      const targets = [...xml.querySelectorAll('trans-unit target')].map((el) => el.textContent ?? '').join('\n');
      /** Mainland wording (in Traditional characters) and the Taiwan wording that replaces it. */
      const WORDING: [RegExp, RegExp][] = [[/數據/, /資料/], [/刷新/, /重新整理/], [/加載/, /載入/], [/報道/, /報導/], [/[“”‘’]/, /[「」]/]];
      const plain = OpenCC.Converter({from: 'cn', to: 'tw'});
      const plainTargets = sources.map((s) => plain(s)).join('\n');
      for (const [mainland, taiwan] of WORDING) {
        expect(mainland.test(targets), `${mainland} in zh-Hant.xlf`).to.equal(false);
        expect(taiwan.test(targets), `${taiwan} in zh-Hant.xlf`).to.equal(true);
        // The plain conversion has the mainland wording, so each pair is a real check.
        expect(mainland.test(plainTargets), `${mainland} under plain cn → tw`).to.equal(true);
      }
    });

    it('translate every message into English', async () => {
      const xml = new DOMParser().parseFromString(await (await fetch('/xliff/en.xlf')).text(), 'application/xml');
      for (const unit of xml.querySelectorAll('trans-unit')) {
        expect(unit.querySelector('target')?.textContent?.trim(), unit.id).to.be.a('string').and.not.equal('');
      }
    });
  });
});
