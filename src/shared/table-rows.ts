/**
 * What a widget's table holds (views.ts): its figures or its events as
 * strings in the reader's language — one row per figure or event, each with
 * its date and its source. Made in the widget with the texts it shows
 * anyway, so the table and the CSV (table.ts, loaded when a reader asks)
 * read exactly what the widget says.
 */
import {msg, str} from '../localization/runtime.js';
import type {Dataset} from '../data/dataset.js';
import type {EventRecord, Locale, StatRecord} from '../data/types.js';
import {asOfDate, figureText, sourceDateText} from './figure.js';

/** A table as strings: caption, column heads, rows (the first cell heads its row), and the name of its CSV file. */
export interface Table {
  caption: string;
  head: string[];
  rows: string[][];
  file: string;
}

/** A file name from a record id: letters, digits, `-`, `_` and `.` only. */
const fileName = (id: string): string => `${id.replace(/[^\w.-]+/g, '-').replace(/^[-.]+/, '') || 'data'}.csv`;

/** "宁波日报《标题》，2021年12月6日": the source without the source line's label (its column says it). */
function sourceCell(data: Dataset, sourceId: string, locale: Locale): string {
  const source = data.source(sourceId);
  if (!source) return msg('来源不详', {id: 'figure.source-unknown', desc: 'Source record missing.'});
  const date = sourceDateText(data, sourceId, locale);
  return msg(str`${source.paper}《${source.title}》，${date}`, {id: 'table.source-cell', desc: 'A table cell or CSV field naming a source: paper, article title, publication date.'});
}

/** When a figure holds, or that its article prints no date (with the article's own time words, if any). */
function whenCell(stat: StatRecord, locale: Locale): string {
  const date = asOfDate(stat, locale);
  if (date !== undefined) return date;
  const phrase = stat.asOf.phrase;
  return phrase
    ? msg(str`文中称“${phrase}”，未注明日期`, {id: 'table.undated-phrase', desc: 'A table cell: the article prints no date for a figure but gives its own time words (in quotes).'})
    : msg('未注明日期', {id: 'common.undated', desc: 'An article that prints no date.'});
}

/** Figures as a table: what each counts, the figure, when it holds, its source. */
export function figureTable(stats: readonly StatRecord[], data: Dataset, caption: string, id: string): Table {
  const locale = data.locale;
  return {
    caption,
    head: [
      msg('指标', {id: 'table.figure', desc: 'Column head: what a figure counts.'}),
      msg('数据', {id: 'table.value', desc: 'Column head: the figure with its qualifier and unit.'}),
      msg('数据时间', {id: 'table.as-of', desc: 'Column head: the date or period a figure holds for.'}),
      msg('来源', {id: 'table.source', desc: 'Column head: the article a row comes from.'}),
    ],
    rows: stats.map((stat) => [stat.label, figureText(stat, locale), whenCell(stat, locale), sourceCell(data, stat.source, locale)]),
    file: fileName(id),
  };
}

/** Events as a table: date (as the timeline words it), title, text, source. */
export function eventTable(events: readonly EventRecord[], dates: ReadonlyMap<string, string>, data: Dataset, caption: string, id: string): Table {
  const locale = data.locale;
  return {
    caption,
    head: [
      msg('日期', {id: 'table.date', desc: 'Column head: the date of an event.'}),
      msg('事件', {id: 'table.event', desc: 'Column head: the title of an event.'}),
      msg('内容', {id: 'table.detail', desc: 'Column head: what an event was.'}),
      msg('来源', {id: 'table.source', desc: 'Column head: the article a row comes from.'}),
    ],
    rows: events.map((event) => [dates.get(event.id) ?? event.date, event.title, event.text ?? '', sourceCell(data, event.source, locale)]),
    file: fileName(id),
  };
}

