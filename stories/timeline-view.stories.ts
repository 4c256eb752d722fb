import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/components/timeline-view/index.js';

interface Args {
  from: string;
  to: string;
  layout: 'vertical' | 'horizontal';
  eras: string;
  kinds: string;
  'heading-level': number;
  compact: boolean;
  theme: '' | 'light' | 'dark';
  care: boolean;
}

/** The attributes that differ from the defaults, as the host page writes them. */
function attributes(args: Partial<Args>): string {
  const out: string[] = [];
  for (const name of ['from', 'to', 'eras', 'kinds', 'theme'] as const) if (args[name]) out.push(` ${name}="${args[name]}"`);
  if (args.layout && args.layout !== 'vertical') out.push(` layout="${args.layout}"`);
  if (args['heading-level'] !== undefined && args['heading-level'] !== 3) out.push(` heading-level="${args['heading-level']}"`);
  if (args.compact) out.push(' compact');
  if (args.care) out.push(' care');
  return out.join('');
}

const embed = (args: Partial<Args>) => `<timeline-view${attributes(args)}></timeline-view>\n<script src="alliance-widgets.iife.js"></script>`;

const meta: Meta<Args> = {
  title: 'Widgets/timeline-view',
  component: 'timeline-view',
  args: {from: '', to: '', layout: 'vertical', eras: '', kinds: '', 'heading-level': 3, compact: false, theme: '', care: false},
  argTypes: {
    layout: {control: 'inline-radio', options: ['vertical', 'horizontal']},
    theme: {control: 'inline-radio', options: ['', 'light', 'dark']},
    'heading-level': {control: {type: 'number', min: 2, max: 6}},
    kinds: {control: 'text', description: 'Comma-separated: conference, launch, policy, target, milestone, award, campaign'},
    eras: {control: 'text', description: 'Comma-separated: era-1993-2006, era-2007-2014, era-2015-2019, era-2020-present'},
  },
  render: (args) => html`<timeline-view
    from=${args.from || nothing}
    to=${args.to || nothing}
    layout=${args.layout}
    eras=${args.eras || nothing}
    kinds=${args.kinds || nothing}
    heading-level=${args['heading-level']}
    theme=${args.theme || nothing}
    ?compact=${args.compact}
    ?care=${args.care}
  ></timeline-view>`,
  parameters: {
    docs: {source: {transform: (_code: string, context: {args: Args}) => embed(context.args)}},
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The four eras of the 大事记 with their dated events, as a vertical list. */
export const Default: Story = {};

/** Eras side by side, scrolled sideways; events as cards. Below 40em of width it becomes the list. */
export const Horizontal: Story = {args: {layout: 'horizontal'}};

/** Only what overlaps 2015–2021 (inclusive; months and days work too: `2021-11`, `2021-11-25`). */
export const Range: Story = {args: {from: '2015', to: '2021'}};

/** Two eras, chosen by id. */
export const FilteredEras: Story = {args: {eras: 'era-2007-2014,era-2020-present'}};

/** Conferences and targets only; eras without any are left out. */
export const FilteredKinds: Story = {args: {kinds: 'conference,target'}};

/** Tighter spacing; the era descriptions open on demand. */
export const Compact: Story = {args: {compact: true}};

/** `theme="dark"`. */
export const Dark: Story = {
  args: {theme: 'dark'},
  render: (args) => html`<div style="background:#0d0f12;padding:1rem"><timeline-view theme=${args.theme || nothing} layout=${args.layout}></timeline-view></div>`,
};

/** Care mode (适老化): larger type and targets, no motion, AAA contrast. */
export const Care: Story = {args: {care: true}};

/** A range with no events: a clear message, not an error. */
export const EmptyRange: Story = {args: {from: '2030'}};

/** An unknown era id: a localized not-found message and an `alliance-error` event. */
export const BadEraId: Story = {args: {eras: 'no-such-era'}};
