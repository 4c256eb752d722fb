/**
 * Data that fights back, and data too big: a `data` object that throws when
 * read (a revoked Proxy, throwing traps, throwing getters), that refers back
 * to itself, or whose getter changes its answer; a text of 5 MB, 100,000
 * items in one record, a `src` document of 5 MB. Each gives the localized
 * notice and an `alliance-error` with its reason and path — given before the
 * first render and after an earlier notice — never an unhandled rejection, a
 * blank widget or a stale reason; the widget renders what it checked; a big
 * input is refused within a second without a long task of its own; a bad
 * `data-prefix` registers nothing and throws nothing.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {MAX_RECORDS} from '../src/data/page.js';
import {MAX_ITEMS, MAX_PROSE} from '../src/data/schema.js';
import type {AllianceErrorEvent} from '../src/events.js';
import {loadFrame, setLang, text, waitUntil} from './support/helpers.js';
import portalJson from './data/portal.json' with {type: 'json'};

type Widget = HTMLElement & {updateComplete: Promise<boolean>; requestUpdate(): void; data?: unknown; problem?: {reason: string; path?: string}};
type Doc = typeof portalJson;
const portal = (): Doc => structuredClone(portalJson);

/** Unhandled rejections and uncaught errors while a test runs. */
const uncaught: string[] = [];
window.addEventListener('unhandledrejection', (e) => uncaught.push(`rejection: ${String((e.reason as Error)?.message ?? e.reason)}`));
window.addEventListener('error', (e) => uncaught.push(`error: ${e.message}`));

/** The notice a visitor sees in place of the data (zh-Hans). */
const NOTICE = '此处内容暂不可用。';

/** Counts a widget's updates from now on (a widget that keeps loading again and again updates without end). */
function countUpdates(el: Widget): () => number {
  let n = 0;
  const updated = (el as unknown as {updated(changed: unknown): void}).updated;
  (el as unknown as {updated(changed: unknown): void}).updated = function (this: unknown, changed: unknown) {
    n++;
    updated.call(this, changed);
  };
  return () => n;
}

/** Waits a while and checks the widget has settled: no update in that time. */
async function settledForGood(updates: () => number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 150));
  const before = updates();
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(updates() - before, 'updates after the notice (the widget must settle)').to.equal(0);
}

/** A case-stat on the portal's figure `river-homestays`, given `data`; resolves with the event it fires and the time it took. */
async function give(data: () => unknown, {before}: {before: boolean}): Promise<{el: Widget; event: AllianceErrorEvent; ms: number}> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement('case-stat') as Widget;
  el.setAttribute('stat', 'river-homestays');
  if (!before) {
    // First a notice of another kind: the bundled data has no such figure.
    wrapper.append(el);
    await waitUntil(() => el.problem?.reason === 'not-found', 'the first notice');
  }
  const event = new Promise<AllianceErrorEvent>((resolve) => el.addEventListener('alliance-error', (e) => resolve(e), {once: true}));
  const value = data();
  const start = performance.now();
  el.data = value;
  if (before) wrapper.append(el);
  const updates = countUpdates(el);
  const got = await event;
  const ms = performance.now() - start;
  await el.updateComplete;
  await settledForGood(updates);
  return {el, event: got, ms};
}

/** Throwing inputs: what to give, and the path the problem must name. */
const THROWING: [string, () => unknown, string, string][] = [
  [
    'a revoked Proxy',
    () => {
      const {proxy, revoke} = Proxy.revocable({}, {});
      revoke();
      return proxy;
    },
    '',
    'unreadable',
  ],
  ['a Proxy whose get trap throws', () => new Proxy(portal(), {get: () => { throw new Error('get trap'); }}), 'schemaVersion', 'unreadable'],
  ['a Proxy whose ownKeys trap throws', () => new Proxy(portal(), {ownKeys: () => { throw new Error('ownKeys trap'); }}), '', 'unreadable'],
  ['a Proxy whose getOwnPropertyDescriptor trap throws', () => new Proxy(portal(), {getOwnPropertyDescriptor: () => { throw new Error('descriptor trap'); }}), '', 'unreadable'],
  [
    'a getter on schemaVersion that throws',
    () => Object.defineProperty(portal(), 'schemaVersion', {enumerable: true, get: () => { throw new Error('schemaVersion'); }}),
    'schemaVersion',
    'unreadable',
  ],
  ['a getter on stats that throws', () => Object.defineProperty(portal(), 'stats', {enumerable: true, get: () => { throw new Error('stats'); }}), 'stats', 'unreadable'],
  [
    'a getter deep in a figure that throws',
    () => {
      const doc = portal();
      Object.defineProperty(doc.stats[1]!, 'label', {enumerable: true, get: () => { throw new Error('label'); }});
      return doc;
    },
    'stats[1].label',
    'unreadable',
  ],
  [
    'a getter that throws a revoked Proxy',
    () => {
      const {proxy, revoke} = Proxy.revocable({}, {});
      revoke();
      return Object.defineProperty(portal(), 'cases', {enumerable: true, get: () => { throw proxy; }});
    },
    'cases',
    'unreadable',
  ],
  [
    'a Proxy revoked inside a figure',
    () => {
      const doc = portal() as unknown as {stats: unknown[]};
      const {proxy, revoke} = Proxy.revocable({}, {});
      revoke();
      doc.stats[2] = proxy;
      return doc;
    },
    'stats[2]',
    'unreadable',
  ],
  [
    'a figure that refers back to the document (a cycle)',
    () => {
      const doc = portal() as unknown as {stats: Record<string, unknown>[]};
      doc.stats[0]!['self'] = doc;
      return doc;
    },
    'stats[0].self',
    'cycle',
  ],
  [
    'a list that contains itself',
    () => {
      const doc = portal() as unknown as {cases: unknown[]};
      doc.cases.push(doc.cases);
      return doc;
    },
    `cases[${portal().cases.length}]`,
    'cycle',
  ],
  [
    'a text of 5 MB',
    () => {
      const doc = portal();
      doc.stats[0]!.label.en = 'x'.repeat(5 * 1024 * 1024);
      return doc;
    },
    'stats[0].label.en',
    'too-long',
  ],
  [
    '100,000 people in one case',
    () => {
      const doc = portal() as unknown as {cases: {people: unknown[]}[]};
      doc.cases[0]!.people = Array.from({length: 100000}, () => ({name: {'zh-Hans': '某', en: 'A'}, role: {'zh-Hans': '书记', en: 'Secretary'}}));
      return doc;
    },
    'cases[0].people',
    'too-many',
  ],
  [
    '100,000 model references in one case',
    () => {
      const doc = portal();
      doc.cases[0]!.models = Array.from({length: 100000}, () => 'river-alliance');
      return doc;
    },
    'cases[0].models',
    'too-many',
  ],
  ['100,000 figures', () => ({...portal(), stats: Array.from({length: 100000}, (_, i) => ({...portal().stats[0], id: `f-${i}`}))}), 'stats', 'too-many'],
];

describe('hostile data', () => {
  beforeEach(() => (uncaught.length = 0));
  afterEach(async () => {
    expect(uncaught, 'unhandled rejections and uncaught errors').to.deep.equal([]);
    await setLang('zh-CN', 'zh-Hans');
  });

  describe('a data object that throws, cycles or is too big: invalid-data with its path, the notice, nothing uncaught', () => {
    for (const [what, data, path, code] of THROWING) {
      for (const before of [true, false]) {
        it(`${what}, ${before ? 'before the first render' : 'after a not-found notice'}`, async () => {
          const {el, event, ms} = await give(data, {before});
          console.log(`${what} (${before ? 'first' : 'later'}): ${event.reason} at "${event.path}" (${(event.cause as {code?: string})?.code}) in ${ms.toFixed(0)} ms`);
          expect([event.reason, event.path, (event.cause as {code?: string})?.code]).to.deep.equal(['invalid-data', path, code]);
          expect([el.problem?.reason, el.problem?.path]).to.deep.equal(['invalid-data', path]);
          expect(text(el)).to.equal(NOTICE);
          expect(ms, 'refused within a second').to.be.below(1000);
        });
      }
    }

    it('the notice is in the reader’s language', async () => {
      await setLang('en', 'en');
      const {el} = await give(THROWING[0]![1], {before: true});
      expect(text(el)).to.equal('This content is not available.');
    });

    it('a getter that changes its answer is read once: the widget shows what it checked, never the later answer', async () => {
      const doc = portal();
      let reads = 0;
      const first = doc.stats[0]!.label;
      Object.defineProperty(doc.stats[0]!, 'label', {
        enumerable: true,
        get: () => (reads++ === 0 ? first : {'zh-Hans': '<img src=x onerror="window.__changed=1">', en: '<img src=x onerror="window.__changed=1">'}),
      });
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('case-stat') as Widget;
      el.setAttribute('stat', doc.stats[0]!.id);
      el.data = doc;
      wrapper.append(el);
      await waitUntil(() => text(el).includes(first['zh-Hans']), `the first answer: ${text(el)}`);
      expect(reads).to.equal(1);
      expect(text(el)).not.to.include('<img');
      el.requestUpdate();
      await el.updateComplete;
      expect(reads, 'a later render reads the checked copy, not the host’s object').to.equal(1);
      expect(text(el)).to.include(first['zh-Hans']);
    });

    it('a good widget beside a throwing one renders', async () => {
      const {el} = await give(THROWING[1]![1], {before: true});
      const good = document.createElement('case-stat') as Widget;
      good.setAttribute('stat', 'river-homestays');
      good.data = portal();
      el.after(good);
      await waitUntil(() => text(good).includes('36'), 'the good widget');
      expect(good.problem).to.equal(undefined);
    });
  });

  describe('inline and src documents too big: refused within a second, without a long task of the check', () => {
    /** Long tasks (Chromium) during `run`, in ms. */
    async function longTasks(run: () => Promise<void>): Promise<number[] | undefined> {
      if (!PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
        await run();
        return undefined;
      }
      const tasks: number[] = [];
      const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({type: 'longtask'});
      await run();
      await new Promise((resolve) => setTimeout(resolve, 50));
      observer.disconnect();
      return tasks;
    }

    const inputs: [string, string, string, () => string][] = [
      ['a 5 MB label, inline', 'too-large', '', () => JSON.stringify({...portal(), stats: [{...portal().stats[0], label: {'zh-Hans': '标'.repeat(5 * 1024 * 1024), en: 'x'}}]})],
      [
        '100,000 model references, inline',
        'too-many',
        'cases[0].models',
        () => {
          const doc = portal();
          doc.cases[0]!.models = Array.from({length: 100000}, () => 'river-alliance');
          return JSON.stringify(doc);
        },
      ],
      [
        '100,000 people (empty objects), inline',
        'too-many',
        'cases[0].people',
        () => {
          const doc = portal() as unknown as {cases: {people: unknown[]}[]};
          doc.cases[0]!.people = Array.from({length: 100000}, () => ({}));
          return JSON.stringify(doc);
        },
      ],
    ];
    for (const [what, code, path, make] of inputs) {
      it(what, async () => {
        const json = make();
        const wrapper = await fixture<HTMLElement>(html`<div></div>`);
        const el = document.createElement('case-stat') as Widget;
        el.setAttribute('stat', 'river-homestays');
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = json;
        el.append(script);
        let event: AllianceErrorEvent | undefined;
        let ms = 0;
        const updates = countUpdates(el);
        const tasks = await longTasks(async () => {
          const fired = new Promise<AllianceErrorEvent>((resolve) => el.addEventListener('alliance-error', (e) => resolve(e), {once: true}));
          const start = performance.now();
          wrapper.append(el);
          event = await fired;
          ms = performance.now() - start;
        });
        await settledForGood(updates);
        // The page's own share: the same block put into a plain element (the browser inserting the text).
        const plain = document.createElement('div');
        const copy = document.createElement('script');
        copy.type = 'application/json';
        copy.textContent = json;
        plain.append(copy);
        const pageTasks = await longTasks(async () => {
          wrapper.append(plain);
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        });
        const longest = (list: number[] | undefined) => Math.max(0, ...(list ?? []));
        console.log(
          `${what} (${(json.length / 1e6).toFixed(1)} M characters): ${event!.reason} ${(event!.cause as {code?: string}).code} at "${event!.path}" in ${ms.toFixed(0)} ms; long tasks: ${tasks ? `${JSON.stringify(tasks.map(Math.round))}, the same block in a plain element ${JSON.stringify(pageTasks!.map(Math.round))}` : 'not reported here'}`
        );
        expect([event!.reason, (event!.cause as {code?: string}).code, event!.path]).to.deep.equal(['invalid-data', code, path]);
        expect(ms).to.be.below(1000);
        if (tasks) expect(longest(tasks) - longest(pageTasks), 'no long task of the check over 200 ms').to.be.at.most(200);
        expect(text(el)).to.equal(NOTICE);
      });
    }

    it('a 5 MB src document: too-large, read no further than 2 MiB, within a second', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('case-stat') as Widget;
      el.setAttribute('stat', 'river-homestays');
      el.setAttribute('src', '/test/data/huge.json');
      let event: AllianceErrorEvent | undefined;
      let ms = 0;
      const updates = countUpdates(el);
      const tasks = await longTasks(async () => {
        const fired = new Promise<AllianceErrorEvent>((resolve) => el.addEventListener('alliance-error', (e) => resolve(e), {once: true}));
        const start = performance.now();
        wrapper.append(el);
        event = await fired;
        ms = performance.now() - start;
      });
      await settledForGood(updates);
      console.log(`a 5 MB src document: ${event!.reason} ${(event!.cause as {code?: string}).code} in ${ms.toFixed(0)} ms; long tasks: ${tasks ? JSON.stringify(tasks.map(Math.round)) : 'not reported here'}`);
      expect([event!.reason, (event!.cause as {code?: string}).code]).to.deep.equal(['invalid-data', 'too-large']);
      expect(ms).to.be.below(1000);
      if (tasks) expect(Math.max(0, ...tasks)).to.be.at.most(200);
    });

    it('a src that is not a URL: network-error, as fetch() would say, and the widget settles', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement('case-stat') as Widget;
      el.setAttribute('stat', 'river-homestays');
      el.setAttribute('src', 'http://[not-a-host');
      const updates = countUpdates(el);
      const fired = new Promise<AllianceErrorEvent>((resolve) => el.addEventListener('alliance-error', (e) => resolve(e), {once: true}));
      wrapper.append(el);
      expect((await fired).reason).to.equal('network-error');
      await settledForGood(updates);
      expect(text(el)).to.equal('内容暂时无法加载，请稍后刷新页面。');
    });

    it('the bounds are what the README says', () => {
      expect([MAX_PROSE, MAX_ITEMS, MAX_RECORDS]).to.deep.equal([5000, 100, 2000]);
    });
  });

  describe('data-prefix', () => {
    afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

    for (const prefix of ['nb_2', '1x', 'a b', '<x>', '-', 'Nb!']) {
      it(`"${prefix}": one console error, nothing registered, nothing thrown`, async () => {
        const frame = await loadFrame({
          srcdoc: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script>
            window.__errors = []; window.__logged = [];
            addEventListener('error', (e) => __errors.push(e.message));
            const error = console.error.bind(console);
            console.error = (...args) => { __logged.push(args.map(String).join(' ')); error(...args); };
          </script></head><body><case-stat stat="workshop-employment"></case-stat>
          <script src="/dist/alliance-widgets.iife.js?prefix" data-prefix="${prefix.replace(/[<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}" charset="utf-8"></script></body></html>`,
        });
        const win = frame.contentWindow as Window & {__errors: string[]; __logged: string[]; AllianceWidgets?: unknown};
        expect(win.AllianceWidgets, 'the bundle ran').to.not.equal(undefined);
        expect(win.__errors).to.deep.equal([]);
        expect(win.__logged.filter((m) => m.includes('alliance-widgets'))).to.have.length(1);
        expect(win.__logged[0]).to.include(`"${prefix}"`).and.include('no widget was registered');
        expect(win.customElements.get('case-stat')).to.equal(undefined);
      });
    }
  });
});
