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

/** Default Intl tags: British English, as the data's English is written; mainland and Taiwan conventions for Chinese. */
const DEFAULT_INTL: Record<Locale, string> = {'zh-Hans': 'zh-Hans-CN', en: 'en-GB', 'zh-Hant': 'zh-Hant-TW'};

/** The page's own language tag, whose region numbers and dates follow (e.g. en-US, zh-HK). */
let pageTag = '';
const regionListeners = new Set<() => void>();

/**
 * The Intl tag for numbers and dates in a supported locale. English follows
 * the page's region (en-US → "July 1, 2024", en-IN → lakh and crore); without
 * one it reads as the data's English is written (British). Chinese keeps 万/萬
 * and 年月日 whatever the region: CLDR's Hong Kong style ("45.5K") would sit
 * oddly beside the data's Chinese counter words.
 */
export function intlLocale(locale: Locale): string {
  const fallback = DEFAULT_INTL[locale];
  if (locale !== 'en' || resolveLocale(pageTag) !== 'en') return fallback;
  try {
    const tag = new Intl.Locale(pageTag.trim().replace(/_/g, '-'));
    return tag.language === 'en' && tag.region ? tag.baseName : fallback;
  } catch {
    return fallback;
  }
}

/** Calls `listener` when the page's region changes within the same locale (en-US → en-GB). */
export function onRegionChange(listener: () => void): () => void {
  regionListeners.add(listener);
  return () => regionListeners.delete(listener);
}

/** Switches every widget on the page to `locale` (a supported locale or any language tag, whose region numbers and dates follow). */
export function setLocale(locale: Locale | string): Promise<void> {
  const next = resolveLocale(locale);
  const before = intlLocale(next);
  pageTag = locale;
  if (next === requested && intlLocale(next) !== before) regionListeners.forEach((listener) => listener());
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


let following = false;

/** Starts following `<html lang>`; called once by the registration entry points. */
export function followDocumentLanguage(): void {
  if (following || typeof document === 'undefined') return;
  following = true;
  const root = document.documentElement;
  const apply = () => {
    const tag = root.getAttribute('lang') ?? '';
    if (resolveLocale(tag) !== requested || tag !== pageTag) void setLocale(tag);
  };
  new MutationObserver(apply).observe(root, {attributes: true, attributeFilter: ['lang']});
  apply();
}
