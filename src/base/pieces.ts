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

/** The pieces recorded by the render in progress, in the order `t()` was called. */
let recording: Piece[] | undefined;

/** Runs `render` while recording its text pieces; returns its result and the pieces. */
export function recordPieces<R>(render: () => R): {result: R; pieces: Piece[]} {
  const outer = recording;
  const pieces: Piece[] = [];
  recording = pieces;
  try {
    return {result: render(), pieces};
  } finally {
    recording = outer;
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
export function t(text: string | number | null | undefined, kind: PieceKind | boolean = 'inline'): TemplateResult | typeof nothing | string {
  if (text === null || text === undefined || text === '') return nothing;
  if (!recording) return String(text);
  const name = `${PIECE_SLOT}${recording.length}`;
  recording.push({text: String(text), kind: kind === true ? 'block' : kind === false ? 'inline' : kind});
  return html`<slot name=${name}></slot>`;
}

/** The piece a slot name stands for. */
const pieceOf = (pieces: readonly Piece[], name: string): Piece => pieces[Number(name.slice(PIECE_SLOT.length))] ?? {text: '', kind: 'inline'};

/** The slot names of the pieces, in the order the layout shows them. */
export function slotOrder(root: ParentNode): string[] {
  return [...root.querySelectorAll<HTMLSlotElement>(`slot[name^="${PIECE_SLOT}"]`)].map((slot) => slot.name);
}

/** Whether a light-DOM child is one of the widget's text pieces. */
export const isPiece = (node: Element): boolean => node.localName === PIECE_TAG && node.slot.startsWith(PIECE_SLOT);

/**
 * Makes the host's piece children match `pieces`, in slot order: keeps the
 * elements it has (so a re-render that changes nothing touches nothing, and
 * the pieces of static HTML are taken over as they are), updates what
 * changed, adds what is missing and removes the rest. Other children of the
 * host are left alone.
 */
export function writePieces(host: HTMLElement, order: readonly string[], pieces: readonly Piece[]): void {
  const mine = [...host.children].filter(isPiece);
  order.forEach((name, i) => {
    const {text, kind} = pieceOf(pieces, name);
    const block = kind === 'block';
    let piece = mine[i];
    if (!piece) {
      piece = host.ownerDocument.createElement(PIECE_TAG);
      const previous = mine[i - 1];
      if (previous) previous.after(piece);
      else host.append(piece);
      mine[i] = piece;
    }
    if (piece.slot !== name) piece.slot = name;
    if (piece.textContent !== text) piece.textContent = text;
    if (piece.hasAttribute('b') !== block) piece.toggleAttribute('b', block);
  });
  for (const extra of mine.slice(order.length)) extra.remove();
}

/** Escapes text for HTML (the static renderer's light-DOM pieces). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The static HTML of the pieces, in slot order, as `writePieces` would make
 * them. A `<br>` stands before a block piece and after a block or a line's
 * last piece: never shown where the layout is (it has no slot), it keeps
 * lines apart where shadow DOM is missing.
 */
export function piecesHtml(order: readonly string[], pieces: readonly Piece[]): string {
  let html = '';
  let lineOpen = false;
  for (const name of order) {
    const {text, kind} = pieceOf(pieces, name);
    if (kind === 'block' && lineOpen) html += '<br>';
    html += `<${PIECE_TAG} slot="${name}"${kind === 'block' ? ' b' : ''}>${escapeHtml(text)}</${PIECE_TAG}>`;
    lineOpen = kind === 'inline';
    if (!lineOpen) html += '<br>';
  }
  return html;
}
