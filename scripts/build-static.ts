/**
 * Writes the static HTML of every widget's demo in each locale (see
 * src/static/render.ts), for CMS editors to copy and for the tests:
 *
 *   dist/static/<locale>/<widget>.html   the widget alone, ready to paste
 *   dist/static/<locale>/index.html      a page with all of them and the bundle
 *
 * Run by `npm run build` and `npm test`.
 */
import {mkdir, writeFile} from 'node:fs/promises';
import {renderStatic, LOCALES} from '../src/static/render.js';
import {STATIC_DEMOS} from '../src/static/demos.js';
import {LANG_ATTRIBUTE} from '../src/locales.js';

const out = new URL('../dist/static/', import.meta.url);
const TITLE = {'zh-Hans': '党建联盟组件：静态 HTML', en: 'Alliance widgets: static HTML', 'zh-Hant': '黨建聯盟組件：靜態 HTML'} as const;

let files = 0;
for (const locale of LOCALES) {
  const dir = new URL(`${locale}/`, out);
  await mkdir(dir, {recursive: true});
  const parts: string[] = [];
  for (const [tag, markup] of Object.entries(STATIC_DEMOS)) {
    const html = await renderStatic(markup, {locale});
    await writeFile(new URL(`${tag}.html`, dir), `${html}\n`);
    parts.push(html);
    files++;
  }
  const page = `<!doctype html>
<html lang="${LANG_ATTRIBUTE[locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLE[locale]}</title>
</head>
<body>
<main style="max-width: 48rem; margin: 0 auto; padding: 1rem">
${parts.join('\n')}
</main>
<script src="../../alliance-widgets.iife.js" charset="utf-8"></script>
</body>
</html>
`;
  await writeFile(new URL('index.html', dir), page);
  files++;
}
console.log(`dist/static: ${files} files (${Object.keys(STATIC_DEMOS).length} widgets × ${LOCALES.length} locales, and a page per locale)`);
