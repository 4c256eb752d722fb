import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/generated/entries/alliance-model-card.js';
import {MODEL_IDS, MODEL_KINDS, idSelect} from './data-ids.js';
import {COMMON_ARGS, COMMON_ARG_TYPES, COMMON_ATTRIBUTES, careSection, darkPage, fromMarkup, widgetAttributes, type CommonArgs, type Markup} from './embed.js';

interface Args extends CommonArgs {
  model: string;
  kind: string;
  open: boolean;
  compact: boolean;
  'case-href': string;
}

/** `<alliance-model-card>` with the attributes the args set (`kind="formation"` is the default, left out). */
const modelCard = (args: Args, extra: Record<string, string> = {}): Markup => ({
  tag: 'alliance-model-card',
  attrs: {...widgetAttributes(args, ['model', 'kind', 'open', 'compact', 'case-href', ...COMMON_ATTRIBUTES], {kind: 'formation'}), ...extra},
});

const meta: Meta<Args> = {
  title: 'Widgets/alliance-model-card',
  component: 'alliance-model-card',
  args: {model: '', kind: 'formation', open: false, compact: false, 'case-href': '', ...COMMON_ARGS},
  argTypes: {
    ...COMMON_ARG_TYPES,
    model: idSelect(MODEL_IDS, {
      '': '(none) — every model of the kind',
      all: 'all — every model of every kind',
      'no-such-model': 'no-such-model — an unknown id (not found)',
    }),
    kind: {control: 'select', options: [...MODEL_KINDS, 'all']},
  },
  ...fromMarkup<Args>((args) => [modelCard(args)], {
    data: {collection: 'models', field: 'name', where: {kind: 'formation'}},
    ui: {'zh-Hans': '展开全文', en: 'Show full text', 'zh-Hant': '展開全文'},
  }),
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

/** An unknown id: a short notice, and the id and reason in the console and an `alliance-error` event. */
export const NotFound: Story = {args: {model: 'no-such-model'}};

/** Care mode (适老化), switched on by a `care` attribute on an ancestor. */
export const Care: Story = {args: {model: 'mentor-led', open: true}, ...fromMarkup<Args>((args) => [careSection(modelCard(args))])};

/** The dark look, on a dark page. */
export const Dark: Story = {args: {model: 'mentor-led', open: true}, ...fromMarkup<Args>((args) => [darkPage(modelCard(args, {theme: 'dark'}))])};
