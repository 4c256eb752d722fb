import {html, isServer, nothing, type CSSResultGroup, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {keyed} from '../../base/keyed.js';
import {msg, str} from '../../localization/runtime.js';
import {AllianceElement, type Resolution} from '../../base/alliance-element.js';
import type {Dataset} from '../../data/dataset.js';
import type {EraRecord, EventRecord} from '../../data/types.js';
import {EVENT_KINDS} from '../../data/ids.js';
import {hostStyles} from '../../styles/tokens.js';
import {renderSource} from '../../shared/figure.js';
import {heading} from '../../shared/heading.js';
import {isReversed, PARTIAL_DATE, splitList, timelineModel, type TimelineGroup} from './timeline-model.js';
import {eventDateText, type TimelineViewModel} from './timeline-dates.js';
import {styles} from './timeline-view.styles.js';
import {t} from '../../base/pieces.js';
import {RovingTabindexController} from '../../controllers/roving-tabindex.js';
import {ScrollerController} from '../../controllers/scroller.js';
import {classNames} from '../../shared/class-names.js';
import {TableView, viewsStyles} from '../../shared/views.js';
import {eventTable} from '../../shared/table-rows.js';

/** From how many events on the timeline renders them lazily (`content-visibility: auto`). */
const LAZY_EVENTS = 60;

/**
 * The history of Ningbo's party-building alliances (大事记): the eras as
 * headed sections, each with its dated events in order. Every date keeps the
 * precision and wording of its article (a year reads as a year; targets,
 * "before" and "since" dates say so), and each event opens to its detail and
 * source. The events form one keyboard group: arrow keys move between them,
 * Home and End jump to the first and last, Enter or Space opens one.
 *
 * @tag timeline-view
 * @summary The eras and dated events of the alliance work, as a vertical list or a horizontal timeline.
 *
 * @csspart base - The wrapper (carries the theme, care and compact looks).
 * @csspart timeline - The timeline inside the wrapper (its background and padding).
 * @csspart view-switch - The "view as list / view as timeline" button of the horizontal layout.
 * @csspart views - The "view as table" and "download CSV" buttons of the events.
 * @csspart table - The events as a table, when the reader chose it.
 * @csspart scroll-button - The "earlier eras / later eras" buttons of the horizontal layout, shown when eras lie beyond its edges.
 * @csspart era - One era's section.
 * @csspart era-heading - The era's heading: its years and title.
 * @csspart era-text - The era's description and source.
 * @csspart era-toggle - In compact mode, the button that shows or hides the era's description.
 * @csspart events - The ordered list of an era's events.
 * @csspart event - One event (a list item).
 * @csspart toggle - The button of an event (its date and title) that shows or hides its detail.
 * @csspart event-date - The event's date, with its qualifier.
 * @csspart event-title - The event's title.
 * @csspart event-detail - The event's detail: its text and source line.
 * @csspart date-note - Under an event's detail, a small labelled note on how its date was established (not printed).
 * @csspart source-link - In a source line, the article's title: a link when the data gives the article's URL (a portal's own data).
 * @csspart empty - The message shown when no event is in the range or filters.
 * @csspart state - The loading, not-found or error message.
 *
 * @cssprop [--timeline-view-accent-color=var(--alliance-color-accent, #b3261e)] - The dots of the events.
 * @cssprop [--timeline-view-rail-color=var(--alliance-color-border, #c9ced6)] - The line that joins the events.
 * @cssprop [--timeline-view-background=var(--alliance-color-surface, #ffffff)] - Background of the timeline.
 * @cssprop [--timeline-view-card-background=var(--alliance-color-surface-alt, #f6f7f9)] - Background of an event card (horizontal layout) and of an open event.
 * @cssprop [--timeline-view-era-width=20em] - Width of an era's column in the horizontal layout.
 * @cssprop [--timeline-view-event-size=4em] - Height reserved for an event not yet rendered (timelines of more than 60 events render lazily).
 *
 * @fires {AllianceSelectEvent} alliance-select - The reader opened or closed an event (`kind` "event", `id` the event id). Cancel it to keep the event as it was (the host handles it).
 * @fires {AllianceErrorEvent} alliance-error - An id in `eras` is unknown, or the data failed to load.
 */
export class TimelineView extends AllianceElement<TimelineViewModel> {
  static override styles: CSSResultGroup = [hostStyles, viewsStyles, styles];

  protected static override collections = ['events', 'eras', 'sources'] as const;

  /** @internal The event buttons' one tab stop: arrow keys, Home and End move it, without a render. */
  private readonly tabStop = new RovingTabindexController<HTMLButtonElement>(this, {items: 'button.toggle', key: (button) => button.dataset['id'], smooth: () => this.motionAllowed});

  /** @internal The sideways scroller of the horizontal layout, scrolled about one era at a time. */
  private readonly scroller = new ScrollerController(this, {
    element: '.horizontal .groups',
    pageSize: (groups) => groups.querySelector<HTMLElement>('.era')?.offsetWidth,
    smooth: () => this.motionAllowed,
    controls: () => {
      const [back, on] = this.renderRoot.querySelectorAll<HTMLButtonElement>('button.scroll');
      return {back, on, fallback: this.renderRoot.querySelector<HTMLButtonElement>('button.view-switch')};
    },
  });

  /** @internal The events shown (all of them, in order) as a table and as CSV. */
  readonly tableView = new TableView(this, () => {
    const data = this.localeData.data;
    if (!this.found?.ok || !data || !this.found.value.events.length) return undefined;
    const {events, dates} = this.found.value;
    return eventTable(events, dates, data, msg('大事记', {id: 'timeline.table-caption', desc: 'Caption of the table of the timeline’s events.'}), 'timeline');
  });

  /** @internal Ids of the events the reader opened or closed: their detail is shown when the default is not. */
  @state() private toggledEvents: ReadonlySet<string> = new Set();

  /** @internal Ids of the eras whose description is open in compact mode. */
  @state() private openEras: ReadonlySet<string> = new Set();

  /** @internal The horizontal layout shown as a list by the reader's choice. */
  @state() private asList = false;

  /** Earliest date to show (inclusive): a year `2015`, a month `2021-11` or a day `2021-11-25`. */
  @property() from = '';

  /** Latest date to show (inclusive), in the same forms as `from`. */
  @property() to = '';

  /** `vertical` (default): eras one below the other; `horizontal`: eras side by side, scrolled sideways (a list on narrow screens). */
  @property() layout: 'vertical' | 'horizontal' = 'vertical';

  /** Comma-separated ids of the eras to show, e.g. `era-2015-2019,era-2020-present`; empty shows all. */
  @property() eras = '';

  /** Comma-separated kinds of events to show (`conference`, `launch`, `policy`, `target`, `milestone`, `award`, `campaign`); empty shows all. */
  @property() kinds = '';

  /** Heading level of the era headings (2–6), to fit the page's outline. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  private onClick(event: MouseEvent): void {
    // The target may be a text piece in the page's DOM: look along the event's path, through its slot.
    const button = event.composedPath().find((node): node is HTMLButtonElement => node instanceof HTMLButtonElement && node.classList.contains('toggle'));
    const id = button?.dataset['id'];
    if (!button || !id) return;
    this.tabStop.setActive(button);
    if (!this.select('event', id).defaultPrevented) this.toggleEvent(id);
  }

  private onViewSwitch(): void {
    this.asList = !this.asList;
  }

  /** @internal Details start closed, and open in static HTML (no script to open them) and the widget that takes it over. */
  private get openByDefault(): boolean {
    return isServer || this.fromStatic;
  }

  /** Whether one event's detail is shown. */
  isEventOpen(eventId: string): boolean {
    return this.openByDefault !== this.toggledEvents.has(eventId);
  }

  /** Shows or hides one event's detail. */
  toggleEvent(eventId: string, open = !this.isEventOpen(eventId)): void {
    const next = new Set(this.toggledEvents);
    if (open !== this.openByDefault) next.add(eventId);
    else next.delete(eventId);
    this.toggledEvents = next;
  }

  /** Moves keyboard focus to one event (and makes it the one in the tab order). */
  focusEvent(eventId: string): void {
    this.tabStop.focus(eventId);
  }

  /** @internal */
  private toggleEra(eraId: string): void {
    const next = new Set(this.openEras);
    if (next.has(eraId)) next.delete(eraId);
    else next.add(eraId);
    this.openEras = next;
  }

  /** @internal The `from` or `to` date, undefined when empty (an invalid one never gets here: see invalidAttribute). */
  private bound(name: 'from' | 'to'): string | undefined {
    return (this[name] ?? '').trim() || undefined;
  }

  /**
   * @internal `from` and `to` are YYYY, YYYY-MM or YYYY-MM-DD, `from` not after
   * `to`; every kind in `kinds` is one of KINDS; `layout` is vertical or
   * horizontal. (Unknown era ids are not found, as unknown ids are.)
   */
  protected override invalidAttribute(): [string, string] | undefined {
    for (const name of ['from', 'to'] as const) {
      const value = (this[name] ?? '').trim();
      if (value && !PARTIAL_DATE.test(value)) return [name, value];
    }
    const [from, to] = [this.bound('from'), this.bound('to')];
    if (from && to && isReversed(from, to)) return ['from', from];
    const unknownKind = splitList(this.kinds).find((kind) => !(EVENT_KINDS as readonly string[]).includes(kind));
    if (unknownKind !== undefined) return ['kinds', unknownKind];
    if (this.layout !== 'vertical' && this.layout !== 'horizontal') return ['layout', String(this.layout)];
    return super.invalidAttribute();
  }

  /** @internal */
  protected override looks(): Record<string, boolean> {
    return {'layout-horizontal': this.layout === 'horizontal'};
  }

  /** @internal It shows from every era and event (filtered here): one set. */
  protected override dataFocus(): string | undefined {
    return 'timeline/all';
  }

  /** @internal Finds the eras and events to show (the base resolves again only when the locale, the data or a property changes). */
  protected override resolve(data: Dataset): Resolution<TimelineViewModel> {
    const result = timelineModel(data.all('eras'), data.all('events'), {
      from: this.bound('from'),
      to: this.bound('to'),
      eras: splitList(this.eras),
      kinds: splitList(this.kinds),
      currentYear: new Date().getFullYear(),
    });
    if (!result.ok) return {ok: false, reason: 'not-found', id: result.unknownEra};
    const dates = new Map(result.model.events.map((event) => [event.id, eventDateText(event, data.locale)]));
    return {ok: true, value: {...result.model, dates}};
  }

  /** @internal Nothing in the chosen dates, eras and kinds (a reversed range never gets here: it is an invalid attribute). */
  private renderEmpty(): TemplateResult {
    const text = msg('所选范围内暂无大事记。', {id: 'timeline.empty', desc: 'No event falls in the chosen dates, eras and kinds.'});
    return html`<p class="empty" part="empty" role="status">${t(text, true)}</p>`;
  }

  /** @internal */
  private renderEraText(era: EraRecord, source: (id: string) => TemplateResult): TemplateResult {
    const open = !this.compact || this.openEras.has(era.id);
    const textId = `era-text-${era.id}`;
    return html`
      ${this.compact
        ? html`<button class="era-toggle" part="era-toggle" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${textId} @click=${() => this.toggleEra(era.id)}>
            <span class="chevron" aria-hidden="true"></span>${t(
              msg('时期概述', {
                id: 'timeline.era-overview',
                desc: 'Compact layout: button that shows or hides the description of an era; the era’s years follow for screen readers.',
              })
            )}<span class="visually-hidden">${t(` ${era.label}`)}</span>
          </button>`
        : nothing}
      <div class="era-text" part="era-text" id=${textId} ?hidden=${!open}>
        <p>${t(era.text, true)}</p>
        <p class="source">${source(era.source)}</p>
      </div>
    `;
  }

  /** @internal */
  private renderEvent(event: EventRecord, model: TimelineViewModel, source: (id: string) => TemplateResult): TemplateResult {
    const id = event.id;
    const open = this.isEventOpen(id);
    return html`<li class=${open ? 'event open' : 'event'} part="event" data-id=${id}>
      <button
        class="toggle"
        part="toggle"
        type="button"
        id=${`toggle-${id}`}
        data-id=${id}
        tabindex=${this.tabStop.tabIndexFor(id)}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`detail-${id}`}
      >
        <time class="date" part="event-date" datetime=${event.date}>${t(model.dates.get(id), true)}</time>
        <span class="title" part="event-title">${t(event.title, true)}</span>
        <span class="chevron" aria-hidden="true"></span>
      </button>
      <div class="detail" part="event-detail" id=${`detail-${id}`} ?hidden=${!open}>
        ${event.text ? html`<p>${t(event.text, true)}</p>` : nothing}
        <p class="source">${source(event.source)}</p>
        ${event.dateNote
          ? html`<p class="date-note" part="date-note">${t(
              msg(str`日期说明：${event.dateNote}`, {
                id: 'timeline.date-note',
                desc: 'A small note under an event on how its date was established (e.g. the year taken from the article’s date); the note follows.',
              }),
              true
            )}</p>`
          : nothing}
      </div>
    </li>`;
  }

  /** @internal */
  private renderGroup(group: TimelineGroup, model: TimelineViewModel, source: (id: string) => TemplateResult): TemplateResult {
    const era = group.era;
    return html`<section class="era" part="era" data-era=${group.id || nothing}>
      ${heading(
        this.headingLevel,
        {class: 'era-heading', part: 'era-heading'},
        era
          ? html`<span class="era-label">${t(`${era.label} `, true)}</span><span class="era-title">${t(era.title)}</span>`
          : t(msg('其他事件', {id: 'timeline.outside-eras', desc: 'Heading of the events that fall in no era of the timeline.'}))
      )}
      ${era ? this.renderEraText(era, source) : nothing}
      ${group.events.length
        ? html`<ol class="events" part="events">
            ${keyed(
              group.events,
              (event) => event.id,
              (event) => this.renderEvent(event, model, source)
            )}
          </ol>`
        : nothing}
    </section>`;
  }

  /** @internal The buttons that scroll the horizontal layout, shown only when eras lie beyond its edges. */
  private renderScrollButtons(): TemplateResult {
    const {before, after} = this.scroller.hidden;
    return html`<div class="scroll-buttons" role="group" aria-label=${msg('滚动时间轴', {id: 'timeline.scroll-group', desc: 'Name of the pair of buttons that scroll the horizontal timeline sideways.'})}>
      <button class="scroll" part="scroll-button" type="button" aria-controls="groups" ?disabled=${!before} @click=${() => this.scroller.scrollPage(-1)}>
        <span aria-hidden="true">←</span> ${t(msg('较早时期', {id: 'timeline.scroll-back', desc: 'Button that scrolls the horizontal timeline back to earlier eras.'}))}
      </button>
      <button class="scroll" part="scroll-button" type="button" aria-controls="groups" ?disabled=${!after} @click=${() => this.scroller.scrollPage(1)}>
        ${t(msg('较晚时期', {id: 'timeline.scroll-forward', desc: 'Button that scrolls the horizontal timeline on to later eras.'}))} <span aria-hidden="true">→</span>
      </button>
    </div>`;
  }

  /** @internal */
  protected override renderReady(model: TimelineViewModel, data: Dataset): TemplateResult {
    const locale = data.locale;
    this.tabStop.keepActive(model.index, model.events[0]?.id);
    // Each source line is made where it stands: its text pieces fill slots of their own.
    const source = (id: string) => renderSource(data, id, locale);
    const horizontal = this.layout === 'horizontal';
    const graphical = horizontal && !this.asList && !this.tableView.on;
    return html`
      <div
        class=${classNames({timeline: true, horizontal: graphical, vertical: !graphical, lazy: model.events.length > LAZY_EVENTS})}
        part="timeline"
        @click=${this.onClick}
      >
        <div class="toolbar">
          ${graphical && (this.scroller.hidden.before || this.scroller.hidden.after) ? this.renderScrollButtons() : nothing}
          ${horizontal && !this.tableView.on
            ? html`<button class="view-switch" part="view-switch" type="button" @click=${this.onViewSwitch}>
                ${t(
                  graphical
                    ? msg('以列表查看', {id: 'timeline.view-as-list', desc: 'Button that shows the horizontal timeline as a plain vertical list.'})
                    : msg('以时间轴查看', {id: 'timeline.view-as-timeline', desc: 'Button that goes back from the list to the horizontal timeline.'})
                )}
              </button>`
            : nothing}
          ${model.events.length ? this.tableView.buttons('groups') : nothing}
        </div>
        ${model.empty ? this.renderEmpty() : nothing}
        ${model.groups.length
          ? this.tableView.content(
              'groups',
              () =>
                html`<div class="groups" id="groups">
                  ${keyed(
                    model.groups,
                    (group) => group.id,
                    (group) => this.renderGroup(group, model, source)
                  )}
                </div>`
            )
          : nothing}
      </div>
    `;
  }
}
