/**
 * Text in the page's own DOM (see docs/adr/0006-text-in-light-dom.md).
 *
 * A widget's layout lives in its shadow root, but every piece of text it shows
 * lives in the page: a `<aw-t slot="aw-N">` child of the widget, assigned to a
 * `<slot name="aw-N">` where the layout puts it. So what the page's own tools
 * walk — a reading toolbar's page reading (连读) and pointer reading (指读),
 * its recolouring stylesheet, find-in-page, search engines, a browser without
 * shadow DOM — reaches the text, while screen readers meet each piece once,
 * at its slot, with the headings and lists of the layout around it.
 *
 * Templates call `t(text)` where they would write `${text}`. While a widget
 * renders, each call records its text and returns the slot; after the render
 * the widget writes the pieces into its light DOM in the order their slots
 * stand in the layout (reading order), reusing the elements it already has.
 */
import {html, nothing, type TemplateResult} from 'lit';

/** Tag of a light-DOM text piece: no semantics of its own, styled from the shadow root. */
export const PIECE_TAG = 'aw-t';
/** Prefix of the slot names of text pieces. */
export const PIECE_SLOT = 'aw-';

/**
 * How a piece sits in the layout: `inline` (part of a line), `block` (the
 * whole of a heading, a paragraph, a line of its own) or `line` (the last
 * piece of a line made of several).
 */
export type PieceKind = 'inline' | 'block' | 'line';

/** A piece's text and how it sits in the layout. */
export interface Piece {
  text: string;
  kind: PieceKind;
}

/** The pieces of a render, by slot name. */
export type Pieces = ReadonlyMap<string, Piece>;

/**
 * The render in progress: its pieces so far, the scope new pieces are named in,
 * how many each scope has named, and the widget's slot elements by name.
 */
let recording: {pieces: Map<string, Piece>; scope: string; counts: Map<string, number>; slots: Map<string, HTMLSlotElement> | undefined} | undefined;

/**
 * Each widget's slot elements by name. In a browser a piece's slot is an
 * element made once and given to Lit as a node: cheaper than a template of
 * its own for every piece (a clone, parts and markers), and the same node
 * again on the next render, so Lit leaves it where it is.
 */
const slotsOf = new WeakMap<object, Map<string, HTMLSlotElement>>();

/** Runs `render` of `host` while recording its text pieces; returns its result and the pieces. */
export function recordPieces<R>(host: object, render: () => R): {result: R; pieces: Pieces} {
  const outer = recording;
  const pieces = new Map<string, Piece>();
  let slots = slotsOf.get(host);
  // A server renderer has no document: there a slot is markup.
  if (!slots && typeof document !== 'undefined') slotsOf.set(host, (slots = new Map()));
  recording = {pieces, scope: '', counts: new Map(), slots};
  try {
    return {result: render(), pieces};
  } finally {
    recording = outer;
    // Only the slots of this render are kept: a widget that shows other records over time keeps no others.
    if (slots) for (const name of slots.keys()) if (!pieces.has(name)) slots.delete(name);
  }
}

/**
 * Names the pieces `make` records after `key` (an item of a keyed list), so
 * they keep their slot names when items before them come or go: a re-render
 * then moves or renames nothing but what changed.
 */
export function pieceScope<R>(key: string, make: () => R): R {
  if (!recording) return make();
  const outer = recording.scope;
  // Encoded, so no key can end where another begins (`~` separates the levels).
  recording.scope = `${outer}${encodeURIComponent(key).replace(/~/g, '%7E')}~`;
  try {
    return make();
  } finally {
    recording.scope = outer;
  }
}

/**
 * A piece of text shown by a widget: a slot for it while a widget renders, the
 * text itself anywhere else. Empty text shows nothing. A `block` piece (or
 * `true`) is the whole content of a block of the layout (a heading, a
 * paragraph): it is laid out the same, and reads as a line of its own where
 * the page's tools read the text (`innerText`, a toolbar's page reading). A
 * `line` piece ends a line made of several pieces; like a block, it keeps
 * its line apart in static HTML read without shadow DOM.
 */
export function t(text: string | number | null | undefined, kind: PieceKind | boolean = 'inline'): TemplateResult | HTMLSlotElement | typeof nothing | string {
  if (text === null || text === undefined || text === '') return nothing;
  if (!recording) return String(text);
  const {scope, counts, pieces, slots} = recording;
  const n = counts.get(scope) ?? 0;
  counts.set(scope, n + 1);
  const name = `${PIECE_SLOT}${scope}${n}`;
  pieces.set(name, {text: String(text), kind: kind === true ? 'block' : kind === false ? 'inline' : kind});
  if (!slots) return html`<slot name=${name}></slot>`;
  let slot = slots.get(name);
  if (!slot) {
    slot = document.createElement('slot');
    slot.name = name;
    slots.set(name, slot);
  }
  return slot;
}

/** The piece a slot name stands for. */
const pieceOf = (pieces: Pieces, name: string): Piece => pieces.get(name) ?? {text: '', kind: 'inline'};

/** The slot names of the pieces, in the order the layout shows them. */
export function slotOrder(root: ParentNode): string[] {
  return [...root.querySelectorAll<HTMLSlotElement>(`slot[name^="${PIECE_SLOT}"]`)].map((slot) => slot.name);
}

/** Whether a light-DOM child is one of the widget's text pieces. */
export const isPiece = (node: Element): boolean => node.localName === PIECE_TAG && node.slot.startsWith(PIECE_SLOT);

/**
 * Makes the host's piece children match `pieces`, in slot order. Each piece
 * keeps its element, found by its slot name: so a re-render that changes
 * nothing touches nothing, one that opens a detail only inserts its pieces,
 * and the pieces of static HTML are taken over as they are. Missing pieces are
 * made, the rest removed; other children of the host are left alone.
 */
export function writePieces(host: HTMLElement, order: readonly string[], pieces: Pieces): void {
  if (!host.querySelector(`:scope > ${PIECE_TAG}`)) {
    // A first render: every piece made and added at once.
    const all = host.ownerDocument.createDocumentFragment();
    for (const name of order) all.append(newPiece(host, name, pieceOf(pieces, name)));
    host.append(all);
    return;
  }
  const mine = new Map<string, Element>();
  for (const child of [...host.children]) {
    if (!isPiece(child)) continue;
    if (mine.has(child.slot)) child.remove();
    else mine.set(child.slot, child);
  }
  let previous: Element | undefined;
  const first = mine.values().next().value;
  for (const name of order) {
    const {text, kind} = pieceOf(pieces, name);
    let piece = mine.get(name);
    mine.delete(name);
    if (!piece) {
      piece = newPiece(host, name, {text, kind});
    } else {
      if (piece.textContent !== text) piece.textContent = text;
      if (piece.hasAttribute('b') !== (kind === 'block')) piece.toggleAttribute('b', kind === 'block');
    }
    // Reading order: each piece the next piece after the one before it (other children may stand between).
    if (previous) {
      let next = previous.nextElementSibling;
      while (next && !isPiece(next)) next = next.nextElementSibling;
      if (next !== piece) previous.after(piece);
    } else if (piece !== first) {
      if (first?.parentNode === host) first.before(piece);
      else host.append(piece);
    }
    previous = piece;
  }
  for (const extra of mine.values()) extra.remove();
}

/** A new piece element for slot `name`. */
function newPiece(host: HTMLElement, name: string, {text, kind}: Piece): Element {
  const piece = host.ownerDocument.createElement(PIECE_TAG);
  piece.slot = name;
  piece.textContent = text;
  if (kind === 'block') piece.setAttribute('b', '');
  return piece;
}

/** Escapes text for HTML (the static renderer's light-DOM pieces). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The static HTML of the pieces, in slot order, as `writePieces` would make
 * them. A `<br>` stands before a block piece and after a block or a line's
 * last piece: never shown where the layout is (it has no slot), it keeps
 * lines apart where shadow DOM is missing.
 */
export function piecesHtml(order: readonly string[], pieces: Pieces): string {
  let html = '';
  let lineOpen = false;
  for (const name of order) {
    const {text, kind} = pieceOf(pieces, name);
    if (kind === 'block' && lineOpen) html += '<br>';
    html += `<${PIECE_TAG} slot="${escapeHtml(name)}"${kind === 'block' ? ' b' : ''}>${escapeHtml(text)}</${PIECE_TAG}>`;
    lineOpen = kind === 'inline';
    if (!lineOpen) html += '<br>';
  }
  return html;
}
