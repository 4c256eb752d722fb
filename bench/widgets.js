// The library's ES build, as a page imports it (types: widgets.d.ts, from the sources, so no build is needed to type-check the pages).
export * from '../dist/classes.js';
