/** Small helpers shared by the widget tests. */
import {expect, fixture, html, oneEvent, waitUntil as openWcWaitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AllianceErrorEvent} from '../../src/events.js';
import * as OpenCC from 'opencc-js';
import {getLocale} from '../../src/localization/localization.js';
import {settled} from './raw-data.js';
import {WIDGETS, type WidgetRegistry} from '../../src/widgets.js';
import {LANG_ATTRIBUTE, LOCALES} from '../../src/locales.js';

const cnToTw = OpenCC.Converter({from: 'cn', to: 'tw'});
const cnToTwp = OpenCC.Converter({from: 'cn', to: 'twp'});
/** Quotation marks as Taiwan and Hong Kong set them. */
const hantQuotes = (text: string) => text.replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');
/**
 * Traditional Chinese of data text, stated here on its own (not the build's
 * converter): OpenCC's characters (cn → tw), the names OpenCC would alter
 * back as printed (慈溪, 印明了), zh-Hant quotation marks.
 */
/**
 * `waitUntil` of @open-wc/testing with a 5-second default timeout instead of
 * 1 second: a wait ends as soon as its condition holds, so a passing test is
 * no slower, and a busy or first-run machine (a language's messages and data
 * loading for the first time) does not fail a test that would pass.
 */
export const waitUntil: typeof openWcWaitUntil = (predicate, message, options = {}) => openWcWaitUntil(predicate, message, {timeout: 5000, ...options});

export const toHant = (zhHans: string) => hantQuotes(cnToTw(zhHans).replace(/慈谿/g, '慈溪').replace(/印明瞭/g, '印明了'));
/** Traditional Chinese of UI text: Taiwan's wording (cn → twp, 報導) and zh-Hant quotation marks. */
export const toHantUi = (zhHans: string) => hantQuotes(cnToTwp(zhHans).replace(/報道/g, '報導'));

/** Sets <html lang> as a host page would and waits for the widgets' locale. */
export async function setLang(lang: string, locale: string): Promise<void> {
  document.documentElement.lang = lang;
  await waitUntil(() => getLocale() === locale, `locale ${locale} did not activate`);
}

/** The first element of a part in a widget's shadow root. */
export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** Every element of a part. */
export const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/**
 * The text of a node as the flat tree shows it: a slot gives the text
 * assigned to it (a widget's text pieces live in the page's DOM), a host its
 * shadow root's; `skip` leaves out elements (e.g. `aria-hidden` ones).
 */
export function flatText(node: Node, skip: (el: Element) => boolean = () => false): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  // Duck-typed, so it works on nodes of a frame's document too.
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
  if (el && skip(el)) return '';
  if (el && ['style', 'script', 'template'].includes(el.localName)) return '';
  if (el?.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes({flatten: true});
    return (assigned.length ? assigned : [...el.childNodes]).map((n) => flatText(n, skip)).join('');
  }
  const children = el?.shadowRoot ? el.shadowRoot.childNodes : node.childNodes;
  return [...children].map((n) => flatText(n, skip)).join('');
}

/** Every text node of a node's flat tree, in flat-tree order (through slots and shadow roots). */
export function flatTextNodes(node: Node, out: Text[] = []): Text[] {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push(node as Text);
    return out;
  }
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : undefined;
  if (el && ['style', 'script', 'template'].includes(el.localName)) return out;
  if (el?.localName === 'slot') {
    const assigned = (el as HTMLSlotElement).assignedNodes({flatten: true});
    for (const n of assigned.length ? assigned : [...el.childNodes]) flatTextNodes(n, out);
    return out;
  }
  for (const n of el?.shadowRoot ? el.shadowRoot.childNodes : node.childNodes) flatTextNodes(n, out);
  return out;
}

/** A node's parent in the flat tree: its slot, else its parent, else its shadow root's host. */
export const flatParent = (node: Node): Element | null =>
  (node as Element).assignedSlot ?? node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;

/** The closest flat-tree ancestor (or the element itself) matching a selector. */
export function flatClosest(el: Element | null, selector: string): Element | null {
  for (let node = el; node; node = flatParent(node)) if (node.matches(selector)) return node;
  return null;
}

/** Text as shown (through slots), with white space folded. */
export const text = (el: Node | null | undefined) => (el ? flatText(el).replace(/\s+/g, ' ').trim() : '');

/** Text as assistive technology gets it: without `aria-hidden` parts. */
export function spokenText(el: Element | null | undefined): string {
  if (!el) return '';
  return flatText(el, (e) => e.getAttribute('aria-hidden') === 'true')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Waits until a widget shows `locale` (its messages and its data). */
export async function inLocale(el: Element, locale: string): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === locale, `${el.localName} did not switch to ${locale}`);
  await (el as Element & {updateComplete: Promise<boolean>}).updateComplete;
}

/**
 * Puts a new widget with the given attributes into the page and waits for the
 * `alliance-error` it fires. The caller removes the widget.
 */
export async function placeExpectingError<E extends HTMLElement>(tag: string, attributes: Record<string, string> = {}): Promise<{el: E; error: AllianceErrorEvent}> {
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const event = oneEvent(el, 'alliance-error');
  document.body.append(el);
  const error = (await event) as unknown as AllianceErrorEvent;
  await (el as unknown as {updateComplete: Promise<boolean>}).updateComplete;
  return {el, error};
}

/**
 * The widget's tab stops, in order, as a keyboard reader meets them: Tab from
 * a button placed just before the widget until focus reaches one placed just
 * after it (so focus never leaves the page).
 */
export async function tabStops(el: HTMLElement): Promise<Element[]> {
  const [start, end] = ['start', 'end'].map((name) => Object.assign(document.createElement('button'), {textContent: name}));
  el.before(start!);
  el.after(end!);
  start!.focus();
  const stops: Element[] = [];
  for (let i = 0; i < 50; i++) {
    await sendKeys({press: 'Tab'});
    const active = el.shadowRoot!.activeElement;
    if (document.activeElement !== el || !active) break;
    stops.push(active);
  }
  const leftTo = document.activeElement;
  start!.remove();
  end!.remove();
  expect(leftTo, 'Tab leaves the widget to what follows it').to.equal(end);
  return stops;
}

/** The registry's markup showing all of a widget's text, for each widget of a registry (src/widgets.ts unless a test gives its own). */
export const showingAllOf = (registry: WidgetRegistry = WIDGETS): readonly [string, string][] => Object.entries(registry).map(([tag, w]) => [tag, w.showingAll]);

/** Each widget showing real records, with its collapsed parts opened so all its text is on screen. */
export const WIDGETS_SHOWING_ALL: readonly [string, string][] = showingAllOf();

/**
 * Puts a widget in a 40rem column (in care mode when asked), waits until it
 * shows its content, and opens every event of a timeline so its details show.
 */
export async function placeShowingAll<E extends HTMLElement & {updateComplete: Promise<boolean>}>(markup: string, {care = false, id}: {care?: boolean; id?: string} = {}): Promise<E> {
  const wrapper = await fixture<HTMLElement>(html`<div style="width: 40rem"></div>`);
  if (care) wrapper.setAttribute('care', '');
  wrapper.innerHTML = markup;
  const el = wrapper.firstElementChild as E;
  if (id) el.id = id;
  await settled(el);
  await el.updateComplete;
  if (el.localName === 'timeline-view') {
    const timeline = el as unknown as E & {toggleEvent(id: string, open: boolean): void};
    for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('button.toggle')) timeline.toggleEvent(button.dataset['id']!, true);
    await el.updateComplete;
  }
  return el;
}

/**
 * Puts a frame in the test page and resolves once it has loaded: `src` (a
 * page of the test server) or `srcdoc`, a size, and optionally a `sandbox`
 * (`allow-same-origin` alone runs no script). The caller removes it.
 */
export async function loadFrame(
  page: {src: string} | {srcdoc: string},
  {width = 800, height = 600, sandbox}: {width?: number; height?: number; sandbox?: string} = {}
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  if ('src' in page) frame.src = page.src;
  else frame.srcdoc = page.srcdoc;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The page languages a test runs each widget in (each locale's `lang` attribute), with the locale each resolves to. */
export const PAGE_LOCALES = LOCALES.map((locale) => [LANG_ATTRIBUTE[locale], locale] as const);

/** Text with its runs of white space as one space, trimmed. */
export const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The widget's text pieces in the page's DOM (children `<aw-t slot="aw-N">`). */
export const piecesOf = (el: Element) => [...el.children].filter((c) => c.localName === 'aw-t') as HTMLElement[];

/** Pieces shown on screen: rendered (not in a closed part), not visually hidden (text for screen readers only), not empty. */
export const shownPieces = (el: Element) => piecesOf(el).filter((p) => p.getClientRects().length > 0 && !flatClosest(p, '.visually-hidden') && fold(p.textContent ?? '') !== '');
