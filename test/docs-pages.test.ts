import {expect} from '@open-wc/testing';
import {loadFrame, text, waitUntil} from './support/helpers.js';
import {catalogueIndex, lightDom, ready, settled, storyModules, widgetsIn} from './support/story-page.js';
import type {Locale} from '../src/data/types.js';
import zhHansStats from '../src/data/generated/zh-Hans/stats.js';
import enStats from '../src/data/generated/en/stats.js';
import zhHantStats from '../src/data/generated/zh-Hant/stats.js';
import zhHansCases from '../src/data/generated/zh-Hans/cases.js';
import enCases from '../src/data/generated/en/cases.js';
import zhHantCases from '../src/data/generated/zh-Hant/cases.js';
import zhHansModels from '../src/data/generated/zh-Hans/models.js';
import enModels from '../src/data/generated/en/models.js';
import zhHantModels from '../src/data/generated/zh-Hant/models.js';
import zhHansSchemes from '../src/data/generated/zh-Hans/schemes.js';
import enSchemes from '../src/data/generated/en/schemes.js';
import zhHantSchemes from '../src/data/generated/zh-Hant/schemes.js';
import zhHansEras from '../src/data/generated/zh-Hans/eras.js';
import enEras from '../src/data/generated/en/eras.js';
import zhHantEras from '../src/data/generated/zh-Hant/eras.js';
import {DARK_PAGE_STYLE, SCRIPT_TAG, WIDGET_TAGS, type DocsPageShows} from '../stories/embed.js';

/**
 * Every widget's docs page in the real catalogue (the static build in
 * storybook-static/, which `npm test` makes with scripts/build-catalogue.mjs
 * before the browser tests), in each of the toolbar's languages: the widgets
 * on the page read in that language — their text compared with the data's
 * text for that locale and with a UI string, both as each stories file says
 * by hand (`parameters.shows`) —
 * and the code the page's "Show code" prints, loaded into a blank page with
 * the one-file bundle (dist/alliance-widgets.iife.js), shows the same widgets
 * with the same text, attributes and wrappers.
 */

const LOCALES: Locale[] = ['zh-Hans', 'en', 'zh-Hant'];
type Row = Record<string, unknown>;
const parse = (json: Record<Locale, string>) => Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(json[l]) as Row[]])) as Record<Locale, Row[]>;

/** The records of each collection the docs pages show, by locale. */
const RECORDS: Record<DocsPageShows['data']['collection'], Record<Locale, Row[]>> = {
  stats: parse({'zh-Hans': zhHansStats, en: enStats, 'zh-Hant': zhHantStats}),
  cases: parse({'zh-Hans': zhHansCases, en: enCases, 'zh-Hant': zhHantCases}),
  models: parse({'zh-Hans': zhHansModels, en: enModels, 'zh-Hant': zhHantModels}),
  schemes: parse({'zh-Hans': zhHansSchemes, en: enSchemes, 'zh-Hant': zhHantSchemes}),
  eras: parse({'zh-Hans': zhHansEras, en: enEras, 'zh-Hant': zhHantEras}),
};

/**
 * What the first story of each docs page shows, as its stories file says
 * (`parameters.shows`, written by hand beside the story): the data's texts in
 * a locale, and one UI string of the widget as the translators wrote it.
 */
const MODULES = await storyModules();
const SHOWN: Record<string, {data: (l: Locale) => string[]; ui: Record<Locale, string>}> = Object.fromEntries(
  Object.entries(MODULES).flatMap(([tag, module]) => {
    const shows = (module['default'] as {parameters?: {shows?: DocsPageShows}}).parameters?.shows;
    if (!shows) return [];
    const {collection, field, ids, where} = shows.data;
    const records = (l: Locale) => {
      const all = RECORDS[collection][l];
      if (ids) {
        return ids.map((id) => {
          const found = all.find((r) => r['id'] === id);
          if (!found) throw new Error(`${tag}: no ${collection} record ${id}`);
          return found;
        });
      }
      return all.filter((r) => Object.entries(where ?? {}).every(([k, v]) => r[k] === v));
    };
    const data = (l: Locale) => records(l).map((r) => {
      if (typeof r[field] !== 'string' || !r[field]) throw new Error(`${tag}: a ${collection} record without ${field}`);
      return r[field] as string;
    });
    return [[tag, {data, ui: shows.ui}]];
  })
);

/** The dark page's background, as computed style reports it. */
const DARK_BACKGROUND = (() => {
  const probe = document.createElement('div');
  probe.setAttribute('style', DARK_PAGE_STYLE);
  document.body.append(probe);
  const value = getComputedStyle(probe).backgroundColor;
  probe.remove();
  return value;
})();

const base = (el: Element) => el.shadowRoot?.querySelector('[part~="base"]');

/** What a reader sees of each widget: its tag, language, text. */
const shown = (root: ParentNode) => widgetsIn(root).map((el) => ({tag: el.localName, lang: base(el)!.getAttribute('lang'), text: text(el)}));

/** Resolves when `test` passes or after `timeout` ms, whichever is first (the assertions that follow say what went wrong). */
async function eventually(test: () => boolean, timeout = 10000) {
  for (const end = Date.now() + timeout; Date.now() < end && !test(); ) await new Promise((r) => setTimeout(r, 100));
}

interface DocsPage {
  frame: HTMLIFrameElement;
  docs: Element;
  stories: number;
}

/** Opens a widget's docs page with the toolbar at its defaults and waits for every story on it. */
async function openDocs(tag: string): Promise<DocsPage> {
  const index = await catalogueIndex();
  const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.title === `Widgets/${tag}`).length;
  const frame = await loadFrame({src: `/storybook-static/iframe.html?id=widgets-${tag}--docs&viewMode=docs`}, {width: 1000, height: 2000});
  const docs = () => frame.contentDocument!.querySelector('#storybook-docs');
  // Every story of the file is on its docs page (the first twice: at the top and in the list).
  await waitUntil(() => docs()?.querySelectorAll('[id^="story--"][id$="-inner"]').length === stories + 1, `${tag}: the docs page did not show its ${stories} stories`, {timeout: 20000});
  await settled(docs, `${tag} docs page`, {count: stories, timeout: 20000});
  return {frame, docs: docs()!, stories};
}

/** The language a widget reads in on a page in `locale`: its own `lang`, else the page's. */
const expectedLang = (el: Element, locale: string) => el.getAttribute('lang') ?? locale;

/**
 * Sets the toolbar's choices as the catalogue's toolbar does (the manager
 * sends `updateGlobals` to the preview, which renders the docs page again)
 * and waits for the page's widgets to be drawn again.
 */
async function setToolbar(page: DocsPage, globals: Record<string, string>) {
  const win = page.frame.contentWindow as Window & {__STORYBOOK_ADDONS_CHANNEL__: {emit: (event: string, payload: unknown) => void}};
  const before = widgetsIn(page.docs);
  win.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', {globals});
  // The stories are drawn anew: wait for new widgets in the language asked for (if they never come, the checks say so).
  await eventually(() => {
    const now = widgetsIn(page.docs);
    return now.length >= page.stories && now.every((el) => !before.includes(el) && ready(el) && base(el)!.getAttribute('lang') === expectedLang(el, globals['locale']!));
  });
  await settled(() => page.docs, 'docs page after the toolbar changed', {count: page.stories, timeout: 20000});
}

/** Clicks the first story's "Show code" and returns the code it prints. */
async function showCode(docs: Element): Promise<string> {
  const primary = docs.querySelector('[id^="anchor--primary--"]')!;
  const button = [...primary.querySelectorAll('button')].find((b) => ['Show code', 'Hide code'].includes(b.textContent!.trim()));
  expect(button, '"Show code" on the first story').to.exist;
  if (button!.textContent!.trim() === 'Show code') button!.click();
  await waitUntil(() => primary.querySelector('pre')?.textContent?.includes(SCRIPT_TAG), '"Show code" printed no snippet', {timeout: 8000});
  // The code is printed again when the story is drawn again: wait until it stops changing.
  let last = '';
  await waitUntil(
    () => {
      const now = primary.querySelector('pre')?.textContent ?? '';
      const same = now === last;
      last = now;
      return same;
    },
    'the code kept changing',
    {interval: 250, timeout: 8000}
  );
  return last.trim();
}

/** Loads `snippet` as a page of its own with the one-file bundle (at the test server's /dist/) and waits for its widgets. */
async function loadSnippet(snippet: string, what: string) {
  const lang = /^<!--[^>]*<html lang="([^"]+)">/.exec(snippet)?.[1];
  expect(lang, `${what}: the snippet names the page's <html lang>`).to.be.a('string');
  const body = snippet.replace(SCRIPT_TAG, SCRIPT_TAG.replace('src="alliance-widgets.iife.js"', 'src="/dist/alliance-widgets.iife.js"'));
  const frame = await loadFrame({srcdoc: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>snippet</title></head><body>${body}</body></html>`}, {width: 1000, height: 2000});
  await settled(() => frame.contentDocument, `${what} (snippet)`, {timeout: 20000});
  return {frame, doc: frame.contentDocument!, lang: lang!};
}

/** Checks a docs page as it stands, its toolbar set to `locale` (and `extra`, for the message). */
async function checkDocsPage(tag: string, page: DocsPage, locale: Locale, extra = '') {
  const what = `${tag} docs page in ${locale}${extra ? ` with ${extra}` : ''}`;
  const {docs} = page;
  let snippetFrame: HTMLIFrameElement | undefined;
  try {
    // Every widget of every story reads in the toolbar's language, and so does the page's own text around them.
    const widgets = widgetsIn(docs);
    expect(widgets.length, `${what}: widgets`).to.be.at.least(page.stories);
    expect(widgets.filter((el) => !el.hasAttribute('lang')).length, `${what}: widgets that follow the page`).to.be.greaterThan(0);
    expect(
      widgets.map((el) => base(el)!.getAttribute('lang')),
      `${what}: the widgets' languages`
    ).to.deep.equal(widgets.map((el) => expectedLang(el, locale)));
    for (const caption of docs.querySelectorAll('[id^="story--"] figcaption')) {
      expect(caption.closest('[lang]')!.getAttribute('lang'), `${what}: a story's caption`).to.equal(locale);
      // The caption is in the widgets' type, not the docs page's serif.
      const font = getComputedStyle(caption).fontFamily;
      expect(font, `${what}: the caption's font`).to.match(/sans-serif/);
      expect(font, `${what}: the caption's font is its own`).not.to.equal(getComputedStyle(caption.closest('[id^="story--"]')!).fontFamily);
    }

    // The first story: the data's text and the widget's UI string in that locale, none of another locale's.
    const primary = docs.querySelector('[id^="story--"][id$="--primary-inner"]')!;
    const shownText = widgetsIn(primary).map(text).join('\n');
    const expected = SHOWN[tag]!;
    for (const t of [...expected.data(locale), expected.ui[locale]]) expect(shownText, `${what}: shows ${t}`).to.include(t.trim());
    const others = LOCALES.filter((l) => l !== locale).flatMap((l) => [...expected.data(l), expected.ui[l]].map((t) => t.trim()));
    const foreign = others.filter((t) => !expected.data(locale).some((own) => own.includes(t)) && !expected.ui[locale].includes(t));
    expect(foreign.length, `${what}: another locale's texts to look for`).to.be.greaterThan(0);
    for (const t of foreign) expect(shownText, `${what}: shows no ${t}`).not.to.include(t);

    // Dark stories (and every story, with the toolbar's dark theme) sit on a dark canvas, the rest do not.
    for (const anchor of docs.querySelectorAll('.sb-anchor')) {
      const story = anchor.querySelector('.docs-story');
      if (!story) continue;
      const dark = !!anchor.querySelector(`[style="${DARK_PAGE_STYLE}"]`);
      expect(getComputedStyle(story).backgroundColor === DARK_BACKGROUND, `${what}: ${anchor.id} on a ${dark ? 'dark' : 'light'} canvas`).to.equal(dark);
    }

    // "Show code" reproduces the first story: same page language, markup, widgets and text.
    const snippet = await showCode(docs);
    const loaded = await loadSnippet(snippet, what);
    snippetFrame = loaded.frame;
    expect(loaded.lang, `${what}: the snippet's <html lang>`).to.equal(locale);
    expect(lightDom(loaded.doc.body), `${what}: the snippet's markup`).to.deep.equal(lightDom(primary));
    expect(shown(loaded.doc), `${what}: the snippet's widgets`).to.deep.equal(shown(primary));
  } finally {
    snippetFrame?.remove();
  }
}

describe('docs pages follow the toolbar’s language, and "Show code" reproduces them', () => {
  it('has a docs page for every widget', async () => {
    const index = await catalogueIndex();
    const pages = Object.values(index.entries).filter((e) => e.type === 'docs' && e.title.startsWith('Widgets/'));
    expect(pages.map((p) => p.title.slice('Widgets/'.length)).sort()).to.deep.equal([...WIDGET_TAGS].sort());
    // Each stories file says what its docs page shows first (fromMarkup's second argument).
    expect(WIDGET_TAGS.filter((tag) => !SHOWN[tag]), 'stories files whose meta has no parameters.shows').to.deep.equal([]);
    for (const tag of WIDGET_TAGS) {
      for (const locale of LOCALES) expect(SHOWN[tag]!.data(locale).length, `${tag}: what its first story shows in ${locale}`).to.be.greaterThan(0);
    }
  });

  for (const tag of WIDGET_TAGS) {
    describe(tag, () => {
      let page: DocsPage;
      before(async () => {
        page = await openDocs(tag);
      });
      after(() => page?.frame.remove());
      for (const locale of LOCALES) {
        it(`in ${locale}`, async () => {
          // The page opens with the toolbar at its defaults (简体中文); the other languages are chosen as a reader does.
          if (locale !== 'zh-Hans') await setToolbar(page, {locale});
          await checkDocsPage(tag, page, locale);
        });
      }
      if (tag === 'case-stat') {
        it('gives the theme, care and src attributes a select, a checkbox and a text field', () => {
          const row = (name: string) => [...page.docs.querySelectorAll('table tbody tr')].find((r) => r.querySelector('td')?.textContent?.trim() === name);
          const select = row('theme')?.querySelector('select');
          expect(select, 'theme: a select').to.exist;
          expect([...select!.options].map((o) => o.textContent!.split(' ')[0])).to.include.members(['light', 'dark', 'system']);
          expect(row('care')?.querySelector('input[type="checkbox"]'), 'care: a checkbox').to.exist;
          expect(row('src')?.querySelector('textarea, input[type="text"]'), 'src: a text field').to.exist;
          for (const name of ['theme', 'care', 'src']) {
            const buttons = [...row(name)!.querySelectorAll('button')].map((b) => b.textContent!.trim());
            expect(buttons, `${name}: no "Set object"`).not.to.include('Set object');
          }
        });
        it('in en with the toolbar’s dark theme and care mode: the same wrappers in the code', async () => {
          await setToolbar(page, {locale: 'en', theme: 'dark', care: 'on'});
          await checkDocsPage(tag, page, 'en', 'dark theme, care mode');
        });
      }
    });
  }
});
