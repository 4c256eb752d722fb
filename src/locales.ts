/**
 * The one list of the locales and their facts: plain data, no side effects,
 * so Node scripts, the static build and the tests read it as the widgets do.
 * Runtime code imports only the fact it needs (`DEFAULT_INTL`, say), so a
 * widget carries no other.
 */

/** The supported locales; the first (Simplified Chinese, the data's source) is the default. */
export const LOCALES = ['zh-Hans', 'en', 'zh-Hant'] as const;
export type Locale = (typeof LOCALES)[number];

/** The `lang` attribute written for a locale (static HTML, demo pages, test pages). */
export const LANG_ATTRIBUTE: Record<Locale, string> = {'zh-Hans': 'zh-CN', en: 'en', 'zh-Hant': 'zh-TW'};

/** Default Intl tags: British English, as the data's English is written; mainland and Taiwan conventions for Chinese. */
export const DEFAULT_INTL: Record<Locale, string> = {'zh-Hans': 'zh-Hans-CN', en: 'en-GB', 'zh-Hant': 'zh-Hant-TW'};

/** Each locale's name in its own language, as a language menu shows it. */
export const NATIVE_NAME: Record<Locale, string> = {'zh-Hans': '简体中文', en: 'English', 'zh-Hant': '繁體中文'};

/**
 * How a locale's text is made: UI messages from `src/generated/locales/<locale>.ts`
 * (none for the source locale), data text from `data/*.json` (`zh-Hans` as
 * printed, `en` as written, `zh-Hant` converted from `zh-Hans` where not written).
 */
export const LOCALE_TEXT: Record<Locale, {readonly messages: string | null; readonly data: 'source' | 'written' | 'converted'}> = {
  'zh-Hans': {messages: null, data: 'source'},
  en: {messages: 'src/generated/locales/en.ts', data: 'written'},
  'zh-Hant': {messages: 'src/generated/locales/zh-Hant.ts', data: 'converted'},
};
