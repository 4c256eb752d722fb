import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/components/case-stat/index.js';

interface Args {
  stat: string;
  'no-source': boolean;
}

const embed = (args: Args) =>
  `<case-stat stat="${args.stat}"${args['no-source'] ? ' no-source' : ''}></case-stat>\n` +
  `<script src="alliance-widgets.iife.js"></script>`;

const meta: Meta<Args> = {
  title: 'Widgets/case-stat',
  component: 'case-stat',
  args: {stat: 'workshop-employment', 'no-source': false},
  argTypes: {
    stat: {
      control: 'select',
      options: ['alliance-cases', 'common-prosperity-workshops', 'workshop-employment', 'typical-cases-city', 'typical-cases-province'],
    },
  },
  render: (args) => html`<case-stat stat=${args.stat} ?no-source=${args['no-source']}></case-stat>`,
  parameters: {
    docs: {source: {transform: (_code: string, context: {args: Args}) => embed(context.args)}},
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Over 45,500 people employed by common-prosperity workshops (2024). */
export const Default: Story = {};

/** The city-wide figures of the 2024-07-01 article side by side. */
export const CityFigures: Story = {
  render: () => html`
    <div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))">
      ${['alliance-cases', 'common-prosperity-workshops', 'workshop-employment', 'typical-cases-city', 'typical-cases-province'].map(
        (id) => html`<case-stat stat=${id}></case-stat>`
      )}
    </div>
  `,
};

/** The source line can be hidden where the page cites the article itself. */
export const NoSource: Story = {args: {'no-source': true}};

/** An unknown id: a localized message and an `alliance-error` event. */
export const NotFound: Story = {args: {stat: 'no-such-figure'}};

/** No id at all. */
export const MissingId: Story = {
  render: () => html`<case-stat></case-stat>${nothing}`,
};

/** Themed from an ancestor with the documented custom properties. */
export const Themed: Story = {
  render: (args) => html`
    <div style="--alliance-color-accent:#0b57d0;--case-stat-value-color:#0b3d91;--alliance-font-size-base:1.125rem">
      <case-stat stat=${args.stat}></case-stat>
    </div>
  `,
};
