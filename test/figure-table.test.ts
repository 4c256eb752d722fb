/**
 * "以表格查看" and "下载CSV": every widget that shows figures or events
 * (`case-study-card`'s figures, `case-stat chart`'s series, a
 * `case-stat-group`, the timeline's events) switches to a real `<table>` and downloads exactly that table as
 * CSV. The file is caught as the browser would save it (the link the widget
 * clicks, read back as bytes), parsed with d3-dsv (not the widget's writer),
 * and compared with the table on the page and with the data; a few rows are
 * a golden table written out by hand.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {csvParseRows} from 'd3-dsv';
import '../src/index.js';
import type {AllianceData} from '../src/data/schema.js';
import type {Locale} from '../src/data/types.js';
import {loadTable} from '../src/shared/table-loader.js';
import {rawData, settled} from './support/raw-data.js';
import {loadFrame, part, setLang, text, toHant, waitUntil} from './support/helpers.js';
import portalJson from './data/portal.json' with {type: 'json'};

type Widget = HTMLElement & {updateComplete: Promise<boolean>; data?: unknown};

const LANG = {'zh-Hans': 'zh-CN', en: 'en', 'zh-Hant': 'zh-TW'} as const;
const LOCALES = Object.keys(LANG) as Locale[];

/** Rows of kuangyan-south's table, written out: [row index, cells]. */
const GOLDEN: Record<Locale, {head: string[]; rows: [number, string[]][]}> = {
  'zh-Hans': {
    head: ['指标', '数据', '数据时间', '来源'],
    rows: [
      [0, ['南部片区村数', '3个', '2021年12月6日', '宁波日报《携手共富，全域党建聚力聚能》，2021年12月6日']],
      [2, ['带动新增就业岗位', '300余个', '2021年12月6日', '宁波日报《携手共富，全域党建聚力聚能》，2021年12月6日']],
      [3, ['绩效评比第一名获得的一次性补助', '200万元', '文中称“去年”，未注明日期', '宁波日报《共富路上的党建力量》，未注明日期']],
    ],
  },
  en: {
    head: ['What it counts', 'Figure', 'As of', 'Source'],
    rows: [
      [0, ['Villages in the southern area', '3 villages', '6 December 2021', 'Ningbo Daily, “Towards common prosperity together: party building across all areas pools strength”, 6 December 2021']],
      [2, ['New jobs created', 'more than 300 jobs', '6 December 2021', 'Ningbo Daily, “Towards common prosperity together: party building across all areas pools strength”, 6 December 2021']],
    ],
  },
  'zh-Hant': {
    head: ['指標', '資料', '資料時間', '來源'],
    rows: [[2, ['帶動新增就業崗位', '300餘個', '2021年12月6日', '寧波日報《攜手共富，全域黨建聚力聚能》，2021年12月6日']]],
  },
};

/** The text of every cell of a table, row by row, the head first. */
/** After the case's name in the caption of its table. */
const CAPTION: Record<Locale, string> = {'zh-Hans': '：关键数据', en: ': key figures', 'zh-Hant': '：關鍵資料'};

const cells = (table: HTMLTableElement) => [...table.rows].map((row) => [...row.cells].map((cell) => text(cell)));

const viewButtons = (el: Element) => [...part(el, 'views')!.querySelectorAll('button')] as [HTMLButtonElement, HTMLButtonElement];

async function place<E extends Widget>(markup: string, width = 800): Promise<E> {
  const holder = await fixture<HTMLElement>(html`<div></div>`);
  holder.style.inlineSize = `${width}px`;
  holder.innerHTML = markup;
  const el = holder.firstElementChild as E;
  await settled(el);
  return el;
}

/** Presses "以表格查看" and waits for the table (its styles load on first use on ES pages). */
async function showTable(el: Widget): Promise<HTMLTableElement> {
  viewButtons(el)[0].click();
  await loadTable();
  await el.updateComplete;
  await waitUntil(() => part(el, 'table'), 'the table');
  return part(el, 'table') as HTMLTableElement;
}

/** Presses "下载CSV" (or runs `press`) and catches the file the page would save: its name and bytes. */
async function download(el: Widget, press = () => viewButtons(el)[1].click()): Promise<{name: string; bytes: Uint8Array; rows: string[][]}> {
  const link = new Promise<HTMLAnchorElement>((resolve) => {
    const onClick = (event: Event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof HTMLAnchorElement) || !target.download) return;
      // The file, not a download in the test browser.
      event.preventDefault();
      window.removeEventListener('click', onClick, true);
      resolve(target);
    };
    window.addEventListener('click', onClick, true);
  });
  press();
  const a = await link;
  const bytes = new Uint8Array(await (await fetch(a.href)).arrayBuffer());
  const decoded = new TextDecoder('utf-8', {ignoreBOM: true}).decode(bytes);
  expect(decoded.startsWith('\uFEFF'), 'a byte-order mark first').to.equal(true);
  expect(decoded.endsWith('\r\n'), 'CRLF line ends').to.equal(true);
  return {name: a.download, bytes, rows: csvParseRows(decoded.slice(1).replace(/\r\n$/, ''))};
}

describe('View as table, download CSV', () => {
  let data: AllianceData;
  before(async () => {
    data = await rawData();
  });
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  for (const locale of LOCALES) {
    const label = (t: {'zh-Hans': string; en: string}) => (locale === 'zh-Hant' ? toHant(t['zh-Hans']) : t[locale]);

    it(`<case-study-card> ${locale}: its figures as a table with caption and header cells, and that table as CSV`, async () => {
      await setLang(LANG[locale], locale);
      const c = data.cases.find((x) => x.id === 'kuangyan-south')!;
      const stats = data.stats.filter((s) => s.case === c.id);
      const el = await place<Widget>(`<case-study-card case="${c.id}" max-figures="2"></case-study-card>`);
      const [toggle] = viewButtons(el);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('figures');
      const unpressed = getComputedStyle(toggle).boxShadow;
      const table = await showTable(el);
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(getComputedStyle(toggle).boxShadow, 'the pressed toggle looks pressed').to.not.equal(unpressed);
      expect(table.id, 'the toggle controls what is shown').to.equal('figures');
      expect(part(el, 'figures'), 'the list gives way to the table').to.equal(null);
      expect(el.shadowRoot!.querySelector('button.more'), 'every figure is in the table: no show-all').to.equal(null);
      expect(text(table.caption)).to.equal(`${label(c.name)}${CAPTION[locale]}`);
      const shown = cells(table);
      expect(shown[0]).to.deep.equal(GOLDEN[locale].head);
      expect([...table.tHead!.rows[0]!.cells].map((th) => [th.localName, th.getAttribute('scope')])).to.deep.equal(Array(4).fill(['th', 'col']));
      const body = [...table.tBodies[0]!.rows];
      expect(body, 'one row per figure of the case (max-figures limits only the cards)').to.have.length(stats.length);
      expect(body.map((row) => [row.cells[0]!.localName, row.cells[0]!.getAttribute('scope')])).to.deep.equal(Array(stats.length).fill(['th', 'row']));
      expect(shown.slice(1).map((row) => row[0]), 'row heads: the labels of the data').to.deep.equal(stats.map((s) => label(s.label)));
      for (const [i, row] of GOLDEN[locale].rows) expect(shown[i + 1], `row ${i}`).to.deep.equal(row);
      // Each row has its date and its source.
      expect(shown.slice(1).every((row) => row.length === 4 && row[2] !== '' && row[3] !== '')).to.equal(true);

      const csv = await download(el);
      expect(csv.name).to.equal('kuangyan-south-figures.csv');
      expect(csv.rows, 'the CSV holds exactly the table').to.deep.equal(shown);
      await expect(el).to.be.accessible();

      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(part(el, 'table')).to.equal(null);
      expect(part(el, 'figures')!.querySelectorAll('li')).to.have.length(2);
    });

    it(`<timeline-view> ${locale}: its events as a table and CSV, dated and sourced`, async () => {
      await setLang(LANG[locale], locale);
      const el = await place<Widget>('<timeline-view></timeline-view>');
      const dates = [...el.shadowRoot!.querySelectorAll('[part~="event-date"]')].map((d) => text(d));
      const table = await showTable(el);
      expect(table.id).to.equal('groups');
      expect(part(el, 'era'), 'the eras give way to the table').to.equal(null);
      const shown = cells(table);
      expect(shown).to.have.length(data.events.length + 1);
      const events = [...data.events].sort((a, b) => a.date.localeCompare(b.date));
      expect(new Set(shown.slice(1).map((row) => row[1]))).to.deep.equal(new Set(events.map((e) => label(e.title))));
      expect(shown.slice(1).map((row) => row[0]), 'dates as the timeline words them').to.deep.equal(dates);
      expect(shown.slice(1).every((row) => row[3] !== '')).to.equal(true);
      const csv = await download(el);
      expect(csv.name).to.equal('timeline.csv');
      expect(csv.rows).to.deep.equal(shown);
      await expect(el).to.be.accessible();
    });

    it(`<case-stat-group> ${locale}: its figures as one table and CSV`, async () => {
      await setLang(LANG[locale], locale);
      const ids = ['alliance-cases', 'kuangyan-south-new-jobs', 'common-prosperity-workshops-earlier'];
      const el = await place<Widget>(`<case-stat-group stats="${ids.join(',')}"></case-stat-group>`, 360);
      const values = [...el.shadowRoot!.querySelectorAll('[part~="figure"] .value')].map((v) => text(v));
      const table = await showTable(el);
      expect(part(el, 'figures'), 'the figures give way to the table').to.equal(null);
      expect(table.id).to.equal('figures');
      const shown = cells(table);
      expect(shown[0]).to.deep.equal(GOLDEN[locale].head);
      expect(shown.slice(1).map((row) => row[0])).to.deep.equal(ids.map((id) => label(data.stats.find((s) => s.id === id)!.label)));
      expect(shown.slice(1).map((row) => row[1]), 'the figures as the cards give them').to.deep.equal(values);
      const csv = await download(el);
      expect(csv.name).to.equal('figures.csv');
      expect(csv.rows).to.deep.equal(shown);
      expect(table.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width);
      await expect(el).to.be.accessible();
    });

    it(`<case-stat chart> ${locale}: the figures of its series as a table and CSV`, async () => {
      await setLang(LANG[locale], locale);
      const series = data.series.find((s) => s.id === 'common-prosperity-workshop-count')!;
      const el = await place<Widget>(`<case-stat stat="${series.members.at(-1)}" chart></case-stat>`, 320);
      await waitUntil(() => part(el, 'series'), 'the chart');
      const points = [...part(el, 'series')!.querySelectorAll('li')].map((li) => text(li));
      const table = await showTable(el);
      expect(part(el, 'series'), 'the chart gives way to the table').to.equal(null);
      const shown = cells(table);
      expect(shown.slice(1).map((row) => row[0])).to.deep.equal(series.members.map((id) => label(data.stats.find((s) => s.id === id)!.label)));
      // Each row gives the figure the list beside the chart gives ("date：figure").
      expect(shown.slice(1).map((row) => row[1])).to.deep.equal(points.map((p) => p.split(/：|: /).at(-1)));
      const csv = await download(el);
      expect(csv.name).to.equal(`${series.id}.csv`);
      expect(csv.rows).to.deep.equal(shown);
      // The table fits the narrow column.
      expect(table.getBoundingClientRect().width).to.be.at.most(el.getBoundingClientRect().width);
      await expect(el).to.be.accessible();
    });
  }

  it('is keyboard-usable: Enter and Space switch the view, Enter on "下载CSV" downloads', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button><case-study-card case="kuangyan-south"></case-study-card></div>`);
    const el = wrapper.querySelector('case-study-card') as Widget;
    await settled(el);
    await loadTable();
    const [toggle, csv] = viewButtons(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(part(el, 'table')).to.not.equal(null);
    expect(el.shadowRoot!.activeElement, 'focus stays on the toggle').to.equal(toggle);
    await sendKeys({press: ' '});
    await el.updateComplete;
    expect(part(el, 'table')).to.equal(null);
    await sendKeys({press: 'Tab'});
    expect(el.shadowRoot!.activeElement).to.equal(csv);
    const file = await download(el, () => void sendKeys({press: 'Enter'}));
    expect(file.rows.length).to.be.greaterThan(1);
  });

  it('a page’s own hostile strings: text in the table, never HTML; formulas defused in the CSV', async () => {
    const doc = structuredClone(portalJson) as typeof portalJson;
    doc.stats[0]!.label = {'zh-Hans': '=HYPERLINK("https://evil.example/","点我")', en: '=HYPERLINK("https://evil.example/","click")'};
    doc.stats[1]!.label = {'zh-Hans': '<img src=x onerror="window.__pwned=1">增收', en: '<img src=x onerror="window.__pwned=1">income'};
    const el = await place<Widget>('<case-study-card></case-study-card>');
    el.data = doc;
    el.setAttribute('case', 'riverside-five-villages');
    await settled(el);
    const table = await showTable(el);
    expect(table.querySelector('img'), 'no element from the data').to.equal(null);
    expect(el.querySelector('img')).to.equal(null);
    const shown = cells(table);
    expect(shown[1]![0]).to.equal('=HYPERLINK("https://evil.example/","点我")');
    expect(shown[2]![0]).to.equal('<img src=x onerror="window.__pwned=1">增收');
    const csv = await download(el);
    expect(csv.rows[1]![0], 'kept as text with a leading apostrophe').to.equal(`'=HYPERLINK("https://evil.example/","点我")`);
    expect(csv.rows[2]![0]).to.equal('<img src=x onerror="window.__pwned=1">增收');
    expect((window as {__pwned?: unknown}).__pwned).to.equal(undefined);
  });

  it('in static HTML with scripts off, keeps the buttons’ room but hides them (they would do nothing)', async () => {
    for (const tag of ['case-study-card', 'timeline-view']) {
      const response = await fetch(`/dist/static/zh-Hans/${tag}.html`, {cache: 'no-store'});
      expect(response.ok, `dist/static/zh-Hans/${tag}.html`).to.equal(true);
      const body = await response.text();
      const frame = await loadFrame(
        {srcdoc: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><div style="width: 40rem">${body}</div></body></html>`},
        {width: 800, height: 3000, sandbox: 'allow-same-origin'}
      );
      try {
        const el = frame.contentDocument!.querySelector(tag)!;
        const views = el.shadowRoot!.querySelector<HTMLElement>('[part~="views"]')!;
        expect(views, `${tag}: the buttons are in the static HTML`).to.not.equal(null);
        expect(frame.contentWindow!.getComputedStyle(views).visibility, tag).to.equal('hidden');
        expect(views.getBoundingClientRect().height, `${tag}: their room`).to.be.greaterThan(20);
      } finally {
        frame.remove();
      }
    }
  });

  it('in the one-file bundle, shows the table at once (nothing to load)', async () => {
    const frame = await loadFrame({
      srcdoc: '<!doctype html><html lang="zh-CN"><body><case-study-card case="kuangyan-south"></case-study-card><script src="/dist/alliance-widgets.iife.js"></script></body></html>',
    });
    try {
      const el = frame.contentDocument!.querySelector('case-study-card') as Widget;
      await waitUntil(() => el.shadowRoot?.querySelector('[part~="views"]'), 'the buttons');
      viewButtons(el)[0].click();
      await el.updateComplete;
      expect(part(el, 'table'), 'the table in the update the click makes').to.not.equal(null);
    } finally {
      frame.remove();
    }
  });
});
