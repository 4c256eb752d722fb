import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/generated/entries/timeline-view.js';
import {ERA_IDS, EVENT_KINDS, idCheck} from './data-ids.js';
import {COMMON_ARGS, COMMON_ARG_TYPES, COMMON_ATTRIBUTES, darkPage, fromMarkup, widgetAttributes, type CommonArgs, type Markup} from './embed.js';

interface Args extends CommonArgs {
  from: string;
  to: string;
  layout: 'vertical' | 'horizontal';
  eras: string[];
  kinds: string[];
  'heading-level': number;
  compact: boolean;
}

/** `<timeline-view>` with the attributes that differ from the defaults, as the host page writes them. */
const timeline = (args: Args): Markup => ({
  tag: 'timeline-view',
  attrs: widgetAttributes(args, ['from', 'to', 'layout', 'eras', 'kinds', 'heading-level', 'compact', ...COMMON_ATTRIBUTES], {layout: 'vertical', 'heading-level': 3}),
});

const meta: Meta<Args> = {
  title: 'Widgets/timeline-view',
  component: 'timeline-view',
  args: {from: '', to: '', layout: 'vertical', eras: [], kinds: [], 'heading-level': 3, compact: false, ...COMMON_ARGS},
  argTypes: {
    ...COMMON_ARG_TYPES,
    layout: {control: 'inline-radio', options: ['vertical', 'horizontal']},
    'heading-level': {control: {type: 'number', min: 2, max: 6}},
    eras: {...idCheck(ERA_IDS, {'no-such-era': 'no-such-era — an unknown id (not found)'}), description: 'Era ids, written comma-separated'},
    kinds: {control: 'check', options: EVENT_KINDS, description: 'Kinds of events, written comma-separated'},
  },
  ...fromMarkup<Args>((args) => [timeline(args)], {
    data: {collection: 'eras', field: 'title'},
    ui: {'zh-Hans': '下载CSV', en: 'Download CSV', 'zh-Hant': '下載CSV'},
  }),
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
export const FilteredEras: Story = {args: {eras: ['era-2007-2014', 'era-2020-present']}};

/** Conferences and targets only; eras without any are left out. */
export const FilteredKinds: Story = {args: {kinds: ['conference', 'target']}};

/** Tighter spacing; the era descriptions open on demand. */
export const Compact: Story = {args: {compact: true}};

/** `theme="dark"`, on a dark page. */
export const Dark: Story = {args: {theme: 'dark'}, ...fromMarkup<Args>((args) => [darkPage(timeline(args))])};

/** Care mode (适老化): larger type and targets, no motion, AAA contrast. */
export const Care: Story = {args: {care: true}};

/** A range with no events: a clear message, not an error. */
export const EmptyRange: Story = {args: {from: '2030'}};

/** An unknown era id: a short notice, and the id and reason in the console and an `alliance-error` event. */
export const BadEraId: Story = {args: {eras: ['no-such-era']}};
