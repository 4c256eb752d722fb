/**
 * Static HTML of the widgets (Node only), for a CMS to paste where scripts
 * may not run and for search engines: each widget as a declarative shadow
 * root (its layout and styles) with its text pieces in the light DOM (see
 * base/pieces.ts). With scripts off it reads and looks like the live widget;
 * a browser without shadow DOM shows the text alone, in reading order. When
 * the bundle loads, each widget takes its static HTML over in place.
 *
 * Built on @lit-labs/ssr; the markup is parsed with parse5 (which it uses).
 */
import {render} from '@lit-labs/ssr';
import {LitElementRenderer} from '@lit-labs/ssr/lib/lit-element-renderer.js';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html, type LitElement} from 'lit';
import {unsafeHTML} from 'lit/directives/unsafe-html.js';
import {parse, parseFragment, type DefaultTreeAdapterMap} from 'parse5';
import '../index.js';
import * as classes from '../classes.js';
import {provideSeriesChart} from '../components/case-stat/chart-loader.js';
import * as seriesChart from '../components/case-stat/series-chart.js';
import {preloadLocale} from '../preload.js';
import {outerAttributes, type InheritedAttribute} from '../base/ancestry.js';
import {escapeHtml, piecesHtml, PIECE_SLOT, PIECE_TAG} from '../base/pieces.js';
import {STATE_ATTRIBUTE, warnRefusedLink} from '../base/problem-controller.js';

/** Undoes the escaping of an attribute value in the renderer's HTML (parsed only when it holds an entity: most names hold none). */
const unescapeHtml = (value: string) =>
  value.includes('&') ? parseFragment(`<i title="${value}"></i>`).childNodes.map((n) => ('attrs' in n ? n.attrs[0]?.value : '')).join('') : value;
import type {AllianceElement} from '../base/alliance-element.js';
import {WIDGETS, WIDGET_TAGS} from '../widgets.js';
import {LANG_ATTRIBUTE} from '../locales.js';
import {resolveLocale} from '../localization/localization.js';


export {LOCALES} from '../data/types.js';
import {LOCALES} from '../data/types.js';

/** This module's widget classes by tag (the registry names each one's class). */
const OWN_CLASSES = new Map<string, new () => LitElement>(
  WIDGET_TAGS.map((tag) => {
    const name = WIDGETS[tag].className as keyof typeof classes;
    const own = classes[name] as unknown as (new () => LitElement) | undefined;
    if (typeof own !== 'function') throw new Error(`alliance-widgets/static: no class ${name} for <${tag}> in classes.ts`);
    // Reading observedAttributes finalizes a class (its attributes mapped to properties), as defining it would.
    void (own as unknown as {observedAttributes: unknown}).observedAttributes;
    return [tag, own];
  })
);

// Static HTML is rendered at once: the series chart of <case-stat chart> at hand, not loaded.
provideSeriesChart(seriesChart);

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface RenderOptions {
  /**
   * The language of widgets that neither carry `lang` nor sit in an element
   * that does (`zh-Hans`, `en`, `zh-Hant`, or a tag such as `zh-CN`). Such a
   * widget gets it as its own `lang` attribute, so it stays in that language
   * wherever the HTML is pasted. Default: `zh-Hans`.
   */
  locale?: string;
  /**
   * Called for each widget that shows a notice instead of its data (an
   * unknown or missing id, an attribute value it does not take), with the
   * reason and id its live counterpart would report.
   */
  onProblem?: (problem: RenderProblem) => void;
}

/** A widget rendered as a notice instead of its data. */
export interface RenderProblem {
  readonly tag: string;
  readonly reason: string;
  readonly id: string | undefined;
  /** The attribute or data path at fault, when there is one. */
  readonly path?: string | undefined;
}


const isElement = (node: Node): node is Element => 'tagName' in node;
const isWidget = (node: Node): boolean => isElement(node) && (WIDGET_TAGS as readonly string[]).includes(node.tagName);
const attribute = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The widgets in a tree, outermost only, with what their ancestors say of care, lang and theme. */
function findWidgets(node: Node, outer: Partial<Record<InheritedAttribute, string>>, out: {el: Element; outer: typeof outer}[]): typeof out {
  if (isWidget(node)) {
    out.push({el: node as Element, outer});
    return out;
  }
  let inherited = outer;
  if (isElement(node)) {
    for (const name of ['care', 'lang', 'theme'] as const) {
      const value = attribute(node, name);
      if (value !== undefined) inherited = {...inherited, [name]: value};
    }
  }
  const children = 'content' in node ? (node.content as unknown as {childNodes: Node[]}).childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) findWidgets(child, inherited, out);
  return out;
}

/**
 * An element renderer that gives the widget it renders the attributes of its
 * ancestors and hands the instance over, to read its text pieces. Made per
 * widget, so renders running at the same time (a server) never share one.
 */
function pieceRenderer(outer: Partial<Record<InheritedAttribute, string>>, made: AllianceElement<unknown>[]): typeof LitElementRenderer {
  return class extends LitElementRenderer {
    constructor(tagName: string) {
      super(tagName);
      // The registry may hold another copy's class (the ES entries imported first in the same process), which loads
      // its data later: static HTML is rendered by this module's own classes, whose data is at hand.
      const own = OWN_CLASSES.get(tagName);
      if (own && !(this.element instanceof own)) this.element = new own();
      outerAttributes.set(this.element, outer);
      made.push(this.element as AllianceElement<unknown>);
    }
  };
}

/** Lit's hydration markers (and its `<?>` for an empty part): of no use here, as the widgets render anew, so left out. */
const LIT_MARKERS = /<!--(?:\/?lit-part[^>]*|lit-node \d+|\?lit\$\d+\$)-->|<\?>/g;

/** One widget's static HTML: its start tag, its declarative shadow root, its text pieces, the author's other children. */
async function renderWidget(source: string, el: Element, outer: Partial<Record<InheritedAttribute, string>>, fallbackLang: string, onProblem?: (problem: RenderProblem) => void): Promise<string> {
  // The widget's own `state` attribute is written anew below, from what it rendered.
  const attrs = el.attrs
    .filter((a) => a.name !== STATE_ATTRIBUTE)
    .map((a) => ` ${a.name}${a.value === '' ? '' : `="${escapeHtml(a.value)}"`}`)
    .join('');
  const lang = attribute(el, 'lang') === undefined && outer.lang === undefined ? ` lang="${fallbackLang}"` : '';
  // The author's own children stay (a future inline data block, say); pieces of an earlier rendering do not.
  const loc = el.sourceCodeLocation;
  const kept = el.childNodes.filter((child) => !('tagName' in child) || !(child.tagName === PIECE_TAG || child.tagName === 'br' || (child.tagName === 'template' && attribute(child, 'shadowrootmode'))));
  const inner = kept
    .map((child) => {
      const at = child.sourceCodeLocation;
      return at && loc ? source.slice(at.startOffset, at.endOffset) : '';
    })
    .join('');
  const made: AllianceElement<unknown>[] = [];
  const out = await collectResult(render(html`${unsafeHTML(`<${el.tagName}${attrs}${lang}></${el.tagName}>`)}`, {elementRenderers: [pieceRenderer(outer, made)]}));
  const widget = made[0];
  if (!widget) throw new Error(`alliance-widgets: <${el.tagName}> did not render`);
  for (const refused of widget.refusedLinks) warnRefusedLink(el.tagName, refused);
  // The state the live widget would tell (problem-controller.ts), so the page's `[state='error']` rule holds before the script runs.
  const found = (widget as unknown as {found: {ok: true} | {ok: false; reason: string; id: string | undefined; path?: string} | undefined}).found;
  if (found && !found.ok) onProblem?.({tag: el.tagName, reason: found.reason, id: found.id, path: found.path});
  const state = ` ${STATE_ATTRIBUTE}="${!found ? 'loading' : found.ok ? 'ready' : 'error'}"`;
  const close = `</${el.tagName}>`;
  // The declarative shadow root as rendered; the start tag as written (the renderer re-spaces it).
  const shadow = out.replace(LIT_MARKERS, '');
  const template = shadow.slice(shadow.indexOf('<template'), shadow.lastIndexOf(close));
  // Slot names hold record ids (escaped in the HTML): read them back as the widget named them.
  const order = [...template.matchAll(new RegExp(`<slot name="(${PIECE_SLOT}[^"]*)"`, 'g'))].map((m) => unescapeHtml(m[1]!));
  return `<${el.tagName}${attrs}${lang}${state}>${template}${piecesHtml(order, widget.pieceTexts)}${inner}${close}`;
}

/**
 * Renders every widget in `markup` — a fragment such as
 * `<case-stat stat="workshop-employment"></case-stat>` or a whole page — to
 * static HTML, leaving everything else as it was written. A whole page
 * (starting with `<!doctype` or `<html`) keeps its `<html lang>`, which the
 * widgets in it follow.
 */
export async function renderStatic(markup: string, options: RenderOptions = {}): Promise<string> {
  const locale = resolveLocale(options.locale ?? 'zh-Hans');
  const page = /^\s*(<!doctype|<html)/i.test(markup);
  const tree = page ? parse(markup, {sourceCodeLocationInfo: true}) : parseFragment(markup, {sourceCodeLocationInfo: true});
  const widgets = findWidgets(tree as unknown as Node, {}, []);
  // Every locale a widget may use is loaded, so each renders its content, not its loading state.
  await Promise.all(LOCALES.map((l) => preloadLocale(l)));
  let out = '';
  let at = 0;
  for (const {el, outer} of widgets) {
    const loc = el.sourceCodeLocation;
    if (!loc) continue;
    out += markup.slice(at, loc.startOffset) + (await renderWidget(markup, el, outer, LANG_ATTRIBUTE[locale], options.onProblem));
    at = loc.endOffset;
  }
  return out + markup.slice(at);
}
