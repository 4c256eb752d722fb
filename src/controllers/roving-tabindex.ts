/**
 * A roving tab stop (WAI-ARIA Authoring Practices, "Managing focus within
 * components using a roving tabindex"): a group of items — the events of a
 * timeline, the chips of a filter — is one stop in the page's tab order, and
 * the arrow keys move between its items.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** What a roving tab stop needs to know of its host's items. */
export interface RovingTabindexOptions<T extends HTMLElement> {
  /** The items in keyboard order: a selector for the render root (`button.toggle`), or a function; read again after each host update, when needed. */
  items: string | (() => Iterable<T> | ArrayLike<T>);
  /** What names an item from one render to the next (an id, a data attribute); by default its `id`. */
  key?: (item: T) => string | undefined;
  /** Whether an item that takes focus scrolls into view smoothly (read at each move); by default it jumps. */
  smooth?: () => boolean;
}

/** A host with a render root, where the items and their key presses are. */
export type RovingTabindexHost = ReactiveControllerHost & {readonly renderRoot: HTMLElement | DocumentFragment};

/** The items as of the last host update, with where each is and what it is called. */
interface ItemList<T> {
  items: T[];
  positions: Map<EventTarget, number>;
  byKey: Map<string, T>;
}

/**
 * One tab stop among the items of a host: the active item has tabindex 0, the
 * rest -1. ArrowDown and ArrowRight move focus to the next item, ArrowUp and
 * ArrowLeft to the previous one (either pair, whatever the layout or writing
 * direction), Home and End to the first and the last; at either end the key
 * is taken but nothing moves (no wrapping), and a key with Alt, Ctrl, Meta or
 * Shift is left alone. An item that takes focus any other way (a click, Tab,
 * a script) becomes the active one.
 *
 * The host renders each item's `tabindex` from `tabIndexFor(key)`, having
 * called `keepActive` in the same render: the active item keeps its key
 * across renders. Moving the tab stop writes two tabindex values directly and
 * renders nothing. Until the host has rendered a tab stop, keys and focus are
 * left alone (so HTML rendered on a server, shown until the first render,
 * keeps its own behaviour).
 *
 * It listens on the host's render root (focus moving inside a shadow root
 * never reaches the host), from connection to disconnection, and reads the
 * items at most once per host update; a key press reads no layout.
 */
export class RovingTabindexController<T extends HTMLElement = HTMLElement> implements ReactiveController {
  /** The key of the active item. */
  private active: string | undefined;

  /** The items read since the last host update, if any. */
  private list: ItemList<T> | undefined;

  constructor(
    private readonly host: RovingTabindexHost,
    private readonly options: RovingTabindexOptions<T>
  ) {
    host.addController(this);
  }

  /** The key of the item in the tab order; undefined until the host renders one. */
  get activeKey(): string | undefined {
    return this.active;
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('keydown', this.onKeyDown);
    this.host.renderRoot.addEventListener('focusin', this.onFocusIn);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('keydown', this.onKeyDown);
    this.host.renderRoot.removeEventListener('focusin', this.onFocusIn);
  }

  hostUpdated(): void {
    // The render may have added, removed or replaced items: read them again when next needed.
    this.list = undefined;
  }

  private readonly onKeyDown = (event: Event): void => {
    const {key, altKey, ctrlKey, metaKey, shiftKey, target} = event as KeyboardEvent;
    if (this.active === undefined || altKey || ctrlKey || metaKey || shiftKey || !target) return;
    const {items, positions} = this.read();
    const index = positions.get(target);
    if (index === undefined) return;
    const last = items.length - 1;
    let next: number;
    switch (key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(index + 1, last);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(index - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = last;
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next !== index) this.focusItem(items[next]!);
  };

  private readonly onFocusIn = (event: Event): void => {
    if (this.active === undefined || !event.target) return;
    const {items, positions} = this.read();
    const index = positions.get(event.target);
    if (index !== undefined) this.setActive(items[index]!);
  };

  /**
   * Called in the host's render, before `tabIndexFor`: keeps the active key
   * when the items about to be rendered still have it, else makes `first`
   * (usually the first item's key; undefined for none) the active one.
   */
  keepActive(keys: {has(key: string): boolean}, first: string | undefined): void {
    if (this.active === undefined || !keys.has(this.active)) this.active = first;
  }

  /** The tabindex to render on the item of this key: 0 for the active one, -1 for the rest. */
  tabIndexFor(key: string): 0 | -1 {
    return key === this.active ? 0 : -1;
  }

  /** Makes an item the tab stop, without moving focus: two tabindex values, no render. */
  setActive(item: T): void {
    const key = this.keyOf(item);
    if (!key || key === this.active) return;
    const previous = this.active === undefined ? undefined : this.read().byKey.get(this.active);
    if (previous) previous.tabIndex = -1;
    item.tabIndex = 0;
    this.active = key;
  }

  /** Moves focus, and the tab stop, to the item of this key and scrolls it into view; nothing when no item has it. */
  focus(key: string): void {
    const item = this.read().byKey.get(key);
    if (item) this.focusItem(item);
  }

  /** @internal */
  private focusItem(item: T): void {
    this.setActive(item);
    item.focus({preventScroll: true});
    item.scrollIntoView({block: 'nearest', inline: 'nearest', behavior: this.options.smooth?.() ? 'smooth' : 'auto'});
  }

  /** @internal */
  private keyOf(item: T): string | undefined {
    return this.options.key ? this.options.key(item) : item.id || undefined;
  }

  /** @internal The items, read once per host update. */
  private read(): ItemList<T> {
    if (this.list) return this.list;
    const {items: from} = this.options;
    const items = Array.from(typeof from === 'string' ? this.host.renderRoot.querySelectorAll<T>(from) : from());
    const list: ItemList<T> = {items, positions: new Map(), byKey: new Map()};
    items.forEach((item, i) => {
      list.positions.set(item, i);
      const key = this.keyOf(item);
      if (key !== undefined && !list.byKey.has(key)) list.byKey.set(key, item);
    });
    this.list = list;
    return list;
  }
}
