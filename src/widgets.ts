/**
 * The one registry of the widgets and their facts: plain data, with no side
 * effects and no import of component code, so Node scripts, the size report,
 * the static build, the catalogue and the tests read it without defining any
 * element. Each tag names its folder under src/components/ and its ES entry
 * (`alliance-widgets/<tag>.js`), which `npm run generate` writes from here
 * (scripts/widget-entries.ts) with the lists of what ships: src/generated/
 * entries/ and widgets/ (classes, WIDGET_CLASSES, React wrappers) and the
 * package's exports.
 *
 * Nothing that ships imports it: a widget's class keeps its own `static
 * collections` (a constant imported from here would cost bytes in every
 * widget), and test/node/registry.test.ts checks that it is the registry's.
 */
import type {Collection} from './data/types.js';

/** What the registry says of one widget. */
export interface WidgetFacts {
  /** The class's name in `alliance-widgets/classes.js` (PascalCase of the tag). */
  readonly className: string;
  /** What it shows, in a few English words: the doc comment of its generated entry and React wrapper. */
  readonly summary: string;
  /** The attribute naming the record (or records, comma-separated) it shows; null for a widget that shows a whole collection by default. */
  readonly record: string | null;
  /** What the record attribute takes, as the data-ids page names it. */
  readonly ids: string | null;
  /** The data collections it reads: its class's static `collections` (test/node/registry.test.ts checks they agree). */
  readonly collections: readonly Collection[];
  /**
   * The folders of its per-record data (src/data/generated/focus/<locale>/<folder>/):
   * a page showing one record loads one module from them; empty for a widget
   * whose records can be any (it loads the whole collections).
   */
  readonly focus: readonly string[];
  /** Its demo: the markup the static demos, the catalogue's static page and the test pages show. */
  readonly demo: string;
  /** Markup showing all its text (collapsed parts open), for the tests that read every text. */
  readonly showingAll: string;
}

export const WIDGETS = {
  'alliance-model-card': {
    className: 'AllianceModelCard',
    summary: 'one alliance formation model, or the gallery of them',
    record: 'model',
    ids: 'models',
    collections: ['models', 'cases', 'sources'],
    focus: ['models', 'kinds'],
    demo: '<alliance-model-card model="mentor-led"></alliance-model-card>',
    showingAll: '<alliance-model-card model="mentor-led" open></alliance-model-card>',
  },
  'alliance-scheme': {
    className: 'AllianceScheme',
    summary: 'one alliance scheme',
    record: 'scheme-id',
    ids: 'schemes',
    collections: ['schemes', 'sources', 'models', 'cases', 'events', 'stats'],
    focus: ['schemes'],
    demo: '<alliance-scheme scheme-id="four-links-three-unchanged"></alliance-scheme>',
    showingAll: '<alliance-scheme scheme-id="four-links-three-unchanged"></alliance-scheme>',
  },
  'case-stat': {
    className: 'CaseStat',
    summary: 'one sourced headline figure',
    record: 'stat',
    ids: 'stats',
    collections: ['stats', 'sources', 'series'],
    focus: ['stats'],
    demo: '<case-stat stat="workshop-employment"></case-stat>',
    showingAll: '<case-stat stat="workshop-employment"></case-stat>',
  },
  'case-stat-group': {
    className: 'CaseStatGroup',
    summary: 'several figures',
    record: 'stats',
    ids: 'stats',
    collections: ['stats', 'sources'],
    focus: [],
    demo: '<case-stat-group stats="alliance-cases, common-prosperity-workshops, village-income-floor-2024"></case-stat-group>',
    showingAll: '<case-stat-group stats="alliance-cases, kuangyan-south-new-jobs"></case-stat-group>',
  },
  'case-study-card': {
    className: 'CaseStudyCard',
    summary: 'one typical case',
    record: 'case',
    ids: 'cases',
    collections: ['cases', 'stats', 'sources', 'models'],
    focus: ['cases'],
    demo: '<case-study-card case="kuangyan-south"></case-study-card>',
    showingAll: '<case-study-card case="kuangyan-south"></case-study-card>',
  },
  'timeline-view': {
    className: 'TimelineView',
    summary: 'the history timeline',
    record: 'eras',
    ids: 'eras',
    collections: ['events', 'eras', 'sources'],
    focus: ['timeline'],
    demo: '<timeline-view></timeline-view>',
    showingAll: '<timeline-view eras="era-1993-2006,era-2007-2014"></timeline-view>',
  },
} as const satisfies Record<string, WidgetFacts>;

export type WidgetTag = keyof typeof WIDGETS;

/** The registry's shape, for code that reads every widget's facts (the size report, the demos, the test pages). */
export type WidgetRegistry = Readonly<Record<string, WidgetFacts>>;

/** The tags, in the registry's order. */
export const WIDGET_TAGS = /* @__PURE__ */ Object.keys(WIDGETS) as WidgetTag[];

/** Each widget's demo markup by tag, from a registry (the real one unless a test gives its own). */
export const demosOf = (registry: WidgetRegistry = WIDGETS): Record<string, string> =>
  Object.fromEntries(Object.entries(registry).map(([tag, w]) => [tag, w.demo]));

/** Every widget's demo, one per line: the body of a page showing them all. */
export const allDemos = (registry: WidgetRegistry = WIDGETS): string => Object.values(registry).map((w) => w.demo).join('\n');
