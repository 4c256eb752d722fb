/**
 * The one list of the locales and their facts: plain data, no side effects,
 * so Node scripts, the static build, the size report and the tests read it.
 * Nothing that ships imports it: the widgets' runtime keeps its own
 * `LOCALES` (src/data/types.ts) and default Intl tags
 * (src/localization/localization.ts), which would shift bytes in every
 * widget if they came from here; test/node/registry.test.ts checks that they
 * are the registry's.
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
