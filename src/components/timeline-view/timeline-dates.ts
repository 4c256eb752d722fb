/**
 * The dates of a timeline's events as read in the widget's locale: each at its
 * own precision, with its qualifier (到2025年12月 · 2021年12月6日前 · 2015年以来).
 */
import {msg, str} from '../../localization/runtime.js';
import type {EventRecord} from '../../data/types.js';
import {formatPartialDate} from '../../format.js';
import type {Locale} from '../../localization/localization.js';
import type {TimelineModel} from './timeline-model.js';

/** What the timeline shows, with each event's date as read in the widget's locale. */
export interface TimelineViewModel extends TimelineModel {
  /** Each event's date as read, with its qualifier. */
  dates: ReadonlyMap<string, string>;
}

/** An event's date at its own precision, with its qualifier: 2011年 · 到2025年12月 · 2021年12月6日前 · 2015年以来. */
export function eventDateText(event: EventRecord, locale: Locale): string {
  const date = formatPartialDate(event.date, locale);
  switch (event.qualifier) {
    case 'by':
      return msg(str`到${date}`, {id: 'timeline.date-by', desc: 'A target to be reached by a date, e.g. 到2025年12月 / By December 2025. The date follows Intl.'});
    case 'before':
      return msg(str`${date}前`, {
        id: 'timeline.date-before',
        desc: 'An event that happened some time before a date (the article says "recently"), e.g. 2021年12月6日前 / Before 6 December 2021.',
      });
    case 'since':
      return msg(str`${date}以来`, {id: 'timeline.date-since', desc: 'Something ongoing from a date, e.g. 2015年以来 / Since 2015.'});
    default:
      return date;
  }
}
