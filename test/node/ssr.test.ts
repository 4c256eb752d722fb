/**
 * Server rendering, in Node (no DOM): importing every entry and rendering
 * every widget with @lit-labs/ssr from the bundled data, once the locale is
 * preloaded, gives HTML with the widget's real text — not its loading state —
 * in each locale. Run by `npm run test:node` (part of `npm test`).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';

import {WIDGET_TAGS} from '../../src/widgets.js';

const entries = ['index', 'classes', ...WIDGET_TAGS.map((tag) => `generated/entries/${tag}`)];

/** The data as written (zh-Hans source and en); zh-Hant is derived, so checked by its Chinese characters only. */
const json = async (name: string) => JSON.parse(await readFile(new URL(`../../data/${name}.json`, import.meta.url), 'utf8'));

test('every entry imports in Node without touching window or document', async () => {
  for (const entry of entries) await import(`../../src/${entry}.js`);
  assert.equal(typeof (globalThis as {window?: unknown}).window, 'undefined');
});

test('each widget renders its real text on the server, in each locale', async () => {
  const {renderStatic} = await import('../../src/static/render.js');
  const stats = (await json('stats')).stats as {id: string; label: Record<string, string>}[];
  const models = (await json('models')).models as {id: string; name: Record<string, string>}[];
  const timeline = await json('timeline');
  const cases = (await json('cases')).cases as {id: string; name: Record<string, string>}[];
  const firstEvent = [...timeline.events].sort((a: {date: string}, b: {date: string}) => (a.date < b.date ? -1 : 1))[0];
  const workshop = stats.find((s) => s.id === 'workshop-employment')!;
  const model = models.find((m) => m.id === 'mentor-led')!;
  const kuangyan = cases.find((c) => c.id === 'kuangyan-south')!;
  const scheme = ((await json('schemes')).schemes as {id: string; name: Record<string, string>}[]).find((s) => s.id === 'four-links-three-unchanged')!;

  const expected = {
    'zh-Hans': {lang: 'zh-CN', value: '超过4.55万人', stat: workshop.label['zh-Hans'], model: model.name['zh-Hans'], event: firstEvent.title['zh-Hans'], case: kuangyan.name['zh-Hans'], scheme: scheme.name['zh-Hans']},
    en: {lang: 'en', value: 'over 45,500 people', stat: workshop.label.en, model: model.name.en, event: firstEvent.title.en, case: kuangyan.name.en, scheme: scheme.name.en},
    'zh-Hant': {lang: 'zh-TW', value: '超過4.55萬人'},
  } as const;
  for (const [locale, want] of Object.entries(expected)) {
    const out = await renderStatic(`
      <case-stat lang="${want.lang}" stat="workshop-employment"></case-stat>
      <alliance-model-card lang="${want.lang}" model="mentor-led"></alliance-model-card>
      <timeline-view lang="${want.lang}"></timeline-view>
      <case-study-card lang="${want.lang}" case="kuangyan-south"></case-study-card>
      <alliance-scheme lang="${want.lang}" scheme-id="four-links-three-unchanged"></alliance-scheme>`);
    // What a browser without shadow DOM shows: the page's own text, outside the declarative shadow roots.
    const text = out
      .replace(/<template[\s\S]*?<\/template>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    // The shadow roots hold layout and slots only: no text of their own.
    const shadowText = [...out.matchAll(/<template[^>]*>([\s\S]*?)<\/template>/g)]
      .map((m) => m[1]!.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ''))
      .join('')
      .trim();
    assert.equal(shadowText, '', `${locale}: no text inside the shadow roots`);
    assert.equal((out.match(/<template shadowroot(mode)?="open"/g) ?? []).length, 5, `${locale}: five declarative shadow roots`);
    const markup = out.replace(/<style>[\s\S]*?<\/style>/g, '');
    assert.ok(!/data-state="/.test(markup), `${locale}: no loading, not-found or error state`);
    assert.ok(text.includes(want.value), `${locale}: the figure ${want.value}`);
    if ('stat' in want) {
      for (const piece of [want.stat, want.model, want.event, want.case, want.scheme]) assert.ok(text.includes(piece), `${locale}: “${piece}” in the HTML`);
    }
    assert.equal((out.match(new RegExp(`part="base" lang="${locale}"`, 'g')) ?? []).length, 5, `${locale}: all five in ${locale}`);
  }
});

test('a fragment keeps what surrounds its widgets byte for byte, and its widgets keep the locale they were rendered in', async () => {
  const {renderStatic} = await import('../../src/static/render.js');
  const before = '<p class="intro">说明 &amp; <b>粗体</b></p>\n';
  const after = '\n<!-- 注释 --><p>end</p>';
  const out = await renderStatic(`${before}<case-stat stat="workshop-employment"></case-stat>${after}`, {locale: 'en'});
  assert.ok(out.startsWith(`${before}<case-stat stat="workshop-employment" lang="en" state="ready">`), out.slice(0, 200));
  assert.ok(out.endsWith(`</case-stat>${after}`));
  assert.ok(out.includes('<aw-t slot="aw-0">45,500</aw-t>'), 'the figure, as a text piece in English');
  // A widget with its own lang keeps it; rendering static HTML again gives the same HTML.
  const own = await renderStatic('<case-stat lang="zh-TW" stat="workshop-employment" care></case-stat>', {locale: 'en'});
  assert.ok(own.startsWith('<case-stat lang="zh-TW" stat="workshop-employment" care state="ready">'), own.slice(0, 100));
  assert.ok(own.includes('萬'), 'Traditional Chinese');
  assert.equal(await renderStatic(own, {locale: 'en'}), own, 'rendering static HTML again changes nothing');
});

test('a whole page: widgets follow <html lang> and the care and theme of their ancestors', async () => {
  const {renderStatic} = await import('../../src/static/render.js');
  const page = `<!doctype html><html lang="en"><head><title>t</title></head><body>
<div care theme="dark"><case-stat stat="workshop-employment"></case-stat></div>
<case-study-card case="kuangyan-south"></case-study-card></body></html>`;
  const out = await renderStatic(page, {locale: 'zh-Hant'});
  assert.ok(out.startsWith('<!doctype html><html lang="en"><head><title>t</title></head><body>\n<div care theme="dark"><case-stat stat="workshop-employment" state="ready">'), 'no lang added where the page gives one');
  const bases = [...out.matchAll(/<div class="([^"]*)" part="base" lang="([^"]+)"/g)].map((m) => [m[1]!.trim().split(/\s+/).sort().join(' '), m[2]]);
  assert.deepEqual(bases, [
    ['base care dark', 'en'],
    ['base', 'en'],
  ]);
});

test('static HTML carries the state attribute the live widget sets: ready with its data, error without; an earlier one is replaced', async () => {
  const {renderStatic} = await import('../../src/static/render.js');
  const {WIDGET_TAGS} = await import('../../src/widgets.js');
  const {STATE_ATTRIBUTE} = await import('../../src/base/problem-controller.js');
  assert.equal(STATE_ATTRIBUTE, 'state');
  const startTags = (out: string) => [...out.matchAll(/<([a-z-]+)(?=[\s>])[^>]*>/g)].filter((m) => (WIDGET_TAGS as readonly string[]).includes(m[1]!)).map((m) => m[0]);
  const states = (out: string) => startTags(out).map((tag) => /\sstate="([^"]*)"/.exec(tag)?.[1]);
  // A good record and a bad id for every widget that names one; the timeline shows its bundled events.
  const good = ['<case-stat stat="workshop-employment"></case-stat>', '<case-stat-group stats="alliance-cases"></case-stat-group>', '<alliance-model-card model="mentor-led"></alliance-model-card>', '<case-study-card case="kuangyan-south"></case-study-card>', '<alliance-scheme scheme-id="four-links-three-unchanged"></alliance-scheme>', '<timeline-view></timeline-view>'];
  const bad = ['<case-stat stat="no-such-stat"></case-stat>', '<alliance-model-card model="no-such-model"></alliance-model-card>', '<case-study-card case="no-such-case"></case-study-card>', '<alliance-scheme scheme-id="no-such-scheme"></alliance-scheme>', '<case-stat></case-stat>'];
  const out = await renderStatic([...good, ...bad].join('\n'));
  assert.equal(startTags(out).length, good.length + bad.length, 'every widget rendered');
  assert.deepEqual(states(out), [...good.map(() => 'ready'), ...bad.map(() => 'error')]);
  // The error widgets show the notice, the ready ones none.
  const bodies = out.split(/(?=<(?:case-stat|case-stat-group|alliance-model-card|case-study-card|alliance-scheme|timeline-view)[\s>])/).filter((b) => b.trim());
  assert.deepEqual(bodies.map((b) => /data-state="(?:not-found|error)"/.test(b)), [...good.map(() => false), ...bad.map(() => true)]);
  // Written by hand or by an earlier rendering, the attribute is replaced by the one the widget renders, once.
  const again = await renderStatic('<case-stat state="error" stat="workshop-employment" state="loading"></case-stat>');
  assert.deepEqual(states(again), ['ready']);
  assert.equal(startTags(again)[0]!.match(/\sstate=/g)!.length, 1, 'one state attribute');
});

test('attribute values and data stay text: a hostile id is escaped, never markup', async () => {
  const {renderStatic} = await import('../../src/static/render.js');
  const hostile = '"><img src=x onerror="alert(1)"><script>alert(2)</script>';
  const out = await renderStatic(`<case-stat stat='${hostile}'></case-stat>`);
  assert.ok(!/<img|<script/i.test(out), out.slice(0, 300));
  assert.ok(out.includes('stat="&#34;&#62;&#60;img'), 'the id is kept, escaped');
  assert.ok(out.includes('此处内容暂不可用。'), 'the polite not-found notice');
});

test('the command line: `render` writes static HTML; a bad locale or no markup is a usage error', async () => {
  // The command line's own module (bin/alliance-widgets.mjs runs its build), from the sources.
  const cli = "const {main} = await import('./src/static/cli.ts'); process.exitCode = await main(process.argv.slice(1));";
  const run = (...args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', cli, ...args], {cwd: new URL('../../', import.meta.url)});
  const {stdout} = await run('render', '<case-stat stat="workshop-employment">', '--locale', 'en');
  assert.ok(stdout.startsWith('<case-stat stat="workshop-employment" lang="en" state="ready"><template shadowroot="open" shadowrootmode="open">'), stdout.slice(0, 120));
  assert.ok(stdout.includes('<aw-t slot="aw-0">45,500</aw-t>'));
  for (const args of [['render', '<case-stat>', '--locale', 'fr'], ['render'], ['draw', 'x']]) {
    await assert.rejects(run(...args), (error: {code?: number; stderr?: string}) => error.code === 2 && /Usage|unknown locale/.test(error.stderr ?? ''), args.join(' '));
  }
});

test('static HTML has the series chart of <case-stat chart>: the bars and every figure of the series as text', async () => {
  const {renderStatic} = await import('../../src/static/render.js');
  const out = await renderStatic('<case-stat stat="common-prosperity-workshops" chart></case-stat>', {locale: 'en'});
  const shadow = out.slice(out.indexOf('<template'), out.indexOf('</template>'));
  assert.ok(/<svg class="chart" part="chart"[^>]*aria-hidden="true"/.test(shadow), 'the chart, hidden from assistive technology');
  assert.equal(shadow.match(/<g class="bar/g)?.length, 2);
  assert.ok(shadow.includes('<g class="bar undated">'), 'the undated figure drawn as such');
  for (const line of ['date not printed: 247 workshops', '1 July 2024: 835 workshops']) assert.ok(out.includes(`>${line}</aw-t>`), line);
});

test('`npm run render` works as the README writes it', async () => {
  const {stdout} = await promisify(execFile)('npm', ['run', '--silent', 'render', '--', '<case-stat stat="workshop-employment">', '--locale', 'en'], {
    cwd: new URL('../../', import.meta.url),
  });
  assert.ok(stdout.startsWith('<case-stat stat="workshop-employment" lang="en" state="ready"><template shadowroot="open" shadowrootmode="open">'), stdout.slice(0, 120));
  assert.ok(stdout.includes('<aw-t slot="aw-0">45,500</aw-t>'));
});

test('src/version.ts says the version package.json says', async () => {
  const {VERSION} = await import('../../src/version.js');
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(VERSION, pkg.version);
});

test('renders running at the same time (a server) each keep their own widgets and ancestors', async () => {
  const {renderStatic} = await import('../../src/static/render.js');
  const pages = [
    '<!doctype html><html lang="en"><body><div care theme="dark"><case-stat stat="workshop-employment"></case-stat></div></body></html>',
    '<!doctype html><html lang="zh-TW"><body><case-study-card case="kuangyan-south"></case-study-card></body></html>',
    '<case-stat stat="alliance-cases"></case-stat><timeline-view></timeline-view>',
  ];
  const one = async (page: string, i: number) => renderStatic(page, {locale: i === 2 ? 'en' : 'zh-Hans'});
  const alone: string[] = [];
  for (const [i, page] of pages.entries()) alone.push(await one(page, i));
  const together = await Promise.all([...pages, ...pages].map((page, i) => one(page, i % pages.length)));
  assert.deepEqual(together, [...alone, ...alone]);
});

test('static HTML keeps the link policy: a good case-href makes links, a script one none (the names stay text)', async () => {
  const {renderStatic} = await import('../../src/static/render.js');
  const cases = (await json('cases')).cases as {id: string; models: string[]; name: Record<string, string>}[];
  const exemplars = cases.filter((c) => c.models.includes('mentor-led'));
  assert.ok(exemplars.length > 0, 'mentor-led has a case to link');
  const shadow = (html: string) => html.slice(html.indexOf('<template'), html.indexOf('</template>'));
  const good = await renderStatic('<alliance-model-card model="mentor-led" case-href="/cases/{id}.html"></alliance-model-card>');
  assert.equal(shadow(good).match(/<a /g)?.length, exemplars.length);
  assert.ok(shadow(good).includes(`href="/cases/${exemplars[0]!.id}.html"`));
  const warn = console.warn;
  const warned: string[] = [];
  console.warn = (...args: unknown[]) => void warned.push(args.map(String).join(' '));
  try {
    for (const template of ['javascript:alert(1)//{id}', ' JaVaScRiPt:alert(1)', 'java&#9;script:alert(1)', 'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;', '{id}:alert(1)', 'vbscript:x']) {
      const out = await renderStatic(`<alliance-model-card model="mentor-led" case-href="${template}"></alliance-model-card>`);
      assert.equal(shadow(out).match(/<a /g), null, template);
      assert.ok(out.includes(exemplars[0]!.name['zh-Hans']!), `${template}: the case name stays as text`);
    }
  } finally {
    console.warn = warn;
  }
  assert.ok(warned.length > 0 && warned.every((w) => w.includes('does not make an http or https link')), warned.join('\n'));
});
