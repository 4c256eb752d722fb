import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/generated/entries/case-stat.js';
import type {Locale, SourceRecord} from '../src/data/types.js';
import {formatPartialDate} from '../src/format.js';
import zhHansSources from '../src/data/generated/zh-Hans/sources.js';
import enSources from '../src/data/generated/en/sources.js';
import zhHantSources from '../src/data/generated/zh-Hant/sources.js';
import {templates as enTemplates} from '../src/generated/locales/en.js';
import {templates as zhHantTemplates} from '../src/generated/locales/zh-Hant.js';
import {STAT_IDS, idSelect} from './data-ids.js';
import {COMMON_ARGS, COMMON_ARG_TYPES, COMMON_ATTRIBUTES, careSection, darkPage, fromMarkup, pageLang, widgetAttributes, type CommonArgs, type Globals, type Markup} from './embed.js';

interface Args extends CommonArgs {
  stat: string;
  'no-source': boolean;
  'no-trend': boolean;
  'count-up': boolean;
  chart: boolean;
  compact: boolean;
}

const ATTRIBUTES = ['stat', 'no-source', 'no-trend', 'count-up', 'chart', 'compact', ...COMMON_ATTRIBUTES] as const;

/** `<case-stat>` with the attributes the args set. */
const caseStat = (args: Partial<Args>, extra: Record<string, string> = {}): Markup => ({
  tag: 'case-stat',
  attrs: {...widgetAttributes(args as Args, ATTRIBUTES.filter((n) => n in args)), ...extra},
});

/** The city-wide figures of the article of 2024-07-01, in its order. */
const CITY = ['alliance-cases', 'common-prosperity-workshops', 'workshop-employment', 'typical-cases-city', 'typical-cases-province'];
const CITY_SOURCE = 'nbrb-red-engine-grassroots';
/** The caption under the city figures: the widgets' font and the size of their source lines. */
const CAPTION_STYLE = 'margin-top:0.5rem;font-family:var(--alliance-font-family,system-ui,sans-serif);font-size:0.875rem'

const SOURCES: Record<Locale, SourceRecord[]> = {'zh-Hans': JSON.parse(zhHansSources), en: JSON.parse(enSources), 'zh-Hant': JSON.parse(zhHantSources)};
const TRANSLATIONS: Partial<Record<Locale, Record<string, unknown>>> = {en: enTemplates, 'zh-Hant': zhHantTemplates};

/**
 * The citation a page writes once under figures of one article: the same
 * words as a figure's own source line (the `figure.source` message) in the
 * page's language.
 */
function citation(sourceId: string, locale: Locale): string {
  const source = SOURCES[locale].find((s) => s.id === sourceId);
  if (!source?.date.value) throw new Error(`no dated source ${sourceId}`);
  const values = [source.paper, source.title, formatPartialDate(source.date.value, locale)];
  const translated = TRANSLATIONS[locale]?.['figure.source'] as {strings: readonly string[]; values: readonly number[]} | undefined;
  if (!translated) return `来源：${values[0]}《${values[1]}》，${values[2]}`;
  return translated.strings.reduce((out, part, i) => out + (i === 0 ? '' : values[translated.values[i - 1]!]) + part, '');
}

const localeOf = (globals: Globals | undefined): Locale => {
  const lang = pageLang(globals);
  return lang === 'en' || lang === 'zh-Hant' ? lang : 'zh-Hans';
};

const meta: Meta<Args> = {
  title: 'Widgets/case-stat',
  component: 'case-stat',
  args: {stat: 'workshop-employment', 'no-source': false, 'no-trend': false, 'count-up': false, chart: false, compact: false, ...COMMON_ARGS},
  argTypes: {...COMMON_ARG_TYPES, stat: idSelect(STAT_IDS, {'no-such-figure': 'no-such-figure — an unknown id (not found)'})},
  ...fromMarkup<Args>((args) => [caseStat(args)], {
    data: {collection: 'stats', field: 'label', ids: ['workshop-employment']},
    ui: {'zh-Hans': '来源：', en: 'Source: ', 'zh-Hant': '來源：'},
  }),
};
export default meta;
type Story = StoryObj<Args>;

/** Over 45,500 people employed by common-prosperity workshops (2024). */
export const Default: Story = {};

/** 835 workshops, with the trend from the 247 of the earlier article. */
export const WithTrend: Story = {args: {stat: 'common-prosperity-workshops'}};

/**
 * The city-wide figures of the 2024-07-01 article side by side: each without
 * its own source line (`no-source`), the article cited once under them.
 */
export const CityFigures: Story = fromMarkup<Args>((_args, globals) => [
  {
    tag: 'figure',
    attrs: {style: 'margin:0'},
    children: [
      {
        tag: 'div',
        attrs: {style: 'display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))'},
        children: CITY.map((stat) => caseStat({stat, 'no-source': true})),
      },
      // The page's own caption, in the widgets' type (a docs page's serif would set it apart from the figures).
      {tag: 'figcaption', attrs: {style: CAPTION_STYLE}, children: [citation(CITY_SOURCE, localeOf(globals))]},
    ],
  },
]);

/** A figure from an article that prints no date: the widget says so. */
export const Undated: Story = {args: {stat: 'common-prosperity-workshops-earlier'}};

/** Counts up once when shown (not in care mode or with reduced motion). */
export const CountUp: Story = {args: {'count-up': true, stat: 'alliance-cases'}};

/**
 * `chart`: the figure's series as bars on a time axis, every figure of it also as text. 247 → 835
 * 共同富裕工坊: the earlier figure's article prints no date, so its bar is dashed, beyond a break of the axis.
 */
export const Chart: Story = {args: {stat: 'common-prosperity-workshops', chart: true}};

/** Every series of the data, side by side in a 320 px column each. */
export const Charts: Story = fromMarkup<Args>((args) => [
  {
    tag: 'div',
    attrs: {style: 'display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:1rem'},
    children: ['common-prosperity-workshops', 'village-income-floor-2024'].map((stat) => caseStat({...args, stat, chart: true})),
  },
]);

/** A tighter layout for sidebars. */
export const Compact: Story = {args: {compact: true}};

/** The source line can be hidden where the page cites the article itself. */
export const NoSource: Story = {args: {'no-source': true}};

/** An unknown id: a short notice, and the id and reason in the console and an `alliance-error` event. */
export const NotFound: Story = {args: {stat: 'no-such-figure'}};

/** Themed from an ancestor with the documented custom properties. */
export const Themed: Story = fromMarkup<Args>((args) => [
  {tag: 'div', attrs: {style: '--alliance-color-accent:#0b57d0;--case-stat-value-color:#0b3d91;--alliance-font-size-base:1.125rem'}, children: [caseStat(args)]},
]);

/** Care mode (适老化), as a page switches it on with `<body care>` or on any ancestor. */
export const Care: Story = fromMarkup<Args>((args) => [careSection(caseStat(args))]);

/** The dark look, on a dark page. */
export const Dark: Story = fromMarkup<Args>((args) => [darkPage(caseStat(args, {theme: 'dark'}))]);
