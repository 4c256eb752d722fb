import {LitElement, ReactiveElement, html, type CSSResultGroup, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {withLocale} from '../localization/runtime.js';
import {AllianceSelectEvent, type AllianceSelectKind} from '../events.js';
import type {Collection} from '../data/types.js';
import type {Dataset} from '../data/dataset.js';
import {bundledData, type DataSource} from '../data/source.js';
import {hostStyles} from '../styles/tokens.js';
import {LocaleDataController} from './locale-data-controller.js';
import {AncestryController, closestAttribute, inCareMode, pageIsDark} from './ancestry.js';
import {VERSION} from '../version.js';
import {ownDataSource} from '../data/own-data.js';
import {recordPieces, slotOrder, writePieces, type Pieces} from './pieces.js';
import {loadingNotice, problemNotice} from '../shared/notice.js';
import {InlineDataController} from './inline-data-controller.js';
import {StaticTakeover} from './static-takeover.js';
import {ProblemController, type AllianceProblem} from './problem-controller.js';
import {collectLinkProblems, type LinkProblem} from '../shared/link.js';
import {invalidHeadingLevel} from '../shared/heading.js';
import {resolution, type Resolution} from './resolution.js';
import {classNames} from '../shared/class-names.js';

export type {AllianceProblem, Resolution};

/**
 * What every widget shares: locale updates, shared styles, loading of its data, and the loading / not-found / error
 * states with their `alliance-error` event. Subclasses name the collections they read and resolve their attributes
 * against the loaded data. What has a life of its own is a controller: the locale and data, the inline data block,
 * the watch of `care` / `lang` / `theme` and colour scheme, what the page is told of problems.
 *
 * @fires {AllianceErrorEvent} alliance-error - The widget cannot show what it was asked for.
 * @attr {'loading' | 'ready' | 'error'} state - Set by the widget, read by the page's CSS (`[state='error']`, in every browser); the same as its custom state, `:state(error)`. Not an input.
 */
export abstract class AllianceElement<T> extends LitElement {
  static override styles: CSSResultGroup = [hostStyles];

  /** The library's version, so two copies on one page can tell each other apart (see `defineElement`). */
  static readonly version: string = VERSION;

  /** @internal Collections this widget reads. */
  protected static collections: readonly Collection[] = [];

  /** @internal The default source of every instance's data: the bundled dataset. A subclass may set another. */
  static dataSource: DataSource = bundledData;

  /** @internal Updates the widget when `care`, `lang` or `theme` around it, or the page's colour scheme, changes. */
  protected readonly ancestry = new AncestryController(this);

  /** @internal The widget's inline `<script type="application/json">` block, watched. */
  private readonly inline = new InlineDataController(this);

  /** @internal Gives the widget its locale (from `lang`) and its data, together, and re-renders it when either changes. */
  protected readonly localeData = new LocaleDataController(
    this,
    (this.constructor as typeof AllianceElement).collections,
    () => this.effectiveSource(),
    () => this.dataFocus()
  );

  /** @internal Tells the page what is wrong, once per problem, and sets the widget's custom state. */
  private readonly problems = new ProblemController(this, () => {
    const found = this.found;
    // Static HTML still on screen: the state it was rendered in stands.
    if (!found) return this.staticHtml.nodes.length ? null : undefined;
    return found.ok ? {ok: true, refused: this.refusedLinks} : {...found, cause: this.localeData.state === 'error' ? this.localeData.error : undefined};
  });

  /** @internal Links the last render refused (see shared/link.ts), reported after the update (and by the static renderer). */
  refusedLinks: readonly LinkProblem[] = [];

  /** @internal The text pieces of the last render, by slot name (see pieces.ts). */
  pieceTexts: Pieces = new Map();

  /** @internal Static HTML the widget was given (a declarative shadow root), shown until the widget has its data. */
  private readonly staticHtml = new StaticTakeover();

  /** @internal What `resolve` found, shared by render() and the controllers. */
  protected found: Resolution<T> | undefined;

  /** @internal What `found` was resolved in: the locale, data and state it stays good for. */
  private foundFor: readonly unknown[] = [];

  /**
   * Where the widget's data comes from (for script users): any object with `peek(locale, collections)` (synchronous,
   * or undefined) and `load(locale, collections)` (a promise). The bundled data by default.
   */
  @property({attribute: false}) dataSource: DataSource = (this.constructor as typeof AllianceElement).dataSource;

  /**
   * The page's own data, as an object in the publishing schema (`alliance-widgets/page-data.schema.json`), for script
   * users. Checked before use; the widget then shows this data only, never the bundled set.
   */
  @property({attribute: false}) data: unknown;

  /** URL of the page's own data, a JSON document in the publishing schema, served as `application/json`. The widget then shows this data only. */
  @property() src: string | undefined;

  /**
   * With the page's own data (`data`, `src` or an inline block): show the bundled data too, with the page's records
   * after it. The page's records may refer to bundled ones (a figure of a bundled case); an id the bundled data already
   * has is a `duplicate-id` problem, never an override. Without own data it changes nothing.
   */
  @property({type: Boolean, reflect: true, attribute: 'with-bundled'}) withBundled = false;

  /**
   * Colour theme: `light`, `dark`, or `system` to follow the reader's system setting. Unset, the closest ancestor's
   * `theme` decides, else the page's `color-scheme` (dark only when the page is dark), else light.
   */
  @property({reflect: true}) theme: 'light' | 'dark' | 'system' | undefined;

  /**
   * Care mode (适老化): larger type and targets, no motion, AAA contrast. Also set by `care` on any ancestor; `care="false"` turns it off.
   * As a property, `true` and `false` are reflected as `care="true"` / `care="false"`.
   */
  @property({reflect: true}) care: boolean | '' | 'true' | 'false' | undefined;

  /** A tighter layout for narrow columns and sidebars. */
  @property({type: Boolean, reflect: true}) compact = false;

  /** @internal Takes over a declarative shadow root from static HTML instead of rendering after it. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.staticHtml.take(this);
    // The static HTML keeps its own styles until the first real render, which adopts the widget's and replaces it
    // in one step: the widget's styles never lay out the static nodes (a frame between would move them).
    if (this.staticHtml.given) return this.shadowRoot!;
    const root = super.createRenderRoot();
    // Lit would render before what the root holds; the widget's render is all of it.
    this.renderOptions.renderBefore = undefined;
    return root;
  }

  /** @internal Whether the widget was given static HTML (it then shows no count-up or other first-render motion). */
  protected get fromStatic(): boolean {
    return this.staticHtml.given;
  }

  /** Why the widget shows none of its data (undefined while it loads or shows it); readable at any time, so a later script learns of it too. */
  get problem(): AllianceProblem | undefined {
    return this.problems.current;
  }

  /** The look this widget takes now: light, dark, or the reader's system setting (see `theme`). */
  get colorScheme(): 'light' | 'dark' | 'system' {
    const theme = closestAttribute(this, 'theme');
    if (theme === 'light' || theme === 'dark' || theme === 'system') return theme;
    return pageIsDark(this) ? 'dark' : 'light';
  }

  /** Whether care mode applies now (from this widget's `care` attribute or an ancestor's). */
  get careMode(): boolean {
    return inCareMode(this);
  }

  /** @internal Whether animations may run: not in care mode, not when the reader asks for reduced motion. */
  protected get motionAllowed(): boolean {
    return !this.careMode && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Resolves once the widget shows the locale and data it was last asked for. */
  localeSettled(): Promise<void> {
    return this.localeData.settled();
  }

  /** @internal Runs `make` in the widget's locale (its `msg()` and formats), as a render does: for text made outside one, e.g. on a click. */
  inLocale<R>(make: () => R): R {
    return withLocale(this.localeData.context, make);
  }

  /** @internal Where the data comes from now: the page's own (`data`, else `src`, else an inline block), else `dataSource`; the same input, the same source. */
  protected effectiveSource(): DataSource {
    return ownDataSource({data: this.data, src: this.src, inline: () => this.inline.text(), bundled: this.withBundled}) ?? this.dataSource;
  }

  /** @internal What the widget shows, as a focus key (src/data/focus.ts), so the bundled data can load just its records; none by default. */
  protected dataFocus(): string | undefined {
    return undefined;
  }

  /** @internal Tells the host the reader chose a record; returns the event so a caller can see whether the host cancelled it. */
  protected select(kind: AllianceSelectKind, id: string): AllianceSelectEvent {
    const event = new AllianceSelectEvent(kind, id);
    this.dispatchEvent(event);
    return event;
  }

  /** @internal The first attribute whose value the widget cannot use, as [name, value]: each widget adds its own; `heading-level` is checked here. */
  protected invalidAttribute(): [string, string] | undefined {
    return invalidHeadingLevel(this);
  }

  /** @internal Finds what to show in the loaded data (from the widget's declared properties only). */
  protected abstract resolve(data: Dataset): Resolution<T>;

  /** @internal Renders what `resolve` found. */
  protected abstract renderReady(value: T, data: Dataset): TemplateResult;

  /** @internal Classes a widget adds to its `base` wrapper (e.g. its layout), for its styles and its loading room. */
  protected looks(): Record<string, boolean> {
    return {};
  }

  /** @internal Renders the reserved-size placeholder shown while data loads. */
  protected renderLoading(): TemplateResult {
    return loadingNotice();
  }

  /** Follows the locale and data; resolves the attributes again only when the locale, the data or a declared property changed (not for its own state or looks). */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.localeData.refresh();
    const {context, data, state, error} = this.localeData;
    const now = [context, data, state, error];
    const declared = (this.constructor as typeof ReactiveElement).elementProperties;
    if (now.some((value, i) => value !== this.foundFor[i]) || [...changed.keys()].some((key) => !declared.get(key)?.state)) {
      this.found = withLocale(context, () => resolution(this.localeData, () => this.invalidAttribute(), (d) => this.resolve(d)));
      this.foundFor = now;
    }
  }

  /** Renders and commits in the widget's locale, directives included, then writes the text pieces into the light DOM in the same step (no frame shows the layout without its text). */
  protected override update(changed: PropertyValues): void {
    if (this.staticHtml.keep(this.found !== undefined, this)) {
      // Static HTML stays on screen while the data loads: no flash of a loading state.
      (ReactiveElement.prototype as unknown as {update(changed: PropertyValues): void}).update.call(this, changed);
      return;
    }
    withLocale(this.localeData.context, () => super.update(changed));
    writePieces(this, slotOrder(this.renderRoot), this.pieceTexts);
  }

  protected override render(): TemplateResult {
    const {
      result: {result, pieces},
      problems,
    } = collectLinkProblems(() => recordPieces(this, () => withLocale(this.localeData.context, () => this.renderInLocale())));
    this.pieceTexts = pieces;
    this.refusedLinks = problems;
    return result;
  }

  private renderInLocale(): TemplateResult {
    const found = this.found;
    const content = !found ? this.renderLoading() : found.ok ? this.renderReady(found.value, this.localeData.data!) : problemNotice(found.reason);
    const scheme = this.colorScheme;
    const classes = {...this.looks(), base: true, care: this.careMode, compact: this.compact, dark: scheme === 'dark', system: scheme === 'system'};
    return html`<div class=${classNames(classes)} part="base" lang=${this.localeData.context.locale}>${content}</div>`;
  }
}
