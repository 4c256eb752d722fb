/** Small helpers shared by the widget tests. */
import {waitUntil} from '@open-wc/testing';
import * as OpenCC from 'opencc-js';
import {getLocale} from '../../src/localization/localization.js';

/** Traditional Chinese as the build derives it. */
export const toHant = OpenCC.Converter({from: 'cn', to: 'tw'});

/** Sets <html lang> as a host page would and waits for the widgets' locale. */
export async function setLang(lang: string, locale: string): Promise<void> {
  document.documentElement.lang = lang;
  await waitUntil(() => getLocale() === locale, `locale ${locale} did not activate`);
}

/** The first element of a part in a widget's shadow root. */
export const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`);
/** Every element of a part. */
export const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll(`[part~="${name}"]`)];
/** Text content with white space folded. */
export const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Text as assistive technology gets it: without `aria-hidden` parts. */
export function spokenText(el: Element | null | undefined): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return text(copy);
}

/** Waits until a widget shows `locale` (its messages and its data). */
export async function inLocale(el: Element, locale: string): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') === locale, `${el.localName} did not switch to ${locale}`);
  await (el as Element & {updateComplete: Promise<boolean>}).updateComplete;
}
