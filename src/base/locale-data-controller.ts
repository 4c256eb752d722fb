import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Dataset} from '../data/dataset.js';
import type {DataSource} from '../data/source.js';
import type {Collection} from '../data/types.js';
import {closestAttribute} from './ancestry.js';
import {forcedLocale, intlTag, onForcedLocale, resolveLocale} from '../localization/localization.js';
import {loadMessages, peekMessages, sourceLocaleContext, type LocaleContext} from '../localization/runtime.js';

export type DataState = 'loading' | 'ready' | 'error';

/** The controllers of the connected widgets, so setLocale() can switch them all. */
const connected = new Set<LocaleDataController>();

/** @internal How many widgets setLocale() would switch now (for the tests of connecting and disconnecting). */
export const connectedControllers = () => connected.size;

// setLocale() switches every widget: each looks again, and setLocale() waits until all have their new locale.
onForcedLocale(() =>
  Promise.all(
    [...connected].map(async (controller) => {
      const host = controller.host;
      host.requestUpdate();
      await host.updateComplete;
      await controller.settled();
      await host.updateComplete;
    })
  )
);

/** What a widget shows: one locale's messages and data, always together. */
interface Shown {
  context: LocaleContext;
  data: Dataset;
}

/**
 * The language tag that applies to an element: `setLocale()`'s when a page
 * set one, else the element's own `lang`, else its closest ancestor's (across
 * shadow roots), else `<html lang>`; '' when none says.
 */
export function languageOf(element: Element): string {
  return forcedLocale() ?? closestAttribute(element, 'lang') ?? '';
}

/**
 * Gives a widget its locale and its data. On each update it works out the
 * widget's language (see `languageOf`) and, when that or the data source
 * changed, gets the locale's messages and the widget's collections together:
 * synchronously when both are at hand, else by loading them. What the widget
 * shows switches only when both have arrived, so it never renders two
 * languages at once, whatever triggers a render meanwhile.
 */
export class LocaleDataController implements ReactiveController {
  /** loading: nothing to show yet; ready: `data` is shown; error: the last load failed. */
  state: DataState = 'loading';
  error: unknown;
  /** The language tag the widget is in (or is switching to). */
  tag = '';
  private shown: Shown | undefined;
  /** The locale of the last failed load, for its notice. */
  private failed: LocaleContext | undefined;
  /** The source of what is shown or asked for, so a new one reloads. */
  private sourceOfShown: DataSource | undefined;
  private wanted = '';
  /** The focus of what is shown or asked for. */
  private shownFocus: string | undefined;
  private generation = 0;
  private pending: Promise<void> = Promise.resolve();

  constructor(
    readonly host: ReactiveControllerHost & Element,
    private readonly collections: readonly Collection[],
    private readonly source: () => DataSource,
    /** What the widget shows, for a source that can load just its records (see DataSource). */
    private readonly focus: () => string | undefined = () => undefined
  ) {
    host.addController(this);
  }

  /** The data shown, if any. */
  get data(): Dataset | undefined {
    return this.shown?.data;
  }

  /** The locale of what is shown (the source locale before anything is); after a failed load, the locale asked for. */
  get context(): LocaleContext {
    return (this.state === 'error' ? this.failed : undefined) ?? this.shown?.context ?? sourceLocaleContext;
  }

  /** Resolves once the locale and data asked for last are shown (or failed). */
  settled(): Promise<void> {
    return this.pending;
  }

  /** Called at the start of each host update: follows the widget's language and data source. */
  refresh(): void {
    const tag = languageOf(this.host);
    const locale = resolveLocale(tag);
    const source = this.source();
    const context: LocaleContext = {locale, intl: intlTag(locale, tag), templates: undefined};
    const focus = this.focus();
    const key = `${context.locale}\u0000${context.intl}\u0000${focus}`;
    if (key === this.wanted && this.sourceOfShown === source) return;
    // Data for another record would not hold this one: show loading rather than a false "not found".
    const refocused = this.shownFocus !== focus;
    this.tag = tag;
    this.wanted = key;
    this.sourceOfShown = source;
    this.shownFocus = focus;
    const generation = ++this.generation;
    const templates = peekMessages(locale);
    let data: Dataset | undefined;
    let loading: Promise<Dataset> | undefined;
    try {
      // A source given by script may throw instead of rejecting: that is a failed load like any other.
      data = source.peek(locale, this.collections, focus);
      if (templates !== null && data) {
        this.show({context: {...context, templates}, data});
        this.pending = Promise.resolve();
        return;
      }
      loading = data ? Promise.resolve(data) : source.load(locale, this.collections, focus);
    } catch (error) {
      loading = Promise.reject(error);
    }
    if (!this.shown || refocused) this.state = 'loading';
    const messages = loadMessages(locale);
    this.pending = Promise.all([messages, loading]).then(
      ([loadedTemplates, loadedData]) => {
        if (generation !== this.generation) return;
        this.show({context: {...context, templates: loadedTemplates}, data: loadedData});
        this.host.requestUpdate();
      },
      async (error: unknown) => {
        // The notice is in the widget's language too, when its messages load.
        const failed: LocaleContext = {...context, templates: await messages.catch(() => undefined)};
        if (generation !== this.generation) return;
        this.failed = failed;
        this.state = 'error';
        this.error = error;
        this.host.requestUpdate();
      }
    );
  }

  private show(next: Shown): void {
    this.shown = next;
    this.state = 'ready';
    this.error = undefined;
  }

  hostConnected(): void {
    connected.add(this);
    // A widget moved to another place may be under another lang: look again on the next update.
    this.wanted = '';
  }

  hostDisconnected(): void {
    connected.delete(this);
  }
}

