/**
 * The README's server-rendering recipe, run as written: the Node server in
 * "Server rendering" (the same code in the Chinese and the English part)
 * answers each of its three pages with HTML that has every widget's visible
 * text in it, outside the shadow roots, in the page's language — not a loading
 * state — and serves the one-file bundle. Needs the built package (dist/,
 * which `npm test` builds first): the snippet imports `alliance-widgets/static`.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';

const root = new URL('../../', import.meta.url);
const json = async (name: string) => JSON.parse(await readFile(new URL(`data/${name}.json`, root), 'utf8'));

/** The first ```js block after the heading that starts with `heading`. */
function snippet(readme: string, heading: string): string {
  const at = readme.indexOf(`\n### ${heading}`);
  assert.ok(at >= 0, `README has a section “${heading}”`);
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(at));
  assert.ok(block, `a js block under “${heading}”`);
  return block[1]!;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number};
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** What a reader sees without shadow DOM: the page's text outside templates, styles and scripts. */
const visible = (html: string) =>
  html
    .replace(/<template[\s\S]*?<\/template>/g, '')
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

test('the README’s Node server, as written: every widget’s text in the HTML, in each of its three languages', async () => {
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const code = snippet(readme, 'Server rendering (a Node server');
  assert.equal(snippet(readme, '服务端渲染'), code, 'the Chinese and English parts give the same server');

  const label = (list: {id: string; label?: Record<string, string>; name?: Record<string, string>; title?: Record<string, string>}[], id: string, locale: string, key: 'label' | 'name' | 'title') => {
    const record = list.find((r) => r.id === id);
    assert.ok(record, `${id} in the data`);
    return record[key]![locale]!;
  };
  const {stats} = await json('stats');
  const {cases} = await json('cases');
  const {models} = await json('models');
  const {schemes} = await json('schemes');
  const {events} = await json('timeline');
  const first = [...events].sort((a: {date: string}, b: {date: string}) => (a.date < b.date ? -1 : 1))[0];
  const expected = (locale: 'zh-Hans' | 'en') => [
    label(stats, 'workshop-employment', locale, 'label'),
    label(stats, 'alliance-cases', locale, 'label'),
    label(cases, 'kuangyan-south', locale, 'name'),
    label(models, 'mentor-led', locale, 'name'),
    label(schemes, 'four-links-three-unchanged', locale, 'name'),
    first.title[locale],
  ];
  // The figure as each locale writes it: a short golden table, not the code's own formatter.
  const figure = {'zh-Hans': '超过4.55万人', en: 'over 45,500 people', 'zh-Hant': '超過4.55萬人'};

  const port = await freePort();
  const server = spawn(process.execPath, ['--input-type=module', '--eval', code], {cwd: root, env: {...process.env, PORT: String(port)}, stdio: ['ignore', 'pipe', 'pipe']});
  let stderr = '';
  server.stderr.on('data', (d) => (stderr += d));
  try {
    const get = async (path: string) => {
      for (let i = 0; ; i++) {
        try {
          return await fetch(`http://127.0.0.1:${port}${path}`);
        } catch (error) {
          if (i > 100 || server.exitCode !== null) throw new Error(`the README's server did not answer: ${stderr || error}`, {cause: error});
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    };
    const pieces: Record<string, number[]> = {};
    for (const [path, locale] of [['/', 'zh-Hans'], ['/en/', 'en'], ['/zh-hant/', 'zh-Hant']] as const) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html; charset=utf-8/);
      const html = await response.text();
      const text = visible(html);
      const tags = ['case-stat', 'case-stat-group', 'case-study-card', 'alliance-model-card', 'alliance-scheme', 'timeline-view'];
      for (const tag of tags) assert.equal((html.match(new RegExp(`<${tag} [^>]*state="ready"`, 'g')) ?? []).length, 1, `${path}: <${tag}> rendered ready`);
      assert.equal((html.match(/<template shadowroot(mode)?="open"/g) ?? []).length, 6, `${path}: six declarative shadow roots`);
      assert.equal((html.match(new RegExp(`part="base" lang="${locale}"`, 'g')) ?? []).length, 6, `${path}: all six in ${locale}`);
      assert.ok(text.includes(figure[locale]), `${path}: the figure ${figure[locale]}`);
      if (locale !== 'zh-Hant') for (const piece of expected(locale)) assert.ok(text.includes(piece), `${path}: “${piece}” in the HTML`);
      // zh-Hant is derived from zh-Hans: the same pieces, widget by widget.
      pieces[locale] = tags.map((tag) => (html.slice(html.indexOf(`<${tag} `), html.indexOf(`</${tag}>`)).match(/<aw-t /g) ?? []).length);
      assert.ok(html.includes('<script src="/aw/alliance-widgets.iife.js"></script>'), `${path}: the bundle's script tag kept`);
    }
    assert.deepEqual(pieces['zh-Hant'], pieces['zh-Hans'], 'zh-Hant: as many text pieces as zh-Hans in each widget');
    assert.ok(pieces['zh-Hans']!.every((n) => n > 2), 'every widget has its text pieces');

    const bundle = await get('/aw/alliance-widgets.iife.js');
    assert.equal(bundle.status, 200);
    assert.equal(Buffer.from(await bundle.arrayBuffer()).equals(await readFile(new URL('dist/alliance-widgets.iife.js', root))), true, 'the bundle served as built');
    assert.equal((await get('/aw/alliance-widgets.en.js')).status, 200);
    assert.equal((await get('/nowhere')).status, 404);
    assert.equal((await get('/aw/../package.json')).status, 404);
  } finally {
    server.kill();
  }
});
