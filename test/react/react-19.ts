/**
 * React 19 and the wrappers, for the browser tests. Served as one ES module
 * bundled from this file (test/support/react-bundles.mjs): React is CommonJS.
 */
import * as React from 'react';
export {React};
export {createRoot, hydrateRoot} from 'react-dom/client';
export * as Wrappers from '../../src/react/index.js';
