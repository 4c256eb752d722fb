import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/generated/entries/case-study-card.js';
import {CASE_IDS, idSelect} from './data-ids.js';
import {COMMON_ARGS, COMMON_ARG_TYPES, COMMON_ATTRIBUTES, careSection, darkPage, fromMarkup, widgetAttributes, type CommonArgs, type Markup} from './embed.js';

interface Args extends CommonArgs {
  case: string;
  'max-figures': number;
  compact: boolean;
}

/** `<case-study-card>` with the attributes the args set (`max-figures="6"` is the default, left out). */
const caseCard = (args: Args, extra: Record<string, string> = {}): Markup => ({
  tag: 'case-study-card',
  attrs: {...widgetAttributes(args, ['case', 'max-figures', 'compact', ...COMMON_ATTRIBUTES], {'max-figures': 6}), ...extra},
});

const meta: Meta<Args> = {
  title: 'Widgets/case-study-card',
  component: 'case-study-card',
  args: {case: 'kuangyan-south', 'max-figures': 6, compact: false, ...COMMON_ARGS},
  argTypes: {...COMMON_ARG_TYPES, case: idSelect(CASE_IDS, {'no-such-case': 'no-such-case — an unknown id (not found)'})},
  ...fromMarkup<Args>((args) => [caseCard(args)], {
    data: {collection: 'cases', field: 'name', ids: ['kuangyan-south']},
    ui: {'zh-Hans': '组建模式', en: 'Formation models', 'zh-Hant': '組建模式'},
  }),
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

/** An unknown id: a short notice, and the id and reason in the console and an `alliance-error` event. */
export const NotFound: Story = {args: {case: 'no-such-case'}};

/** Care mode (适老化), switched on by a `care` attribute on an ancestor. */
export const Care: Story = fromMarkup<Args>((args) => [careSection(caseCard(args))]);

/** The dark look, on a dark page. */
export const Dark: Story = fromMarkup<Args>((args) => [darkPage(caseCard(args, {theme: 'dark'}))]);
