/**
 * The data workbench as a page of its own (dist/workbench/, which `npm test`
 * builds before this runs), opened from disk in Debian's Chromium as a data
 * editor opens it: double-click index.html. Paste JSON with a problem, read
 * the problem with its place, fix it, see the widgets show it, copy the inline
 * embed and write it into a portal page saved in GB2312, open that from disk
 * too and read the zh-Hant text of the data. Also: the `src` choice says on a
 * page opened from disk that it needs a web server, in each locale; and the
 * page in English and in Traditional Chinese shows no message left in its
 * Simplified Chinese source. Expectations come from the data written here
 * (golden zh-Hant text) and the message catalogues (xliff/workbench/*.xlf),
 * never from the workbench's own output.
 */
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import iconv from 'iconv-lite';
import {chromium, type Browser, type Page} from 'playwright';
// @ts-expect-error -- a plain .mjs module of the scripts, without types
import {CHROMIUM, CHROMIUM_ARGS} from '../../scripts/lib/chromium.mjs';

const root = new URL('../../', import.meta.url).pathname;
const built = join(root, 'dist/workbench');
const LOCALES = ['zh-Hans', 'en', 'zh-Hant'] as const;
type Locale = (typeof LOCALES)[number];

/** A message unit of the workbench's catalogue: its source (zh-Hans) and its targets, placeholders as `\u0000`. */
interface Unit {
  id: string;
  source: string;
  target: Record<Locale, string>;
}
const decodeXml = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const plain = (xml: string) => decodeXml(xml.replace(/<x [^>]*\/>/g, '\u0000'));
function units(): Unit[] {
  const read = (locale: 'en' | 'zh-Hant') =>
    new Map(
      [...readFileSync(join(root, `xliff/workbench/${locale}.xlf`), 'utf8').matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(?:<target>([\s\S]*?)<\/target>)?/g)].map(
        (m) => [m[1]!, {source: plain(m[2]!), target: m[3] === undefined ? undefined : plain(m[3])}] as const
      )
    );
  const en = read('en');
  const hant = read('zh-Hant');
  return [...en].map(([id, {source, target}]) => {
    assert.ok(target !== undefined, `${id} has an English target`);
    assert.ok(hant.get(id)?.target !== undefined, `${id} has a zh-Hant target`);
    return {id, source, target: {'zh-Hans': source, en: target, 'zh-Hant': hant.get(id)!.target!}};
  });
}
const UNITS = units();
const message = (id: string) => UNITS.find((u) => u.id === id)!;

/**
 * The portal's own data: one case with one figure, whose zh-Hant text is
 * written out (golden) and full of characters GB2312 lacks (黨組織聯動參與).
 */
const LABEL = {'zh-Hans': '党组织联动参与的新开民宿', en: 'New homestays the party organizations helped open', 'zh-Hant': '黨組織聯動參與的新開民宿'};
const CASE_NAME = {'zh-Hans': '沿河五村党建联盟', en: 'Five riverside villages alliance', 'zh-Hant': '沿河五村黨建聯盟'};
const goodDoc = () => ({
  schemaVersion: 1,
  sources: [{id: 'district-report', paper: {'zh-Hans': '某区委组织部', en: 'District Party Organization Department', 'zh-Hant': '某區委組織部'}, title: {'zh-Hans': '党建联盟工作年报', en: 'Annual report on party-building alliances', 'zh-Hant': '黨建聯盟工作年報'}, date: '2025-12-31'}],
  cases: [
    {
      id: 'riverside-five-villages',
      kind: 'alliance',
      name: CASE_NAME,
      place: {town: {'zh-Hans': '某镇', en: 'a town', 'zh-Hant': '某鎮'}},
      summary: {'zh-Hans': '五个村共同治理河道、发展民宿。', en: 'Five villages manage the river and develop homestays together.', 'zh-Hant': '五個村共同治理河道、發展民宿。'},
      models: [],
      people: [],
      sources: ['district-report'],
    },
  ],
  stats: [
    {id: 'river-homestays', value: 36, measure: 'count', unit: {'zh-Hans': '家', en: 'homestays', 'zh-Hant': '家'}, label: LABEL, scope: 'case', case: 'riverside-five-villages', asOf: {date: '2025-12'}, source: 'district-report'},
  ],
});
/** The same data with one mistake: a number written as text. */
const badDoc = () => {
  const doc = goodDoc();
  (doc.stats[0] as {value: unknown}).value = '36';
  return doc;
};

/** The page's own title, in the portal's Simplified Chinese (all in GB2312). */
const PORTAL_TITLE = '宁波党建联建';
/**
 * `text` as a CMS saves it in GB2312: iconv-lite's `gb2312` is GBK (which has
 * the Traditional characters), so each character is kept only when its GBK
 * bytes lie in GB2312's rows (lead 0xA1–0xF7, trail 0xA1–0xFE) and written as
 * `?` otherwise, as such a CMS writes it.
 */
function gb2312(text: string): {bytes: Buffer; lacking: number} {
  let lacking = 0;
  const parts = [...text].map((char) => {
    const bytes = iconv.encode(char, 'gb2312');
    if (bytes.length === 1 && bytes[0]! < 0x80) return bytes;
    if (bytes.length === 2 && bytes[0]! >= 0xa1 && bytes[0]! <= 0xf7 && bytes[1]! >= 0xa1 && bytes[1]! <= 0xfe && iconv.decode(bytes, 'gb2312') === char) return bytes;
    lacking++;
    return Buffer.from('?');
  });
  return {bytes: Buffer.concat(parts), lacking};
}
/** A CMS page saved in GB2312 with `embed` pasted in. */
const gb2312Page = (embed: string) =>
  gb2312(`<!doctype html>\n<html lang="zh-Hant"><head><meta charset="gb2312"><title>${PORTAL_TITLE}</title></head>\n<body><h1>${PORTAL_TITLE}</h1>\n${embed}\n</body></html>\n`);

describe('the data workbench page opened from disk', () => {
  let browser: Browser;
  const dirs: string[] = [];
  before(async () => {
    assert.ok(existsSync(join(built, 'index.html')), 'dist/workbench/index.html is built (npm run build, or npm test)');
    browser = await chromium.launch({executablePath: CHROMIUM as string, args: CHROMIUM_ARGS as string[]});
  });
  after(async () => {
    await browser?.close();
    for (const dir of dirs) rmSync(dir, {recursive: true, force: true});
  });

  /** A copy of the built folder (as a data editor unpacks it), opened from disk. */
  async function openWorkbench(options: {locale?: string; query?: string} = {}): Promise<Page> {
    const dir = mkdtempSync(join(tmpdir(), 'alliance-workbench-'));
    dirs.push(dir);
    for (const file of readdirSync(built)) copyFileSync(join(built, file), join(dir, file));
    const page = await browser.newPage({locale: options.locale ?? 'zh-CN'});
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`file://${join(dir, 'index.html')}${options.query ?? ''}`);
    await page.locator('data-workbench #input').waitFor();
    assert.deepEqual(errors, [], 'no script error');
    return page;
  }

  const status = (page: Page) => page.locator('data-workbench #status').innerText();
  async function paste(page: Page, text: string) {
    const before = await status(page);
    await page.locator('data-workbench #input').fill(text);
    await page.waitForFunction(`document.querySelector('workbench-page').shadowRoot.querySelector('data-workbench').shadowRoot.querySelector('#status').textContent.trim() !== ${JSON.stringify(before.trim())}`);
  }
  /** The visible text of a preview widget once it shows its data. */
  async function previewText(page: Page, selector: string, includes: string) {
    const widget = page.locator(`data-workbench .widgets ${selector}`);
    await widget.waitFor();
    await page.waitForFunction(
      `(() => { const el = document.querySelector('workbench-page').shadowRoot.querySelector('data-workbench').shadowRoot.querySelector(${JSON.stringify(`.widgets ${selector}`)}); return el && el.innerText.includes(${JSON.stringify(includes)}); })()`,
      undefined,
      {timeout: 10000}
    ).catch(() => undefined);
    return (await widget.innerText()).replace(/\s+/g, ' ');
  }

  it('starts in the reader’s browser language, or the one asked for in the address', async () => {
    for (const [options, lang] of [
      [{locale: 'zh-CN'}, 'zh-Hans'],
      [{locale: 'en-GB'}, 'en'],
      [{locale: 'zh-TW'}, 'zh-Hant'],
      [{locale: 'en-GB', query: '?lang=zh-Hant'}, 'zh-Hant'],
      [{locale: 'fr-FR'}, 'zh-Hans'],
    ] as const) {
      const page = await openWorkbench(options);
      assert.equal(await page.evaluate('document.documentElement.lang'), lang, JSON.stringify(options));
      assert.equal(await page.locator('data-workbench h2').innerText(), message('data-workbench.title').target[lang]);
      assert.equal(await page.title(), message('workbench-page.title').target[lang]);
      await page.close();
    }
  });

  it('paste, read the problem and its place, fix it, see the widgets; the inline embed on a GB2312 page shows the zh-Hant text of the data', async () => {
    const page = await openWorkbench();
    await paste(page, JSON.stringify(badDoc(), null, 2));
    const problems = await page.locator('data-workbench .problems li').allInnerTexts();
    assert.equal(problems.length, 1, problems.join('\n'));
    // Where (the path of the value) and what (the source wording of a wrong type), in Simplified Chinese.
    const [wherePrefix] = message('data-workbench.at-path').source.split('\u0000');
    const [wrongType] = message('data-workbench.p-wrong-type').source.split('\u0000');
    assert.ok(problems[0]!.startsWith(`${wherePrefix}stats[0].value`), problems[0]);
    assert.ok(problems[0]!.includes(wrongType!), problems[0]);
    assert.equal(await page.locator('data-workbench .widgets').count(), 0, 'no preview of data with a problem');

    await paste(page, JSON.stringify(goodDoc(), null, 2));
    assert.equal(await page.locator('data-workbench .problems li').count(), 0);
    assert.ok((await previewText(page, 'case-stat', LABEL['zh-Hans'])).includes(LABEL['zh-Hans']), 'the figure in the preview, in zh-Hans');
    assert.ok((await previewText(page, 'case-study-card', CASE_NAME['zh-Hans'])).includes(CASE_NAME['zh-Hans']), 'the case in the preview');

    // The preview in Traditional Chinese, then the figure's inline embed.
    await page.locator('data-workbench input[name=preview-locale][value=zh-Hant]').check();
    assert.ok((await previewText(page, 'case-stat', LABEL['zh-Hant'])).includes(LABEL['zh-Hant']));
    const select = page.locator('data-workbench #embed-widget');
    const options = await select.locator('option').allInnerTexts();
    const index = options.findIndex((o) => o.includes('stat="river-homestays"'));
    assert.ok(index >= 0, options.join('\n'));
    await select.selectOption(String(index));
    const embed = await page.locator('data-workbench #snippet').inputValue();
    assert.ok(embed.includes('<case-stat stat="river-homestays">') && embed.includes('<script type="application/json">'), embed);
    // The comment is in the workbench's language (zh-Hans here) and names the page language of the preview.
    const [commentStart, commentEnd] = message('data-workbench.embed-comment').source.split('\u0000');
    assert.ok(embed.startsWith(`<!-- ${commentStart}<html lang="zh-Hant">${commentEnd} -->\n`), embed.split('\n')[0]);
    // Everything but that comment is ASCII, so any page encoding keeps it.
    assert.match(embed.slice(embed.indexOf('-->') + 3), /^[\t\n\r\x20-\x7e]*$/);

    // The portal's page: GB2312 bytes, the embed pasted in, the bundle beside it (from the workbench's folder).
    const dir = mkdtempSync(join(tmpdir(), 'alliance-gb2312-'));
    dirs.push(dir);
    for (const file of ['alliance-widgets.iife.js', 'alliance-widgets.en.js', 'alliance-widgets.checks.js']) copyFileSync(join(built, file), join(dir, file));
    const saved = gb2312Page(embed);
    assert.equal(saved.lacking, 0, 'GB2312 has every character of the page and its embed');
    writeFileSync(join(dir, 'page.html'), saved.bytes);
    // Negative: the same data written with its characters as they are loses GB2312's missing ones (iconv writes `?`).
    const raw = embed.replace(/(<script type="application\/json">)([^<]*)(<\/script>)/, (_all, open: string, json: string, close: string) => open + JSON.stringify(JSON.parse(json)) + close);
    assert.notEqual(raw, embed);
    const savedRaw = gb2312Page(raw);
    assert.ok(savedRaw.lacking >= [...LABEL['zh-Hant']].filter((c) => gb2312(c).lacking).length, 'the zh-Hant label has characters GB2312 lacks');
    writeFileSync(join(dir, 'raw.html'), savedRaw.bytes);

    const portal = await browser.newPage();
    const read = async (file: string) => {
      await portal.goto(`file://${join(dir, file)}`);
      await portal.waitForFunction(`(() => { const el = document.querySelector('case-stat'); return el && el.shadowRoot && el.shadowRoot.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[data-state="loading"]'); })()`);
      return {
        charset: await portal.evaluate('document.characterSet'),
        title: await portal.title(),
        h1: await portal.locator('h1').innerText(),
        lang: await portal.evaluate(`document.querySelector('case-stat').shadowRoot.querySelector('[part~="base"]').getAttribute('lang')`),
        text: (await portal.locator('case-stat').innerText()).replace(/\s+/g, ' '),
      };
    };
    const shown = await read('page.html');
    assert.equal(shown.charset, 'GBK');
    assert.equal(shown.title, PORTAL_TITLE, 'the page’s own title reads as written');
    assert.equal(shown.h1, PORTAL_TITLE);
    assert.equal(shown.lang, 'zh-Hant');
    assert.ok(shown.text.includes(LABEL['zh-Hant']), `the data's zh-Hant label exactly: ${shown.text}`);
    assert.ok(shown.text.includes(new Intl.NumberFormat('zh-Hant-TW').format(36)));
    const lost = await read('raw.html');
    assert.ok(!lost.text.includes(LABEL['zh-Hant']), `unescaped, GB2312 loses the zh-Hant text: ${lost.text}`);
    await portal.close();
    await page.close();
  });

  for (const locale of LOCALES) {
    it(`${locale}: the src choice says it needs a web server, and that this page opened from disk cannot use it`, async () => {
      const page = await openWorkbench({query: `?lang=${locale}`});
      await paste(page, JSON.stringify(goodDoc()));
      assert.equal(await page.locator('data-workbench #src-help').count(), 0, 'not shown for the inline choice');
      await page.locator('data-workbench input[name=embed-mode][value=src]').check();
      const help = await page.locator('data-workbench #src-help p').allInnerTexts();
      assert.deepEqual(
        help.map((t) => t.trim()),
        [message('data-workbench.src-needs-server').target[locale], message('data-workbench.src-from-disk').target[locale]]
      );
      await page.close();
    });
  }

  for (const locale of ['en', 'zh-Hant'] as const) {
    it(`${locale}: no message of the page is left in its Simplified Chinese source`, async () => {
      const page = await openWorkbench({query: `?lang=${locale}`});
      // As much of the page as a session shows: a problem, then data with every section, the src choice, the column guide.
      await paste(page, JSON.stringify(badDoc()));
      const withProblem = await pageText(page);
      await paste(page, JSON.stringify(goodDoc()));
      await page.locator('data-workbench input[name=embed-mode][value=src]').check();
      await page.locator('data-workbench details summary').click();
      const text = `${withProblem}\n${await pageText(page)}`;
      const untranslated: string[] = [];
      let seen = 0;
      for (const unit of UNITS) {
        const target = unit.target[locale];
        for (const piece of unit.source.split('\u0000').map((p) => p.trim())) {
          // A piece the translation itself contains (a name, or Chinese written the same in both scripts) proves nothing.
          if ([...piece].length < 2 || !/[\u4e00-\u9fff]/.test(piece) || target.includes(piece)) continue;
          if (text.includes(piece)) untranslated.push(`${unit.id}: ${piece}`);
        }
        if (target.split('\u0000').every((p) => text.includes(p.trim()))) seen++;
      }
      assert.deepEqual(untranslated, []);
      assert.ok(seen >= 30, `the page shows many of its translated messages (${seen})`);
      await page.close();
    });
  }
});

/**
 * The text of the page's own interface: every text node through the shadow
 * roots, leaving out the preview widgets (the data's text), text areas and
 * anything marked in another language (the language names, the Chinese column
 * names of the CSV guide).
 */
async function pageText(page: Page): Promise<string> {
  return (await page.evaluate(`(() => {
    const out = [];
    const lang = document.documentElement.lang;
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) out.push(child.textContent);
        if (child.nodeType !== 1) continue;
        if (child.matches('.widgets, textarea, style, script, noscript') || (child.hasAttribute('lang') && child.getAttribute('lang') !== lang)) continue;
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    };
    walk(document.body);
    return out.join('\\n');
  })()`)) as string;
}
