/**
 * Entry of the one-file bundle (dist/alliance-widgets.iife.js): every widget,
 * with all messages and all data of every locale at hand from the start, so
 * widgets placed in the page render their content in the first frame, with no
 * loading state and no layout shift. The ES build keeps them in per-locale
 * chunks loaded on demand instead.
 */
import {eager} from './data/generated/eager.js';
import {provideCollections} from './data/dataset.js';
import {provideMessages} from './localization/runtime.js';
import {templates as en} from './generated/locales/en.js';
import {templates as zhHant} from './generated/locales/zh-Hant.js';

provideCollections(eager);
provideMessages('en', en);
provideMessages('zh-Hant', zhHant);

export * from './index.js';
