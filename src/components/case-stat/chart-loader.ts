/**
 * The series chart of `<case-stat chart>` (series-chart.ts) is loaded only by
 * a page that asks for it: on ES pages from the library's own folder, as a
 * chunk of its own, so a figure without `chart` carries none of its script.
 * The one-file bundle and the static renderer have it at hand from the start
 * (`provideSeriesChart`), so a chart there shows in the first render.
 */
type SeriesChart = typeof import('./series-chart.js');

let chart: SeriesChart | undefined;
let loading: Promise<SeriesChart> | undefined;

/** Makes the chart at hand without loading it. */
export function provideSeriesChart(module: SeriesChart): void {
  chart = module;
}

/** The chart's module, if it is at hand. */
export const seriesChart = (): SeriesChart | undefined => chart;

/** Loads the chart's module (once). */
export const loadSeriesChart = (): Promise<SeriesChart> => (loading ??= import('./series-chart.js').then((module) => (chart ??= module)));
