import type {Meta, StoryObj} from '@storybook/web-components-vite';
import '../src/generated/entries/alliance-scheme.js';
import {SCHEME_IDS, idSelect} from './data-ids.js';
import {COMMON_ARGS, COMMON_ARG_TYPES, COMMON_ATTRIBUTES, careSection, darkPage, fromMarkup, widgetAttributes, type CommonArgs, type Markup} from './embed.js';

interface Args extends CommonArgs {
  'scheme-id': string;
  compact: boolean;
}

/** `<alliance-scheme>` with the attributes the args set. */
const scheme = (args: Args, extra: Record<string, string> = {}): Markup => ({
  tag: 'alliance-scheme',
  attrs: {...widgetAttributes(args, ['scheme-id', 'compact', ...COMMON_ATTRIBUTES]), ...extra},
});

const meta: Meta<Args> = {
  title: 'Widgets/alliance-scheme',
  component: 'alliance-scheme',
  args: {'scheme-id': 'four-links-three-unchanged', compact: false, ...COMMON_ARGS},
  argTypes: {...COMMON_ARG_TYPES, 'scheme-id': idSelect(SCHEME_IDS, {'no-such-scheme': 'no-such-scheme — an unknown id (not found)'})},
  ...fromMarkup<Args>((args) => [scheme(args)], {
    data: {collection: 'schemes', field: 'name', ids: ['four-links-three-unchanged']},
    ui: {'zh-Hans': '原文摘录', en: 'From the article (translated)', 'zh-Hant': '原文摘錄'},
  }),
};
export default meta;
type Story = StoryObj<Args>;

/** 四联三不变 of the Kuangyan southern area: the three unchanged things as the article lists them, the four links as an editorial reading. */
export const Default: Story = {};

/** The five -化 of the “five-way coordination” path, from the undated article (no as-of date in the seed). */
export const FiveWayCoordination: Story = {args: {'scheme-id': 'five-way-coordination'}};

/** The “1+1” policy system: its two documents, tied to the 20 articles and their figure. */
export const PolicySystem: Story = {args: {'scheme-id': 'one-plus-one-policy-system'}};

/** “7+N”, named in two articles: both sources, and the model it is. */
export const SevenPlusN: Story = {args: {'scheme-id': 'seven-plus-n'}};

/** The same scheme in English, whatever the page's language (`lang` on the widget). */
export const English: Story = {args: {'scheme-id': 'six-ones'}, ...fromMarkup<Args>((args) => [scheme(args, {lang: 'en'})])};

/** A tighter layout. */
export const Compact: Story = {args: {'scheme-id': 'three-meetings', compact: true}};

/** An unknown id: a short notice, and the id and reason in the console and an `alliance-error` event. */
export const NotFound: Story = {args: {'scheme-id': 'no-such-scheme'}};

/** Care mode (适老化), switched on by a `care` attribute on an ancestor. */
export const Care: Story = {...fromMarkup<Args>((args) => [careSection(scheme(args))])};

/** The dark look, on a dark page. */
export const Dark: Story = {...fromMarkup<Args>((args) => [darkPage(scheme(args, {theme: 'dark'}))])};
