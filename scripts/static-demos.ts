/**
 * Prints, as JSON, the static HTML of every widget's demo in each locale
 * ({locale: {tag: html}}): the catalogue's "静态 HTML / Static HTML" page shows
 * it (see .storybook/main.ts).
 */
import {renderStatic, LOCALES} from '../src/static/render.js';
import {STATIC_DEMOS} from '../src/static/demos.js';

const out: Record<string, Record<string, string>> = {};
for (const locale of LOCALES) {
  out[locale] = {};
  for (const [tag, markup] of Object.entries(STATIC_DEMOS)) out[locale][tag] = await renderStatic(markup, {locale});
}
process.stdout.write(JSON.stringify(out));
