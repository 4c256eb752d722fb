/**
 * Entry of the one-file bundle (dist/alliance-widgets.iife.js): every widget,
 * with all messages and all data of every locale at hand from the start, so
 * widgets placed in the page render their content in the first frame, with no
 * loading state and no layout shift. The ES build keeps them in per-locale
 * chunks loaded on demand instead.
 *
 * A second copy of the bundle on the page stops at once and hands back the
 * first (see the `intro` in vite.config.ts); its Lit uses its own Trusted
 * Types policy, `alliance-widgets`, so it runs beside a host's own Lit.
 */
import {eager} from './data/generated/eager.js';
import {provideCollections} from './data/dataset.js';
import {provideMessages} from './localization/runtime.js';
import {templates as en} from './generated/locales/en.js';
import {templates as zhHant} from './generated/locales/zh-Hant.js';

import {defineWidgets} from './register.js';

provideCollections(eager);
provideMessages('en', en);
provideMessages('zh-Hant', zhHant);

// `<script src="alliance-widgets.iife.js" data-prefix="nb">` registers <nb-case-stat> … instead of the usual names.
// A prefix that cannot make a tag registers nothing and says so once: no uncaught exception, no widget under a name the page did not ask for.
const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
try {
  defineWidgets(script?.dataset['prefix']);
} catch (error) {
  console.error(`${(error as Error).message}; no widget was registered (data-prefix 无效，未注册任何组件)`, script);
}

export * from './classes.js';
