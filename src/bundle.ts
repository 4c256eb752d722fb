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
import {provideCollections} from './data/dataset.js';
import {convertStrings, hantFromTable} from './data/hant.js';
import {provideMessages} from './localization/runtime.js';
import {templates as en} from './generated/locales/en.js';
import {templates as zhHant} from './generated/locales/zh-Hant.js';

import {defineWidgets} from './register.js';

// Each collection made when a widget first reads it: parsed, and zh-Hant converted from the zh-Hans records by a
// table (a few hundred characters) instead of a third copy of the data.
const toHant = hantFromTable(table);
const makers = new Map<string, () => unknown[]>();
for (const locale of ['zh-Hans', 'en'] as const) {
  for (const [collection, json] of Object.entries(eager[locale])) makers.set(`${locale}/${collection}`, () => JSON.parse(json) as unknown[]);
}
class AtHand extends Map<string, unknown[]> {
  override get(key: string): unknown[] | undefined {
    let list = super.get(key);
    const [locale, collection] = key.split('/');
    if (!list && locale === 'zh-Hant' && makers.has(`zh-Hans/${collection}`)) list = convertStrings(this.get(`zh-Hans/${collection}`)!, toHant);
    else if (!list) list = makers.get(key)?.();
    if (list) super.set(key, list);
    return list;
  }
}
provideCollections(new AtHand());
provideMessages('en', en);
provideMessages('zh-Hant', zhHant);

// `<script src="alliance-widgets.iife.js" data-prefix="nb">` registers <nb-case-stat> … instead of the usual names.
const script = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
defineWidgets(script?.dataset['prefix']);

export * from './classes.js';
