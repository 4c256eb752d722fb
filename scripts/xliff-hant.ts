/**
 * Fills xliff/zh-Hant.xlf (the widgets'), xliff/workbench/zh-Hant.xlf (the
 * catalogue's data workbench) and xliff/theme-builder/zh-Hant.xlf (its theme builder) from the Simplified Chinese sources with OpenCC, so
 * Traditional Chinese UI text is derived, never written by hand: Taiwan's
 * wording (資料, 重新整理, 載入) and zh-Hant quotation marks, see hantForUi in
 * src/data/localize.ts. Placeholders (<x …/>) are kept as they are. Run after
 * `lit-localize extract`.
 * With --check, writes nothing and exits 1 when a file is out of date.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import * as OpenCC from 'opencc-js';
import {hantForUi} from '../src/data/localize.js';
import {root} from './lib/data-files.js';

const toHant = hantForUi(OpenCC);
/** Converts the text of a <source>, leaving placeholder tags untouched. */
const convert = (source: string) => source.split(/(<x [^>]*\/>)/).map((part, i) => (i % 2 ? part : toHant(part))).join('');

let stale = false;
for (const name of ['xliff/zh-Hant.xlf', 'xliff/workbench/zh-Hant.xlf', 'xliff/theme-builder/zh-Hant.xlf']) {
  const file = `${root}${name}`;
  const before = readFileSync(file, 'utf8');
  const after = before.replace(
    /(<source>)([\s\S]*?)(<\/source>)(?:\s*<target>[\s\S]*?<\/target>)?/g,
    (_all, open: string, body: string, close: string) => `${open}${body}${close}\n  <target>${convert(body)}</target>`
  );
  if (process.argv.includes('--check')) {
    if (after !== before) {
      console.error(`${name} is out of date: run npm run localize:extract`);
      stale = true;
    }
  } else {
    writeFileSync(file, after);
  }
}
if (stale) process.exit(1);
