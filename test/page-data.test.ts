/**
 * A portal's own data, in the three ways in — an inline
 * `<script type="application/json">` child, a `src` URL, the `data` property —
 * checked before use: a good document renders in every widget and locale,
 * without the bundled data; every kind of bad input gives the polite notice,
 * an `alliance-error` with its reason and path, and affects nothing else on
 * the page; hostile strings stay text.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/index.js';
import {pageDataOptions, PAGE_DATA_VERSION} from '../src/data/page.js';
import {keptTextSources} from '../src/data/own-data.js';
import type {AllianceErrorEvent} from '../src/events.js';
import {loadFrame, setLang, text, waitUntil} from './support/helpers.js';
import portalJson from './data/portal.json' with {type: 'json'};

type Widget = HTMLElement & {updateComplete: Promise<boolean>; data?: unknown; src?: string; problem?: {reason: string; path?: string}};
type Doc = typeof portalJson;

const portal = (): Doc => structuredClone(portalJson);
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The portal document's widgets: each shows one of its records. */
const WIDGETS = [
  ['case-stat', 'stat="river-homestays"'],
  ['case-study-card', 'case="riverside-five-villages"'],
  ['alliance-model-card', 'model="river-alliance"'],
  ['timeline-view', ''],
] as const;

/** Waits until the widget shows its content or a notice. */
async function settledWidget(el: Widget): Promise<void> {
  await waitUntil(() => !el.shadowRoot?.querySelector('[data-state="loading"]') && el.shadowRoot?.querySelector('[part~="base"]'), `${el.localName} still loading`, {timeout: 6000});
  await el.updateComplete;
}

/** A widget given `doc` in one of the three ways. */
async function withData(way: 'inline' | 'property' | 'src', tag: string, attrs: string, doc: unknown): Promise<Widget> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 40rem"></div>`);
  if (way === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = typeof doc === 'string' ? doc : JSON.stringify(doc);
    wrapper.innerHTML = `<${tag} ${attrs}></${tag}>`;
    wrapper.firstElementChild!.append(script);
  } else if (way === 'property') {
    const el = document.createElement(tag) as Widget;
    wrapper.innerHTML = `<${tag} ${attrs}></${tag}>`;
    (wrapper.firstElementChild as Widget).data = doc;
    void el;
  } else {
    wrapper.innerHTML = `<${tag} ${attrs} src="${String(doc)}"></${tag}>`;
  }
  const el = wrapper.firstElementChild as Widget;
  await settledWidget(el);
  return el;
}

describe('a portal’s own data', () => {
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  describe('a good document (two cases, three figures)', () => {
    for (const way of ['inline', 'property', 'src'] as const) {
      for (const [lang, locale] of [
        ['zh-CN', 'zh-Hans'],
        ['en', 'en'],
        ['zh-TW', 'zh-Hant'],
      ] as const) {
        it(`${way}, ${locale}: every widget shows the document’s records, and only them`, async () => {
          await setLang(lang, locale);
          const doc = portal();
          const textOf = (t: {'zh-Hans': string; en: string; 'zh-Hant'?: string}) => (locale === 'en' ? t.en : locale === 'zh-Hant' ? (t['zh-Hant'] ?? t['zh-Hans']) : t['zh-Hans']);
          for (const [tag, attrs] of WIDGETS) {
            const el = await withData(way, tag, attrs, way === 'src' ? '/test/data/portal.json' : doc);
            expect(el.problem, `${tag}: ${JSON.stringify(el.problem)}`).to.equal(undefined);
            const shown = text(el);
            if (tag === 'case-stat') {
              const n = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale === 'zh-Hant' ? 'zh-TW' : 'zh-CN').format(36);
              expect(shown).to.include(n).and.include(textOf(doc.stats[0]!.label));
              expect(shown).to.include(textOf(doc.sources[0]!.title));
            }
            if (tag === 'case-study-card') {
              expect(shown).to.include(textOf(doc.cases[0]!.name)).and.include(textOf(doc.stats[1]!.label));
              expect(shown, 'a record of the bundled data').not.to.include('匡堰');
            }
            if (tag === 'alliance-model-card') expect(shown).to.include(textOf(doc.models[0]!.name)).and.include(textOf(doc.cases[0]!.name));
            if (tag === 'timeline-view') {
              expect(shown).to.include(textOf(doc.eras[0]!.title)).and.include(textOf(doc.events[0]!.title));
              expect(el.shadowRoot!.querySelectorAll('[part~="event"]').length, 'only the document’s one event').to.equal(1);
            }
          }
        });
      }
    }

    it('the bundled data is not mixed in: a bundled id is not found in a widget with its own data', async () => {
      const el = await withData('property', 'case-stat', 'stat="workshop-employment"', portal());
      expect(el.problem?.reason).to.equal('not-found');
    });

    it('inline data renders in the first frame, with no loading state', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = `<case-stat stat="market-shops"><script type="application/json">${JSON.stringify(portal())}</script></case-stat>`;
      const el = wrapper.firstElementChild as Widget;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[data-state]')).to.equal(null);
      expect(text(el)).to.include('58');
      expect(text(el), 'an undated figure says so').to.include('未注明日期');
    });
  });

  describe('with-bundled: the bundled data too, only when asked', () => {
    const eras = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="era"]').length;

    it('a bundled figure and the page’s own figure both show, by src and inline; without the attribute the bundled id is not found', async () => {
      const bundledOnly = await withData('property', 'case-stat', 'stat="workshop-employment"', undefined);
      expect(bundledOnly.problem).to.equal(undefined);
      for (const way of ['src', 'inline'] as const) {
        const input = way === 'src' ? '/test/data/portal.json' : portal();
        const bundled = await withData(way, 'case-stat', 'stat="workshop-employment" with-bundled', input);
        expect(bundled.problem, way).to.equal(undefined);
        expect(text(bundled), way).to.equal(text(bundledOnly));
        const own = await withData(way, 'case-stat', 'stat="river-homestays" with-bundled', input);
        expect(text(own), way).to.include('36').and.include('沿河新开民宿');
        const alone = await withData(way, 'case-stat', 'stat="workshop-employment"', input);
        expect(alone.problem?.reason, way).to.equal('not-found');
      }
    });

    it('a timeline shows the bundled eras and then the page’s', async () => {
      const plain = await withData('property', 'timeline-view', '', undefined);
      const both = await withData('property', 'timeline-view', 'with-bundled', portal());
      const own = await withData('property', 'timeline-view', '', portal());
      expect(eras(plain)).to.be.greaterThan(1);
      expect(eras(own)).to.equal(portal().eras.length);
      expect(eras(both)).to.equal(eras(plain) + eras(own));
      expect(text(both)).to.include(portal().eras[0]!.title['zh-Hans']).and.include(portal().events[0]!.title['zh-Hans']);
    });

    it('a figure of a bundled case is good with the attribute (and shows on that case’s card), a missing reference without it', async () => {
      const doc = portal();
      doc.stats[0]!.case = 'kuangyan-south';
      const card = await withData('property', 'case-study-card', 'case="kuangyan-south" max-figures="20" with-bundled', doc);
      expect(card.problem).to.equal(undefined);
      expect(text(card)).to.include('沿河新开民宿');
      const alone = await withData('property', 'case-stat', 'stat="river-homestays"', doc);
      expect([alone.problem?.reason, alone.problem?.path]).to.deep.equal(['missing-reference', 'stats[0].case']);
    });

    it('an id the bundled data already has is a duplicate-id problem, never an override', async () => {
      const doc = portal();
      doc.cases[0]!.id = 'kuangyan-south';
      for (const s of doc.stats) if (s.case === 'riverside-five-villages') s.case = 'kuangyan-south';
      doc.events[0]!.case = 'kuangyan-south';
      const failed = await withData('property', 'case-study-card', 'case="kuangyan-south" with-bundled', doc);
      expect([failed.problem?.reason, failed.problem?.path]).to.deep.equal(['duplicate-id', 'cases[0].id']);
      const alone = await withData('property', 'case-study-card', 'case="kuangyan-south"', doc);
      expect(alone.problem).to.equal(undefined);
      expect(text(alone)).to.include(doc.cases[0]!.name['zh-Hans']);
    });
  });

  describe('an inline block rewritten in place', () => {
    it('is read again: new text shows the new figure, bad text the notice with its event, good text again the figure', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.innerHTML = `<case-stat stat="market-shops"><script type="application/json">${JSON.stringify(portal())}</script></case-stat>`;
      const el = wrapper.firstElementChild as Widget;
      await el.updateComplete;
      expect(text(el)).to.include('58');
      const script = el.querySelector('script')!;
      const next = portal();
      next.stats[2]!.value = 64;
      script.textContent = JSON.stringify(next);
      await waitUntil(() => text(el).includes('64'), `re-read after textContent: ${text(el)}`);
      const failed = oneEvent(el, 'alliance-error') as Promise<AllianceErrorEvent>;
      (script.firstChild as Text).data = '{"schemaVersion": 1, "stats": [';
      expect((await failed).reason).to.equal('invalid-json');
      await el.updateComplete;
      expect(el.problem?.reason).to.equal('invalid-json');
      (script.firstChild as Text).data = JSON.stringify(portal());
      await waitUntil(() => text(el).includes('58') && !el.problem, 'the good text again');
    });
  });

  it('a block rewritten a hundred times keeps at most 64 texts checked, and still shows the latest', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    wrapper.innerHTML = `<case-stat stat="market-shops"><script type="application/json">${JSON.stringify(portal())}</script></case-stat>`;
    const el = wrapper.firstElementChild as Widget;
    await el.updateComplete;
    const script = el.querySelector('script')!;
    for (let i = 1; i <= 100; i++) {
      const next = portal();
      next.stats[2]!.value = 100 + i;
      script.textContent = JSON.stringify(next);
      await waitUntil(() => text(el).startsWith(`${100 + i}户`), `value ${100 + i}`);
    }
    expect(keptTextSources()).to.be.within(1, 64);
  });

  it('a page with one widget entry loads the checks only when it gives its own data, from the library’s own files, and then renders it', async () => {
    const frame = await loadFrame({
      srcdoc: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="/src/generated/entries/case-stat.ts"></script></head><body><case-stat stat="workshop-employment"></case-stat></body></html>`,
    });
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    const checks = () => win.performance.getEntriesByType('resource').map((e) => new URL(e.name)).filter((u) => /page-source|page-check|valibot/.test(u.pathname));
    await waitUntil(() => text(doc.querySelector('case-stat')).includes('来源'), 'the bundled figure');
    expect(checks(), 'no checks for the bundled data').to.deep.equal([]);
    const el = doc.createElement('case-stat');
    el.setAttribute('stat', 'river-homestays');
    const block = doc.createElement('script');
    block.type = 'application/json';
    block.textContent = JSON.stringify(portal());
    el.append(block);
    doc.body.append(el);
    await waitUntil(() => text(el).includes('36'), `the page's own figure: ${text(el)}`);
    const loaded = checks();
    expect(loaded.some((u) => u.pathname.endsWith('/src/data/page-source.ts'))).to.equal(true);
    expect(loaded.every((u) => u.origin === location.origin), 'from the library’s own host').to.equal(true);
    frame.remove();
  });

  describe('bad input: the polite notice, alliance-error with reason and path, nothing else affected', () => {
    const broken = (change: (doc: Record<string, unknown> & Doc) => void) => {
      const doc = portal() as Record<string, unknown> & Doc;
      change(doc);
      return doc;
    };
    const CASES: {name: string; ways: readonly ('inline' | 'property' | 'src')[]; input: () => unknown; reason: string; path?: string; notice?: string}[] = [
      {name: 'malformed JSON', ways: ['inline'], input: () => '{"schemaVersion": 1, "stats": [', reason: 'invalid-json'},
      {name: 'malformed JSON', ways: ['src'], input: () => '/test/data/broken.json', reason: 'invalid-json'},
      {name: 'not an object', ways: ['property'], input: () => 'a string', reason: 'invalid-data', path: ''},
      {name: 'no schemaVersion', ways: ['inline', 'property'], input: () => broken((d) => delete (d as Partial<Doc>).schemaVersion), reason: 'unsupported-version', path: 'schemaVersion'},
      {name: 'a newer schemaVersion', ways: ['inline', 'property'], input: () => broken((d) => ((d as {schemaVersion: number}).schemaVersion = PAGE_DATA_VERSION + 1)), reason: 'unsupported-version', path: 'schemaVersion'},
      {name: 'a figure’s value not a number', ways: ['inline', 'property'], input: () => broken((d) => ((d.stats[1] as Record<string, unknown>)['value'] = '120万')), reason: 'invalid-data', path: 'stats[1].value'},
      {name: 'text without English', ways: ['inline', 'property'], input: () => broken((d) => delete (d.cases[0]!.name as Partial<Doc['cases'][0]['name']>).en), reason: 'invalid-data', path: 'cases[0].name.en'},
      {name: 'an unknown field', ways: ['inline', 'property'], input: () => broken((d) => ((d.stats[0] as Record<string, unknown>)['colour'] = 'red')), reason: 'invalid-data', path: 'stats[0].colour'},
      {name: 'a javascript: link', ways: ['inline', 'property'], input: () => broken((d) => (d.sources[0]!.url = 'javascript:alert(1)')), reason: 'invalid-data', path: 'sources[0].url'},
      {name: 'a data: link', ways: ['inline', 'property'], input: () => broken((d) => (d.sources[0]!.url = 'data:text/html,<script>alert(1)</script>')), reason: 'invalid-data', path: 'sources[0].url'},
      {name: 'a reference to a missing record', ways: ['inline', 'property'], input: () => broken((d) => (d.stats[2]!.source = 'no-such-source')), reason: 'missing-reference', path: 'stats[2].source'},
      {name: 'an id used twice', ways: ['inline', 'property'], input: () => broken((d) => (d.cases[1]!.id = d.cases[0]!.id)), reason: 'duplicate-id', path: 'cases[1].id'},
      {name: 'too many records', ways: ['property'], input: () => broken((d) => (d.stats = Array.from({length: 2001}, () => d.stats[0]!))), reason: 'invalid-data', path: 'stats'},
      {name: 'an HTTP error (404)', ways: ['src'], input: () => '/test/data/no-such-file.json', reason: 'http-error', notice: 'load-failed'},
      {name: 'a network error', ways: ['src'], input: () => 'http://127.0.0.1:9/portal.json', reason: 'network-error', notice: 'load-failed'},
      {name: 'a timeout', ways: ['src'], input: () => '/test/data/slow.json', reason: 'timeout', notice: 'load-failed'},
      {name: 'a wrong content type', ways: ['src'], input: () => '/test/data/as-text/portal.json', reason: 'wrong-content-type'},
      {name: 'a schema violation', ways: ['src'], input: () => '/test/data/bad-value.json', reason: 'invalid-data', path: 'stats[0].value'},
    ];
    let errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    beforeEach(() => {
      errors = [];
      window.addEventListener('error', onError);
      pageDataOptions.timeoutMs = 500;
    });
    afterEach(() => {
      window.removeEventListener('error', onError);
      pageDataOptions.timeoutMs = 10000;
    });

    for (const c of CASES) {
      for (const way of c.ways) {
        it(`${way}: ${c.name} → ${c.reason}${c.path !== undefined ? ` at “${c.path}”` : ''}`, async () => {
          const wrapper = await fixture<HTMLElement>(html`<div><case-stat stat="workshop-employment"></case-stat></div>`);
          const neighbour = wrapper.firstElementChild as Widget;
          const heard = oneEvent(wrapper, 'alliance-error') as unknown as Promise<AllianceErrorEvent>;
          const holder = document.createElement('div');
          wrapper.append(holder);
          const input = c.input();
          const json = typeof input === 'string' ? input : JSON.stringify(input);
          if (way === 'inline') holder.innerHTML = `<case-stat stat="river-homestays"><script type="application/json">${json.replace(/</g, '\\u003c')}</script></case-stat>`;
          else if (way === 'src') holder.innerHTML = `<case-stat stat="river-homestays" src="${String(input)}"></case-stat>`;
          else {
            holder.innerHTML = '<case-stat stat="river-homestays"></case-stat>';
            (holder.firstElementChild as Widget).data = input;
          }
          const el = holder.firstElementChild as Widget;
          const event = await heard;
          await el.updateComplete;
          expect(event.target).to.equal(el);
          expect(event.reason).to.equal(c.reason);
          if (c.path !== undefined) expect(event.path).to.equal(c.path);
          expect(el.problem?.reason).to.equal(c.reason);
          const notice = el.shadowRoot!.querySelector('[data-state]')!;
          expect(notice.getAttribute('data-state')).to.equal(c.notice === 'load-failed' ? 'error' : 'not-found');
          expect(text(notice)).to.equal(c.notice === 'load-failed' ? '内容暂时无法加载，请稍后刷新页面。' : '此处内容暂不可用。');
          await settledWidget(neighbour);
          expect(text(neighbour), 'the widget beside it is unaffected').to.include('4.55万');
          expect(errors, 'uncaught errors').to.deep.equal([]);
        });
      }
    }
  });

  describe('hostile strings in the data stay text', () => {
    const PAYLOADS = [
      '<script>window.__pwned=1</script>',
      '<img src=x onerror="window.__pwned=1">',
      '"><img src=x onerror=window.__pwned=1>',
      "'><svg onload=window.__pwned=1>",
      '<iframe src="javascript:window.__pwned=1"></iframe>',
      'javascript:window.__pwned=1',
      'data:text/html,<script>window.__pwned=1</script>',
      '<a href="javascript:window.__pwned=1">x</a>',
      '<style>*{display:none!important}</style>',
      '</style><script>window.__pwned=1</script>',
      'x" style="position:fixed;inset:0;z-index:99999',
      '${window.__pwned=1}',
      '{{constructor.constructor("window.__pwned=1")()}}',
      '<!--',
      ']]><![CDATA[',
      '&lt;b&gt;escaped&lt;/b&gt; &amp;',
      '\u202Eevil reversed text\u202C after',
      '\u202Bright to left\u202C',
      '\u2066isolate\u2069 \u200F mark',
      'zero\u200Bwidth\u200Cjoiner\u200Dhere\uFEFFbom',
      'a\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301',
      'Z̴̡̢̛̛̜̗͉̬̗͈̗̜̠̪̜̫͍͖̙̆̈́̐̽͛̍̃͂̈́̀̆̈́͗̚ā̷̧̛͍̪̖̖͚͉̘̻̹̟̤̈́̄̍̓̑̈́̐̀̉̆̌͗͝l̶̢̨̛̗̻̮̟͚͇̗̮̪̞̀͗̆̽̎̋́͐̐͆̕͝g̵',
      'W'.repeat(10000),
      '长'.repeat(3000),
      'lone \uD800 surrogate',
      'lone \uDFFF low',
      '\u0000nul\u0007bell',
      '😀👨‍👩‍👧‍👦🏳️‍🌈',
      'ﷺ﷽ long ligatures ﷽',
      'tabs\tand\r\nnew\nlines',
      '%3Cscript%3Ewindow.__pwned=1%3C/script%3E',
      '\\u003cscript\\u003e',
    ];

    it(`${PAYLOADS.length} payloads in every text field render as text in all widgets; nothing runs; the layout stays in its column`, async function () {
      this.timeout(30000);
      const doc = portal() as unknown as Record<string, Record<string, unknown>[]> & {schemaVersion: number};
      let n = 0;
      const hostile = () => PAYLOADS[n++ % PAYLOADS.length]!;
      const poison = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(poison);
        if (value && typeof value === 'object') {
          const o = value as Record<string, unknown>;
          if (typeof o['zh-Hans'] === 'string' && typeof o['en'] === 'string') {
            const payload = hostile();
            return {'zh-Hans': payload, en: payload, 'zh-Hant': payload};
          }
          return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, poison(v)]));
        }
        return value;
      };
      const poisoned = poison(doc) as typeof doc;
      // Many events and figures: long arrays within the limit.
      const event = poisoned['events']![0]!;
      poisoned['events'] = Array.from({length: 300}, (_, i) => ({...event, id: `e-${i}`}));
      const before = document.querySelectorAll('img, iframe, svg, script, style').length;
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 20rem"></div>`);
      // Every record of the document on show: the widgets above, the other case and the other figures.
      const all = [...WIDGETS, ['case-study-card', 'case="market-street"'], ['case-stat', 'stat="market-shops"'], ['alliance-model-card', 'model="river-alliance" open']] as const;
      for (const [tag, attrs] of all) {
        wrapper.insertAdjacentHTML('beforeend', `<${tag} ${attrs}></${tag}>`);
        (wrapper.lastElementChild as Widget).data = poisoned;
      }
      const widgets = [...wrapper.children] as Widget[];
      for (const el of widgets) await settledWidget(el);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect((window as unknown as {__pwned?: number}).__pwned, 'nothing executed').to.equal(undefined);
      expect(document.querySelectorAll('img, iframe, svg, script, style').length, 'no element made from the data').to.equal(before);
      let pieces = 0;
      for (const el of widgets) {
        expect(el.problem, `${el.localName}: ${JSON.stringify(el.problem)}`).to.equal(undefined);
        expect(el.shadowRoot!.querySelectorAll('img, iframe, svg, script, a[href^="javascript"], a[href^="data"]').length, `${el.localName}: no element or unsafe link made`).to.equal(0);
        for (const piece of [...el.children].filter((c) => c.localName === 'aw-t')) {
          expect(piece.children.length, 'a piece holds text only').to.equal(0);
          pieces++;
        }
        const box = el.getBoundingClientRect();
        const column = wrapper.getBoundingClientRect();
        expect(box.right, `${el.localName} stays in its column`).to.be.at.most(column.right + 1);
        const overflow = [...el.children].filter((c) => c.localName === 'aw-t' && [...c.getClientRects()].some((r) => r.right > column.right + 1));
        expect(
          overflow.map((p) => fold(p.textContent ?? '').slice(0, 20)),
          `${el.localName}: pieces past the column`
        ).to.deep.equal([]);
      }
      // Markup in the data is on the page as the very characters written.
      const written = widgets.flatMap((el) => [...el.children].map((c) => c.textContent ?? '')).join('\n');
      const missing = PAYLOADS.filter((p) => p.includes('<') && !written.includes(p));
      expect(missing, 'markup payloads not shown verbatim').to.deep.equal([]);
      console.log(`hostile data: ${PAYLOADS.length} payloads, ${pieces} text pieces across ${widgets.length} widgets, 0 executions, 0 elements made`);
    });
  });
});
