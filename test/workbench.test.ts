import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import '../workbench/index.js';
import type {DataWorkbench} from '../workbench/data-workbench.js';
import {pageDataProblems} from '../src/data/page.js';
import {loadFrame, text, toHant, waitUntil} from './support/helpers.js';

/**
 * The catalogue's data workbench, as a webmaster uses it: paste a table with
 * mistakes, read the problems by row and column, paste a good one, see the
 * widgets, take the embed code to a blank page with the one-file bundle.
 */

const HEADER = '指标编号,指标名称,指标名称（英文）,案例名称,案例名称（英文）,案例简介,案例简介（英文）,数值,单位,单位（英文）,修饰,截至日期,来源单位,来源单位（英文）,来源标题,来源标题（英文）,来源日期';
const SOURCE = '某区委组织部,District Party Organization Department,党建联盟工作年报,Annual report on party-building alliances,2025-12-31';

/** Two bad rows (3 and 4) between good ones: a number written in words, a month 13. */
const BAD_CSV = [
  HEADER,
  `homestays,沿河新开民宿,New homestays,沿河五村联盟,Riverside alliance,五个村共同发展民宿。,Five villages develop homestays.,36,家,homestays,,2025-12,${SOURCE}`,
  `income,五村集体增收,Added collective income,沿河五村联盟,,,,一百二,万元,10k yuan,超过,2025,${SOURCE}`,
  `shops,参与共建的商户,Shops taking part,集市街区联盟,Market street alliance,商户与社区共建。,Shops and the community build together.,58,户,shops,,2025-13,${SOURCE}`,
].join('\r\n');

/** The good table: two cases, three figures. */
const GOOD = {
  figures: [
    {id: 'homestays', zh: '沿河新开民宿', en: 'New homestays', value: 36},
    {id: 'income', zh: '五村集体增收', en: 'Added collective income', value: 120},
    {id: 'shops', zh: '参与共建的商户', en: 'Shops taking part', value: 58},
  ],
  cases: [
    {id: 'case-1', zh: '沿河五村联盟', en: 'Riverside alliance'},
    {id: 'case-2', zh: '集市街区联盟', en: 'Market street alliance'},
  ],
};
const GOOD_CSV = [
  HEADER,
  `homestays,沿河新开民宿,New homestays,沿河五村联盟,Riverside alliance,五个村共同发展民宿。,Five villages develop homestays.,36,家,homestays,,2025-12,${SOURCE}`,
  `income,五村集体增收,Added collective income,沿河五村联盟,,,,120,万元,10k yuan,超过,2025,${SOURCE}`,
  `shops,参与共建的商户,Shops taking part,集市街区联盟,Market street alliance,商户与社区共建。,Shops and the community build together.,58,户,shops,,,${SOURCE}`,
].join('\r\n');

/** The problems of BAD_CSV as each locale must word their places (golden strings: rows 3 and 4, columns H and L). */
const BAD_PLACES = {
  'zh-Hans': ['第 3 行 H 列（数值）', '第 4 行 L 列（截至日期）'],
  en: ['Row 3, column H (数值)', 'Row 4, column L (截至日期)'],
  'zh-Hant': ['第 3 行 H 欄（数值）', '第 4 行 L 欄（截至日期）'],
} as const;
const BAD_WORDS = {
  'zh-Hans': ['“一百二”不是数字', '“2025-13”不是日期'],
  en: ['“一百二” is not a number', '“2025-13” is not a date'],
  'zh-Hant': ['「一百二」不是數字', '「2025-13」不是日期'],
} as const;

const $ = <E extends Element = HTMLElement>(wb: DataWorkbench, selector: string) => wb.shadowRoot!.querySelector<E>(selector)!;
const $$ = <E extends Element = HTMLElement>(wb: DataWorkbench, selector: string) => [...wb.shadowRoot!.querySelectorAll<E>(selector)];
const status = (wb: DataWorkbench) => text($(wb, '#status'));

/** Types `value` into the data box as a paste does (the box reads a moment after the last input). */
async function paste(wb: DataWorkbench, value: string): Promise<void> {
  const before = status(wb);
  const box = $<HTMLTextAreaElement>(wb, '#input');
  box.value = value;
  box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
  await waitUntil(() => status(wb) !== before, 'the status line changes', {timeout: 3000});
  await wb.updateComplete;
}

const WIDGETS = 'case-stat, case-study-card, alliance-model-card, timeline-view';

/** Chooses the embed code's widget as the reader does, in the list. */
async function chooseWidget(wb: DataWorkbench, index: number): Promise<void> {
  const select = $<HTMLSelectElement>(wb, '#embed-widget');
  select.value = String(index);
  select.dispatchEvent(new Event('change'));
  await wb.updateComplete;
}

/**
 * A blank page with the embed code pasted in. The code loads the bundle from
 * beside the page (`alliance-widgets.iife.js`); this page's bundle is in
 * /dist/, so the path is written as a webmaster writes theirs. (A `<base>`
 * would do too, but Chromium's preload scanner fetches the script against the
 * parent's URL before it reads the base of an srcdoc page.)
 */
const blankPage = (snippet: string, lang?: string) => ({
  srcdoc: `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"></head><body>${snippet.replace('<script src="alliance-widgets.iife.js"', '<script src="/dist/alliance-widgets.iife.js"')}</body></html>`,
});

/** The preview's widgets, once each shows its data (not loading, no error). */
async function previewWidgets(wb: DataWorkbench): Promise<HTMLElement[]> {
  await wb.updateComplete;
  const widgets = $$(wb, WIDGETS);
  await waitUntil(() => widgets.every((w) => w.shadowRoot?.querySelector('.card, figure') && !w.shadowRoot.querySelector('[part~="state"]')), 'every widget shows its data', {timeout: 5000});
  return widgets;
}

async function workbench(lang: string): Promise<DataWorkbench> {
  const wb = await fixture<DataWorkbench>(html`<data-workbench lang=${lang}></data-workbench>`);
  await wb.updateComplete;
  return wb;
}

describe('data workbench', function () {
  this.timeout(60000);

  for (const locale of ['zh-Hans', 'en', 'zh-Hant'] as const) {
    it(`${locale}: a table with two bad rows lists both by row and column, in the reader's language, and shows no widget`, async () => {
      const wb = await workbench(locale);
      await paste(wb, BAD_CSV);
      const items = $$(wb, '.problems li').map((li) => text(li));
      expect(items, items.join('\n')).to.have.length(2);
      BAD_PLACES[locale].forEach((place, i) => expect(items[i]).to.include(place).and.include(BAD_WORDS[locale][i]));
      expect($$(wb, WIDGETS), 'no preview of data with problems').to.have.length(0);
      expect($(wb, '#snippet'), 'no embed code either').to.equal(null);
    });
  }

  it('a table with 150 bad rows lists the first 100 problems and says how many more there are', async () => {
    const wb = await workbench('zh-Hans');
    const rows = Array.from({length: 150}, (_, i) => `f${i},标签,Label,沿河五村联盟,Riverside alliance,简介。,Summary.,很多,,,,2025,${SOURCE}`);
    await paste(wb, [HEADER, ...rows].join('\r\n'));
    const items = $$(wb, '.problems li').map((li) => text(li));
    expect(items).to.have.length(100);
    expect(items[99]).to.include('第 101 行 H 列（数值）');
    expect(status(wb)).to.include('发现 150 个问题');
    expect(text($(wb, '.problems > p'))).to.equal('另有 50 个问题未列出；先改正上面的问题。');
  });

  it('then a good table: every widget in each of the three locales, and the embed code renders the same in a blank page with the bundle', async () => {
    const wb = await workbench('zh-Hans');
    await paste(wb, BAD_CSV);
    await paste(wb, GOOD_CSV);
    expect($$(wb, '.problems li')).to.have.length(0);
    expect(status(wb)).to.include('案例 2 个，数字 3 个，来源 1 个');

    for (const locale of ['zh-Hans', 'en', 'zh-Hant'] as const) {
      $<HTMLInputElement>(wb, `input[name=preview-locale][value=${locale}]`).click();
      const widgets = await previewWidgets(wb);
      expect(widgets.map((w) => w.localName).sort()).to.deep.equal(['case-stat', 'case-stat', 'case-stat', 'case-study-card', 'case-study-card']);
      const word = (t: {zh: string; en: string}) => (locale === 'en' ? t.en : locale === 'zh-Hant' ? toHant(t.zh) : t.zh);
      for (const f of GOOD.figures) {
        const stat = widgets.find((w) => w.getAttribute('stat') === f.id)!;
        expect(stat.lang).to.equal(locale);
        await waitUntil(() => text(stat).includes(word(f)), `${locale} ${f.id}: ${text(stat)}`, {timeout: 5000});
        expect(text(stat)).to.include(new Intl.NumberFormat(locale === 'en' ? 'en-GB' : locale).format(f.value));
      }
      for (const c of GOOD.cases) {
        const card = widgets.find((w) => w.getAttribute('case') === c.id);
        await waitUntil(() => text(card).includes(word(c)), `${locale} ${c.id}: ${text(card)}`, {timeout: 5000});
      }
      // A figure the table gives no date for says so.
      expect(text(widgets.find((w) => w.getAttribute('stat') === 'shops'))).to.include(locale === 'en' ? 'gives no date' : locale === 'zh-Hant' ? '報導未註明日期' : '报道未注明日期');

      // Each widget's embed code, pasted into a blank page with the one-file bundle, shows the same text.
      const options = $$<HTMLOptionElement>(wb, '#embed-widget option');
      expect(options, 'each widget, then all of them').to.have.length(6);
      for (const [i, option] of options.slice(0, 5).entries()) {
        await chooseWidget(wb, Number(option.value));
        const snippet = $<HTMLTextAreaElement>(wb, '#snippet').value;
        expect(snippet).to.include('<script type="application/json">').and.include('<script src="alliance-widgets.iife.js"');
        const shown = widgets[i]!;
        const frame = await loadFrame(blankPage(snippet, locale));
        const doc = frame.contentDocument!;
        const embedded = doc.querySelector<HTMLElement>(WIDGETS)!;
        expect(embedded.localName).to.equal(shown.localName);
        await waitUntil(() => text(embedded) === text(shown), `${locale} ${option.textContent}: the embedded widget reads as the preview`, {timeout: 5000});
        frame.remove();
      }
    }
  });

  it('zh-Hant: the inline embed code is pure ASCII and reads the same on a page a CMS saves in GB2312', async () => {
    const wb = await workbench('zh-Hant');
    await paste(wb, GOOD_CSV);
    $<HTMLInputElement>(wb, 'input[name=preview-locale][value=zh-Hant]').click();
    const widgets = await previewWidgets(wb);
    const options = $$<HTMLOptionElement>(wb, '#embed-widget option');
    /** The page a webmaster makes of `snippet`, as the CMS serves it back (see gb2312CmsPages in web-test-runner.config.mjs). */
    const cmsPage = async (snippet: string) => {
      const page = `<!doctype html><html lang="zh-TW"><head><title>宁波党建联建</title></head><body><h1>宁波党建联建</h1>${snippet.replace('<script src="alliance-widgets.iife.js"', '<script src="/dist/alliance-widgets.iife.js"')}</body></html>`;
      const src = await (await fetch('/test/pages/gb2312-cms', {method: 'POST', body: page})).text();
      const lacking = Number((await fetch(src)).headers.get('x-lacking'));
      const frame = await loadFrame({src});
      expect(frame.contentDocument!.characterSet).to.equal('GBK');
      expect(text(frame.contentDocument!.querySelector('h1'))).to.equal('宁波党建联建');
      return {frame, lacking, embedded: frame.contentDocument!.querySelector<HTMLElement>(WIDGETS)!};
    };
    const inlineData = /(<script type="application\/json">)([^<]*)(<\/script>)/;
    for (const [i, option] of options.slice(0, 5).entries()) {
      await chooseWidget(wb, Number(option.value));
      const snippet = $<HTMLTextAreaElement>(wb, '#snippet').value;
      const json = snippet.match(inlineData)?.[2];
      expect(json, 'the snippet has inline data').to.be.a('string');
      // The comment on its first line is in the workbench's language (zh-Hant here, some of it not in GB2312); the code after it is ASCII.
      const comment = snippet.slice(0, snippet.indexOf('-->') + 3);
      expect(comment).to.match(/^<!-- [^\n]+ -->$/);
      expect(snippet.slice(comment.length), 'the embed code is pure ASCII').to.match(/^[\t\n\r\x20-\x7e]*$/);
      expect(json).not.to.include('<');
      // The escapes read back as the data: the Traditional labels the preview shows.
      const doc = JSON.parse(json!);
      expect(doc.stats.map((st: {label: Record<string, string>}) => st.label['zh-Hant'])).to.deep.equal(GOOD.figures.map((f) => toHant(f.zh)));
      const shown = widgets[i]!;
      const {frame, lacking, embedded} = await cmsPage(snippet);
      const commentOnly = await cmsPage(comment);
      commentOnly.frame.remove();
      expect(lacking, 'the CMS had nothing to replace but in the comment').to.equal(commentOnly.lacking);
      await waitUntil(() => text(embedded) === text(shown), `${option.textContent}: the embedded widget reads as the preview`, {timeout: 5000});
      frame.remove();
    }
    // Negative: the same data written with its characters as they are loses them to the CMS (&#N; inside a script stays as typed).
    await chooseWidget(wb, 2);
    const snippet = $<HTMLTextAreaElement>(wb, '#snippet').value;
    const raw = snippet.replace(inlineData, (_, open: string, json: string, close: string) => open + JSON.stringify(JSON.parse(json)) + close);
    expect(raw).to.match(/[^\t\n\r\x20-\x7e]/);
    const {frame, lacking, embedded} = await cmsPage(raw);
    expect(lacking, 'characters of zh-Hant that GB2312 lacks').to.be.greaterThan(0);
    await waitUntil(() => text(embedded).includes('&#'), `the widget shows what the CMS saved: ${text(embedded)}`, {timeout: 5000});
    expect(text(embedded)).not.to.equal(text(widgets[2]!));
    frame.remove();
  });

  it('the embed code opens with a comment in the workbench’s language, as the translators wrote it', async () => {
    const targets = async (locale: string) =>
      /<trans-unit id="data-workbench\.embed-comment">[\s\S]*?<target>([\s\S]*?)<\/target>/.exec(await (await fetch(`/xliff/workbench/${locale}.xlf`)).text())![1]!;
    const decode = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const expected = {
      'zh-Hans': '组件按网页的语言显示：网页应写 $',
      en: decode(await targets('en')).replace(/<x [^>]*\/>/, '$'),
      'zh-Hant': decode(await targets('zh-Hant')).replace(/<x [^>]*\/>/, '$'),
    };
    expect(expected.en, 'the English comment is English').to.match(/^[\x20-\x7e]+$/);
    for (const locale of ['zh-Hans', 'en', 'zh-Hant'] as const) {
      const wb = await workbench(locale);
      await paste(wb, GOOD_CSV);
      // The preview in another language than the workbench's: the comment names the preview's page language.
      const other = locale === 'en' ? 'zh-Hant' : 'en';
      $<HTMLInputElement>(wb, `input[name=preview-locale][value=${other}]`).click();
      await wb.updateComplete;
      const first = $<HTMLTextAreaElement>(wb, '#snippet').value.split('\n')[0];
      expect(first).to.equal(`<!-- ${expected[locale].replace('$', `<html lang="${other}">`)} -->`);
    }
  });

  it('follows theme and care on an ancestor: dark colours and larger text for the workbench and its preview widgets', async () => {
    const plain = await fixture<DataWorkbench>(html`<div><data-workbench lang="zh-Hans"></data-workbench></div>`);
    const wb0 = plain.querySelector('data-workbench')!;
    await wb0.updateComplete;
    const base0 = $(wb0, '[part=base]');
    const size0 = parseFloat(getComputedStyle(base0).fontSize);
    expect(getComputedStyle(base0).colorScheme).to.equal('normal');
    const outer = await fixture<HTMLElement>(html`<div theme="dark" care><data-workbench lang="zh-Hans"></data-workbench></div>`);
    const wb = outer.querySelector('data-workbench')!;
    await wb.updateComplete;
    const base = $(wb, '[part=base]');
    expect(getComputedStyle(base).colorScheme).to.equal('dark');
    expect(parseFloat(getComputedStyle(base).fontSize)).to.equal(size0 * 1.25);
    await paste(wb, GOOD_CSV);
    const [widget] = await previewWidgets(wb);
    expect(widget!.shadowRoot!.querySelector('[part~="base"]')!.className, 'the preview widget is dark and in care mode').to.include('dark').and.include('care');
    // Switched off on the ancestor: the workbench follows at once.
    outer.removeAttribute('theme');
    outer.setAttribute('care', 'false');
    await waitUntil(() => getComputedStyle($(wb, '[part=base]')).colorScheme === 'normal', 'back to the page’s colours');
    expect(parseFloat(getComputedStyle($(wb, '[part=base]')).fontSize)).to.equal(size0);
  });

  it('the src choice says it needs a web server; served over http, no word of file://', async () => {
    const wb = await workbench('zh-Hans');
    await paste(wb, GOOD_CSV);
    expect($$(wb, '#src-help'), 'not shown for the inline choice').to.have.length(0);
    $<HTMLInputElement>(wb, 'input[name=embed-mode][value=src]').click();
    await wb.updateComplete;
    expect(text($(wb, '#src-help'))).to.include('需要网站服务器').and.include('file://');
    expect($$(wb, '.src-file'), 'this page is not opened from disk').to.have.length(0);
  });

  it('the JSON download has zh-Hant filled in, passes the publishing schema, and serves a src embed that renders the same', async () => {
    const wb = await workbench('en');
    await paste(wb, GOOD_CSV);
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), create.call(URL, blob));
    try {
      [...$$<HTMLButtonElement>(wb, 'button')].find((b) => text(b) === 'Download the JSON')!.click();
    } finally {
      URL.createObjectURL = create;
    }
    expect(blobs).to.have.length(1);
    const json = await blobs[0]!.text();
    const doc = JSON.parse(json);
    expect(pageDataProblems(doc)).to.deep.equal([]);
    expect(doc.stats.map((s: {label: Record<string, string>}) => s.label['zh-Hant'])).to.deep.equal(GOOD.figures.map((f) => toHant(f.zh)));
    expect(text($(wb, '[role=status]:not(#status)'))).to.equal('alliance-data.json has been downloaded.');

    // The same file by src: the embed code names it, and a blank page with the bundle shows the same figure.
    const url = URL.createObjectURL(new Blob([json], {type: 'application/json'}));
    $<HTMLInputElement>(wb, 'input[name=embed-mode][value=src]').click();
    await wb.updateComplete;
    const address = $<HTMLInputElement>(wb, '#src-url');
    address.value = url;
    address.dispatchEvent(new InputEvent('input'));
    await chooseWidget(wb, 3);
    const snippet = $<HTMLTextAreaElement>(wb, '#snippet').value;
    expect(snippet).to.include(`<case-stat stat="income" src="${url}"></case-stat>`).and.not.include('application/json');
    const [shown] = (await previewWidgets(wb)).filter((w) => w.getAttribute('stat') === 'income');
    const frame = await loadFrame(blankPage(snippet, 'en'));
    const embedded = frame.contentDocument!.querySelector('case-stat')!;
    await waitUntil(() => text(embedded) === text(shown), 'the src embed reads as the preview', {timeout: 5000});
    frame.remove();

    // Every widget at once, the last choice: five tags on the one file, each as in the preview.
    const select = $<HTMLSelectElement>(wb, '#embed-widget');
    await chooseWidget(wb, select.options.length - 1);
    expect(text(select.options[select.options.length - 1]!)).to.equal('All 5 widgets (with src, the data is downloaded once)');
    const all = $<HTMLTextAreaElement>(wb, '#snippet').value;
    expect(all.split(`src="${url}"`)).to.have.length(6);
    const previews = await previewWidgets(wb);
    const allFrame = await loadFrame(blankPage(all, 'en'), {width: 800, height: 2000});
    const embeddedAll = [...allFrame.contentDocument!.querySelectorAll<HTMLElement>(WIDGETS)];
    expect(embeddedAll.map((w) => w.localName)).to.deep.equal(previews.map((w) => w.localName));
    await waitUntil(() => embeddedAll.every((w, i) => text(w) === text(previews[i])), 'every widget of the src embed reads as its preview', {timeout: 5000});
    allFrame.remove();
    URL.revokeObjectURL(url);
  });

  it('a dropped GB18030 file (WPS/Excel "CSV" on a Chinese Windows) is read, and says so', async () => {
    const wb = await workbench('zh-Hans');
    const bytes = await (await fetch('/test/data/figures-gbk.csv')).arrayBuffer();
    expect(() => new TextDecoder('utf-8', {fatal: true}).decode(bytes), 'the fixture is not UTF-8').to.throw();
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'figures.csv', {type: 'text/csv'}));
    const before = status(wb);
    $(wb, '.drop').dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true, composed: true}));
    await waitUntil(() => status(wb) !== before, 'the file is read');
    expect(status(wb)).to.include('GB18030').and.include('数字 1 个');
    const [stat] = await previewWidgets(wb);
    expect(text(stat)).to.include('全区党建联盟').and.include('42');
  });

  it('JSON: a syntax error by line and column, schema problems by path, each in the reader’s language', async () => {
    const wb = await workbench('en');
    await paste(wb, '{\n  "schemaVersion": 1,\n  "stats": [\n    {"id": "a",}\n  ]\n}');
    expect(text($(wb, '.problems li'))).to.match(/^JSON line 4, column \d+: This is not valid JSON/);
    const portal = await (await fetch('/test/data/portal.json')).json();
    portal.stats[1].value = '1,200,000';
    portal.sources[0].url = 'javascript:alert(1)';
    portal.stats[2].case = 'no-such-case';
    await paste(wb, JSON.stringify(portal, null, 2));
    const items = $$(wb, '.problems li').map((li) => text(li));
    expect(items).to.deep.equal([
      'At sources[0].url: “javascript:alert(1)” cannot be a link: only http and https addresses can.',
      'At stats[1].value: Wrong type: number expected.',
    ]);
    portal.sources[0].url = 'https://example.org/';
    portal.stats[1].value = 1200000;
    await paste(wb, JSON.stringify(portal));
    expect($$(wb, '.problems li').map((li) => text(li))).to.deep.equal(['At stats[2].case: No record of this data has the id “no-such-case”.']);
  });

  it('hostile text in a table is shown as text in the preview and in the embedded page, and nothing runs', async () => {
    const w = window as unknown as {pwned?: number};
    const hostile = ['<img src=x onerror="window.parent.pwned=1">', '</script><script>window.parent.pwned=2</script>', '<!--'];
    // No case, so the table says what the figures count over (范围).
    const quoted = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const csv = [`范围,${HEADER}`, ...hostile.map((h, i) => `区县,f${i},${quoted(h)},Label ${i},,,,,${i + 1},,,,,${SOURCE}`)].join('\r\n');
    const wb = await workbench('zh-Hans');
    await paste(wb, csv);
    expect($$(wb, '.problems li').map((li) => text(li))).to.deep.equal([]);
    const widgets = await previewWidgets(wb);
    hostile.forEach((h, i) => expect(text(widgets[i])).to.include(h));
    for (const [i] of hostile.entries()) {
      await chooseWidget(wb, i);
      const snippet = $<HTMLTextAreaElement>(wb, '#snippet').value;
      expect(snippet.match(/<\/script>/g), 'only the two script elements end').to.have.length(2);
      const frame = await loadFrame(blankPage(snippet));
      const embedded = frame.contentDocument!.querySelector<HTMLElement>('case-stat')!;
      await waitUntil(() => text(embedded).includes(hostile[i]!), 'the hostile label shows as text', {timeout: 5000});
      expect(frame.contentDocument!.querySelectorAll('img, body > script:not([src])'), 'no element made from the data').to.have.length(0);
      frame.remove();
    }
    expect(w.pwned, 'nothing ran').to.equal(undefined);
  });
});
