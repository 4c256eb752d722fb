/**
 * The table view and CSV of the widgets (table.ts) load only when a reader
 * asks for them: on ES pages from the library's own folder, as a chunk of
 * their own, so a widget carries none of their script until then. The
 * one-file bundle has them at hand (table-at-hand.ts, put in this module's
 * place by vite.config.ts).
 */
type TableModule = typeof import('./table.js');

let table: TableModule | undefined;
let loading: Promise<TableModule> | undefined;

/** The table module, if it is at hand. */
export const tableModule = (): TableModule | undefined => table;

/** Loads the table module (once). */
export const loadTable = (): Promise<TableModule> => (loading ??= import('./table.js').then((module) => (table ??= module)));
