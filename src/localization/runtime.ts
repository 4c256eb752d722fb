/**
 * The library's own message runtime, one locale per element.
 *
 * Source files call `msg()` and `str` as with `@lit/localize` (the same types,
 * so `lit-localize extract` finds every message and the XLIFF workflow stays),
 * but the messages come from the translations of the locale the rendering
 * widget is in, never from `@lit/localize`'s page-wide state. So a host page
 * whose own Lit app uses `@lit/localize` (or another copy of this library)
 * cannot collide with the widgets, and two widgets side by side can read in
 * two languages.
 *
 * A widget renders inside `withLocale()`; any `msg()` or number/date format
 * called during that render reads the widget's locale.
 */
import type {msg as litMsg} from '@lit/localize';
import {str as litStr} from '@lit/localize';
import type {Locale} from '../data/types.js';

export type {Locale};

/** Translations of one locale as `lit-localize build` writes them. */
type Templates = Record<string, unknown>;
type StrResult = {strTag: true; strings: readonly string[]; values: readonly unknown[]};
type HtmlResult = {strings: TemplateStringsArray; values: unknown[]};

/** The locale a widget is rendering in: its messages and the Intl tag for its numbers and dates. */
export interface LocaleContext {
  readonly locale: Locale;
  /** Intl tag for numbers and dates, e.g. `en-GB`, `zh-Hans-CN`. */
  readonly intl: string;
  /** The locale's translations, or undefined for the source locale. */
  readonly templates: Templates | undefined;
}

const SOURCE: LocaleContext = {locale: 'zh-Hans', intl: 'zh-Hans-CN', templates: undefined};
let active: LocaleContext = SOURCE;

/** Runs `render` with `context` as the locale of every `msg()` and format inside it. */
export function withLocale<T>(context: LocaleContext, render: () => T): T {
  const previous = active;
  active = context;
  try {
    return render();
  } finally {
    active = previous;
  }
}

/** The locale of the render in progress (the source locale outside any). */
export const activeLocale = (): LocaleContext => active;

/** `str` is a pure tag (it only records strings and values), so `@lit/localize`'s own serves. */
export const str = litStr;

/** Joins a translated `str` template, whose placeholders are indices into the source template's values. */
function joinStr(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string {
  let out = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) out += String(order ? values[order[i - 1] as number] : values[i - 1]) + strings[i];
  return out;
}

/**
 * Looks a message up in the active locale's translations by its explicit id;
 * the source (Simplified Chinese) when there is no translation.
 */
export const msg = ((template: string | StrResult | HtmlResult, options?: {id?: string}) => {
  const localized = options?.id === undefined ? undefined : active.templates?.[options.id];
  if (typeof template === 'string') return typeof localized === 'string' ? localized : template;
  if ('strTag' in template) {
    const translated = localized as StrResult | string | undefined;
    if (typeof translated === 'string') return translated;
    return translated ? joinStr(translated.strings, template.values, translated.values) : joinStr(template.strings, template.values);
  }
  const translated = localized as HtmlResult | undefined;
  return translated ? {...translated, values: translated.values.map((i) => template.values[i as number])} : template;
}) as unknown as typeof litMsg;

/** Translations by locale; the source locale needs none. */
const loaders: Record<Exclude<Locale, 'zh-Hans'>, () => Promise<{templates: Templates}>> = {
  en: () => import('../generated/locales/en.js'),
  'zh-Hant': () => import('../generated/locales/zh-Hant.js'),
};
const loaded = new Map<Locale, Templates | undefined>([['zh-Hans', undefined]]);
const pending = new Map<Locale, Promise<Templates | undefined>>();

/** Makes a locale's translations at hand without loading (the one-file bundle holds them all). */
export function provideMessages(locale: Locale, templates: Templates): void {
  loaded.set(locale, templates);
}

/** A locale's translations if already loaded (synchronously), else undefined; `null` when not loaded yet. */
export function peekMessages(locale: Locale): Templates | undefined | null {
  return loaded.has(locale) ? loaded.get(locale) : null;
}

/** Loads a locale's translations once per page. */
export function loadMessages(locale: Locale): Promise<Templates | undefined> {
  if (loaded.has(locale)) return Promise.resolve(loaded.get(locale));
  let promise = pending.get(locale);
  if (!promise) {
    promise = loaders[locale as Exclude<Locale, 'zh-Hans'>]().then((module) => {
      loaded.set(locale, module.templates);
      return module.templates;
    });
    promise.catch(() => pending.delete(locale));
    pending.set(locale, promise);
  }
  return promise;
}

export {SOURCE as sourceLocaleContext};
