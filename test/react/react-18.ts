/**
 * React 18 (test/react-18/, its own folder) and the wrappers, for the browser
 * tests. Served as one ES module bundled from this file with `react` and
 * `react-dom` resolved to React 18 (test/support/react-bundles.mjs). Typed as
 * React 19, whose APIs used here are the same.
 */
import * as React from 'react';
export {React};
export {createRoot, hydrateRoot} from 'react-dom/client';
export * as Wrappers from '../../src/react/index.js';
