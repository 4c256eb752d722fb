import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/components/alliance-model-card/index.js';
import {embedParameters} from './embed.js';

interface Args {
  model: string;
  kind: string;
  open: boolean;
  compact: boolean;
  'case-href': string;
}

const meta: Meta<Args> = {
  title: 'Widgets/alliance-model-card',
  component: 'alliance-model-card',
  args: {model: '', kind: 'formation', open: false, compact: false, 'case-href': ''},
  argTypes: {
    model: {control: 'select', options: ['', 'all', 'mentor-led', 'strong-village-led', 'industry-cluster', 'project-driven', 'joint-governance', 'coordinated-services', 'good-neighbour-cooperation', 'pooled-enclave', 'seven-plus-n', 'no-such-model']},
    kind: {control: 'select', options: ['formation', 'variant', 'approach', 'historical', 'all']},
  },
  render: (a) =>
    html`<alliance-model-card model=${a.model} kind=${a.kind} ?open=${a.open} ?compact=${a.compact} case-href=${a['case-href']}></alliance-model-card>`,
  parameters: embedParameters<Args>('alliance-model-card', (a) => ({model: a.model, kind: a.kind === 'formation' ? undefined : a.kind, open: a.open, compact: a.compact, 'case-href': a['case-href']})),
};
export default meta;
type Story = StoryObj<Args>;

/** The eight formation models of 2021, as a responsive gallery. */
export const Gallery: Story = {};

/** One model, with the cases from the articles that exemplify it. */
export const OneModel: Story = {args: {model: 'coordinated-services'}};

/** The full description shown from the start. */
export const Open: Story = {args: {model: 'industry-cluster', open: true}};

/** A model the articles give no case for. */
export const NoCases: Story = {args: {model: 'pooled-enclave'}};

/** The later names for ways of forming alliances ("7+N" variants). */
export const Variants: Story = {args: {kind: 'variant'}};

/** Models of the earlier eras. */
export const Historical: Story = {args: {kind: 'historical'}};

/** Cases as links to the portal's own pages. */
export const CaseLinks: Story = {args: {model: 'joint-governance', 'case-href': '#/cases/{id}'}};

/** A tighter layout. */
export const Compact: Story = {args: {compact: true}};

/** An unknown id: a localized message and an `alliance-error` event. */
export const NotFound: Story = {args: {model: 'no-such-model'}};

/** Care mode (适老化). */
export const Care: Story = {render: () => html`<div care><alliance-model-card model="mentor-led" open></alliance-model-card></div>`};

/** The dark look. */
export const Dark: Story = {render: () => html`<alliance-model-card model="mentor-led" theme="dark" open></alliance-model-card>`};
