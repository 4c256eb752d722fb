/**
 * The standalone workbench page (dist/workbench/index.html): `<workbench-page>`
 * holds the page's own switches — language (简体中文 / English / 繁體中文),
 * dark and care mode — above `<data-workbench>`. The switches write `lang`,
 * `theme` and `care` on `<html>`, which the workbench and its preview widgets
 * follow as they follow a host page's. Built by `vite build --mode workbench`
 * into one classic script (browsers import no module from a page opened from
 * disk); the widgets come from the one-file bundle beside it.
 *
 * The starting language is `?lang=` in the address, else `<html lang>` when
 * the page's file sets one, else the first of the reader's browser languages
 * the widgets know (Simplified Chinese when none).
 */
import {LitElement, css, html} from 'lit';
import {state} from 'lit/decorators.js';
import {classMap} from 'lit/directives/class-map.js';
import {inCareMode} from '../src/base/ancestry.js';
import type {Locale} from '../src/data/types.js';
import {defineElement} from '../src/define.js';
import {resolveLocale} from '../src/localization/localization.js';
import {msg, withLocale} from '../src/localization/runtime.js';
import {toolControls} from '../stories/tool-styles.js';
import {DataWorkbench, INTL, LOCALES, LOCALE_NAMES, TEMPLATES} from './data-workbench.js';

/** The language the page starts in (see the module's comment). */
export function startLocale(search: string, htmlLang: string, languages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('lang');
  if (asked) return resolveLocale(asked);
  if (htmlLang) return resolveLocale(htmlLang);
  for (const language of languages) {
    if (/^(zh|en)\b/i.test(language)) return resolveLocale(language);
  }
  return 'zh-Hans';
}

/**
 * The workbench page's header and switches.
 *
 * @tag workbench-page
 */
export class WorkbenchPage extends LitElement {
  static override styles = [
    toolControls,
    css`
      :host {
        display: block;
        font: 1rem/1.6 system-ui, sans-serif;
      }
      .care {
        font-size: 1.25rem;
      }
      h1 {
        font-size: 1.75em;
        margin: 0 0 0.5rem;
      }
      .switches {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1.5rem;
        align-items: center;
      }
    `,
  ];

  @state() private locale: Locale = 'zh-Hans';
  @state() private dark = false;
  @state() private care = false;

  override connectedCallback(): void {
    super.connectedCallback();
    const root = document.documentElement;
    this.locale = startLocale(location.search, root.getAttribute('lang') ?? '', navigator.languages ?? [navigator.language]);
    this.dark = root.getAttribute('theme') === 'dark';
    this.care = inCareMode(root);
    this.apply();
  }

  /** Writes the switches onto `<html>` (and the page's title in its language). */
  private apply(): void {
    const root = document.documentElement;
    root.lang = this.locale;
    if (this.dark) root.setAttribute('theme', 'dark');
    else root.removeAttribute('theme');
    root.toggleAttribute('care', this.care);
    document.title = withLocale(this.context(), () => msg('数据工作台', {id: 'workbench-page.title'}));
  }

  private context() {
    return {locale: this.locale, intl: INTL[this.locale], templates: TEMPLATES[this.locale]};
  }

  override render() {
    return withLocale(this.context(), () => this.renderIn());
  }

  private renderIn() {
    return html`<div class=${classMap({care: this.care})}>
        <h1>${msg('数据工作台', {id: 'workbench-page.title'})}</h1>
        <p>
          ${msg('本页不需要网络，也不需要安装：可以直接双击打开 index.html，也可以把整个文件夹放到内网的网站上。', {
            id: 'workbench-page.about',
            desc: 'Under the page title: how the page is used. index.html is the file name.',
          })}
        </p>
        <div class="switches">
          <fieldset>
            <legend>${msg('语言', {id: 'workbench-page.language'})}</legend>
            ${LOCALES.map(
              (l) =>
                html`<label
                  ><input type="radio" name="page-locale" value=${l} .checked=${l === this.locale} @change=${() => this.set({locale: l})} />
                  <span lang=${l}>${LOCALE_NAMES[l]}</span></label
                >`
            )}
          </fieldset>
          <fieldset>
            <legend>${msg('显示', {id: 'workbench-page.display'})}</legend>
            <label
              ><input type="checkbox" name="dark" .checked=${this.dark} @change=${(e: Event) => this.set({dark: (e.target as HTMLInputElement).checked})} />
              ${msg('深色', {id: 'workbench-page.dark'})}</label
            >
            <label
              ><input type="checkbox" name="care" .checked=${this.care} @change=${(e: Event) => this.set({care: (e.target as HTMLInputElement).checked})} />
              ${msg('适老化（大字）', {id: 'workbench-page.care', desc: 'Care mode: larger text and controls for older readers.'})}</label
            >
          </fieldset>
        </div>
      </div>
      <data-workbench></data-workbench>`;
  }

  private set(change: {locale?: Locale; dark?: boolean; care?: boolean}): void {
    if (change.locale !== undefined) this.locale = change.locale;
    if (change.dark !== undefined) this.dark = change.dark;
    if (change.care !== undefined) this.care = change.care;
    this.apply();
  }
}

// Both registered here: package.json's sideEffects lists the library's files only, so the build would drop a bare import of ./index.js.
defineElement('data-workbench', DataWorkbench);
defineElement('workbench-page', WorkbenchPage);

declare global {
  interface HTMLElementTagNameMap {
    'data-workbench': DataWorkbench;
    'workbench-page': WorkbenchPage;
  }
}
