import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import type {AllianceElement} from '../src/base/alliance-element.js';
import {settled} from './support/raw-data.js';
import {loadFrame, setLang, text, waitUntil} from './support/helpers.js';

/**
 * What a visitor and a webmaster meet when a page names a widget's data
 * wrongly: a short, polite notice for the visitor (no id, no developer text,
 * no room kept around it), and for the webmaster the id and reason in the
 * console, in the widget's `problem` property and in an `alliance-error` event
 * that a listener added after the script still receives.
 */
type Widget = AllianceElement<unknown>;

/** One wrong use of every widget: [tag, attribute, value, reason]. */
const MISTAKES = [
  ['case-stat', 'stat', 'workshop-employmnt', 'not-found'],
  ['case-stat', 'stat', '', 'missing-id'],
  ['alliance-model-card', 'model', 'mentor-lead', 'not-found'],
  ['alliance-scheme', 'scheme-id', 'six-one', 'not-found'],
  ['alliance-scheme', 'scheme-id', '', 'missing-id'],
  ['timeline-view', 'eras', 'era-2020', 'not-found'],
  ['case-study-card', 'case', 'kuangyan-sout', 'not-found'],
  ['case-study-card', 'case', '', 'missing-id'],
] as const;

/** The visitor's notice in each locale (golden strings, not read from the code). */
const NOTICE = {'zh-CN': '此处内容暂不可用。', en: 'This content is not available.', 'zh-TW': '此處內容暫不可用。'} as const;

/** Collects console.warn calls while `run` runs. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

async function place(tag: string, attribute: string, value: string, width = '40rem', care = false): Promise<Widget> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${`width: ${width}`}></div>`);
  if (care) wrapper.setAttribute('care', '');
  const el = document.createElement(tag) as Widget;
  if (value) el.setAttribute(attribute, value);
  wrapper.append(el);
  await settled(el);
  await el.updateComplete;
  return el;
}

describe('a widget asked for data that is not there', () => {
  afterEach(async () => setLang('zh-CN', 'zh-Hans'));

  for (const [tag, attribute, value, reason] of MISTAKES) {
    describe(`<${tag}${value ? ` ${attribute}="${value}"` : ''}>`, () => {
      it('tells the webmaster in the console, by id and reason, and in its problem property', async () => {
        let el: Widget | undefined;
        const logged = await warnings(async () => {
          el = await place(tag, attribute, value);
        });
        const mine = logged.filter((line) => line.includes(`<${tag}>`));
        expect(mine, 'one console warning for the widget').to.have.length(1);
        expect(mine[0]).to.include(reason);
        if (value) expect(mine[0]).to.include(`"${value}"`);
        expect(el!.problem).to.include({reason, id: value || undefined});
        expect(el!.problem!.message).to.equal(mine[0]!.slice(0, el!.problem!.message.length));
      });

      for (const [lang, notice] of Object.entries(NOTICE)) {
        it(`shows visitors a notice of at most two lines, without the id (${lang}, care mode, 320 px)`, async () => {
          await setLang(lang, lang === 'en' ? 'en' : lang === 'zh-TW' ? 'zh-Hant' : 'zh-Hans');
          for (const [width, care] of [['40rem', false], ['320px', true]] as const) {
            const el = await place(tag, attribute, value, width, care);
            const state = el.shadowRoot!.querySelector<HTMLElement>('[part~="state"]')!;
            expect(text(state)).to.equal(notice);
            if (value) expect(text(el), 'no raw id on the page').not.to.include(value);
            const style = getComputedStyle(state);
            const lines = (state.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / parseFloat(style.lineHeight);
            expect(lines, `${width}: lines of the notice`).to.be.at.most(2.05);
            // The widget is no taller than its notice: no reserved room around one line.
            expect(el.getBoundingClientRect().height).to.be.closeTo(state.getBoundingClientRect().height, 1);
          }
        });
      }

      it('exposes the state to the page’s CSS, so a page may hide the notice', async () => {
        const el = await place(tag, attribute, value);
        expect(el.matches(':state(error)'), ':state(error)').to.equal(true);
        expect(el.matches(':state(ready)')).to.equal(false);
      });
    });
  }

  it('forgets the problem once the id is corrected', async () => {
    const el = await place('case-stat', 'stat', 'workshop-employmnt');
    expect(el.problem?.reason).to.equal('not-found');
    el.setAttribute('stat', 'workshop-employment');
    await settled(el);
    await el.updateComplete;
    expect(el.problem).to.equal(undefined);
    expect(el.matches(':state(ready)')).to.equal(true);
  });
});

describe('a page that listens after the script (the README’s order)', () => {
  it('still hears all seven problems, and can read each widget’s problem', async () => {
    const frame = await loadFrame({src: '/test/pages/late-listener.html'});
    const win = frame.contentWindow as Window & {caught?: {tag: string; reason: string; id: string | null}[]};
    await waitUntil(() => (win.caught?.length ?? 0) >= 7, `heard ${win.caught?.length ?? 0} of 7 problems`, {timeout: 5000});
    const expected = [
      ['case-stat', 'not-found', 'workshop-employmnt'],
      ['case-stat', 'missing-id', null],
      ['alliance-model-card', 'not-found', 'mentor-lead'],
      ['alliance-model-card', 'invalid-attribute', 'formations'],
      ['timeline-view', 'not-found', 'era-2020'],
      ['case-study-card', 'not-found', 'kuangyan-sout'],
      ['case-study-card', 'missing-id', null],
    ];
    expect(win.caught!.map((c) => [c.tag, c.reason, c.id])).to.have.deep.members(expected);
    const widgets = [...frame.contentDocument!.body.children].filter((n) => n.localName.includes('-')) as Widget[];
    expect(widgets.map((w) => w.problem?.reason)).to.deep.equal(expected.map((e) => e[1]));
    frame.remove();
  });
});
