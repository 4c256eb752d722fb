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
import {skeletons, texts} from './data/generated/eager.js';
import {table} from './data/generated/hant.js';
import {provideCollections} from './data/dataset.js';
import {hantFromTable} from './data/hant.js';
import {fill} from './data/skeleton.js';
import {provideMessages} from './localization/runtime.js';
import {templates as en} from './generated/locales/en.js';
import {templates as zhHant} from './generated/locales/zh-Hant.js';

import {defineWidgets} from './register.js';

// Each collection made when a widget first reads it, from its skeleton and the locale's texts; zh-Hant's texts
// converted from the zh-Hans ones by a table (a few hundred characters) instead of a third copy of the data.
const toHant = hantFromTable(table);
const hansTexts = new Map<string, string[]>();
const textsOf = (locale: 'zh-Hans' | 'en' | 'zh-Hant', collection: keyof typeof skeletons): string[] => {
  if (locale === 'zh-Hant') return textsOf('zh-Hans', collection).map(toHant);
  const json = texts[locale][collection];
  if (locale === 'en') return JSON.parse(json) as string[];
  let list = hansTexts.get(collection);
  if (!list) hansTexts.set(collection, (list = JSON.parse(json) as string[]));
  return list;
};
class AtHand extends Map<string, unknown[]> {
  override get(key: string): unknown[] | undefined {
    let list = super.get(key);
    const [locale, collection] = key.split('/') as ['zh-Hans' | 'en' | 'zh-Hant', keyof typeof skeletons];
    if (!list && Object.hasOwn(skeletons, collection)) super.set(key, (list = fill(skeletons[collection], textsOf(locale, collection))));
    return list;
  }
}
provideCollections(new AtHand());
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
