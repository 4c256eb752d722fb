/**
 * Entry of the one-file bundle (dist/alliance-widgets.iife.js): every widget
 * and all messages, with the Chinese data at hand from the start (the zh-Hant
 * data made from the zh-Hans when first read), so widgets placed in a Chinese
 * page render their content in the first frame, with no loading state and no
 * layout shift. The English data is a file of its own beside the bundle,
 * alliance-widgets.en.js, imported from the bundle's own URL when a widget
 * first reads English (a page in Chinese never downloads it; an English page
 * shows the loading state, in its reserved box, for that one request). The ES
 * build keeps all data in per-locale chunks loaded on demand instead.
 *
 * A second copy of the bundle on the page stops at once and hands back the
 * first (see the `intro` in vite.config.ts); its Lit uses its own Trusted
 * Types policy, `alliance-widgets`, so it runs beside a host's own Lit.
 */
import {skeletons, texts} from './data/generated/eager.js';
import {table} from './data/generated/hant.js';
import {provideCollections} from './data/dataset.js';
import {hantFromTable} from './data/hant.js';
import {fill} from './data/skeleton.js';
import {provideMessages} from './localization/runtime.js';
import {templates as en} from './generated/locales/en.js';
import {templates as zhHant} from './generated/locales/zh-Hant.js';

import {defineWidgets} from './register.js';
import {BUNDLE_ENGLISH} from './bundle-files.js';
import {loadBesideBundle} from './beside-bundle.js';


const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
type Locale = 'zh-Hans' | 'en' | 'zh-Hant';
type Name = keyof typeof skeletons;

/** The English texts of every collection, from the file beside the bundle (src/beside-bundle.ts). */
const loadEnglish = (): Promise<Record<string, string[]>> =>
  loadBesideBundle<{texts: string}>(BUNDLE_ENGLISH).then((given) => JSON.parse(given.texts) as Record<string, string[]>);

// Each Chinese collection made when a widget first reads it, from its skeleton and the zh-Hans texts; zh-Hant's
// texts converted from the zh-Hans ones by a table (a few hundred characters) instead of a third copy of the data.
const toHant = hantFromTable(table);
const hansTexts = new Map<string, string[]>();
const hans = (collection: Name): string[] => {
  let list = hansTexts.get(collection);
  if (!list) hansTexts.set(collection, (list = JSON.parse(texts['zh-Hans'][collection]) as string[]));
  return list;
};
class AtHand extends Map<string, unknown[]> {
  override get(key: string): unknown[] | undefined {
    let list = super.get(key);
    const [locale, collection] = key.split('/') as [Locale, Name];
    if (!list && locale !== 'en' && Object.hasOwn(skeletons, collection)) {
      super.set(key, (list = fill(skeletons[collection], locale === 'zh-Hant' ? hans(collection).map(toHant) : hans(collection))));
    }
    return list;
  }
}
provideCollections(new AtHand(), (locale, collection) =>
  Object.hasOwn(skeletons, collection)
    ? loadEnglish().then((english) => fill(skeletons[collection as Name], english[collection] ?? []))
    : Promise.reject(new Error(`alliance-widgets: no collection ${locale}/${collection}`))
);
provideMessages('en', en);
provideMessages('zh-Hant', zhHant);

// `<script src="alliance-widgets.iife.js" data-prefix="nb">` registers <nb-case-stat> … instead of the usual names.
// A prefix that cannot make a tag registers nothing and says so once: no uncaught exception, no widget under a name the page did not ask for.
try {
  defineWidgets(script?.dataset['prefix']);
} catch (error) {
  console.error(`${(error as Error).message}; no widget was registered (data-prefix 无效，未注册任何组件)`, script);
}

// The global AllianceWidgets: what classes.js exports, but the checks of a portal's own data (checkPageData,
// pageDataProblems), which the bundle loads only when a page gives its own data; a host that checks documents itself
// imports them from the ES build (alliance-widgets/classes.js).
export * from './generated/widgets/classes.js';
export {
  AllianceElement, Dataset, bundledData, preloadLocale, defineElement, defineWidgets, VERSION, AllianceErrorEvent, AllianceSelectEvent, setLocale,
  getLocale, resolveLocale,
} from './classes.js';
export {PageDataProblem} from './data/problem.js';
