/**
 * The loaders of the one-file bundle, which has all its data at hand from the
 * start (src/bundle.ts; zh-Hant made from zh-Hans): nothing is ever loaded,
 * so none of the per-locale modules, nor the zh-Hant copy of the data, is
 * pulled into that file. vite.config.ts puts this module in place of
 * generated/loaders.ts and focus-load.ts for that build only.
 */
import type {loaders as Loaders} from './generated/loaders.js';

const none = () => Promise.reject(new Error('alliance-widgets: the one-file bundle loads no data; it has all of it'));
export const loaders = new Proxy({}, {get: () => new Proxy({}, {get: () => none})}) as typeof Loaders;
export const loadFocus = none;
export const peekFocus = () => undefined;
