/**
 * Entry of the one-file bundle (dist/alliance-widgets.iife.js): every widget,
 * with all messages and all data of every locale at hand from the start (the
 * zh-Hant data made from the zh-Hans when first read), so
 * widgets placed in the page render their content in the first frame, with no
 * loading state and no layout shift. The ES build keeps them in per-locale
 * chunks loaded on demand instead.
 *
 * A second copy of the bundle on the page stops at once and hands back the
 * first (see the `intro` in vite.config.ts); its Lit uses its own Trusted
 * Types policy, `alliance-widgets`, so it runs beside a host's own Lit.
 */
import {eager} from './data/generated/eager.js';
import {table} from './data/generated/hant.js';
import {provideCollections, provideHant} from './data/dataset.js';
import {convertStrings, hantFromTable} from './data/hant.js';
import {provideMessages} from './localization/runtime.js';
import {templates as en} from './generated/locales/en.js';
import {templates as zhHant} from './generated/locales/zh-Hant.js';

import {defineWidgets} from './register.js';

provideCollections(eager);
// zh-Hant from the zh-Hans text by a table (a few hundred characters) instead of a third copy of the data.
const toHant = hantFromTable(table);
provideHant((records) => convertStrings(records, toHant));
provideMessages('en', en);
provideMessages('zh-Hant', zhHant);

// `<script src="alliance-widgets.iife.js" data-prefix="nb">` registers <nb-case-stat> … instead of the usual names.
const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
defineWidgets(script?.dataset['prefix']);

export * from './classes.js';
