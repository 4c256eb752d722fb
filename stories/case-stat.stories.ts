import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/components/case-stat/index.js';
import {embedParameters} from './embed.js';

interface Args {
  stat: string;
  'no-source': boolean;
  'no-trend': boolean;
  'count-up': boolean;
  compact: boolean;
}

const CITY = ['alliance-cases', 'common-prosperity-workshops', 'workshop-employment', 'typical-cases-city', 'typical-cases-province'];

const meta: Meta<Args> = {
  title: 'Widgets/case-stat',
  component: 'case-stat',
  args: {stat: 'workshop-employment', 'no-source': false, 'no-trend': false, 'count-up': false, compact: false},
  argTypes: {stat: {control: 'select', options: [...CITY, 'common-prosperity-workshops-earlier', 'gejia-returnee-investment', 'no-such-figure']}},
  render: (args) =>
    html`<case-stat stat=${args.stat} ?no-source=${args['no-source']} ?no-trend=${args['no-trend']} ?count-up=${args['count-up']} ?compact=${args.compact}></case-stat>`,
  parameters: embedParameters<Args>('case-stat', (a) => ({stat: a.stat, 'no-source': a['no-source'], 'no-trend': a['no-trend'], 'count-up': a['count-up'], compact: a.compact})),
};
export default meta;
type Story = StoryObj<Args>;

/** Over 45,500 people employed by common-prosperity workshops (2024). */
export const Default: Story = {};

/** 835 workshops, with the trend from the 247 of the earlier article. */
export const WithTrend: Story = {args: {stat: 'common-prosperity-workshops'}};

/** The city-wide figures of the 2024-07-01 article side by side. */
export const CityFigures: Story = {
  render: () => html`<div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))">
    ${CITY.map((id) => html`<case-stat stat=${id}></case-stat>`)}
  </div>`,
  parameters: {docs: {source: {code: CITY.map((id) => `<case-stat stat="${id}"></case-stat>`).join('\n') + '\n<script src="alliance-widgets.iife.js"></script>'}}},
};

/** A figure from an article that prints no date: the widget says so. */
export const Undated: Story = {args: {stat: 'common-prosperity-workshops-earlier'}};

/** Counts up once when shown (not in care mode or with reduced motion). */
export const CountUp: Story = {args: {'count-up': true, stat: 'alliance-cases'}};

/** A tighter layout for sidebars. */
export const Compact: Story = {args: {compact: true}};

/** The source line can be hidden where the page cites the article itself. */
export const NoSource: Story = {args: {'no-source': true}};

/** An unknown id: a localized message and an `alliance-error` event. */
export const NotFound: Story = {args: {stat: 'no-such-figure'}};

/** Themed from an ancestor with the documented custom properties. */
export const Themed: Story = {
  render: (args) => html`<div style="--alliance-color-accent:#0b57d0;--case-stat-value-color:#0b3d91;--alliance-font-size-base:1.125rem">
    <case-stat stat=${args.stat}></case-stat>
  </div>`,
};

/** Care mode (适老化), as a page switches it on with `<body care>`. */
export const Care: Story = {render: (args) => html`<div care><case-stat stat=${args.stat}></case-stat></div>`};

/** The dark look. */
export const Dark: Story = {render: (args) => html`<case-stat stat=${args.stat} theme="dark"></case-stat>`};
