import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/components/case-study-card/index.js';
import {embedParameters} from './embed.js';

interface Args {
  case: string;
  'max-figures': number;
  compact: boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/case-study-card',
  component: 'case-study-card',
  args: {case: 'kuangyan-south', 'max-figures': 6, compact: false},
  argTypes: {
    case: {control: 'select', options: ['kuangyan-south', 'yinling-express', 'gejia-village', 'ninghai-art-alliance', 'jiufengshan', 'tengtou-village', 'zhaobaoshan-red-property', 'jiangbei-clusters', 'jiangbei-huanyunhu', 'no-such-case']},
  },
  render: (a) => html`<case-study-card case=${a.case} max-figures=${a['max-figures']} ?compact=${a.compact}></case-study-card>`,
  parameters: embedParameters<Args>('case-study-card', (a) => ({case: a.case, 'max-figures': a['max-figures'] === 6 ? undefined : a['max-figures'], compact: a.compact})),
};
export default meta;
type Story = StoryObj<Args>;

/** Cixi's Kuangyan southern area: figures, people and the art village within it. */
export const Default: Story = {};

/** Gejia Village: many figures, the first six shown, the rest on request. */
export const ManyFigures: Story = {args: {case: 'gejia-village'}};

/** Jiangbei's nine party-building clusters. */
export const Clusters: Story = {args: {case: 'jiangbei-clusters'}};

/** A case without figures. */
export const NoFigures: Story = {args: {case: 'jiangbei-beijiao'}};

/** A tighter layout. */
export const Compact: Story = {args: {compact: true, 'max-figures': 2}};

/** An unknown id: a localized message and an `alliance-error` event. */
export const NotFound: Story = {args: {case: 'no-such-case'}};

/** Care mode (适老化). */
export const Care: Story = {render: (a) => html`<div care><case-study-card case=${a.case}></case-study-card></div>`};

/** The dark look. */
export const Dark: Story = {render: (a) => html`<case-study-card case=${a.case} theme="dark"></case-study-card>`};
