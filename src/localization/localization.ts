/**
 * Which locale a widget reads in. Chinese (Simplified) is the source locale
 * and the default. Each widget follows the `lang` of its own element, else of
 * its closest ancestor with one (across shadow roots), else of `<html>`, and
 * follows changes live (see base/locale-data-controller.ts). A page may also
 * switch every widget at once with `setLocale()`.
 */
import type {Locale} from '../data/types.js';
import {activeLocale} from './runtime.js';

export type {Locale};

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

/**
 * The Intl tag for numbers and dates of a widget whose language tag is `tag`.
 * English follows the tag's region (en-US → "July 1, 2024", en-IN → lakh and
 * crore); without one it reads as the data's English is written (British).
 * Chinese keeps 万/萬 and 年月日 whatever the region: CLDR's Hong Kong style
 * ("45.5K") would sit oddly beside the data's Chinese counter words.
 */
export function intlTag(locale: Locale, tag: string | null | undefined): string {
  const fallback = DEFAULT_INTL[locale];
  if (locale !== 'en' || resolveLocale(tag) !== 'en') return fallback;
  try {
    const parsed = new Intl.Locale((tag ?? '').trim().replace(/_/g, '-'));
    return parsed.language === 'en' && parsed.region ? parsed.baseName : fallback;
  } catch {
    return fallback;
  }
}

/** The Intl tag of the widget rendering now (its locale and region), for a supported locale. */
export function intlLocale(locale: Locale): string {
  const context = activeLocale();
  return context.locale === locale ? context.intl : DEFAULT_INTL[locale];
}

/** A language tag set for every widget by `setLocale()`, or undefined to follow `lang` attributes. */
let forced: string | undefined;
const listeners = new Set<() => Promise<unknown> | void>();

/** Calls `listener` whenever `setLocale()` changes the page-wide choice; a promise it returns is awaited by `setLocale()`. */
export function onForcedLocale(listener: () => Promise<unknown> | void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The tag `setLocale()` set, if any. */
export const forcedLocale = (): string | undefined => forced;

/**
 * Switches every widget on the page to `locale` (a supported locale or any
 * language tag, whose region English numbers and dates follow), whatever their
 * `lang` attributes say; `setLocale(undefined)` goes back to following them.
 * Resolves once the widgets on the page have switched.
 */
export async function setLocale(locale: Locale | string | undefined): Promise<void> {
  forced = locale === undefined ? undefined : String(locale);
  await Promise.all([...listeners].map((listener) => listener()));
}

/** The locale a widget placed directly in the page reads in now: `setLocale()`'s, else `<html lang>`'s. */
export function getLocale(): Locale {
  if (forced !== undefined) return resolveLocale(forced);
  return resolveLocale(typeof document === 'undefined' ? undefined : document.documentElement.getAttribute('lang'));
}
