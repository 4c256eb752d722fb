// Types of bench/widgets.js (the ES build of src/classes.ts).
export * from '../src/classes.js';
