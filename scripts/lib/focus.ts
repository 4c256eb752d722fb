/**
 * The records a widget needs to show one thing, for the ES build's per-record
 * data modules (src/data/focus-load.ts): an ES page with one case card loads
 * that case's records, in one request, not every collection. Each set holds the widget's
 * collections complete for what it shows (every record it looks up, every
 * list it filters), in data order; the tests render each widget on its set
 * and on the whole data and compare.
 *
 * Keys (`focusKey` in src/data/focus.ts):
 * - `stats/<id>` (<case-stat stat>): the figure, every figure of its series
 *   (for the trend), the series, and their sources;
 * - `cases/<id>` (<case-study-card case>): the case, its larger case and the
 *   cases within it, its figures, its models and the sources of the case and
 *   its figures;
 * - `models/<id>` (<alliance-model-card model>): the model and the models it
 *   names, the cases that exemplify it, its sources;
 * - `kinds/<kind>` (the gallery, `kind` or `all`): the same for every model of
 *   the kind;
 * - `timeline/all` (<timeline-view>, which filters in the page): every era and
 *   event and their sources;
 * - `schemes/<id>` (<alliance-scheme scheme-id>): the scheme, each record it
 *   links to (every collection it can link to, empty when it links to none of
 *   it), and the sources of the scheme and its mentions.
 */
import {Model} from '../../src/data/schema.js';
import type {CaseRecord, Collection, CollectionRecords, ModelRecord, SchemeRecord, StatRecord} from '../../src/data/types.js';

type Data = {[C in Collection]: CollectionRecords[C][]};
export type FocusSet = {[C in Collection]?: CollectionRecords[C][]};

const only = <T extends {id: string}>(records: T[], ids: Iterable<string>) => {
  const wanted = new Set(ids);
  return records.filter((r) => wanted.has(r.id));
};

function statSet(d: Data, stat: StatRecord): FocusSet {
  const series = d.series.filter((s) => s.members.includes(stat.id));
  const stats = only(d.stats, [stat.id, ...series.flatMap((s) => s.members)]);
  return {stats, series, sources: only(d.sources, stats.map((s) => s.source))};
}

function caseSet(d: Data, c: CaseRecord): FocusSet {
  const stats = d.stats.filter((s) => s.case === c.id);
  return {
    cases: d.cases.filter((other) => other.id === c.id || other.id === c.partOf || other.partOf === c.id),
    stats,
    models: only(d.models, c.models),
    sources: only(d.sources, [...c.sources, ...stats.map((s) => s.source)]),
  };
}

function modelsSet(d: Data, shown: ModelRecord[]): FocusSet {
  const ids = new Set(shown.map((m) => m.id));
  return {
    models: only(d.models, shown.flatMap((m) => [m.id, ...(m.related ?? [])])),
    cases: d.cases.filter((c) => c.models.some((id) => ids.has(id))),
    sources: only(d.sources, shown.flatMap((m) => m.sources)),
  };
}

function schemeSet(d: Data, scheme: SchemeRecord): FocusSet {
  const linked = (to: NonNullable<SchemeRecord['links']>[number]['to']) => (scheme.links ?? []).filter((l) => l.to === to).map((l) => l.id);
  return {
    schemes: only(d.schemes, [scheme.id, ...linked('schemes')]),
    models: only(d.models, linked('models')),
    cases: only(d.cases, linked('cases')),
    events: only(d.events, linked('events')),
    stats: only(d.stats, linked('stats')),
    sources: only(d.sources, [scheme.source, ...(scheme.mentions ?? []).map((m) => m.source)]),
  };
}

/** Every focus key of the data with its set of records. */
export function focusSets(d: Data): Map<string, FocusSet> {
  const sets = new Map<string, FocusSet>();
  for (const s of d.stats) sets.set(`stats/${s.id}`, statSet(d, s));
  for (const c of d.cases) sets.set(`cases/${c.id}`, caseSet(d, c));
  for (const m of d.models) sets.set(`models/${m.id}`, modelsSet(d, [m]));
  for (const kind of [...Model.entries.kind.options, 'all'] as const) sets.set(`kinds/${kind}`, modelsSet(d, d.models.filter((m) => kind === 'all' || m.kind === kind)));
  for (const s of d.schemes) sets.set(`schemes/${s.id}`, schemeSet(d, s));
  sets.set('timeline/all', {eras: d.eras, events: d.events, sources: only(d.sources, [...d.eras, ...d.events].map((r) => r.source))});
  return sets;
}
