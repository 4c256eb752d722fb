import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/generated/entries/case-stat-group.js';
import {COMMON_ARGS, COMMON_ARG_TYPES, COMMON_ATTRIBUTES, careSection, darkPage, fromMarkup, widgetAttributes, type CommonArgs, type Markup} from './embed.js';

interface Args extends CommonArgs {
  stats: string;
  heading: string;
  compact: boolean;
}

const ATTRIBUTES = ['stats', 'heading', 'compact', ...COMMON_ATTRIBUTES] as const;

/** `<case-stat-group>` with the attributes the args set. */
const group = (args: Partial<Args>, extra: Record<string, string> = {}): Markup => ({
  tag: 'case-stat-group',
  attrs: {...widgetAttributes(args as Args, ATTRIBUTES.filter((n) => n in args && args[n] !== '')), ...extra},
});

/** The city-wide figures of the article of 2024-07-01, in its order. */
const CITY = 'alliance-cases, common-prosperity-workshops, workshop-employment, typical-cases-city, typical-cases-province';

const meta: Meta<Args> = {
  title: 'Widgets/case-stat-group',
  component: 'case-stat-group',
  args: {stats: CITY, heading: '', compact: false, ...COMMON_ARGS},
  argTypes: {...COMMON_ARG_TYPES, stats: {control: 'text'}, heading: {control: 'text'}},
  ...fromMarkup<Args>((args) => [group(args)], {
    data: {collection: 'stats', field: 'label', ids: CITY.split(', ')},
    ui: {'zh-Hans': '以表格查看', en: 'View as table', 'zh-Hant': '以表格檢視'},
  }),
};
export default meta;
type Story = StoryObj<Args>;

/** The city-wide figures of the 2024-07-01 article side by side, their article cited once below them; "以表格查看" and "下载CSV" above. */
export const Default: Story = {};

/** With a heading of the page's own words, which also names the table. */
export const WithHeading: Story = {args: {heading: '宁波党建联建数据'}};

/** Figures of different articles and dates: each dated, every article cited. */
export const MixedSources: Story = {args: {stats: 'alliance-cases, common-prosperity-workshops-earlier, kuangyan-south-new-jobs'}};

/** A tighter layout for sidebars. */
export const Compact: Story = {args: {compact: true}};

/** Care mode (适老化), as a page switches it on with `<body care>` or on any ancestor. */
export const Care: Story = fromMarkup<Args>((args) => [careSection(group(args))]);

/** The dark look, on a dark page. */
export const Dark: Story = fromMarkup<Args>((args) => [darkPage(group(args, {theme: 'dark'}))]);

/** An unknown id among the figures: a short notice, and the id and reason in the console and an `alliance-error` event. */
export const NotFound: Story = {args: {stats: 'alliance-cases, no-such-figure'}};
