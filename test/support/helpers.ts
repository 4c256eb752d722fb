/** Small helpers shared by the widget tests. */
import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AllianceErrorEvent} from '../../src/events.js';
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
export const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
/** Every element of a part. */
export const parts = (el: Element, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
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

/**
 * Puts a new widget with the given attributes into the page and waits for the
 * `alliance-error` it fires. The caller removes the widget.
 */
export async function placeExpectingError<E extends HTMLElement>(tag: string, attributes: Record<string, string> = {}): Promise<{el: E; error: AllianceErrorEvent}> {
  const el = document.createElement(tag) as E;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const event = oneEvent(el, 'alliance-error');
  document.body.append(el);
  const error = (await event) as unknown as AllianceErrorEvent;
  await (el as unknown as {updateComplete: Promise<boolean>}).updateComplete;
  return {el, error};
}

/**
 * The widget's tab stops, in order, as a keyboard reader meets them: Tab from
 * a button placed just before the widget until focus reaches one placed just
 * after it (so focus never leaves the page).
 */
export async function tabStops(el: HTMLElement): Promise<Element[]> {
  const [start, end] = ['start', 'end'].map((name) => Object.assign(document.createElement('button'), {textContent: name}));
  el.before(start!);
  el.after(end!);
  start!.focus();
  const stops: Element[] = [];
  for (let i = 0; i < 50; i++) {
    await sendKeys({press: 'Tab'});
    const active = el.shadowRoot!.activeElement;
    if (document.activeElement !== el || !active) break;
    stops.push(active);
  }
  const leftTo = document.activeElement;
  start!.remove();
  end!.remove();
  expect(leftTo, 'Tab leaves the widget to what follows it').to.equal(end);
  return stops;
}
