/**
 * table-loader.ts for the one-file bundle (vite.config.ts puts this module in
 * its place there): the table view at hand from the start, with no lazy
 * module machinery in the file.
 */
import * as table from './table.js';

export const tableModule = (): typeof table => table;
export const loadTable = (): Promise<typeof table> => Promise.resolve(table);
