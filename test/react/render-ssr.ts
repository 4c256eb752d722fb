/**
 * Renders the page of test/react/ssr-app.ts with React's server renderer, in
 * Node (no window), and writes the HTML to stdout: what a server sends.
 * Served to test/react-ssr.test.ts as /test/react/ssr-markup.html.
 */
import * as React from 'react';
import {renderToString} from 'react-dom/server';
import * as Wrappers from '../../src/react/index.js';
import {ssrApp} from './ssr-app.js';

if (typeof (globalThis as {window?: unknown}).window !== 'undefined') throw new Error('a server renderer has no window');
process.stdout.write(renderToString(ssrApp(React, Wrappers)));
