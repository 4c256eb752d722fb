import {LitElement, ReactiveElement, html, type CSSResultGroup, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {classMap} from 'lit/directives/class-map.js';
import {msg, withLocale, type LocaleContext} from '../localization/runtime.js';
import {AllianceSelectEvent, type AllianceErrorReason, type AllianceSelectKind} from '../events.js';
import type {Collection} from '../data/types.js';
import type {Dataset} from '../data/dataset.js';
import {bundledData, type DataSource} from '../data/source.js';
import {hostStyles} from '../styles/tokens.js';
import {LocaleDataController} from './locale-data-controller.js';
import {closestAttribute, inCareMode, pageIsDark, unwatchAncestry, watchAncestry} from './ancestry.js';
import {VERSION} from '../version.js';
import {PageDataProblem} from '../data/problem.js';
import {ownDataSource} from '../data/own-data.js';
import {recordPieces, slotOrder, t, writePieces, type Pieces} from './pieces.js';
import {InlineDataController} from './inline-data-controller.js';
import {ProblemController, type AllianceProblem} from './problem-controller.js';
import {collectLinkProblems, type LinkProblem} from '../shared/link.js';

export type {AllianceProblem};

/** What a widget found for its attributes: something to show, or why not. */
export type Resolution<T> = {ok: true; value: T} | {ok: false; reason: AllianceErrorReason; id: string | undefined; path?: string};

/**
 * What every widget shares: locale updates, shared styles, loading of its
 * data, and the loading / not-found / error states with their
 * `alliance-error` event. Subclasses name the collections they read and
 * resolve their attributes against the loaded data.
 *
 * The parts with a life of their own are controllers: the locale and data
 * (LocaleDataController), the inline data block (InlineDataController), what
 * the page is told of problems (ProblemController).
 *
 * @fires {AllianceErrorEvent} alliance-error - The widget cannot show what it was asked for.
 */
export abstract class AllianceElement<T> extends LitElement {
  static override styles: CSSResultGroup = [hostStyles];

  /** The library's version, so two copies on one page can tell each other apart (see `defineElement`). */
  static readonly version: string = VERSION;

  /** @internal Collections this widget reads. */
  protected static collections: readonly Collection[] = [];

  /** @internal The default source of every instance's data: the bundled dataset. A subclass may set another. */
  static dataSource: DataSource = bundledData;

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
    if (!found) return undefined;
    return found.ok ? {ok: true, refused: this.refusedLinks} : {...found, cause: this.localeData.state === 'error' ? this.localeData.error : undefined};
  });

  /** @internal Links the last render refused (see shared/link.ts), reported after the update (and by the static renderer). */
  refusedLinks: readonly LinkProblem[] = [];

  /** @internal The text pieces of the last render, by slot name (see pieces.ts). */
  pieceTexts: Pieces = new Map();

  /**
   * @internal The widget was given static HTML (a declarative shadow root and
   * its text, see `renderStatic`): it keeps showing that until it has its own
   * data, then renders in its place in one step.
   */
  protected fromStatic = false;

  /** @internal The static HTML's nodes in the shadow root, removed by the first render. */
  private staticNodes: ChildNode[] = [];

  /** @internal Whether the widget has rendered its own content yet (false while it shows static HTML). */
  private hasRendered = false;

  /** @internal What `resolve` found, shared by render() and the controllers. */
  protected found: Resolution<T> | undefined;

  /** @internal What `found` was resolved in: the locale, data and state it stays good for. */
  private foundFor: [LocaleContext, Dataset | undefined, unknown] | undefined;

  /**
   * Where the widget's data comes from (for script users): any object with
   * `peek(locale, collections)` (synchronous, or undefined) and
   * `load(locale, collections)` (a promise). The bundled data by default.
   */
  @property({attribute: false}) dataSource: DataSource = (this.constructor as typeof AllianceElement).dataSource;

  /**
   * The page's own data, as an object in the publishing schema
   * (`alliance-widgets/page-data.schema.json`), for script users. Checked
   * before use; the widget then shows this data only, never the bundled set.
   */
  @property({attribute: false}) data: unknown;

  /**
   * URL of the page's own data, a JSON document in the publishing schema,
   * served as `application/json`. The widget then shows this data only.
   */
  @property() src: string | undefined;

  /**
   * With the page's own data (`data`, `src` or an inline block): show the
   * bundled data too, with the page's records after it. The page's records
   * may refer to bundled ones (a figure of a bundled case); an id the bundled
   * data already has is a `duplicate-id` problem, never an override. Without
   * own data it changes nothing.
   */
  @property({type: Boolean, reflect: true, attribute: 'with-bundled'}) withBundled = false;

  /**
   * Colour theme: `light`, `dark`, or `system` to follow the reader's system
   * setting. Unset, the closest ancestor's `theme` decides, else the page's
   * `color-scheme` (dark only when the page is dark), else light.
   */
  @property({reflect: true}) theme: 'light' | 'dark' | 'system' | undefined;

  /** Care mode (适老化): larger type and targets, no motion, AAA contrast. Also set by `care` on any ancestor; `care="false"` turns it off. */
  @property({reflect: true}) care: string | undefined;

  /** A tighter layout for narrow columns and sidebars. */
  @property({type: Boolean, reflect: true}) compact = false;

  /** @internal Takes over a declarative shadow root from static HTML instead of rendering after it. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // What static HTML put there, taken now: where styles cannot be adopted, Lit adds <style> elements next.
    this.staticNodes = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    this.fromStatic = this.staticNodes.length > 0;
    const root = super.createRenderRoot();
    // Lit would render before the static content; the first real render replaces it instead.
    this.renderOptions.renderBefore = undefined;
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchAncestry(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchAncestry(this);
  }

  /**
   * Why the widget shows none of its data, or undefined while it loads or when
   * it shows its data. Readable at any time, so a script that runs after the
   * widget reported a problem still learns of it.
   */
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

  /**
   * @internal Where the data comes from now: the page's own (the `data`
   * property, else `src`, else an inline block), else `dataSource`. The same
   * input gives the same source object, so the widget reloads only when the
   * input changes.
   */
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

  /**
   * @internal The first attribute whose value the widget cannot use, as
   * [name, value], or undefined. Each widget adds its own; all check
   * `heading-level` (a whole number from 2 to 6) where they have it.
   */
  protected invalidAttribute(): [string, string] | undefined {
    const level = (this as unknown as {headingLevel?: number}).headingLevel;
    if (level !== undefined && !(Number.isInteger(level) && level >= 2 && level <= 6)) return ['heading-level', this.getAttribute?.('heading-level') ?? String(level)];
    return undefined;
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
    return html`<p class="state" part="state" data-state="loading" role="status">${t(msg('正在加载…', {id: 'common.loading', desc: 'Shown while a widget loads its data.'}), true)}</p>`;
  }

  private resolution(): Resolution<T> | undefined {
    const {state, data} = this.localeData;
    if (state === 'error') {
      const error = this.localeData.error;
      return {ok: false, reason: error instanceof PageDataProblem ? error.reason : 'load-failed', id: undefined};
    }
    // One policy for every attribute: a value the widget cannot use is the page's mistake, shown and reported like an unknown id.
    const bad = this.invalidAttribute();
    if (bad) return {ok: false, reason: 'invalid-attribute', id: bad[1], path: bad[0]};
    return state === 'ready' && data ? this.resolve(data) : undefined;
  }

  /**
   * Follows the locale and data, and resolves the widget's attributes again
   * only when the locale, the data or a declared property changed — not for
   * an update of the widget's own state (a detail opened) or its looks.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.localeData.refresh();
    const {context, data, state} = this.localeData;
    const declared = (this.constructor as typeof ReactiveElement).elementProperties;
    const stale = !this.foundFor || this.foundFor[0] !== context || this.foundFor[1] !== data || this.foundFor[2] !== (state === 'error' ? this.localeData.error : state);
    if (stale || [...changed.keys()].some((key) => !declared.get(key)?.state)) {
      this.found = withLocale(context, () => this.resolution());
      this.foundFor = [context, data, state === 'error' ? this.localeData.error : state];
    }
  }

  /**
   * Renders and commits in the widget's locale, directives included, then
   * writes the text pieces into the light DOM in the same step, so no frame
   * shows the layout without its text.
   */
  protected override update(changed: PropertyValues): void {
    if (this.fromStatic && !this.hasRendered && !this.found) {
      // Static HTML stays on screen while the data loads: no flash of a loading state.
      (ReactiveElement.prototype as unknown as {update(changed: PropertyValues): void}).update.call(this, changed);
      return;
    }
    if (this.fromStatic && !this.hasRendered) for (const node of this.staticNodes.splice(0)) node.remove();
    this.hasRendered = true;
    withLocale(this.localeData.context, () => super.update(changed));
    writePieces(this, slotOrder(this.renderRoot), this.pieceTexts);
  }

  /**
   * A short, polite notice for visitors: no id, no developer text (those go to
   * the console, the `problem` property and the `alliance-error` event).
   */
  private renderProblem(reason: AllianceErrorReason): TemplateResult {
    // The network or the server failed (the reader may try later), or the page asked for what is not there.
    const unreachable = reason === 'load-failed' || reason === 'http-error' || reason === 'network-error' || reason === 'timeout';
    const text = unreachable
      ? msg('内容暂时无法加载，请稍后刷新页面。', {id: 'common.load-failed', desc: 'Shown to visitors when the data cannot be loaded. Short and polite.'})
      : msg('此处内容暂不可用。', {
          id: 'common.unavailable',
          desc: 'Shown to visitors in place of a widget whose id is missing or unknown (a mistake of the page). Short and polite; no technical detail.',
        });
    return html`<p class="state" part="state" data-state=${unreachable ? 'error' : 'not-found'} role="status">${t(text, true)}</p>`;
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
    const content = !found ? this.renderLoading() : found.ok ? this.renderReady(found.value, this.localeData.data!) : this.renderProblem(found.reason);
    const scheme = this.colorScheme;
    const classes = {...this.looks(), base: true, care: this.careMode, compact: this.compact, dark: scheme === 'dark', system: scheme === 'system'};
    return html`<div class=${classMap(classes)} part="base" lang=${this.localeData.context.locale}>${content}</div>`;
  }
}
