import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {summaryReporter} from './test/support/summary-reporter.mjs';
import {quietReporter} from './test/support/quiet-reporter.mjs';
import {readFile} from 'node:fs/promises';
import {readFileSync, readdirSync} from 'node:fs';
import {axTreePlugin} from './test/support/ax-tree-plugin.mjs';
import {reactBundles} from './test/support/react-bundles.mjs';
import {tsImport} from 'tsx/esm/api';

// The registries of widget and locale facts (TypeScript, read here as the widgets read them).
const {WIDGETS, allDemos} = await tsImport('./src/widgets.ts', import.meta.url);
const {LANG_ATTRIBUTE} = await tsImport('./src/locales.ts', import.meta.url);

/** Debian's browsers (installed by scripts/ensure-browsers.mjs); no browser is downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // window.gc(), for the test that connecting and disconnecting leaves nothing behind (test/leaks.test.ts).
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

const only = process.env.BROWSERS?.split(',');
const browsers = [
  ['chromium', () => playwrightLauncher({product: 'chromium', launchOptions: {executablePath: CHROMIUM, headless: true, args: chromiumArgs}})],
  ['firefox', () => chromeLauncher({puppeteer: puppeteerCore, launchOptions: {browser: 'firefox', executablePath: FIREFOX, headless: true}})],
]
  .filter(([name]) => !only || only.includes(name))
  .map(([, launch]) => launch());

/**
 * Pages for test/encoding.test.ts: the drop-in snippet on pages that are not
 * UTF-8. test/pages/encoding.html (written in UTF-8) is served under
 * /test/pages/encoding/ as
 * - gb2312.html: GB2312 bytes, `Content-Type: text/html; charset=gb2312`;
 * - gb2312-plain-script.html: the same with `<script src>` without `charset`;
 * - unlabelled.html: `Content-Type: text/html`, no charset anywhere (browsers
 *   fall back to windows-1252); the page's own Chinese as character references.
 * The bundle requested from these pages comes, as from most servers, with no
 * charset in its Content-Type, so the page's encoding decodes it unless the
 * script tag names one.
 */
const ENCODING_PAGES = '/test/pages/encoding/';
const ENCODING_VARIANTS = {
  'gb2312.html': {type: 'text/html; charset=gb2312', encode: encodeGb2312, scriptCharset: true},
  'gb2312-plain-script.html': {type: 'text/html; charset=gb2312', encode: encodeGb2312, scriptCharset: false},
  'unlabelled.html': {type: 'text/html', encode: (text) => Buffer.from(text.replace(/[\u0080-\u{10ffff}]/gu, (c) => `&#${c.codePointAt(0)};`), 'ascii'), scriptCharset: false},
};

/** Characters of GB2312 → their two bytes: the WHATWG (ICU) GBK decoder over the GB2312 rows 0xA1–0xF7, inverted. */
let gb2312;
/**
 * `text` in GB2312 bytes; throws on a character GB2312 lacks, or, with
 * `lacking`, writes `lacking(char)` (ASCII) in its place, as a CMS saving a
 * page in GB2312 does.
 */
function encodeGb2312(text, lacking) {
  if (!gb2312) {
    gb2312 = new Map();
    const decoder = new TextDecoder('gb2312', {fatal: true});
    for (let lead = 0xa1; lead <= 0xf7; lead++) {
      for (let trail = 0xa1; trail <= 0xfe; trail++) {
        let char;
        try {
          char = decoder.decode(Uint8Array.of(lead, trail));
        } catch {
          continue;
        }
        // Unassigned rows decode to the Private Use Area: not GB2312.
        if (char.length === 1 && !/[\ue000-\uf8ff]/.test(char) && !gb2312.has(char)) gb2312.set(char, [lead, trail]);
      }
    }
  }
  const bytes = [];
  for (const char of text) {
    const code = char.codePointAt(0);
    if (code < 0x80) bytes.push(code);
    else if (gb2312.has(char)) bytes.push(...gb2312.get(char));
    else if (lacking) bytes.push(...Buffer.from(lacking(char), 'ascii'));
    else throw new Error(`${JSON.stringify(char)} is not in GB2312`);
  }
  return Buffer.from(bytes);
}

/**
 * Pages saved by a CMS in GB2312, for test/workbench.test.ts: a page POSTed to
 * /test/pages/gb2312-cms is kept and answered with its address,
 * /test/pages/gb2312-cms/<n>.html, served as `text/html; charset=gb2312`
 * with each character GB2312 lacks written as `&#N;` (what such a CMS
 * saves); the `X-Lacking` header counts them.
 */
const CMS_PAGES = '/test/pages/gb2312-cms';
const cmsPages = [];
async function gb2312CmsPages(ctx, next) {
  if (ctx.path === CMS_PAGES && ctx.method === 'POST') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    cmsPages.push(Buffer.concat(chunks).toString('utf8'));
    ctx.body = `${CMS_PAGES}/${cmsPages.length - 1}.html`;
    return;
  }
  const page = ctx.path.startsWith(`${CMS_PAGES}/`) ? cmsPages[Number.parseInt(ctx.path.slice(CMS_PAGES.length + 1), 10)] : undefined;
  if (page === undefined) return next();
  let lacking = 0;
  ctx.body = encodeGb2312(page, (char) => (lacking++, `&#${char.codePointAt(0)};`));
  ctx.set('Content-Type', 'text/html; charset=gb2312');
  ctx.set('X-Lacking', String(lacking));
  ctx.set('Cache-Control', 'no-store');
}

/** Serves the encoding test pages and, to them, the bundle without a charset. */
async function encodingPages(ctx, next) {
  if (ctx.path.startsWith(ENCODING_PAGES)) {
    const variantName = ctx.path.slice(ENCODING_PAGES.length);
    const variant = ENCODING_VARIANTS[variantName];
    if (!variant) return next();
    let html = await readFile(new URL('test/pages/encoding.html', import.meta.url), 'utf8');
    if (!variant.scriptCharset) {
      const tag = '<script src="/dist/alliance-widgets.iife.js" charset="utf-8"></script>';
      if (!html.includes(tag)) throw new Error(`test/pages/encoding.html lacks ${tag}`);
      html = html.replace(tag, '<script src="/dist/alliance-widgets.iife.js"></script>');
    }
    // A URL of its own per page, so no browser reuses a copy of the bundle cached for another page with other headers.
    html = html.replace('src="/dist/alliance-widgets.iife.js"', `src="/dist/alliance-widgets.iife.js?page=${variantName}"`);
    ctx.body = variant.encode(html);
    ctx.set('Content-Type', variant.type);
    ctx.set('Cache-Control', 'no-store');
    return;
  }
  const referrer = ctx.get('Referer');
  if (ctx.path === '/dist/alliance-widgets.iife.js' && referrer && new URL(referrer).pathname.startsWith(ENCODING_PAGES)) {
    ctx.body = await readFile(new URL('dist/alliance-widgets.iife.js', import.meta.url));
    ctx.set('Content-Type', 'text/javascript');
    ctx.set('Cache-Control', 'no-store');
    return;
  }
  await next();
  // Never reuse a copy of the bundle cached by another page's test (served there with the server's own headers).
  if (ctx.path.startsWith('/dist/')) ctx.set('Cache-Control', 'no-store');
}

/**
 * Pages for test/cli-encoding.test.ts, /test/pages/cli-encoding/<name>.html:
 * the portal pages of test/pages/cli-encoding/pages.mjs in their own
 * encodings (GB2312, GBK, GB18030, Big5, UTF-8), rendered by the command line
 * from the sources (`alliance-widgets render -`, bytes in, bytes out), served
 * as written with `Content-Type: text/html` and no charset, so the page's own
 * `<meta>` declaration decides how the browser reads it. Rendered once each.
 */
const cliPages = new Map();
function cliPage(page) {
  if (!cliPages.has(page.name)) {
    cliPages.set(
      page.name,
      (async () => {
        const [{default: iconv}, {sourcePage}, {execFile}] = await Promise.all([import('iconv-lite'), import('./test/pages/cli-encoding/pages.mjs'), import('node:child_process')]);
        const input = iconv.encode(sourcePage(page), page.name === 'gb2312' ? 'gbk' : page.name);
        return new Promise((resolve, reject) => {
          const child = execFile(process.execPath, ['--import', 'tsx', 'scripts/render.ts', 'render', '-'], {encoding: 'buffer', maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) =>
            error ? reject(new Error(`alliance-widgets render (${page.name}) failed: ${stderr}`)) : resolve(stdout)
          );
          child.stdin.end(input);
        });
      })()
    );
  }
  return cliPages.get(page.name);
}
async function cliEncodingPages(ctx, next) {
  const name = /^\/test\/pages\/cli-encoding\/([\w-]+)\.html$/.exec(ctx.path)?.[1];
  if (name === undefined) return next();
  const {ENCODED_PAGES} = await import('./test/pages/cli-encoding/pages.mjs');
  const page = ENCODED_PAGES.find((p) => p.name === name);
  if (!page) return next();
  ctx.body = await cliPage(page);
  ctx.set('Content-Type', 'text/html');
  ctx.set('Cache-Control', 'no-store');
}

/**
 * Pages for test/hardening.test.ts, /test/pages/hardened/<page>.html (made
 * from HARDENED_PAGES below): served with a strict Content Security Policy
 * and Trusted Types, as a locked-down portal serves them. The policy names allowed are the ones the README tells hosts
 * to allow: `lit-html` (a host's own Lit, and our ES build) and
 * `alliance-widgets` (the one-file bundle's own Lit). No 'allow-duplicates'.
 * `/dist/alliance-widgets.iife.js?version=9.9.9` is the bundle as another
 * version of it would be.
 */
export const HARDENED_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html alliance-widgets";
async function hardenedPages(ctx, next) {
  if (ctx.path === '/dist/alliance-widgets.iife.js' && ctx.query.version) {
    const bundle = await readFile(new URL('dist/alliance-widgets.iife.js', import.meta.url), 'utf8');
    const {version: VERSION} = JSON.parse(await readFile(new URL('package.json', import.meta.url), 'utf8'));
    if (!bundle.includes(`\`${VERSION}\``)) throw new Error(`the bundle does not carry its version ${VERSION}`);
    ctx.body = bundle.replaceAll(`\`${VERSION}\``, `\`${ctx.query.version}\``).replaceAll(`alliance-widgets ${VERSION}`, `alliance-widgets ${ctx.query.version}`);
    ctx.set('Content-Type', 'text/javascript');
    ctx.set('Cache-Control', 'no-store');
    return;
  }
  const page = /^\/test\/pages\/hardened\/([\w-]+)\.html$/.exec(ctx.path)?.[1];
  if (page === undefined || !(page in HARDENED_PAGES)) return next();
  ctx.body = hardenedPageHtml(page);
  ctx.set('Content-Type', 'text/html; charset=utf-8');
  ctx.set('Content-Security-Policy', HARDENED_CSP);
  ctx.set('Cache-Control', 'no-store');
}

/** A hardened page's HTML, its widgets those of a registry (src/widgets.ts unless a test gives its own). */
export function hardenedPageHtml(page, registry = WIDGETS) {
  const widgets = allDemos(registry);
  const made = HARDENED_PAGES[page];
  const {head = '', body = widgets, tail, lang = LANG_ATTRIBUTE['zh-Hans']} = typeof made === 'function' ? made(widgets) : made;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${page}</title>
<script src="./probe.js"></script>
${head}
</head>
<body>
${body}
${tail}
</body>
</html>
`;
}

const bundle = (query, extra = '') => `<script src="/dist/alliance-widgets.iife.js?${query}"${extra} charset="utf-8"></script>`;
/** Each page (a function of the markup of every widget when its body holds them): what its head loads first, its body, and how the bundle comes last (probe.js records what happens). */
const HARDENED_PAGES = {
  bundle: {tail: bundle('hardened-bundle')},
  // In English: the bundle imports alliance-widgets.en.js from beside itself, under the same policy.
  english: {lang: LANG_ATTRIBUTE.en, tail: bundle('hardened-english')},
  // A portal's own data: the bundle loads its checks (alliance-widgets.checks.js) from beside itself, under the same policy.
  'own-data': (widgets) => ({body: `<case-stat stat="district-homestays" src="/test/data/portal-figures.json"></case-stat>\n${widgets}`, tail: bundle('hardened-own-data')}),
  'host-lit': (widgets) => ({head: '<script type="module" src="./host-app.js"></script>', body: `<host-app></host-app>\n${widgets}`, tail: bundle('hardened-host-lit', ' defer')}),
  twice: {tail: `${bundle('hardened-twice-1')}\n${bundle('hardened-twice-2')}`},
  'twice-versions': {tail: `${bundle('hardened-versions-1')}\n${bundle('version=9.9.9')}`},
  'es-and-bundle': {head: '<script type="module" src="/src/index.ts"></script>', tail: bundle('hardened-es', ' defer')},
  taken: {head: '<script src="./take-case-stat.js"></script>', tail: bundle('hardened-taken')},
  prefix: (widgets) => ({
    head: '<script src="./take-case-stat.js"></script>',
    body: `<case-stat stat="workshop-employment"></case-stat>\n${widgets.replace(/<(\/?)([a-z-]+)/g, '<$1nb-$2')}`,
    tail: bundle('hardened-prefix', ' data-prefix="nb"'),
  }),
};

/**
 * Pages for test/hostile-links.test.ts, /test/pages/hostile/<page>.html, each
 * with `?csp=1` (served with HARDENED_CSP) or without: link templates and
 * article URLs a hostile editor or data could give (test/pages/hostile/payloads.mjs).
 * - live: model cards on the payload document (test/data/hostile-links.json),
 *   each with one `case-href` template as written in HTML, then those set
 *   from script and figures whose data source gives hostile article URLs;
 * - static: the same templates on the bundled data, as static HTML made by
 *   the renderer (`alliance-widgets render`), with `&bundle=1` taken over by
 *   the bundle; no script of ours runs without it;
 * - injected: a page that really injects, the detectors' positive control.
 */
let hostileStatic;
/** The static HTML of the hostile templates (rendered once, by the command line from the sources). */
async function hostileStaticMarkup() {
  if (!hostileStatic) {
    const {MARKUP_TEMPLATES, GOOD_TEMPLATE} = await import('./test/pages/hostile/payloads.mjs');
    const markup = [
      `<alliance-model-card id="good-links" model="mentor-led" case-href="${GOOD_TEMPLATE}"></alliance-model-card>`,
      ...MARKUP_TEMPLATES.map((template, i) => `<alliance-model-card class="hostile" data-payload="m${i}" model="mentor-led" case-href="${template}"></alliance-model-card>`),
    ].join('\n');
    const {spawnSync} = await import('node:child_process');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/render.ts', 'render', '-'], {input: markup, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
    if (run.status !== 0) throw new Error(`alliance-widgets render failed: ${run.stderr}`);
    hostileStatic = run.stdout;
  }
  return hostileStatic;
}
async function hostilePages(ctx, next) {
  const page = /^\/test\/pages\/hostile\/(live|static|injected)\.html$/.exec(ctx.path)?.[1];
  if (!page) return next();
  const {MARKUP_TEMPLATES, GOOD_TEMPLATE} = await import('./test/pages/hostile/payloads.mjs');
  const bundle = '<script src="/dist/alliance-widgets.iife.js?hostile" charset="utf-8"></script>';
  let body;
  if (page === 'live') {
    body = [
      '<case-stat id="good-stat" stat="workshop-employment"></case-stat>',
      `<alliance-model-card id="good-links" model="hostile-model" src="/test/data/hostile-links.json" case-href="${GOOD_TEMPLATE}"></alliance-model-card>`,
      ...MARKUP_TEMPLATES.map((template, i) => `<alliance-model-card class="hostile" data-payload="m${i}" model="hostile-model" src="/test/data/hostile-links.json" case-href="${template}"></alliance-model-card>`),
      '<div id="script-set"></div>',
      bundle,
      '<script type="module" src="./script-set.mjs"></script>',
    ].join('\n');
  } else if (page === 'static') {
    body = `${await hostileStaticMarkup()}\n${ctx.query.bundle ? bundle : ''}`;
  } else {
    body = '<script src="./injected.js" defer></script>';
  }
  ctx.body = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>hostile links: ${page}</title>
<script src="/test/pages/hardened/probe.js"></script>
<script src="./record.js"></script>
</head>
<body>
${body}
</body>
</html>
`;
  ctx.set('Content-Type', 'text/html; charset=utf-8');
  if (ctx.query.csp) ctx.set('Content-Security-Policy', HARDENED_CSP);
  ctx.set('Cache-Control', 'no-store');
}

/**
 * Documents for test/page-data.test.ts's `src` cases, with the headers each
 * case needs: /test/data/as-text/<name>.json is served as text/plain (a wrong
 * content type), /test/data/slow.json answers after 3 s (the test's
 * timeout is shorter), /test/data/delayed/<name>.json answers with
 * test/data/<name>.json after a delay (test/layout-shift.test.ts), and /test/data/huge.json is 5 MB. Other /test/data/*.json files are served as they are
 * (application/json); a missing one is a 404.
 */
async function dataDocuments(ctx, next) {
  if (ctx.path.startsWith('/test/data/as-text/')) {
    ctx.body = await readFile(new URL(`test/data/${ctx.path.slice('/test/data/as-text/'.length)}`, import.meta.url), 'utf8');
    ctx.set('Content-Type', 'text/plain; charset=utf-8');
    return;
  }
  if (ctx.path === '/test/data/huge.json') {
    // 5 MB: a document with one 5 MB label.
    ctx.body = `{"schemaVersion": 1, "stats": [{"label": {"en": "${'x'.repeat(5 * 1024 * 1024)}"}}]}`;
    ctx.set('Content-Type', 'application/json');
    return;
  }
  // /test/data/delayed/<name>.json: test/data/<name>.json answered after `?ms=` milliseconds (800 by default), as a
  // portal's server answers on a slow line (test/layout-shift.test.ts: the loading state until the data arrives).
  // The server lets browsers keep any URL with a query for a year: each page asks with a query of its own.
  const delayed = /^\/test\/data\/delayed\/([\w-]+\.json)$/.exec(ctx.path)?.[1];
  if (delayed) {
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 800)));
    ctx.body = await readFile(new URL(`test/data/${delayed}`, import.meta.url), 'utf8');
    ctx.set('Content-Type', 'application/json');
    return;
  }
  if (ctx.path === '/test/data/slow.json') {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    ctx.body = '{}';
    ctx.set('Content-Type', 'application/json');
    return;
  }
  return next();
}

/**
 * `/dist/alliance-widgets.iife.js?delay=<ms>`: the bundle answered after a
 * delay, as over a slow line, so a page test sees what the reader sees before
 * it runs (test/layout-shift.test.ts; each page asks with a query of its own,
 * as browsers may keep a URL with a query).
 */
/**
 * `/test/pages/no-english/…`: the one-file bundle uploaded alone, without
 * the files beside it (alliance-widgets.en.js and alliance-widgets.checks.js
 * there answer 404), and `page.html?lang=en` a page of widgets in that
 * language using it, with `&own=1` also a figure from the portal's own data
 * (test/embed.test.ts).
 */
async function bundleWithoutEnglish(ctx, next) {
  if (!ctx.path.startsWith('/test/pages/no-english/')) return next();
  const file = ctx.path.slice('/test/pages/no-english/'.length);
  if (file === 'alliance-widgets.iife.js') {
    ctx.body = await readFile(new URL('dist/alliance-widgets.iife.js', import.meta.url));
    ctx.set('Content-Type', 'text/javascript');
  } else if (file === 'page.html') {
    ctx.body = `<!doctype html>\n<html lang="${ctx.query.lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8"><title>no English file</title>
<script>window.errors = []; document.addEventListener('alliance-error', (e) => errors.push([e.target.localName, e.reason]));</script></head>
<body><case-stat stat="workshop-employment"></case-stat><case-study-card case="kuangyan-south"></case-study-card>
${ctx.query.own ? '<case-stat id="own" stat="district-homestays" src="/test/data/portal-figures.json"></case-stat>' : ''}
<script src="alliance-widgets.iife.js" charset="utf-8"></script></body></html>\n`;
    ctx.set('Content-Type', 'text/html; charset=utf-8');
  } else {
    ctx.status = 404;
  }
  ctx.set('Cache-Control', 'no-store');
}

/**
 * Pages for test/integrity.test.ts, the one-file bundle as a host loads it
 * from a CDN: `/test/pages/integrity/cdn/<file>` answers the three built files
 * (dist/) with `Access-Control-Allow-Origin: *`, as a CDN does, so another
 * origin (the test asks by 127.0.0.1 or localhost, whichever its page is not)
 * may load them with `crossorigin`; `/test/pages/integrity/npm/alliance-widgets@<version>` answers
 * the bundle as a CDN answers the package's own URL, and `…@<version>/dist/<file>` the three files.
 * `/test/pages/integrity/page.html?src=&integrity=&lang=`
 * is a page that loads `src` with that `integrity` and `crossorigin="anonymous"`,
 * with `&map=<json>` an import map first (its `integrity` for the English
 * file), and records whether the script loaded, failed, and what the widgets
 * reported; `page.html?tags=<folder URL>&lang=` holds instead the tags that
 * `npm run script-tag -- <folder URL>` prints.
 */
const CDN_FILES = ['alliance-widgets.iife.js', 'alliance-widgets.en.js', 'alliance-widgets.checks.js'];
async function integrityPages(ctx, next) {
  if (!ctx.path.startsWith('/test/pages/integrity/')) return next();
  const file = ctx.path.slice('/test/pages/integrity/'.length);
  ctx.set('Cache-Control', 'no-store');
  // `npm/alliance-widgets@<version>` is a CDN's URL of the package (its `jsdelivr` file, the bundle), with the package's dist/ below it.
  const served = file.startsWith('cdn/') ? file.slice(4) : /^npm\/alliance-widgets@[\w.-]+$/.test(file) ? CDN_FILES[0] : /^npm\/alliance-widgets@[\w.-]+\/dist\/(.+)$/.exec(file)?.[1];
  if (served && CDN_FILES.includes(served)) {
    ctx.body = await readFile(new URL(`dist/${served}`, import.meta.url));
    ctx.set('Content-Type', 'text/javascript');
    ctx.set('Access-Control-Allow-Origin', '*');
    return;
  }
  if (file !== 'page.html') return next();
  const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const {src = '', integrity = '', lang = 'zh-CN', map, tags} = ctx.query;
  if (tags) {
    // The tags `npm run script-tag -- <tags>` prints, as a host pastes them.
    const {execFileSync} = await import('node:child_process');
    const printed = execFileSync(process.execPath, ['scripts/script-tag.mjs', String(tags)], {encoding: 'utf8'});
    ctx.body = `<!doctype html>
<html lang="${attr(lang)}"><head><meta charset="utf-8"><title>integrity: script-tag</title>
<script>window.record = {loaded: false, failed: false, errors: []}; document.addEventListener('alliance-error', (e) => record.errors.push([e.target.localName, e.reason]));</script>
</head><body>
<case-stat stat="workshop-employment"></case-stat>
${printed.replace('crossorigin="anonymous"', 'crossorigin="anonymous" onload="record.loaded = true" onerror="record.failed = true"')}
</body></html>
`;
    ctx.set('Content-Type', 'text/html; charset=utf-8');
    return;
  }
  ctx.body = `<!doctype html>
<html lang="${attr(lang)}"><head><meta charset="utf-8"><title>integrity</title>
${map ? `<script type="importmap">${String(map).replace(/</g, '\\u003c')}</script>` : ''}
<script>window.record = {loaded: false, failed: false, errors: []}; document.addEventListener('alliance-error', (e) => record.errors.push([e.target.localName, e.reason]));</script>
</head><body>
<case-stat stat="workshop-employment"></case-stat>
<script src="${attr(src)}"${integrity ? ` integrity="${attr(integrity)}"` : ''} crossorigin="anonymous" charset="utf-8" onload="record.loaded = true" onerror="record.failed = true"></script>
</body></html>
`;
  ctx.set('Content-Type', 'text/html; charset=utf-8');
}

async function slowBundle(ctx, next) {
  if (ctx.path !== '/dist/alliance-widgets.iife.js' || ctx.query.delay === undefined) return next();
  await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.delay)));
  ctx.body = await readFile(new URL('dist/alliance-widgets.iife.js', import.meta.url));
  ctx.set('Content-Type', 'text/javascript');
}

/**
 * `import text from './x.css?raw'` as Vite reads it (the catalogue's theme
 * builder imports themes/*.css so): the file's text as a module's default export.
 */
function rawImports() {
  const raw = (context) => context.URL.searchParams.has('raw');
  return {
    name: 'raw-imports',
    resolveMimeType: (context) => (raw(context) ? 'js' : undefined),
    transform(context) {
      if (raw(context)) return {body: `export default ${JSON.stringify(String(context.body))};`};
    },
  };
}

/** Every record id of the bundled data (data/*.json): a 404 for one of their modules is a fault, not a bad-id test. */
const knownIds = new Set(
  readdirSync('data')
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => Object.values(JSON.parse(readFileSync(`data/${f}`, 'utf8'))).flatMap((list) => (Array.isArray(list) ? list.map((r) => r.id) : [])))
);

/** Console lines the suite causes on purpose: Lit's development-build banner, and the widgets' own problem reports (bad ids, data sources made to fail: the tests assert the events and states). Any other log, and every uncaught error, is printed. */
const EXPECTED_LOGS = [/^Lit is in dev mode/, /^alliance-widgets: <[a-z-]+> /];
const expectedLog = ({args}) => typeof args[0] === 'string' && EXPECTED_LOGS.some((re) => re.test(args[0]));

export default {
  rootDir: '.',
  // test/node/ runs in Node (npm run test:node), not in a browser.
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  browsers,
  // One page at a time per browser: keyboard tests need the page to have focus.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 180000,
  middleware: [encodingPages, gb2312CmsPages, cliEncodingPages, hardenedPages, hostilePages, dataDocuments, bundleWithoutEnglish, integrityPages, slowBundle],
  plugins: [reactBundles(), esbuildPlugin({ts: true, tsconfig: './tsconfig.json'}), axTreePlugin(), rawImports()],
  filterBrowserLogs: (log) => !expectedLog(log),
  reporters: [quietReporter({knownIds}), summaryReporter()],
};
