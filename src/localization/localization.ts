/**
 * Locale handling. Chinese (Simplified) is the source locale and the default;
 * the active locale follows `<html lang>` and changes live when that attribute
 * changes. Hosts can also call `setLocale()` (the next change of `<html lang>`
 * wins again).
 */
import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import type {Locale} from '../data/types.js';

export type {Locale};

const translations = {
  en: () => import('../generated/locales/en.js'),
  'zh-Hant': () => import('../generated/locales/zh-Hant.js'),
} as const;

const runtime = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => translations[locale as keyof typeof translations](),
});

/** The locale whose messages are active now. */
export const getLocale = runtime.getLocale as () => Locale;

/** Settles once the most recently requested locale is active (or failed to load). */
let settling: Promise<void> = Promise.resolve();
let requested: Locale = sourceLocale as Locale;

/**
 * Maps a BCP 47 language tag to one of the supported locales:
 * en, en-* → en; zh-TW, zh-HK, zh-MO, zh-Hant(-*) → zh-Hant; zh, zh-CN,
 * zh-Hans and anything else (or nothing) → zh-Hans.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  const t = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (t === 'en' || t.startsWith('en-')) return 'en';
  if (/^zh-(?:hant|tw|hk|mo)(?:-|$)/.test(t)) return 'zh-Hant';
  return 'zh-Hans';
}

/** Switches every widget on the page to `locale` (a supported locale or any language tag). */
export function setLocale(locale: Locale | string): Promise<void> {
  const next = resolveLocale(locale);
  requested = next;
  const done = runtime.setLocale(next).catch((error: unknown) => {
    console.error(`alliance-widgets: could not load locale "${next}"`, error);
  });
  settling = done;
  return done;
}

/** Resolves with the active locale once no locale change is pending. */
export async function localeSettled(): Promise<Locale> {
  let current: Promise<void>;
  do {
    current = settling;
    await current;
  } while (current !== settling);
  return getLocale();
}

/** The locale most recently asked for (may still be loading). */
export const requestedLocale = () => requested;

/** Intl locale tag for numbers and dates in a supported locale. */
export const intlLocale = (locale: Locale) => ({'zh-Hans': 'zh-Hans-CN', en: 'en', 'zh-Hant': 'zh-Hant-TW'})[locale];

let following = false;

/** Starts following `<html lang>`; called once by the registration entry points. */
export function followDocumentLanguage(): void {
  if (following || typeof document === 'undefined') return;
  following = true;
  const root = document.documentElement;
  const apply = () => {
    const locale = resolveLocale(root.getAttribute('lang'));
    if (locale !== requested) void setLocale(locale);
  };
  new MutationObserver(apply).observe(root, {attributes: true, attributeFilter: ['lang']});
  apply();
}
