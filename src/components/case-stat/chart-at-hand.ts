/**
 * chart-loader.ts for the one-file bundle (vite.config.ts puts this module in
 * its place there): the series chart at hand from the start, with no lazy
 * module machinery in the file.
 */
import * as chart from './series-chart.js';

export const provideSeriesChart = (): void => {};
export const seriesChart = (): typeof chart => chart;
export const loadSeriesChart = (): Promise<typeof chart> => Promise.resolve(chart);
