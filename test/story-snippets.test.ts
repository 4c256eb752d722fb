import {expect} from '@open-wc/testing';
import {loadFrame, text, waitUntil} from './support/helpers.js';
import {catalogueIndex, lightDom, settled, storyModules, widgetsIn} from './support/story-page.js';
import stats from '../data/stats.json' with {type: 'json'};
import cases from '../data/cases.json' with {type: 'json'};
import models from '../data/models.json' with {type: 'json'};
import timeline from '../data/timeline.json' with {type: 'json'};
import schemes from '../data/schemes.json' with {type: 'json'};
import {DARK_PAGE_STYLE, INITIAL_GLOBALS, SCRIPT_TAG, applyPageLang, type Globals} from '../stories/embed.js';

/**
 * Every story's "Show code" reproduces the story: each story of every
 * stories/*.stories.ts is rendered here as Storybook renders it (its render
 * function with the merged args and the toolbar's globals, after the preview's
 * decorator has set `<html lang>`), and the code its docs transform prints is
 * loaded into a blank page that uses only the one-file bundle
 * (dist/alliance-widgets.iife.js, built by `vite build --mode iife` before the
 * tests). The two must show the same widgets, with the same attributes, the
 * same wrappers, the same text and the same look.
 */

/** Each widget's stories module, by tag (its title is `Widgets/<tag>`). */
const MODULES = await storyModules();

/** Stories that show an unknown id: they end in the not-found notice. */
const NOT_FOUND = new Set(['NotFound', 'BadEraId']);

type Args = Record<string, unknown>;
interface Context {
  args: Args;
  globals: Globals;
  parameters: Parameters;
}
interface Parameters {
  docs?: {source?: {transform?: (code: string, context: Context) => string}};
}
interface StoryAnnotations {
  args?: Args;
  render?: (args: Args, context: Context) => unknown;
  parameters?: Parameters;
}
interface MetaAnnotations extends StoryAnnotations {
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}

/** Storybook's rule for which exports are stories: every named export, unless `includeStories`/`excludeStories` say otherwise. */
function isStoryExport(key: string, meta: MetaAnnotations): boolean {
  const matches = (rule: string[] | RegExp) => (Array.isArray(rule) ? rule.includes(key) : rule.test(key));
  if (key === 'default' || key === '__esModule') return false;
  if (meta.includeStories && !matches(meta.includeStories)) return false;
  return !(meta.excludeStories && matches(meta.excludeStories));
}

interface Case {
  title: string;
  name: string;
  meta: MetaAnnotations;
  story: StoryAnnotations;
}

const CASES: Case[] = Object.entries(MODULES).flatMap(([title, module]) => {
  const meta = module['default'] as MetaAnnotations;
  return Object.entries(module)
    .filter(([key]) => isStoryExport(key, meta))
    .map(([name, story]) => ({title, name, meta, story: story as StoryAnnotations}));
});

/** The story as Storybook renders it, and the code "Show code" prints for it. */
function prepare({meta, story}: Case, globals: Globals) {
  const args = {...meta.args, ...story.args};
  const parameters: Parameters = {...meta.parameters, ...story.parameters};
  const context: Context = {args, globals, parameters};
  const render = story.render ?? meta.render;
  const transform = story.parameters?.docs?.source?.transform ?? meta.parameters?.docs?.source?.transform;
  expect(render, 'render').to.be.a('function');
  expect(transform, 'docs.source.transform').to.be.a('function');
  // The preview's decorator runs before the story: it sets the page's language.
  applyPageLang(globals);
  const dom = render!(args, context);
  expect(dom, 'render returns DOM').to.be.instanceOf(Node);
  return {dom: dom as Node, snippet: transform!('<!-- the rendered story -->', context)};
}

const WIDTH = 900;
/** What must match between the story and its snippet, for one widget. */
function describeWidget(el: Element, top: Element) {
  const win = el.ownerDocument.defaultView!;
  const look = (e: Element | null | undefined) => {
    if (!e) return null;
    const s = win.getComputedStyle(e);
    return {color: s.color, background: s.backgroundColor, fontSize: s.fontSize};
  };
  const ancestors: string[][] = [];
  for (let a = el.parentElement; a && a !== top; a = a.parentElement) {
    ancestors.push([a.localName, ...['care', 'theme', 'style'].map((n) => `${n}=${a.getAttribute(n)}`)]);
  }
  return {
    tag: el.localName,
    attributes: [...el.attributes].map((a) => [a.name, a.value]).sort(),
    ancestors,
    text: text(el),
    host: look(el),
    base: look(el.shadowRoot!.querySelector('[part~="base"]')),
  };
}

/** Loads `snippet` as a page of its own, the bundle at the test server's /dist/ path, and waits for the widgets. */
async function loadSnippet(snippet: string, what: string): Promise<{frame: HTMLIFrameElement; doc: Document}> {
  const lang = /^<!--[^>]*<html lang="([^"]+)">/.exec(snippet)?.[1];
  expect(lang, `${what}: the snippet names the <html lang> the page needs`).to.be.a('string');
  // A srcdoc page resolves URLs against this page: the test server serves the bundle under /dist/.
  const body = snippet.replace(SCRIPT_TAG, SCRIPT_TAG.replace('src="alliance-widgets.iife.js"', 'src="/dist/alliance-widgets.iife.js"'));
  // Tall enough for every story, so no scroll bar narrows the page below the story's width (a horizontal timeline
  // would then overflow and show its scroll buttons where the story does not).
  const frame = await loadFrame({srcdoc: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>snippet</title></head><body>${body}</body></html>`}, {width: WIDTH, height: 4000});
  const doc = frame.contentDocument!;
  await settled(() => doc, `${what} (snippet)`);
  return {frame, doc};
}

/** Renders the story and its snippet and compares them; returns both for further checks. */
async function compare(c: Case, globals: Globals) {
  const what = `${c.title}/${c.name}`;
  const {dom, snippet} = prepare(c, globals);

  expect(snippet.endsWith(`\n${SCRIPT_TAG}`), `${what}: ends with the script tag`).to.equal(true);
  expect(snippet.match(/<script/g)?.length, `${what}: one script tag`).to.equal(1);

  const container = document.createElement('div');
  container.style.width = `${WIDTH - 16}px`;
  container.append(dom);
  document.body.append(container);
  const {frame, doc} = await loadSnippet(snippet, what);
  try {
    await settled(() => container, `${what} (story)`);
    expect(lightDom(doc.body), `${what}: the page's markup`).to.deep.equal(lightDom(container));
    const story = widgetsIn(container);
    const page = widgetsIn(doc);
    expect(page.length, `${what}: number of widgets`).to.equal(story.length);
    // What follows layout (the horizontal timeline's scroll buttons, shown once its scroller has measured) may come a
    // frame later in one of the two pages: give both up to 3 s to agree before comparing.
    const same = () => story.every((el, i) => JSON.stringify(describeWidget(page[i]!, doc.body)) === JSON.stringify(describeWidget(el, container)));
    for (let t = 0; t < 60 && !same(); t++) await new Promise((resolve) => setTimeout(resolve, 50));
    story.forEach((el, i) => expect(describeWidget(page[i]!, doc.body), `${what}: widget ${i + 1}`).to.deep.equal(describeWidget(el, container)));
    const notFound = page.map((el) => el.shadowRoot!.querySelector('[data-state]')?.getAttribute('data-state') ?? null);
    expect(notFound, `${what}: states`).to.deep.equal(page.map(() => (NOT_FOUND.has(c.name) ? 'not-found' : null)));
    return {snippet, doc, page, frame, container};
  } catch (error) {
    frame.remove();
    container.remove();
    throw error;
  }
}

describe('story snippets reproduce their stories', () => {
  afterEach(() => applyPageLang(INITIAL_GLOBALS));

  it('ends every snippet with the bundle\'s script tag, charset included (GB2312/GBK pages)', () => {
    expect(SCRIPT_TAG).to.equal('<script src="alliance-widgets.iife.js" charset="utf-8"></script>');
  });

  it('tests every story of every widget, as many as the built catalogue lists', async () => {
    // Storybook's own index of the catalogue counts the stories each file exports; the test must find as many.
    const index = await catalogueIndex();
    const listed = (title: string) => Object.values(index.entries).filter((e) => e.type === 'story' && e.title === `Widgets/${title}`).length;
    const counts = (count: (title: string) => number) => Object.fromEntries(Object.keys(MODULES).map((title) => [title, count(title)]));
    expect(Object.values(counts(listed)).every((n) => n > 0), 'every widget has stories in the catalogue').to.equal(true);
    expect(counts((title) => CASES.filter((c) => c.title === title).length), 'stories tested per widget').to.deep.equal(counts(listed));
  });

  describe('id controls offer every id of the data', () => {
    interface Control {
      options?: string[];
      control?: {labels?: Record<string, string>};
    }
    const argType = (title: string, name: string) => ((MODULES[title]!['default'] as {argTypes: Record<string, Control>}).argTypes[name] ?? {}) as Control;
    const CONTROLS: [string, string, {id: string; label: string}[], string][] = [
      ['case-stat', 'stat', stats.stats.map((s) => ({id: s.id, label: s.label['zh-Hans']})), 'no-such-figure'],
      ['case-study-card', 'case', cases.cases.map((c) => ({id: c.id, label: c.name['zh-Hans']})), 'no-such-case'],
      ['alliance-model-card', 'model', models.models.map((m) => ({id: m.id, label: m.name['zh-Hans']})), 'no-such-model'],
      ['alliance-scheme', 'scheme-id', schemes.schemes.map((s) => ({id: s.id, label: s.name['zh-Hans']})), 'no-such-scheme'],
      ['timeline-view', 'eras', timeline.eras.map((e) => ({id: e.id, label: `${e.label['zh-Hans']} ${e.title['zh-Hans']}`})), 'no-such-era'],
    ];
    for (const [title, name, ids, missing] of CONTROLS) {
      it(`${title} ${name}: all ${ids.length} ids, labelled "id — 中文", and the unknown id the NotFound story uses`, () => {
        const {options = [], control = {}} = argType(title, name);
        expect(options.filter((o) => ids.some((e) => e.id === o))).to.deep.equal(ids.map((e) => e.id));
        for (const e of ids) expect(control.labels?.[e.id]).to.equal(`${e.id} — ${e.label}`);
        expect(options).to.include(missing);
        const used = CASES.filter((c) => c.title === title && NOT_FOUND.has(c.name)).map((c) => String(c.story.args?.[name]));
        expect(used).to.have.length(1);
        expect(used[0]).to.equal(missing);
      });
    }

    it('timeline kinds: every kind of event', () => {
      expect(argType('timeline-view', 'kinds').options).to.deep.equal([...new Set(timeline.events.map((e) => e.kind))]);
    });

    it('model kinds: every kind of model, and all', () => {
      expect(argType('alliance-model-card', 'kind').options).to.deep.equal([...new Set(models.models.map((m) => m.kind)), 'all']);
    });
  });

  describe('with the toolbar at its defaults', () => {
    for (const c of CASES) {
      it(`${c.title} / ${c.name}`, async () => {
        const {doc, page, frame, container} = await compare(c, INITIAL_GLOBALS);
        try {
          if (c.name === 'Dark') {
            // Dark whatever the toolbar says, on a dark page that is part of the code.
            for (const el of page) {
              expect(el.getAttribute('theme')).to.equal('dark');
              expect(el.closest(`[style="${DARK_PAGE_STYLE}"]`), 'dark page').to.exist;
            }
          }
          if (c.name === 'Care') for (const el of page) expect(el.closest('[care]'), 'care ancestor').to.exist;
          if (c.name === 'CityFigures') {
            // Five figures without their own source line, the article cited once, as a figure's own line reads.
            expect(page.map((el) => el.hasAttribute('no-source'))).to.deep.equal([true, true, true, true, true]);
            const probe = doc.createElement('case-stat');
            probe.setAttribute('stat', page[0]!.getAttribute('stat')!);
            doc.body.append(probe);
            const source = () => text(probe.shadowRoot?.querySelector('[part~="source"]'));
            await waitUntil(source, 'the probe figure did not render its source line');
            const own = source()!.replace(/\s+/g, ' ');
            expect(doc.querySelectorAll('figcaption').length).to.equal(1);
            expect(doc.querySelector('figcaption')!.textContent).to.equal(own);
          }
        } finally {
          frame.remove();
          container.remove();
        }
      });
    }
  });

  describe('with toolbar choices', () => {
    const find = (title: string, name: string) => CASES.find((c) => c.title === title && c.name === name)!;
    const RUNS: [Case, Globals][] = [
      [find('case-stat', 'Default'), {locale: 'zh-Hans', theme: 'dark', care: 'on'}],
      [find('case-stat', 'Dark'), {locale: 'zh-Hans', theme: 'light', care: 'on'}],
      [find('case-stat', 'CityFigures'), {locale: 'en', theme: 'dark', care: 'on'}],
      [find('alliance-model-card', 'Care'), {locale: 'zh-Hant', theme: 'dark', care: 'on'}],
      [find('alliance-scheme', 'Default'), {locale: 'en', theme: 'light', care: 'off'}],
      [find('case-study-card', 'Default'), {locale: 'zh-Hans', theme: 'light', care: 'off'}],
      [find('timeline-view', 'Default'), {locale: 'zh-Hans', theme: 'dark', care: 'on'}],
    ];
    for (const [c, globals] of RUNS) {
      it(`${c.title} / ${c.name} with ${JSON.stringify(globals)}`, async () => {
        const {snippet, doc, page, frame, container} = await compare(c, globals);
        try {
          expect(snippet.startsWith(`<!-- The widgets read in the page's language: <html lang="${globals.locale}"> -->\n`)).to.equal(true);
          expect(page.every((el) => el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang') === globals.locale), 'language').to.equal(true);
          const ownTheme = c.name === 'Dark' ? 'dark' : globals.theme;
          expect(page.map((el) => el.getAttribute('theme'))).to.deep.equal(page.map(() => ownTheme));
          if (ownTheme === 'dark') for (const el of page) expect(el.closest(`[style="${DARK_PAGE_STYLE}"]`), 'dark page').to.exist;
          expect(page.every((el) => !!el.closest('[care]'))).to.equal(globals.care === 'on');
          expect(doc.querySelectorAll('[care]').length, 'one care section').to.equal(globals.care === 'on' ? 1 : 0);
        } finally {
          frame.remove();
          container.remove();
        }
      });
    }
  });
});
