/**
 * The one-file bundle on a page opened from disk (file:), as a webmaster
 * tries it before uploading: browsers import no module from file:, so the
 * bundle adds the files it keeps beside itself as classic scripts — its
 * English data (alliance-widgets.en.js) and the checks of a portal's own data
 * (alliance-widgets.checks.js). Debian's Chromium opens a page in a temporary
 * folder with the three built files (dist/, which `npm test` builds before
 * this runs), and one folder with the bundle alone. Expectations come from the
 * authored data and the English message catalogue (xliff/en.xlf), not from
 * the bundle.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type Browser} from 'playwright';
import {readData} from '../../scripts/lib/data-files.js';
import type {AllianceData} from '../../src/data/schema.js';
// @ts-expect-error -- a plain .mjs module of the scripts, without types
import {CHROMIUM, CHROMIUM_ARGS} from '../../scripts/lib/chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const data = readData() as unknown as AllianceData;
const stat = data.stats.find((s) => s.id === 'workshop-employment')!;
const study = data.cases.find((c) => c.id === 'kuangyan-south')!;
/** The English "could not be loaded" notice, as the translators wrote it. */
const loadFailed = /<trans-unit id="common\.load-failed">[\s\S]*?<target>([^<]+)<\/target>/.exec(readFileSync(join(root, 'xliff/en.xlf'), 'utf8'))![1]!;

const ownData = readFileSync(join(root, 'test/data/portal-figures.json'), 'utf8');
const own = (JSON.parse(ownData) as AllianceData).stats.find((s) => s.id === 'district-homestays')!;
const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>from disk</title></head>
<body><case-stat stat="workshop-employment"></case-stat><case-study-card case="kuangyan-south"></case-study-card>
<case-stat stat="district-homestays"><script type="application/json">${ownData}</script></case-stat>
<script src="alliance-widgets.iife.js" charset="utf-8"></script></body></html>
`;

/** A folder with the page and the bundle, and the files beside it when `beside`. */
function folder(beside: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'alliance-disk-'));
  copyFileSync(join(root, 'dist/alliance-widgets.iife.js'), join(dir, 'alliance-widgets.iife.js'));
  if (beside) for (const file of ['alliance-widgets.en.js', 'alliance-widgets.checks.js']) copyFileSync(join(root, 'dist', file), join(dir, file));
  writeFileSync(join(dir, 'page.html'), PAGE);
  return dir;
}

describe('the one-file bundle on a page opened from disk', () => {
  let browser: Browser;
  const dirs: string[] = [];
  before(async () => {
    browser = await chromium.launch({executablePath: CHROMIUM as string, args: CHROMIUM_ARGS as string[]});
  });
  after(async () => {
    await browser?.close();
    for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
  });

  /** The visible text of each widget's parts once none shows a loading state. */
  async function open(beside: boolean) {
    const dir = folder(beside);
    dirs.push(dir);
    const page = await browser.newPage();
    await page.goto(`file://${join(dir, 'page.html')}`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('case-stat, case-study-card')].every((el) => el.shadowRoot?.querySelector('[part~="base"]') && el.shadowRoot.querySelector('[data-state="loading"]') === null)
    );
    // A string, not a function: the test's TypeScript transform would name inner functions with a helper the page lacks.
    const shown = (await page.evaluate(`(() => {
      const clean = (el) => (el ? el.innerText.replace(/\\s+/g, ' ').trim() : null);
      return {
        lang: [...document.querySelectorAll('case-stat, case-study-card')].map((el) => el.shadowRoot.querySelector('[part~="base"]').getAttribute('lang')),
        text: [...document.querySelectorAll('case-stat, case-study-card')].map(clean),
      };
    })()`)) as {lang: string[]; text: string[]};
    await page.close();
    return shown;
  }

  it('reads in English, its English data and the checks of the page’s own data loaded from beside the bundle', async () => {
    const shown = await open(true);
    assert.deepEqual(shown.lang, ['en', 'en', 'en']);
    // The widgets' text is in the page's DOM (light-DOM pieces): the figure's label and the case's name, in English.
    assert.ok(shown.text[0]!.includes(stat.label.en), shown.text[0]);
    assert.ok(shown.text[1]!.includes(study.name.en), shown.text[1]);
    assert.ok(shown.text[2]!.includes(own.label.en), shown.text[2]);
    assert.ok(!shown.text.some((t) => t.includes(loadFailed)), 'no widget says it could not load');
  });

  it('with the bundle alone, each widget says in English that it could not load', async () => {
    const shown = await open(false);
    assert.deepEqual(shown.text, [loadFailed, loadFailed, loadFailed]);
  });
});
