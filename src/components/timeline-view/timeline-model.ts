/**
 * What a timeline shows for its filters, as a pure function of the records:
 * no DOM, no locale, no clock (the current year is an input), so it runs the
 * same in a browser, on a server and in tests.
 */
import type {EraRecord, EventRecord} from '../../data/types.js';

/** A partial date as the data writes it: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** The events of one era (or, for events outside every era, of none). */
export interface TimelineGroup {
  /** The era id, or '' for events outside every era. */
  id: string;
  era: EraRecord | undefined;
  events: EventRecord[];
}

/** What the timeline shows: era groups in order, and the events in reading order. */
export interface TimelineModel {
  groups: TimelineGroup[];
  /** Every event shown, in the order of the page (the keyboard order). */
  events: EventRecord[];
  /** Position of each shown event in `events`. */
  index: ReadonlyMap<string, number>;
  /** Why nothing is shown: no event in range/filters, or a range whose start is after its end. */
  empty: 'none' | 'reversed' | undefined;
  from: string | undefined;
  to: string | undefined;
}

export interface TimelineQuery {
  /** Earliest date (inclusive), a valid partial date or undefined. */
  from?: string | undefined;
  /** Latest date (inclusive), a valid partial date or undefined. */
  to?: string | undefined;
  /** Era ids to show; empty shows all. */
  eras?: readonly string[];
  /** Event kinds to show; empty shows all. */
  kinds?: readonly string[];
  /** The current year: an era "to the present" (`to: null`) ends with it. */
  currentYear: number;
}

/** The outcome: the model, or the first era id that does not exist. */
export type TimelineResult = {ok: true; model: TimelineModel} | {ok: false; unknownEra: string};

/** Earliest and latest day a partial date can mean, as keys that sort as text ("2021" → 2021-00-00 … 2021-99-99). */
const startKey = (date: string) => (date.length === 4 ? `${date}-00-00` : date.length === 7 ? `${date}-00` : date);
const endKey = (date: string) => (date.length === 4 ? `${date}-99-99` : date.length === 7 ? `${date}-99` : date);
const yearKey = (year: number) => String(year).padStart(4, '0');

/** A comma-separated attribute as a list of trimmed, non-empty items. */
export const splitList = (value: string | null | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Whether a range ends before it starts (2022 to 2021; but 2021-06 to 2021 holds). */
export const isReversed = (from: string, to: string): boolean => startKey(from) > endKey(to);

/**
 * The eras and events to show. Events are sorted by date (a year before the
 * months of that year) and grouped by era; eras overlapping the range are
 * shown with their description, but when nothing at all is in the range or
 * filters, no era is shown, only the reason (`empty`).
 */
export function timelineModel(allEras: readonly EraRecord[], allEvents: readonly EventRecord[], query: TimelineQuery): TimelineResult {
  const eras = [...allEras].sort((a, b) => a.from - b.from);
  const wanted = query.eras ?? [];
  const unknown = wanted.find((id) => !eras.some((era) => era.id === id));
  if (unknown !== undefined) return {ok: false, unknownEra: unknown};

  const {from, to} = query;
  const kinds = new Set(query.kinds ?? []);
  const start = from ? startKey(from) : '0000';
  const end = to ? endKey(to) : '9999-99-99';
  const model: TimelineModel = {groups: [], events: [], index: new Map(), empty: undefined, from, to};
  if (start > end) return {ok: true, model: {...model, empty: 'reversed'}};

  const overlaps = (first: string, last: string) => first <= end && last >= start;
  const lastYear = (era: EraRecord) => era.to ?? Math.max(query.currentYear, era.from);
  const eraOf = (event: EventRecord) => {
    const year = Number(event.date.slice(0, 4));
    return eras.find((era) => era.from <= year && (era.to === null || year <= era.to));
  };
  const groups = new Map<string, TimelineGroup>();
  for (const era of eras) if (!wanted.length || wanted.includes(era.id)) groups.set(era.id, {id: era.id, era, events: []});
  const outside: TimelineGroup = {id: '', era: undefined, events: []};
  const events = allEvents
    .filter((event) => overlaps(startKey(event.date), endKey(event.date)) && (!kinds.size || kinds.has(event.kind)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (const event of events) {
    const era = eraOf(event);
    const group = era ? groups.get(era.id) : wanted.length ? undefined : outside;
    group?.events.push(event);
  }
  model.events = [...groups.values(), outside].flatMap((group) => group.events);
  if (!model.events.length) return {ok: true, model: {...model, empty: 'none'}};
  // An era without events in the range still shows its description when it overlaps the range, unless the
  // reader asked for kinds of events (then eras without any are left out).
  const eraOverlaps = (era: EraRecord) => overlaps(`${yearKey(era.from)}-00-00`, `${yearKey(lastYear(era))}-99-99`);
  model.groups = [...groups.values(), outside].filter((group) => group.events.length || (group.era && !kinds.size && eraOverlaps(group.era)));
  model.events.forEach((event, i) => (model.index as Map<string, number>).set(event.id, i));
  return {ok: true, model};
}
