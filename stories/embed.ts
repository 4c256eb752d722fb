/**
 * One description per story, two outputs: every story describes what it shows
 * once, as a small tree of plain nodes (a widget, perhaps inside a wrapper that
 * sets care mode, a theme or custom properties). The catalogue renders that
 * tree to DOM, and "Show code" prints the same tree as the HTML a webmaster
 * pastes into a page, followed by the one-file bundle's script tag. The
 * toolbar's choices (language, theme, care mode) are applied to the tree
 * before both, so the code always reproduces what the story shows.
 */

/** An attribute value: `true` writes a boolean attribute; `false`, `undefined`, `null` and `''` leave it out. */
export type AttributeValue = string | number | boolean | undefined | null;

/** One element of a story's markup, with its attributes in the order a page writes them. */
export interface MarkupNode {
  /** Tag name, lower case. */
  tag: string;
  /** Attributes; see {@link AttributeValue} for which are written. */
  attrs?: Record<string, AttributeValue>;
  /** Child elements and text. */
  children?: Markup[];
}

/** An element or a text node. */
export type Markup = MarkupNode | string;

/** The toolbar's choices, as Storybook passes them in `context.globals`. */
export interface Globals {
  /** Language of the page: `zh-Hans`, `en` or `zh-Hant`. */
  locale?: string;
  /** `page` (no attribute: the widgets follow the page), `light`, `dark` or `system` (the reader's system setting). */
  theme?: string;
  /** `on` puts the story inside `<div care>`. */
  care?: string;
}

/** The toolbar's starting values. */
export const INITIAL_GLOBALS = {locale: 'zh-Hans', theme: 'page', care: 'off'} as const satisfies Required<Globals>;

/** The widgets' tag names. */
import {WIDGET_TAGS} from '../src/widgets.js';

export {WIDGET_TAGS};

/** The script tag that ends every snippet: `charset` keeps the bundle readable on GB2312/GBK pages. */
export const SCRIPT_TAG = '<script src="alliance-widgets.iife.js" charset="utf-8"></script>';

/** The style of a dark page around dark widgets. */
export const DARK_PAGE_STYLE = 'background:#0d0f12;color:#e6e8eb;padding:1rem';

/** A dark page section around `children`, as a page with dark widgets has. */
export const darkPage = (...children: Markup[]): MarkupNode => ({tag: 'div', attrs: {style: DARK_PAGE_STYLE}, children});

/** A care-mode (适老化) section around `children`, as a page switches it on. */
export const careSection = (...children: Markup[]): MarkupNode => ({tag: 'div', attrs: {care: true}, children});

/**
 * The attributes every widget has (from the base class) whose types the
 * manifest gives as unions Storybook cannot make a control of ("Set object"):
 * their args, all unset, and controls a webmaster can use. `state` is the
 * widget's own report (loading / ready / error), not an input.
 */
export interface CommonArgs {
  theme: '' | 'light' | 'dark' | 'system';
  care: boolean;
  src: string;
}

/** The common attributes' names, in the order a page writes them after the widget's own. */
export const COMMON_ATTRIBUTES = ['theme', 'care', 'src'] as const satisfies readonly (keyof CommonArgs)[];

/** The common args unset: no attribute is written. */
export const COMMON_ARGS: CommonArgs = {theme: '', care: false, src: ''};

/** Controls for the common attributes. */
export const COMMON_ARG_TYPES = {
  theme: {
    control: {type: 'select' as const, labels: {'': '(none) — follows the page', light: 'light', dark: 'dark', system: 'system — the reader’s setting'}},
    options: ['', 'light', 'dark', 'system'],
  },
  care: {control: 'boolean' as const},
  src: {control: 'text' as const, description: 'URL of a JSON document of the portal’s own data (needs a web server)'},
  state: {control: false as const},
};

/** Whether an attribute value is written. */
const written = (value: AttributeValue): value is string | number | true => value !== undefined && value !== null && value !== false && value !== '';

/** The attributes a node writes, as name and value (`''` for a boolean attribute). */
export function attributesOf(node: MarkupNode): [string, string][] {
  return Object.entries(node.attrs ?? {})
    .filter((entry): entry is [string, string | number | true] => written(entry[1]))
    .map(([name, value]) => [name, value === true ? '' : String(value)]);
}

/**
 * The attributes of a widget from story args: every arg in `names` whose value
 * is written and differs from the widget's default in `defaults`.
 */
export function widgetAttributes<A extends object>(args: A, names: readonly (keyof A & string)[], defaults: Partial<A> = {}): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const name of names) {
    const value = args[name] as unknown;
    const text = Array.isArray(value) ? value.join(',') : (value as AttributeValue);
    if (name in defaults && String(defaults[name]) === String(text)) continue;
    out[name] = text;
  }
  return out;
}

const isElement = (node: Markup): node is MarkupNode => typeof node !== 'string';
const isWidget = (node: MarkupNode) => (WIDGET_TAGS as readonly string[]).includes(node.tag);

/** Gives every widget in `nodes` without a `theme` of its own the theme `theme`. */
function themeWidgets(nodes: Markup[], theme: string): Markup[] {
  return nodes.map((node) => {
    if (!isElement(node)) return node;
    const own = isWidget(node) && !written(node.attrs?.['theme']);
    return {
      ...node,
      ...(own ? {attrs: {...node.attrs, theme}} : {}),
      ...(node.children ? {children: themeWidgets(node.children, theme)} : {}),
    };
  });
}

/** Whether any element of `nodes`, at any depth, passes `test`. */
const contains = (nodes: Markup[], test: (node: MarkupNode) => boolean): boolean =>
  nodes.some((n) => isElement(n) && (test(n) || contains(n.children ?? [], test)));

/**
 * The story's markup with the toolbar's theme and care mode applied: a theme
 * goes on every widget that has none of its own (a dark theme also puts the
 * story on a dark page, unless it has one); care mode wraps the story in
 * `<div care>`, unless it has such a section.
 */
export function withGlobals(nodes: Markup[], globals: Globals = INITIAL_GLOBALS): Markup[] {
  let out = nodes;
  const theme = globals.theme;
  if (theme === 'light' || theme === 'dark' || theme === 'system') out = themeWidgets(out, theme);
  if (theme === 'dark' && !contains(out, (n) => n.attrs?.['style'] === DARK_PAGE_STYLE)) out = [darkPage(...out)];
  if (globals.care === 'on' && !contains(out, (n) => n.tag === 'div' && n.attrs?.['care'] === true)) out = [careSection(...out)];
  return out;
}

/** The `lang` a page needs for the widgets to read in the toolbar's language. */
export const pageLang = (globals: Globals = INITIAL_GLOBALS) => globals.locale ?? INITIAL_GLOBALS.locale;

/** Builds the DOM of `nodes` in `doc` (no HTML parsing: attribute values and text are set as they are). */
export function toDom(nodes: Markup[], doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const node of nodes) {
    if (!isElement(node)) {
      fragment.append(doc.createTextNode(node));
      continue;
    }
    const el = doc.createElement(node.tag);
    for (const [name, value] of attributesOf(node)) el.setAttribute(name, value);
    if (node.children) el.append(toDom(node.children, doc));
    fragment.append(el);
  }
  return fragment;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** `nodes` as indented HTML: an element whose children are all text stays on one line. */
export function toHtml(nodes: Markup[], indent = ''): string {
  return nodes
    .map((node) => {
      if (!isElement(node)) return indent + escapeText(node);
      const attrs = attributesOf(node)
        .map(([name, value]) => (value === '' && node.attrs?.[name] === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
        .join('');
      const open = `${indent}<${node.tag}${attrs}>`;
      const children = node.children ?? [];
      // A script's text is not HTML-escaped (the page would read `&lt;` as it stands); the caller keeps `</script` out of it.
      const textOf = (c: Markup) => (node.tag === 'script' ? (c as string) : escapeText(c as string));
      if (children.every((c) => !isElement(c))) return `${open}${children.map(textOf).join('')}</${node.tag}>`;
      return `${open}\n${toHtml(children, indent + '  ')}\n${indent}</${node.tag}>`;
    })
    .join('\n');
}

/**
 * The code a webmaster copies: which `<html lang>` the page needs, the markup
 * (toolbar choices applied), then the bundle's script tag.
 */
export function embedSnippet(nodes: Markup[], globals: Globals = INITIAL_GLOBALS): string {
  const lang = pageLang(globals);
  return [`<!-- The widgets read in the page's language: <html lang="${escapeAttribute(lang)}"> -->`, toHtml(withGlobals(nodes, globals)), SCRIPT_TAG].join('\n');
}

/** What Storybook passes to a story's render function and to the code transform. */
interface StoryContextLike<A> {
  args: A;
  globals: Globals;
}

/**
 * What a widget's docs page shows first (its Primary story) in each locale,
 * written by hand beside the story for test/docs-pages.test.ts, which compares
 * the page with it: the data's texts (one field of the records of a
 * collection: the `ids` given, in order, or those matching `where`, or all)
 * and one UI string of the widget as the translators wrote it.
 */
export interface DocsPageShows {
  readonly data: {
    readonly collection: 'stats' | 'cases' | 'models' | 'schemes' | 'eras';
    readonly field: string;
    readonly ids?: readonly string[];
    readonly where?: Readonly<Record<string, string>>;
  };
  readonly ui: Readonly<Record<'zh-Hans' | 'en' | 'zh-Hant', string>>;
}

/**
 * A story's `render` and "Show code", both from one markup description (of
 * the args and, for text in the page's language, the toolbar's choices):
 * `render` builds the DOM, `parameters.docs.source.transform` prints the same
 * markup as the page's HTML. A widget's meta gives `shows` too
 * (`parameters.shows`, see DocsPageShows).
 */
export function fromMarkup<A>(markup: (args: A, globals: Globals) => Markup[], shows?: DocsPageShows) {
  return {
    render: (args: A, context: StoryContextLike<A>) => toDom(withGlobals(markup(args, context.globals), context.globals)),
    parameters: {
      docs: {
        source: {
          language: 'html',
          transform: (_code: string, context: StoryContextLike<A>) => embedSnippet(markup(context.args, context.globals), context.globals),
        },
      },
      ...(shows ? {shows} : {}),
    },
  };
}

/** Sets the page's language as the toolbar says, before a story renders (the widgets follow `<html lang>`). */
export function applyPageLang(globals: Globals, doc: Document = document) {
  doc.documentElement.lang = pageLang(globals);
}
