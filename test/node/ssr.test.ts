/**
 * Server rendering, in Node (no DOM): importing every entry and rendering
 * every widget with @lit-labs/ssr from the bundled data, once the locale is
 * preloaded, gives HTML with the widget's real text — not its loading state —
 * in each locale. Run by `npm run test:node` (part of `npm test`).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';

const entries = ['index', 'classes', 'components/alliance-model-card/index', 'components/case-stat/index', 'components/case-study-card/index', 'components/timeline-view/index'];

/** The data as written (zh-Hans source and en); zh-Hant is derived, so checked by its Chinese characters only. */
const json = async (name: string) => JSON.parse(await readFile(new URL(`../../data/${name}.json`, import.meta.url), 'utf8'));

/** Server HTML of a fragment of markup. */
async function ssr(markup: string): Promise<string> {
  return collectResult(render(html`${unsafeHTML(markup)}`));
}

test('every entry imports in Node without touching window or document', async () => {
  for (const entry of entries) await import(`../../src/${entry}.js`);
  assert.equal(typeof (globalThis as {window?: unknown}).window, 'undefined');
});

test('each widget renders its real text on the server, in each locale', async () => {
  const {preloadLocale} = await import('../../src/classes.js');
  await import('../../src/index.js');
  const stats = (await json('stats')).stats as {id: string; label: Record<string, string>}[];
  const models = (await json('models')).models as {id: string; name: Record<string, string>}[];
  const timeline = await json('timeline');
  const cases = (await json('cases')).cases as {id: string; name: Record<string, string>}[];
  const firstEvent = [...timeline.events].sort((a: {date: string}, b: {date: string}) => (a.date < b.date ? -1 : 1))[0];
  const workshop = stats.find((s) => s.id === 'workshop-employment')!;
  const model = models.find((m) => m.id === 'mentor-led')!;
  const kuangyan = cases.find((c) => c.id === 'kuangyan-south')!;

  const expected = {
    'zh-Hans': {lang: 'zh-CN', value: '超过4.55万人', stat: workshop.label['zh-Hans'], model: model.name['zh-Hans'], event: firstEvent.title['zh-Hans'], case: kuangyan.name['zh-Hans']},
    en: {lang: 'en', value: 'over 45,500 people', stat: workshop.label.en, model: model.name.en, event: firstEvent.title.en, case: kuangyan.name.en},
    'zh-Hant': {lang: 'zh-TW', value: '超過4.55萬人'},
  } as const;
  for (const [locale, want] of Object.entries(expected)) {
    await preloadLocale(locale);
    const out = await ssr(`
      <case-stat lang="${want.lang}" stat="workshop-employment"></case-stat>
      <alliance-model-card lang="${want.lang}" model="mentor-led"></alliance-model-card>
      <timeline-view lang="${want.lang}"></timeline-view>
      <case-study-card lang="${want.lang}" case="kuangyan-south"></case-study-card>`);
    const text = out
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<!--[^>]*-->/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    assert.equal((out.match(/<template shadowroot(mode)?="open"/g) ?? []).length, 4, `${locale}: four declarative shadow roots`);
    const markup = out.replace(/<style>[\s\S]*?<\/style>/g, '');
    assert.ok(!/data-state="/.test(markup), `${locale}: no loading, not-found or error state`);
    assert.ok(text.includes(want.value), `${locale}: the figure ${want.value}`);
    if ('stat' in want) {
      for (const piece of [want.stat, want.model, want.event, want.case]) assert.ok(text.includes(piece), `${locale}: “${piece}” in the HTML`);
    }
    assert.equal((out.match(new RegExp(`part="base" lang="${locale}"`, 'g')) ?? []).length, 4, `${locale}: all four in ${locale}`);
  }
});
