import {html, nothing, svg, type TemplateResult} from 'lit';
import {msg, str} from '../../localization/runtime.js';
import type {Dataset} from '../../data/dataset.js';
import type {Locale, StatRecord} from '../../data/types.js';
import {toDate} from '../../format.js';
import {asOfDate, figureText} from '../../shared/figure.js';
import {t} from '../../base/pieces.js';

/**
 * The series a figure belongs to, as a small bar chart (`<case-stat chart>`),
 * drawn by hand in SVG: one bar per figure of the series, in the series'
 * order, the figure shown marked. Bars of dated figures stand on a time axis,
 * so unequal intervals look unequal; a figure whose article prints no date is
 * drawn as such — a dashed outline in a part of its own beyond a break of the
 * axis (or between its neighbours, for one inside the series), never on an
 * invented date. A range is a bar to its lower end with a dashed part to its
 * upper end.
 *
 * The picture is decoration for sighted readers (`aria-hidden`): every value,
 * its date and its qualifier is text in the list beside it, in the page's DOM
 * like every other text of the widget, so screen readers, reading toolbars,
 * find-in-page and static HTML have it.
 */

/** Drawing units: the chart is 100 × 40, stretched to its box (no text is drawn, so nothing distorts). */
const WIDTH = 100;
const BASE = 38;
const TALLEST = 34;
/** Width of the part for undated figures beyond a break, per figure, and of the break. */
const UNDATED_SLOT = 12;
const BREAK = 8;
const MARGIN = 6;

/** The date of a figure as the list says it, or that its article prints none. */
const whenText = (stat: StatRecord, locale: Locale): string => asOfDate(stat, locale) ?? msg('未注明日期', {id: 'common.undated', desc: 'An article that prints no date.'});

interface Bar {
  stat: StatRecord;
  x: number;
  dated: boolean;
}

/**
 * Where each figure's bar stands: undated figures before the first dated one
 * in a part of their own on the left, those after the last on the right,
 * each beyond a break; those between two dated ones halfway between them.
 */
export function placeBars(members: readonly StatRecord[]): {bars: Bar[]; breaks: number[]} {
  const dated = members.map((s, i) => (s.asOf.date === null ? -1 : i)).filter((i) => i >= 0);
  const first = dated[0] ?? members.length;
  const last = dated.at(-1) ?? -1;
  const before = dated.length ? first : members.length;
  const after = dated.length ? members.length - 1 - last : 0;
  const breaks: number[] = [];
  let from = MARGIN;
  let to = WIDTH - MARGIN;
  if (before && dated.length) {
    from = MARGIN + before * UNDATED_SLOT + BREAK;
    breaks.push(from - BREAK / 2);
  }
  if (after) {
    to = WIDTH - MARGIN - after * UNDATED_SLOT - BREAK;
    breaks.push(to + BREAK / 2);
  }
  const x: number[] = [];
  if (!dated.length) {
    // No date at all: evenly, in order (the order of the series, not of time).
    members.forEach((_, i) => (x[i] = members.length === 1 ? WIDTH / 2 : MARGIN + (i * (WIDTH - 2 * MARGIN)) / (members.length - 1)));
  } else {
    // On the time axis; a month or a year stands at its start.
    const time = (i: number) => toDate(members[i]!.asOf.date!).getTime();
    const start = time(first);
    const span = time(last) - start;
    for (const i of dated) x[i] = span > 0 ? from + ((time(i) - start) / span) * (to - from) : (from + to) / 2;
    for (let i = 0; i < first; i++) x[i] = MARGIN + UNDATED_SLOT / 2 + i * UNDATED_SLOT;
    for (let i = last + 1; i < members.length; i++) x[i] = to + BREAK + UNDATED_SLOT / 2 + (i - last - 1) * UNDATED_SLOT;
    // Inside the series: halfway between the dated neighbours.
    for (let i = first + 1; i < last; i++) {
      if (x[i] !== undefined) continue;
      const prev = dated.filter((d) => d < i).at(-1)!;
      const next = dated.find((d) => d > i)!;
      x[i] = (x[prev]! + x[next]!) / 2;
    }
  }
  return {bars: members.map((stat, i) => ({stat, x: x[i]!, dated: stat.asOf.date !== null})), breaks};
}

/** The chart and the list of the series `stat` belongs to, or nothing when it is in none (or alone in it). */
export function renderSeriesChart(stat: StatRecord, data: Dataset, locale: Locale): TemplateResult | typeof nothing {
  const members = data.seriesOf(stat.id)?.members ?? [];
  if (members.length < 2) return nothing;
  const {bars, breaks} = placeBars(members);
  const top = Math.max(...members.map((s) => Math.max(s.value, s.valueTo ?? 0)));
  const height = (value: number) => (top > 0 ? (Math.max(value, 0) / top) * TALLEST : 0);
  const barWidth = Math.min(8, 60 / members.length);
  const undated = bars.some((b) => !b.dated);
  return html`<div class="series" part="series" id="series">
    <svg class="chart" part="chart" viewBox="0 0 ${WIDTH} 40" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${bars.map(({stat: s, x, dated}) => {
        const h = height(s.value);
        const up = s.valueTo === undefined ? 0 : height(s.valueTo) - h;
        const left = x - barWidth / 2;
        return svg`<g class=${`${dated ? 'bar' : 'bar undated'}${s.id === stat.id ? ' shown' : ''}`}>
          <rect x=${left} y=${BASE - h} width=${barWidth} height=${h}></rect>
          ${up > 0 ? svg`<rect class="range" x=${left} y=${BASE - h - up} width=${barWidth} height=${up}></rect>` : nothing}
        </g>`;
      })}
      <path class="axis" d=${breaks.reduce((d, b) => `${d}M${b - 1.5} ${BASE + 1.5}l2 -3M${b + 0.5} ${BASE + 1.5}l2 -3`, `M0 ${BASE}H${WIDTH}`)}></path>
    </svg>
    <ol class="points" aria-label=${msg('这一系列的数字', {id: 'case-stat.series', desc: 'Accessible name of the list of the figures of a series, in order.'})}>
      ${bars.map(
        ({stat: s, dated}) =>
          html`<li class=${dated ? 'point' : 'point undated'} aria-current=${s.id === stat.id ? 'true' : nothing}>
            <span class="key" aria-hidden="true"></span>${t(
              msg(str`${whenText(s, locale)}：${figureText(s, locale)}`, {id: 'case-stat.series-point', desc: 'One figure of a series in the list beside its chart: its date (or that none is printed), then the figure with its qualifier and unit.'})
            )}
          </li>`
      )}
    </ol>
    ${undated
      ? html`<p class="series-note">${t(msg('柱按日期排列；虚线为报道未注明日期的数字，不在时间轴上', {id: 'case-stat.series-undated', desc: 'Key under a series chart with a figure whose article prints no date.'}), 'line')}</p>`
      : nothing}
  </div>`;
}
