/**
 * `<case-stat-group stats="…">`: several figures side by side, each with its
 * as-of date, the articles cited once below them; expectations from the data
 * and a few strings written out by hand.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/generated/entries/case-stat-group.js';
import type {CaseStatGroup} from '../src/components/case-stat-group/case-stat-group.js';
import type {AllianceData} from '../src/data/schema.js';
import {rawData, settled} from './support/raw-data.js';
import {part, parts, placeExpectingError, setLang, text, toHant} from './support/helpers.js';

const IDS = ['alliance-cases', 'kuangyan-south-new-jobs', 'common-prosperity-workshops-earlier'];

async function show(markup: string): Promise<CaseStatGroup> {
  const holder = await fixture<HTMLElement>(html`<div style="inline-size: 50rem"></div>`);
  holder.innerHTML = markup;
  const el = holder.firstElementChild as CaseStatGroup;
  await settled(el);
  return el;
}

describe('<case-stat-group>', () => {
  let data: AllianceData;
  before(async () => {
    data = await rawData();
  });
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  it('shows the figures in the order given (commas or spaces), each once, with its label and date; each article cited once', async () => {
    const el = await show(`<case-stat-group stats="${IDS[0]}, ${IDS[1]}  ${IDS[2]},${IDS[0]}"></case-stat-group>`);
    const figures = parts(el, 'figure');
    expect(figures).to.have.length(3);
    const stats = IDS.map((id) => data.stats.find((s) => s.id === id)!);
    expect(figures.map((f) => text(f.querySelector('.label')))).to.deep.equal(stats.map((s) => s.label['zh-Hans']));
    // Written out: the figure with its qualifier, and a date the article does not print.
    expect(text(figures[1]!.querySelector('.value'))).to.equal('300余个');
    expect(text(figures[2]!.querySelector('.meta'))).to.equal('时间：文中称“截至目前”，报道未注明日期');
    const sources = [...new Set(stats.map((s) => s.source))];
    const lines = text(part(el, 'source'));
    for (const id of sources) {
      const title = data.sources.find((s) => s.id === id)!.title['zh-Hans'];
      expect(lines.split(title).length - 1, `${id} cited once`).to.equal(1);
    }
    await expect(el).to.be.accessible();
  });

  it('reads in English and Traditional Chinese', async () => {
    const stat = data.stats.find((s) => s.id === IDS[1])!;
    await setLang('en', 'en');
    let el = await show(`<case-stat-group stats="${IDS[1]}"></case-stat-group>`);
    expect(text(part(el, 'figure')!.querySelector('.label'))).to.equal(stat.label.en);
    expect(text(part(el, 'figure')!.querySelector('.value'))).to.equal('more than 300 jobs');
    await setLang('zh-TW', 'zh-Hant');
    el = await show(`<case-stat-group stats="${IDS[1]}"></case-stat-group>`);
    expect(text(part(el, 'figure')!.querySelector('.label'))).to.equal(toHant(stat.label['zh-Hans']));
    expect(text(part(el, 'figure')!.querySelector('.value'))).to.equal('300餘個');
  });

  it('names its group with `heading` (a heading at `heading-level`), else 「关键数据」', async () => {
    let el = await show(`<case-stat-group stats="${IDS[0]}" heading="宁波党建联建数据" heading-level="2"></case-stat-group>`);
    const heading = part(el, 'heading')!;
    expect([heading.localName, text(heading)]).to.deep.equal(['h2', '宁波党建联建数据']);
    expect(part(el, 'group')!.getAttribute('aria-labelledby')).to.equal('heading');
    el = await show(`<case-stat-group stats="${IDS[0]}"></case-stat-group>`);
    expect(part(el, 'heading')).to.equal(null);
    expect(part(el, 'group')!.getAttribute('aria-label')).to.equal('关键数据');
  });

  it('an unknown id among the figures, no id, or a hostile one: the notice and an alliance-error naming it', async () => {
    for (const [stats, reason, id] of [
      ['alliance-cases, no-such-figure', 'not-found', 'no-such-figure'],
      ['  ,  ', 'missing-id', undefined],
      ['<img src=x onerror="window.__pwned=1">', 'not-found', '<img'],
    ] as const) {
      const {el, error} = await placeExpectingError<CaseStatGroup>('case-stat-group', {stats});
      try {
        expect([error.reason, error.id], stats).to.deep.equal([reason, id]);
        expect(parts(el, 'figure')).to.have.length(0);
        expect(text(part(el, 'state'))).to.equal('此处内容暂不可用。');
        expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      } finally {
        el.remove();
      }
    }
    expect((window as {__pwned?: unknown}).__pwned).to.equal(undefined);
  });
});
