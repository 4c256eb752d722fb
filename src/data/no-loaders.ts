/**
 * The loaders of the one-file bundle, which has its Chinese data at hand from
 * the start and loads its English from beside itself (src/bundle.ts; zh-Hant
 * made from zh-Hans): none of the ES build's per-locale modules, nor the
 * zh-Hant copy of the data, is pulled into that file. vite.config.ts puts this module in place of
 * generated/loaders.ts and focus-load.ts for that build only.
 */
import type {loaders as Loaders} from './generated/loaders.js';

const none = () => Promise.reject(new Error('alliance-widgets: the one-file bundle loads its data itself (src/bundle.ts)'));
export const loaders = new Proxy({}, {get: () => new Proxy({}, {get: () => none})}) as typeof Loaders;
/** No per-record modules: the whole collections are loaded instead (src/data/dataset.ts). */
export const loadFocus = () => Promise.resolve(undefined);
export const peekFocus = () => undefined;
