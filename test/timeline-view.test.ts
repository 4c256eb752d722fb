import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../src/generated/entries/timeline-view.js';
import {TimelineView} from '../src/components/timeline-view/timeline-view.js';
import {defineElement} from '../src/define.js';
import {Dataset} from '../src/data/dataset.js';
import {AllianceErrorEvent, AllianceSelectEvent} from '../src/events.js';
import type {AllianceData, Era, Event as TimelineEvent} from '../src/data/schema.js';
import type {EraRecord, EventRecord, Locale, SourceRecord} from '../src/data/types.js';
import {rawData, settled} from './support/raw-data.js';
import {inLocale, part, parts, placeExpectingError, setLang, spokenText, text, toHant, toHantUi, waitUntil} from './support/helpers.js';
import {expectAxeAAA} from './support/axe.js';

/** Waits for a condition of the page, naming it when it does not come. */
const waitFor = (check: () => boolean, what: string) => waitUntil(check, what, {timeout: 3000});

const toggles = (el: Element) => parts(el, 'toggle') as HTMLButtonElement[];
const eventIds = (el: Element) => parts(el, 'event').map((li) => li.dataset['id']);
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
const tabbable = (el: Element) => toggles(el).filter((b) => b.tabIndex === 0);

// The tests' pages say en-GB (or plain en, which reads British as the data's English does).
const INTL_TAG: Record<Locale, string> = {'zh-Hans': 'zh-CN', en: 'en-GB', 'zh-Hant': 'zh-TW'};
const FIELDS: Intl.DateTimeFormatOptions[] = [{year: 'numeric'}, {year: 'numeric', month: 'long'}, {year: 'numeric', month: 'long', day: 'numeric'}];

/** A partial date at its own precision, computed independently with Intl. */
function expectedPlainDate(date: string, locale: Locale): string {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  const fields = FIELDS[date.split('-').length - 1]!;
  return new Intl.DateTimeFormat(INTL_TAG[locale], {...fields, timeZone: 'UTC'}).format(new Date(Date.UTC(y!, m - 1, d)));
}

/** An event's date as read, with its qualifier, in each locale. */
function expectedDate(event: Pick<TimelineEvent, 'date' | 'qualifier'>, locale: Locale): string {
  const date = expectedPlainDate(event.date, locale);
  if (!event.qualifier) return date;
  if (locale === 'en') return `${{by: 'By', before: 'Before', since: 'Since'}[event.qualifier]} ${date}`;
  const zh = {by: `到${date}`, before: `${date}前`, since: `${date}以来`}[event.qualifier];
  return locale === 'zh-Hant' ? toHant(zh) : zh;
}

const yearOf = (event: TimelineEvent) => Number(event.date.slice(0, 4));
const inEra = (event: TimelineEvent, era: Era) => yearOf(event) >= era.from && (era.to === null || yearOf(event) <= era.to);
/** Events in reading order: by date (year-only before months of the same year), then data order. */
const byDate = (events: TimelineEvent[]) => [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

async function show(template: ReturnType<typeof html>): Promise<TimelineView> {
  const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 60rem">${template}</div>`);
  const el = wrapper.querySelector<TimelineView>('timeline-view, test-long-timeline')!;
  await settled(el);
  await el.updateComplete;
  return el;
}

/** A copy of the widget whose data never arrives or fails, registered under its own tag. */
class PendingTimeline extends TimelineView {
  static override dataSource = {peek: () => undefined, load: () => new Promise<never>(() => {})};
}
class FailingTimeline extends TimelineView {
  static override dataSource = {peek: () => undefined, load: () => Promise.reject(new Error('network down'))};
}

const LONG = 1000;
/** 1,000 synthetic events over four eras, in scrambled data order, each with a unique month. */
function syntheticDataset(locale: Locale): Dataset {
  const source: SourceRecord = {
    id: 'synthetic',
    paper: '测试报',
    title: '合成数据',
    date: {value: null},
  };
  const eras: EraRecord[] = [
    {id: 'era-a', from: 1900, to: 1920, label: '1900~1920年', title: '甲', text: '第一时期。', source: 'synthetic'},
    {id: 'era-b', from: 1921, to: 1940, label: '1921~1940年', title: '乙', text: '第二时期。', source: 'synthetic'},
    {id: 'era-c', from: 1941, to: 1960, label: '1941~1960年', title: '丙', text: '第三时期。', source: 'synthetic'},
    {id: 'era-d', from: 1961, to: null, label: '1961年至今', title: '丁', text: '第四时期。', source: 'synthetic'},
  ];
  const events: EventRecord[] = Array.from({length: LONG}, (_, i) => ({
    id: `event-${String(i).padStart(4, '0')}`,
    date: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    kind: 'milestone' as const,
    title: `事件${i + 1}`,
    text: `第${i + 1}件事。`,
    source: 'synthetic',
  }));
  // Scramble the data order (a fixed permutation), so the widget must sort.
  const scrambled = events.map((e, i) => ({e, k: (i * 7919) % LONG})).sort((a, b) => a.k - b.k).map(({e}) => e);
  return new Dataset(locale, {events: scrambled, eras, sources: [source]});
}
class LongTimeline extends TimelineView {
  static override dataSource = {peek: (locale: Locale) => syntheticDataset(locale), load: async (locale: Locale) => syntheticDataset(locale)};
}
defineElement('test-pending-timeline', PendingTimeline);
defineElement('test-failing-timeline', FailingTimeline);
defineElement('test-long-timeline', LongTimeline);

describe('<timeline-view>', () => {
  let data: AllianceData;
  let eras: Era[];
  let events: TimelineEvent[];

  before(async () => {
    data = await rawData();
    eras = [...data.eras].sort((a, b) => a.from - b.from);
    events = byDate(data.events);
    await setLang('zh-CN', 'zh-Hans');
  });
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  describe('defaults', () => {
    it('is registered and shows every era as a section with a heading, its years, title and text', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      expect(el).to.be.instanceOf(TimelineView);
      expect(el.layout).to.equal('vertical');
      expect(el.headingLevel).to.equal(3);
      const sections = parts(el, 'era');
      expect(sections.map((s) => s.localName)).to.deep.equal(eras.map(() => 'section'));
      eras.forEach((era, i) => {
        const heading = sections[i]!.querySelector('[part~="era-heading"]')!;
        expect(heading.localName).to.equal('h3');
        expect(text(heading)).to.equal(`${era.label['zh-Hans']} ${era.title['zh-Hans']}`);
        expect(text(sections[i]!.querySelector('[part~="era-text"]'))).to.include(era.text['zh-Hans']);
        expect(sections[i]!.querySelector<HTMLElement>('[part~="era-text"]')!.hidden).to.equal(false);
      });
    });

    it('lists every event in the era whose years contain it, sorted by date, as <li> in an <ol>', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      expect(eventIds(el)).to.deep.equal(eras.flatMap((era) => events.filter((e) => inEra(e, era)).map((e) => e.id)));
      expect(eventIds(el)).to.have.length(data.events.length);
      parts(el, 'era').forEach((section, i) => {
        const expected = events.filter((e) => inEra(e, eras[i]!));
        const items = [...section.querySelectorAll('li')];
        expect(items.map((li) => li.dataset['id']), eras[i]!.id).to.deep.equal(expected.map((e) => e.id));
        if (expected.length) expect(items[0]!.parentElement!.localName).to.equal('ol');
        // An era the articles give no event for keeps its heading and text, with no empty list.
        else expect(section.querySelector('ol')).to.equal(null);
      });
    });

    it('shows each date at its own precision, with its qualifier, in a <time datetime>', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      for (const event of data.events) {
        const li = el.shadowRoot!.querySelector(`li[data-id="${event.id}"]`)!;
        const time = li.querySelector('time')!;
        expect(time.getAttribute('datetime'), event.id).to.equal(event.date);
        expect(text(time), event.id).to.equal(expectedDate(event, 'zh-Hans'));
        expect(text(li.querySelector('[part~="event-title"]'))).to.equal(event.title['zh-Hans']);
      }
      // Each form the data uses is covered: year only, month, day, and each qualifier.
      const year = data.events.find((e) => e.date.length === 4 && !e.qualifier)!;
      expect(expectedDate(year, 'zh-Hans')).to.equal(new Intl.DateTimeFormat('zh-CN', {year: 'numeric'}).format(new Date(Date.UTC(yearOf(year), 0, 1))));
      expect(expectedDate(year, 'zh-Hans')).not.to.match(/月/);
      const month = data.events.find((e) => e.date.length === 7 && !e.qualifier)!;
      expect(text(el.shadowRoot!.querySelector(`li[data-id="${month.id}"] time`))).to.match(/^\d{4}年\d{1,2}月$/);
      for (const q of ['by', 'before', 'since'] as const) expect(data.events.some((e) => e.qualifier === q), q).to.equal(true);
    });

    it('names each event button by its date then its title', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      for (const button of toggles(el)) {
        const event = data.events.find((e) => e.id === button.dataset['id'])!;
        expect(spokenText(button)).to.equal(`${expectedDate(event, 'zh-Hans')} ${event.title['zh-Hans']}`);
        expect(button.localName).to.equal('button');
        expect(button.type).to.equal('button');
      }
    });

    it('keeps details closed, each a disclosure with its text and source line', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      for (const button of toggles(el)) {
        const event = data.events.find((e) => e.id === button.dataset['id'])!;
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const detail = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
        expect(detail, `${event.id} controls its detail`).to.exist;
        expect(detail.getAttribute('part')).to.equal('event-detail');
        expect(detail.hidden).to.equal(true);
        expect(detail.closest('li')).to.equal(button.closest('li'));
        if (event.text) expect(text(detail)).to.include(event.text['zh-Hans']);
        const source = data.sources.find((s) => s.id === event.source)!;
        expect(text(detail)).to.include(source.paper['zh-Hans']).and.to.include(source.title['zh-Hans']);
      }
    });

    it('puts exactly one event in the tab order: the first', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      expect(tabbable(el)).to.have.length(1);
      expect(tabbable(el)[0]!.dataset['id']).to.equal(eventIds(el)[0]);
      expect(toggles(el).filter((b) => b.tabIndex === -1)).to.have.length(data.events.length - 1);
    });

    it('renders the events of a long timeline lazily (content-visibility), a short one’s at once, and keeps space while loading', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      expect(getComputedStyle(part(el, 'event')!).getPropertyValue('content-visibility')).to.equal('visible');
      const long = await show(html`<test-long-timeline></test-long-timeline>`);
      expect(getComputedStyle(part(long, 'event')!).getPropertyValue('content-visibility')).to.equal('auto');
      const pending = await fixture<PendingTimeline>(html`<test-pending-timeline></test-pending-timeline>`);
      const state = pending.shadowRoot!.querySelector('[data-state="loading"]')!;
      expect(state.getAttribute('role')).to.equal('status');
      expect(state.getBoundingClientRect().height).to.be.greaterThan(parseFloat(getComputedStyle(pending).fontSize) * 19);
    });
  });

  describe('attributes and properties', () => {
    it('from and to (years) keep the events and eras that overlap the range, inclusive', async () => {
      const [from, to] = [2015, 2021];
      const el = await show(html`<timeline-view from=${String(from)} to=${String(to)}></timeline-view>`);
      const expected = events.filter((e) => yearOf(e) >= from && yearOf(e) <= to);
      expect(expected.length).to.be.greaterThan(0);
      expect(eventIds(el)).to.deep.equal(eras.flatMap((era) => expected.filter((e) => inEra(e, era))).map((e) => e.id));
      const shown = eras.filter((era) => era.from <= to && (era.to === null || era.to >= from));
      expect(parts(el, 'era').map((s) => s.dataset['era'])).to.deep.equal(shown.map((era) => era.id));
    });

    it('from and to take months and days, and a year-only event overlaps a month of its year', async () => {
      const month = data.events.find((e) => e.date.length === 7)!.date;
      const el = await show(html`<timeline-view from=${month} to=${month}></timeline-view>`);
      const expected = events.filter((e) => e.date.startsWith(month) || e.date === month.slice(0, 4));
      expect(eventIds(el)).to.have.members(expected.map((e) => e.id));
      expect(eventIds(el)).to.have.length(expected.length);
      const day = data.events.find((e) => e.date.length === 10)!;
      el.from = day.date;
      el.to = day.date;
      await el.updateComplete;
      expect(eventIds(el)).to.include(day.id);
      expect(eventIds(el).every((id) => {
        const date = data.events.find((e) => e.id === id)!.date;
        return day.date.startsWith(date);
      })).to.equal(true);
    });

    it('eras shows only the eras named, with their events', async () => {
      const chosen = [eras[1]!, eras[3]!];
      const el = await show(html`<timeline-view eras=${` ${chosen[1]!.id} , ${chosen[0]!.id} `}></timeline-view>`);
      expect(parts(el, 'era').map((s) => s.dataset['era'])).to.deep.equal(chosen.map((era) => era.id));
      expect(eventIds(el)).to.deep.equal(chosen.flatMap((era) => events.filter((e) => inEra(e, era)).map((e) => e.id)));
    });

    it('kinds shows only events of those kinds, and only the eras that have some', async () => {
      const kinds = [...new Set(data.events.map((e) => e.kind))].slice(0, 2);
      const el = await show(html`<timeline-view kinds=${kinds.join(',')}></timeline-view>`);
      const expected = eras.flatMap((era) => events.filter((e) => inEra(e, era) && kinds.includes(e.kind)));
      expect(eventIds(el)).to.deep.equal(expected.map((e) => e.id));
      const withEvents = eras.filter((era) => expected.some((e) => inEra(e, era)));
      expect(parts(el, 'era').map((s) => s.dataset['era'])).to.deep.equal(withEvents.map((era) => era.id));
    });

    it('adds no attributes of its own to the tag a page pasted, but its state', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      expect(el.getAttributeNames()).to.deep.equal(['state']);
      expect(el.getAttribute('state')).to.equal('ready');
    });

    it('updates live when a filter property changes, keeping one tab stop', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      const kind = data.events.at(-1)!.kind;
      el.kinds = kind;
      await el.updateComplete;
      expect(el.hasAttribute('kinds'), 'a property set by script adds no attribute to the page’s markup').to.equal(false);
      expect(eventIds(el)).to.deep.equal(eras.flatMap((era) => events.filter((e) => inEra(e, era) && e.kind === kind)).map((e) => e.id));
      expect(tabbable(el)).to.have.length(1);
      el.kinds = '';
      await el.updateComplete;
      expect(eventIds(el)).to.have.length(data.events.length);
    });

    it('heading-level sets the era headings’ level, 2 to 6; any other value is an invalid attribute', async () => {
      for (const [value, tag] of [['2', 'h2'], ['5', 'h5'], ['6', 'h6']] as const) {
        const el = await show(html`<timeline-view heading-level=${value}></timeline-view>`);
        expect(parts(el, 'era-heading').map((h) => h.localName), value).to.deep.equal(eras.map(() => tag));
      }
      for (const value of ['1', '9', 'x', '2.5', '-3']) {
        const {el, error} = await placeExpectingError('timeline-view', {'heading-level': value});
        expect([error.reason, error.path, error.id], value).to.deep.equal(['invalid-attribute', 'heading-level', value]);
        expect(text(el.shadowRoot!.querySelector('[data-state]'))).to.equal('此处内容暂不可用。');
        el.remove();
      }
    });

    it('layout="horizontal" sets eras side by side in a sideways scroller, with a "view as list" switch', async () => {
      const el = await show(html`<timeline-view layout="horizontal"></timeline-view>`);
      const groups = el.shadowRoot!.querySelector<HTMLElement>('.groups')!;
      expect(getComputedStyle(groups).display).to.equal('flex');
      expect(getComputedStyle(groups).overflowX).to.equal('auto');
      const [first, second] = parts(el, 'era');
      expect(second!.getBoundingClientRect().left).to.be.greaterThan(first!.getBoundingClientRect().left);
      const button = part(el, 'view-switch') as HTMLButtonElement;
      expect(text(button)).to.equal('以列表查看');
      button.click();
      await el.updateComplete;
      expect(getComputedStyle(groups).display).to.equal('block');
      expect(part(el, 'timeline')!.classList.contains('vertical')).to.equal(true);
      expect(text(part(el, 'view-switch'))).to.equal('以时间轴查看');
      expect(eventIds(el)).to.have.length(data.events.length);
      (part(el, 'view-switch') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(getComputedStyle(groups).display).to.equal('flex');
    });

    it('falls back to the list when the host is narrower than 40em', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 20em"><timeline-view layout="horizontal"></timeline-view></div>`);
      const el = wrapper.querySelector('timeline-view')!;
      await settled(el);
      const groups = el.shadowRoot!.querySelector<HTMLElement>('.groups')!;
      expect(getComputedStyle(groups).display).to.equal('block');
      // The list needs no sideways buttons; the table and CSV buttons stay.
      expect(getComputedStyle(part(el, 'view-switch')!).display).to.equal('none');
      expect(parts(el, 'views').map((views) => getComputedStyle(views).display)).to.deep.equal(['flex']);
      const [first, second] = parts(el, 'era');
      expect(second!.getBoundingClientRect().top).to.be.greaterThan(first!.getBoundingClientRect().bottom - 1);
    });

    it('compact tightens spacing and puts era texts behind a disclosure button', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 60rem"><timeline-view></timeline-view><timeline-view compact></timeline-view></div>`);
      const [normal, compact] = [...wrapper.querySelectorAll('timeline-view')];
      await settled(normal!);
      await settled(compact!);
      const padding = (el: Element) => parseFloat(getComputedStyle(part(el, 'timeline')!).paddingTop);
      expect(padding(compact!)).to.be.lessThan(padding(normal!));
      expect(part(normal!, 'era-toggle')).to.equal(null);
      const button = part(compact!, 'era-toggle') as HTMLButtonElement;
      const eraText = compact!.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(eraText.hidden).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(spokenText(button)).to.equal(`时期概述 ${eras[0]!.label['zh-Hans']}`);
      button.click();
      await compact!.updateComplete;
      expect(eraText.hidden).to.equal(false);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    });

    it('prints every detail and era text, with the event buttons as plain text and no controls', async function () {
      // Firefox is driven over WebDriver BiDi here, which has no print-media emulation.
      if (navigator.userAgent.includes('Firefox')) this.skip();
      const el = await show(html`<timeline-view layout="horizontal" compact></timeline-view>`);
      try {
        await emulateMedia({media: 'print'});
      } catch {
        this.skip(); // The browser driver cannot emulate print media.
      }
      try {
        for (const detail of parts(el, 'event-detail')) expect(getComputedStyle(detail).display).to.equal('block');
        for (const eraText of parts(el, 'era-text')) expect(getComputedStyle(eraText).display).to.equal('block');
        expect(getComputedStyle(toggles(el)[0]!).display).to.equal('grid');
        expect(getComputedStyle(el.shadowRoot!.querySelector('.toolbar')!).display).to.equal('none');
        expect(getComputedStyle(part(el, 'era-toggle')!).display).to.equal('none');
        expect(getComputedStyle(el.shadowRoot!.querySelector('.groups')!).display).to.equal('block');
        expect(getComputedStyle(part(el, 'event')!).breakInside).to.equal('avoid');
      } finally {
        await emulateMedia({media: 'screen'});
      }
    });

    it('has no transition with reduced motion or in care mode', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 60rem"><timeline-view care></timeline-view></div>`);
      const el = wrapper.querySelector('timeline-view')!;
      await settled(el);
      const chevron = el.shadowRoot!.querySelector('.chevron')!;
      expect(parseFloat(getComputedStyle(chevron).transitionDuration)).to.equal(0);
    });

    it('theme="dark" uses light text on a dark surface; care enlarges the type', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 60rem"><timeline-view theme="light"></timeline-view><timeline-view theme="dark"></timeline-view><timeline-view care></timeline-view></div>`
      );
      const [light, dark, care] = [...wrapper.querySelectorAll('timeline-view')];
      for (const el of [light!, dark!, care!]) await settled(el);
      const luminance = (color: string) => {
        const [r, g, b] = color.match(/\d+(\.\d+)?/g)!.map(Number);
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const timeline = part(dark!, 'timeline')!;
      expect(luminance(getComputedStyle(timeline).color)).to.be.greaterThan(luminance(getComputedStyle(timeline).backgroundColor));
      const size = (el: Element) => parseFloat(getComputedStyle(part(el, 'event-title')!).fontSize);
      expect(size(care!) / size(light!)).to.be.closeTo(1.25, 0.01);
    });
  });

  describe('states', () => {
    it('shows not-found and fires alliance-error for an unknown era id', async () => {
      const {el, error} = await placeExpectingError('timeline-view', {eras: `${eras[0]!.id},no-such-era`});
      expect(error).to.be.instanceOf(AllianceErrorEvent);
      expect(error.reason).to.equal('not-found');
      expect(error.id).to.equal('no-such-era');
      expect(error.bubbles && error.composed).to.equal(true);
      expect(text(el.shadowRoot!.querySelector('[data-state="not-found"]'))).to.equal('此处内容暂不可用。');
      expect(parts(el, 'event')).to.have.length(0);
      el.remove();
    });

    it('renders a hostile eras value as text, never as HTML', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><b>x</b>';
      const {el, error} = await placeExpectingError('timeline-view', {eras: hostile});
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(error.id).to.equal(hostile);
      expect(text(el.shadowRoot!.querySelector('[data-state="not-found"]'))).to.equal('此处内容暂不可用。');
      expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
      el.remove();
    });

    it('says so, without an error, when the range holds no event (from="2030")', async () => {
      const later = Math.max(...data.events.map(yearOf)) + 5;
      let errors = 0;
      const wrapper = await fixture<HTMLElement>(html`<div @alliance-error=${() => errors++}><timeline-view from=${String(later)}></timeline-view></div>`);
      const el = wrapper.querySelector('timeline-view')!;
      await settled(el);
      expect(parts(el, 'event')).to.have.length(0);
      expect(text(part(el, 'empty'))).to.equal('所选范围内暂无大事记。');
      expect(part(el, 'empty')!.getAttribute('role')).to.equal('status');
      expect(el.shadowRoot!.querySelector('[data-state]')).to.equal(null);
      expect(errors).to.equal(0);
    });

    it('a value it cannot use — a date that is not one, a reversed range, an unknown kind or layout — is an invalid attribute: the notice and alliance-error with the attribute', async () => {
      for (const [attributes, path, id] of [
        [{from: '<b>soon</b>'}, 'from', '<b>soon</b>'],
        [{to: '2021-13'}, 'to', '2021-13'],
        [{from: '2020', to: '2010'}, 'from', '2020'],
        [{from: '2021-07', to: '2021-06-30'}, 'from', '2021-07'],
        [{kinds: 'launch, no-such-kind'}, 'kinds', 'no-such-kind'],
        [{layout: 'diagonal'}, 'layout', 'diagonal'],
      ] as const) {
        const {el, error} = await placeExpectingError('timeline-view', attributes);
        expect([error.reason, error.path, error.id], JSON.stringify(attributes)).to.deep.equal(['invalid-attribute', path, id]);
        expect(parts(el, 'era')).to.have.length(0);
        expect(el.shadowRoot!.querySelector('b')).to.equal(null);
        expect(text(el.shadowRoot!.querySelector('[data-state]'))).to.equal('此处内容暂不可用。');
        el.remove();
      }
      // A range that holds is not reversed: June 2021 lies within 2021.
      const within = await show(html`<timeline-view from="2021-06" to="2021"></timeline-view>`);
      expect((within as unknown as {problem?: unknown}).problem).to.equal(undefined);
    });

    it('shows an error state and fires load-failed when the data cannot load', async () => {
      const {el, error} = await placeExpectingError<FailingTimeline>('test-failing-timeline');
      expect(error.reason).to.equal('load-failed');
      expect(text(el.shadowRoot!.querySelector('[data-state="error"]'))).to.equal('内容暂时无法加载，请稍后刷新页面。');
      el.remove();
    });
  });

  describe('events', () => {
    it('a click opens an event’s detail and fires alliance-select; a second click closes it', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      const button = toggles(el)[1]!;
      const id = button.dataset['id']!;
      const selected = oneEvent(el, 'alliance-select');
      button.click();
      const event = (await selected) as unknown as AllianceSelectEvent;
      expect(event).to.be.instanceOf(AllianceSelectEvent);
      expect([event.kind, event.id]).to.deep.equal(['event', id]);
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!.hidden).to.equal(false);
      // The clicked event becomes the tab stop.
      expect(tabbable(el)).to.deep.equal([button]);
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(tabbable(el)).to.deep.equal([button]);
    });

    it('leaves the event closed when the host cancels alliance-select', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      el.addEventListener('alliance-select', (e) => e.preventDefault());
      const button = toggles(el)[0]!;
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('keyboard', () => {
    it('moves through all events with the arrow keys, across eras, without wrapping; Home and End jump', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      const ids = eventIds(el);
      toggles(el)[0]!.focus();
      const at = () => focused(el)?.dataset['id'];
      await sendKeys({press: 'ArrowUp'});
      expect(at()).to.equal(ids[0]);
      for (let i = 1; i < ids.length; i++) {
        await sendKeys({press: i % 2 ? 'ArrowDown' : 'ArrowRight'});
        expect(at()).to.equal(ids[i]);
        expect(tabbable(el).map((b) => b.dataset['id'])).to.deep.equal([ids[i]]);
      }
      await sendKeys({press: 'ArrowDown'});
      expect(at()).to.equal(ids.at(-1));
      await sendKeys({press: 'ArrowUp'});
      expect(at()).to.equal(ids.at(-2));
      await sendKeys({press: 'ArrowLeft'});
      expect(at()).to.equal(ids.at(-3));
      await sendKeys({press: 'Home'});
      expect(at()).to.equal(ids[0]);
      await sendKeys({press: 'End'});
      expect(at()).to.equal(ids.at(-1));
      expect(tabbable(el)).to.have.length(1);
    });

    it('Enter and Space toggle the focused event and fire alliance-select', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      const selected: string[] = [];
      el.addEventListener('alliance-select', (e) => selected.push(e.id));
      toggles(el)[0]!.focus();
      await sendKeys({press: 'ArrowDown'});
      const button = focused(el)!;
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(selected).to.deep.equal([button.dataset['id']]);
      await sendKeys({press: ' '}); // Space (a key name Firefox's WebDriver BiDi also knows)
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(selected).to.have.length(2);
      expect(focused(el)).to.equal(button);
    });

    it('Tab enters at the current event and leaves the group; focus stays visible', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 60rem"><button id="before">before</button><timeline-view></timeline-view><button id="after">after</button></div>`
      );
      const el = wrapper.querySelector('timeline-view')!;
      await settled(el);
      const ids = eventIds(el);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      // First the two buttons above the events (table, CSV), then the events' one stop.
      const viewButtons = [...part(el, 'views')!.querySelectorAll('button')];
      for (const button of viewButtons) {
        await sendKeys({press: 'Tab'});
        expect(focused(el)).to.equal(button);
      }
      await sendKeys({press: 'Tab'});
      expect(document.activeElement).to.equal(el);
      expect(focused(el)!.dataset['id']).to.equal(ids[0]);
      const style = getComputedStyle(focused(el)!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.greaterThan(1);
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'Tab'});
      expect(document.activeElement!.id).to.equal('after');
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      expect(focused(el)!.dataset['id']).to.equal(ids[2]);
    });

    it('moves through the horizontal layout the same way', async () => {
      const el = await show(html`<timeline-view layout="horizontal"></timeline-view>`);
      const ids = eventIds(el);
      toggles(el)[0]!.focus();
      await sendKeys({press: 'ArrowRight'});
      expect(focused(el)!.dataset['id']).to.equal(ids[1]);
      await sendKeys({press: 'End'});
      expect(focused(el)!.dataset['id']).to.equal(ids.at(-1));
    });

    describe('with 1,000 events', () => {
      it('renders all of them as <li> in date order, in one tab stop', async () => {
        const el = await show(html`<test-long-timeline></test-long-timeline>`);
        const items = parts(el, 'event');
        expect(items).to.have.length(LONG);
        expect(items.every((li) => li.localName === 'li')).to.equal(true);
        const expected = Array.from({length: LONG}, (_, i) => `event-${String(i).padStart(4, '0')}`);
        expect(items.map((li) => li.dataset['id'])).to.deep.equal(expected);
        const dates = [...el.shadowRoot!.querySelectorAll('time')].map((t) => t.getAttribute('datetime')!);
        expect(dates).to.deep.equal([...dates].sort());
        expect(tabbable(el)).to.have.length(1);
        expect(parts(el, 'era')).to.have.length(4);
      });

      it('End moves focus to the 1,000th, Home back to the first, one tab stop throughout', async () => {
        const el = await show(html`<test-long-timeline></test-long-timeline>`);
        const buttons = toggles(el);
        buttons[0]!.focus();
        await sendKeys({press: 'End'});
        expect(focused(el)).to.equal(buttons[LONG - 1]);
        expect(tabbable(el)).to.deep.equal([buttons[LONG - 1]]);
        await sendKeys({press: 'ArrowUp'});
        expect(focused(el)).to.equal(buttons[LONG - 2]);
        await sendKeys({press: 'Home'});
        expect(focused(el)).to.equal(buttons[0]);
        await sendKeys({press: 'ArrowDown'});
        expect(focused(el)).to.equal(buttons[1]);
        expect(tabbable(el)).to.deep.equal([buttons[1]]);
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('true');
        expect(tabbable(el)).to.deep.equal([buttons[1]]);
        expect(toggles(el)[1]).to.equal(buttons[1]);
      });
    });
  });

  describe('i18n', () => {
    it('follows <html lang> live: zh-Hans → en → zh-Hant', async () => {
      const el = await show(html`<timeline-view layout="horizontal"></timeline-view>`);
      await setLang('en-GB', 'en');
      await inLocale(el, 'en');
      expect(parts(el, 'era-heading').map(text)).to.deep.equal(eras.map((era) => `${era.label.en} ${era.title.en}`));
      for (const event of data.events) {
        const li = el.shadowRoot!.querySelector(`li[data-id="${event.id}"]`)!;
        expect(text(li.querySelector('time')), event.id).to.equal(expectedDate(event, 'en'));
        expect(text(li.querySelector('[part~="event-title"]'))).to.equal(event.title.en);
      }
      expect(text(part(el, 'view-switch'))).to.equal('View as list');
      const since = data.events.find((e) => e.qualifier === 'since' && e.date.length === 4)!;
      expect(expectedDate(since, 'en')).to.equal(`Since ${since.date}`);

      await setLang('zh-TW', 'zh-Hant');
      await inLocale(el, 'zh-Hant');
      expect(parts(el, 'era-heading').map(text)).to.deep.equal(eras.map((era) => `${toHant(era.label['zh-Hans'])} ${toHant(era.title['zh-Hans'])}`));
      for (const event of data.events) {
        const li = el.shadowRoot!.querySelector(`li[data-id="${event.id}"]`)!;
        expect(text(li.querySelector('time')), event.id).to.equal(expectedDate(event, 'zh-Hant'));
        expect(text(li.querySelector('[part~="event-title"]'))).to.equal(toHant(event.title['zh-Hans']));
      }
      expect(text(part(el, 'view-switch'))).to.equal(toHantUi('以列表查看'));
    });

    it('shows the empty message and the invalid-attribute notice in the reader’s language', async () => {
      await setLang('en', 'en');
      const empty = await show(html`<timeline-view from="2030"></timeline-view>`);
      expect(text(part(empty, 'empty'))).to.equal('No events in the chosen range.');
      const {el} = await placeExpectingError('timeline-view', {from: '2020-05', to: '2010'});
      expect(text(el.shadowRoot!.querySelector('[data-state]'))).to.equal('This content is not available.');
      el.remove();
    });
  });

  describe('what visitors read', () => {
    it('an opened event shows what happened; how its date was found is a separate, labelled note', async () => {
      const el = await show(html`<timeline-view></timeline-view>`);
      const noted = data.events.filter((e) => e.dateNote);
      expect(noted.length, 'the data has events with a date note').to.be.greaterThan(0);
      for (const event of data.events) {
        el.toggleEvent(event.id, true);
        await el.updateComplete;
        const detail = el.shadowRoot!.querySelector(`#detail-${event.id}`)!;
        const paragraphs = [...detail.querySelectorAll('p:not(.source):not([part~="date-note"])')].map(text);
        expect(paragraphs, event.id).to.deep.equal(event.text ? [event.text['zh-Hans']] : []);
        const note = detail.querySelector('[part~="date-note"]');
        if (event.dateNote) expect(text(note), event.id).to.equal(`日期说明：${event.dateNote['zh-Hans']}`);
        else expect(note, event.id).to.equal(null);
      }
      await setLang('en', 'en');
      await inLocale(el, 'en');
      const first = noted[0]!;
      expect(text(el.shadowRoot!.querySelector(`#detail-${first.id} [part~="date-note"]`))).to.equal(`About the date: ${first.dateNote!.en}`);
    });

    it('does not print the date notes', async function () {
      if (navigator.userAgent.includes('Firefox')) this.skip(); // No print-media emulation over WebDriver BiDi.
      const el = await show(html`<timeline-view></timeline-view>`);
      const id = data.events.find((e) => e.dateNote)!.id;
      el.toggleEvent(id, true);
      await el.updateComplete;
      const note = el.shadowRoot!.querySelector(`#detail-${id} [part~="date-note"]`)!;
      expect(getComputedStyle(note).display).not.to.equal('none');
      try {
        await emulateMedia({media: 'print'});
        expect(getComputedStyle(note).display).to.equal('none');
      } finally {
        await emulateMedia({media: 'screen'});
      }
    });

    it('a range with no events shows only the message, no era (from="2030")', async () => {
      const el = await show(html`<timeline-view from="2030"></timeline-view>`);
      expect(text(part(el, 'empty'))).to.equal('所选范围内暂无大事记。');
      expect(parts(el, 'era')).to.have.length(0);
      expect(parts(el, 'event')).to.have.length(0);
    });

    it('the horizontal layout shows that more eras lie sideways, and scrolls to them', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 1280px"><timeline-view layout="horizontal"></timeline-view></div>`);
      const el = wrapper.firstElementChild as TimelineView;
      await settled(el);
      await el.updateComplete;
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.groups')!;
      expect(scroller.scrollWidth, 'the eras overflow 1280 px').to.be.greaterThan(scroller.clientWidth);
      const buttons = () => parts(el, 'scroll-button') as HTMLButtonElement[];
      await waitFor(() => buttons().length === 2, 'scroll buttons appear');
      const [back, forward] = buttons();
      expect(forward!.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
      expect([back!.disabled, forward!.disabled]).to.deep.equal([true, false]);
      expect(forward!.getAttribute('aria-controls')).to.equal(scroller.id);
      forward!.click();
      await waitFor(() => scroller.scrollLeft > 0, 'scrolled on');
      await waitFor(() => !buttons()[0]!.disabled, 'back enabled');
      // By keyboard to the end: the button is then disabled and its focus passes to the other one, not to the page.
      // Care mode scrolls at once (no smooth motion), so each key press has a settled result to check.
      wrapper.setAttribute('care', '');
      await el.updateComplete;
      // Let the click's smooth scroll end: the position holds still for 100 ms.
      for (let last = -1, i = 0; scroller.scrollLeft !== last && i < 50; i++) {
        last = scroller.scrollLeft;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      forward!.focus();
      for (let i = 0; i < 10 && !forward!.disabled; i++) {
        const left = scroller.scrollLeft;
        await sendKeys({press: 'Enter'});
        await waitFor(() => scroller.scrollLeft > left || forward!.disabled, 'Enter scrolls on');
        await waitFor(() => Math.abs(scroller.scrollLeft + scroller.clientWidth - scroller.scrollWidth) < 2 || !forward!.disabled, 'settled');
        await waitFor(() => forward!.disabled === scroller.scrollLeft + scroller.clientWidth >= scroller.scrollWidth - 1, 'buttons measured');
      }
      expect(forward!.disabled, 'forward disabled at the end').to.equal(true);
      expect(scroller.scrollLeft + scroller.clientWidth).to.be.closeTo(scroller.scrollWidth, 1);
      await waitFor(() => focused(el) === back, 'focus moved to the back button');
      await expect(el).to.be.accessible();
      // Wide enough for every era: no buttons.
      wrapper.style.inlineSize = '200rem';
      await waitFor(() => buttons().length === 0, 'buttons gone when everything fits');
    });

    it('scrolls at once, without smooth motion, in care mode', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div care style="inline-size: 1280px"><timeline-view layout="horizontal"></timeline-view></div>`);
      const el = wrapper.firstElementChild as TimelineView;
      await settled(el);
      await waitFor(() => parts(el, 'scroll-button').length === 2, 'scroll buttons appear');
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.groups')!;
      expect(scroller.scrollLeft).to.equal(0);
      (parts(el, 'scroll-button')[1] as HTMLButtonElement).click();
      // Read in the same task as the click: a smooth scroll would not have moved yet.
      expect(scroller.scrollLeft, 'moved at once').to.be.greaterThan(0);
    });

    it('care mode at 320 px never breaks a date inside, and nothing runs out of its card or the widget', async () => {
      for (const [lang, locale] of [['zh-CN', 'zh-Hans'], ['zh-TW', 'zh-Hant'], ['en', 'en']] as const) {
        await setLang(lang, locale);
        const wrapper = await fixture<HTMLElement>(html`<div care style="inline-size: 320px"><timeline-view></timeline-view></div>`);
        const el = wrapper.firstElementChild as TimelineView;
        await settled(el);
        await inLocale(el, locale);
        const dates = el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event-date"]');
        expect(dates.length).to.equal(data.events.length);
        for (const date of dates) {
          // The text itself, not its box: a date that cannot wrap may run past its box.
          const range = document.createRange();
          range.selectNodeContents(date);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0);
          const oneLine = Math.max(...rects.map((r) => r.top)) < Math.min(...rects.map((r) => r.bottom));
          expect(oneLine, `${locale}: “${text(date)}” on one line`).to.equal(true);
          const card = date.closest('button')!.getBoundingClientRect();
          expect(Math.max(...rects.map((r) => r.right)), `${locale}: “${text(date)}” inside its button`).to.be.at.most(card.right + 0.5);
          expect(card.right, `${locale}: the button inside the widget`).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
        }
        const base = part(el, 'base')!;
        expect(base.scrollWidth, `${locale}: no sideways overflow`).to.be.at.most(base.clientWidth);
      }
    });
  });

  describe('accessibility', () => {
    for (const locale of ['zh-Hans', 'en'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        for (const layout of ['vertical', 'horizontal'] as const) {
          it(`passes axe in ${locale}, ${theme}, ${layout}, with an event open`, async () => {
            if (locale === 'en') await setLang('en', 'en');
            const el = await show(html`<timeline-view theme=${theme} layout=${layout}></timeline-view>`);
            toggles(el)[1]!.click();
            await el.updateComplete;
            await expect(el).to.be.accessible();
          });
        }
      }
    }

    for (const theme of ['light', 'dark'] as const) {
      for (const layout of ['vertical', 'horizontal'] as const) {
        it(`passes axe, AAA contrast included, in care mode (${theme}, ${layout})`, async () => {
          const el = await show(html`<timeline-view theme=${theme} layout=${layout} care></timeline-view>`);
          toggles(el)[0]!.click();
          await el.updateComplete;
          await expectAxeAAA(el);
        });
      }
    }

    it('passes axe compact, empty, reversed and not-found', async () => {
      for (const template of [
        html`<timeline-view compact></timeline-view>`,
        html`<timeline-view from="2030"></timeline-view>`,
        html`<timeline-view from="2020" to="2010"></timeline-view>`,
        html`<timeline-view eras="nope"></timeline-view>`,
      ]) {
        const el = await show(template);
        await expect(el).to.be.accessible();
      }
    });

    it('passes axe with 1,000 events', async function () {
      this.timeout(60000); // axe visits every node: slow, not a measure of the widget
      const el = await show(html`<test-long-timeline></test-long-timeline>`);
      await expect(el).to.be.accessible();
    });
  });
});
