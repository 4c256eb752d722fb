/**
 * `<theme-builder>` (主题生成器): the catalogue's page where a portal designer
 * makes a theme. Start from a preset, choose every colour token of the four
 * looks (light, dark, care mode, care mode on dark), see every widget live
 * in each look, read the contrast ratio of every pair with its verdict for AA
 * and for care mode, and copy the CSS — in the form of themes/*.css. A pair
 * below its requirement is named in a warning (role=alert) and in a comment at
 * the top of the CSS, and the copy button says so: never silent.
 *
 * It is part of the catalogue, not of the library: pages never load it.
 */
import {LitElement, css, html, nothing} from 'lit';
import {toolControls} from '../tool-styles.js';
import {customElement, query, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import {styleMap} from 'lit/directives/style-map.js';
import type {Locale} from '../../src/data/types.js';
import {resolveLocale} from '../../src/localization/localization.js';
import {msg, str, withLocale} from '../../src/localization/runtime.js';
import {formatRatio, normalizeHex} from './contrast.js';
import {PRESETS, PRESET_IDS, type PresetId} from './presets.js';
import {
  LOOKS,
  PRESET_NAME,
  TOKENS,
  copyTheme,
  evaluate,
  hasToken,
  propertyName,
  suggestFix,
  themeCss,
  themeProperties,
  type Look,
  type PairResult,
  type Theme,
  type Token,
} from './theme.js';
import {templates as enTemplates} from './generated/locales/en.js';
import {templates as hantTemplates} from './generated/locales/zh-Hant.js';
import {copyOrSelect} from '../tool-clipboard.js';

const TEMPLATES: Record<Locale, Record<string, unknown> | undefined> = {'zh-Hans': undefined, en: enTemplates, 'zh-Hant': hantTemplates};
const INTL: Record<Locale, string> = {'zh-Hans': 'zh-Hans-CN', en: 'en-GB', 'zh-Hant': 'zh-Hant-TW'};

function lookName(look: Look): string {
  switch (look) {
    case 'light':
      return msg('浅色', {id: 'theme-builder.look-light'});
    case 'dark':
      return msg('深色', {id: 'theme-builder.look-dark'});
    case 'care':
      return msg('适老化', {id: 'theme-builder.look-care'});
    case 'care-dark':
      return msg('适老化深色', {id: 'theme-builder.look-care-dark'});
  }
}

function tokenName(token: Token): string {
  switch (token) {
    case 'text':
      return msg('正文', {id: 'theme-builder.token-text'});
    case 'text-strong':
      return msg('标题与数字', {id: 'theme-builder.token-text-strong'});
    case 'text-muted':
      return msg('次要文字', {id: 'theme-builder.token-text-muted'});
    case 'surface':
      return msg('背景', {id: 'theme-builder.token-surface'});
    case 'surface-alt':
      return msg('次要背景', {id: 'theme-builder.token-surface-alt'});
    case 'border':
      return msg('分隔线（装饰，无对比度要求）', {id: 'theme-builder.token-border'});
    case 'control-border':
      return msg('按钮边框', {id: 'theme-builder.token-control-border'});
    case 'accent':
      return msg('强调色（线条、圆点、序号底色）', {id: 'theme-builder.token-accent'});
    case 'accent-text':
      return msg('强调文字（按钮文字、日期）', {id: 'theme-builder.token-accent-text'});
    case 'on-accent':
      return msg('序号文字（强调色上）', {id: 'theme-builder.token-on-accent'});
    case 'positive':
      return msg('增长', {id: 'theme-builder.token-positive'});
    case 'focus':
      return msg('焦点框', {id: 'theme-builder.token-focus'});
  }
}

/** A short token name for the pair table (the long ones explain where a colour goes). */
function shortTokenName(token: Token): string {
  switch (token) {
    case 'accent':
      return msg('强调色', {id: 'theme-builder.short-accent'});
    case 'accent-text':
      return msg('强调文字', {id: 'theme-builder.short-accent-text'});
    case 'on-accent':
      return msg('序号文字', {id: 'theme-builder.short-on-accent'});
    case 'border':
      return msg('分隔线', {id: 'theme-builder.short-border'});
    default:
      return tokenName(token);
  }
}

function presetName(id: PresetId): string {
  switch (id) {
    case 'dangjian-red':
      return msg('党建红', {id: 'theme-builder.preset-dangjian-red'});
    case 'zhengwu-blue':
      return msg('政务蓝', {id: 'theme-builder.preset-zhengwu-blue'});
    case 'neutral':
      return msg('中性', {id: 'theme-builder.preset-neutral'});
  }
}

const pairName = (r: PairResult) => msg(str`${shortTokenName(r.pair.fg)} / ${shortTokenName(r.pair.bg)}`, {id: 'theme-builder.pair'});
const ratioText = (ratio: number, needed?: number) => msg(str`${formatRatio(ratio, needed)}:1`, {id: 'theme-builder.ratio'});

/** An id for a look's token in the colour table. */
const cellId = (look: Look, token: Token) => `${look}-${token}`;

/** @internal The catalogue's theme builder. */
@customElement('theme-builder')
export class ThemeBuilder extends LitElement {
  static override styles = [
    toolControls,
    css`
    :host {
      display: block;
      font: 1rem/1.6 system-ui, sans-serif;
      color: CanvasText;
      max-width: 76rem;
    }
    h2 {
      font-size: 1.5rem;
      margin: 0 0 0.5rem;
    }
    h3 {
      font-size: 1.2rem;
      margin: 1.5rem 0 0.5rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      font-size: 0.9rem;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block: 0.25rem;
    }
    th,
    td {
      border: 1px solid #8a949e;
      padding: 0.25rem 0.5rem;
      text-align: start;
      vertical-align: middle;
    }
    th code,
    td code {
      font-size: 0.85em;
    }
    .token-name {
      display: block;
    }
    .colour {
      display: flex;
      gap: 0.25rem;
      align-items: center;
      white-space: nowrap;
    }
    input[type='color'] {
      inline-size: 2.75rem;
      block-size: 2.75rem;
      padding: 0.125rem;
      border: 1px solid #44505c;
      border-radius: 4px;
      background: Canvas;
    }
    input[type='text'] {
      font-family: ui-monospace, monospace;
      padding: 0.25rem;
      border: 1px solid #44505c;
      border-radius: 4px;
    }
    .colour input[type='text'] {
      inline-size: 6.5em;
    }
    input[aria-invalid='true'] {
      border: 2px solid #a3211a;
    }
    .error {
      display: block;
      color: #a3211a;
      font-size: 0.85rem;
      white-space: normal;
    }
    .same {
      color: #4a5260;
    }
    .frame {
      display: grid;
      gap: 1rem;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr));
      align-items: start;
      padding: 1rem;
      border: 1px solid #8a949e;
      border-radius: 6px;
    }
    .frame .wide {
      grid-column: 1 / -1;
    }
    .swatch {
      display: inline-block;
      min-inline-size: 3.5rem;
      padding: 0.1rem 0.4rem;
      margin-inline-end: 0.4rem;
      border: 1px solid #8a949e;
      border-radius: 3px;
      text-align: center;
      font-weight: 600;
    }
    .swatch.bar {
      block-size: 1.5rem;
      box-sizing: border-box;
      border-width: 0 0 0.5rem;
      border-style: solid;
      vertical-align: middle;
    }
    .look-head th {
      background: #eef0f3;
      color: #111418;
    }
    .pass {
      color: #116b3a;
    }
    .fail {
      color: #a3211a;
      font-weight: 600;
    }
    tr.failing > th {
      box-shadow: inset 0.25rem 0 0 #a3211a;
    }
    .warning {
      border: 2px solid #a3211a;
      border-radius: 6px;
      padding: 0.5rem 1rem;
      margin-block: 0.5rem;
      background: #fdf3f2;
      color: #3b0a07;
    }
    .warning p {
      margin-block: 0.25rem;
    }
    .ok {
      color: #116b3a;
      font-weight: 600;
    }
    textarea {
      display: block;
      inline-size: 100%;
      box-sizing: border-box;
      min-block-size: 14rem;
      font-family: ui-monospace, monospace;
      font-size: 0.8rem;
    }
    @media (forced-colors: active) {
      .fail,
      .pass,
      .ok {
        color: CanvasText;
      }
      .warning {
        border-color: CanvasText;
      }
    }
  `,
  ];

  /** Every colour being chosen, by look and token. */
  @state() private theme: Theme = copyTheme(PRESETS['dangjian-red']);
  /** The preset the list shows (loaded by its button). */
  @state() private preset: PresetId = 'dangjian-red';
  /** The name the CSS gives the theme (`data-alliance-preset`). */
  @state() private name = 'dangjian-red-custom';
  /** What is typed in a hex field, while it is not (yet) a colour or not yet committed: property name → text. */
  @state() private drafts = new Map<string, string>();
  /** The look the preview shows. */
  @state() private previewLook: Look = 'light';
  /** What the last copy did. */
  @state() private notice: '' | 'copied' | 'copy-failed' | 'loaded' = '';

  @query('#css') private cssArea!: HTMLTextAreaElement;

  /** Re-renders when `<html lang>` or its own `lang` changes (the catalogue's toolbar sets the page's). */
  private langObserver: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.langObserver = new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});
    this.langObserver.observe(this, {attributes: true, attributeFilter: ['lang']});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    this.langObserver = undefined;
  }

  /** The builder's language: its own `lang` or the nearest ancestor's, as the widgets read it. */
  private get locale(): Locale {
    return resolveLocale(this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  }

  /** Loads a preset's colours (what "载入预设" does). */
  loadPreset(id: PresetId): void {
    this.theme = copyTheme(PRESETS[id]);
    this.preset = id;
    this.name = `${id}-custom`;
    this.drafts = new Map();
    this.notice = 'loaded';
  }

  /** Sets one colour (`#rgb` or `#rrggbb`); returns false, changing nothing, for text that is not one. */
  setColour(look: Look, token: Token, value: string): boolean {
    const hex = normalizeHex(value);
    if (!hex || !hasToken(look, token)) return false;
    this.theme = {...this.theme, [look]: {...this.theme[look], [token]: hex}};
    this.notice = '';
    return true;
  }

  /** Every pair of every look with its ratio and verdicts. */
  results(): PairResult[] {
    return evaluate(this.theme);
  }

  /** The CSS the copy button copies. */
  css(): string {
    return themeCss(this.theme, this.name);
  }

  override render() {
    const locale = this.locale;
    return withLocale({locale, intl: INTL[locale], templates: TEMPLATES[locale]}, () => this.renderIn(locale));
  }

  private renderIn(locale: Locale) {
    const results = this.results();
    return html`
      <h2>${msg('主题生成器', {id: 'theme-builder.title'})}</h2>
      <p>
        ${msg('从一套预设开始，为浅色、深色和适老化（含适老化深色）选择每一种颜色，实时查看四个组件的效果和每一对颜色的对比度，然后复制 CSS。文字需要 4.5:1（适老化 7:1），线条、按钮边框和焦点框需要 3:1。', {
          id: 'theme-builder.intro',
        })}
      </p>
      ${this.renderStart()} ${this.renderColours()} ${this.renderPreview(locale)} ${this.renderContrast(results)} ${this.renderExport(results)}
    `;
  }

  private renderStart() {
    return html`<section aria-labelledby="start-title">
      <h3 id="start-title">${msg('起点', {id: 'theme-builder.start-title'})}</h3>
      <div class="row">
        <label for="preset">${msg('预设', {id: 'theme-builder.preset-label'})}</label>
        <select id="preset" @change=${(e: Event) => (this.preset = (e.target as HTMLSelectElement).value as PresetId)}>
          ${PRESET_IDS.map((id) => html`<option value=${id} ?selected=${id === this.preset}>${presetName(id)} — themes/${id}.css</option>`)}
        </select>
        <button id="load" type="button" @click=${() => this.loadPreset(this.preset)}>${msg('载入预设的颜色', {id: 'theme-builder.load'})}</button>
      </div>
      <p role="status">${this.notice === 'loaded' ? msg(str`已载入${presetName(this.preset)}的全部颜色。`, {id: 'theme-builder.loaded'}) : ''}</p>
    </section>`;
  }

  private renderColours() {
    return html`<section aria-labelledby="colours-title">
      <h3 id="colours-title">${msg('颜色', {id: 'theme-builder.colours-title'})}</h3>
      <p>${msg('每一格可用取色器选择，或输入十六进制颜色（#RRGGBB 或 #RGB）。适老化的颜色与日常配色分开：适老化模式只使用它们。', {id: 'theme-builder.colours-intro'})}</p>
      <div class="table-scroll" role="region" tabindex="0" aria-labelledby="colours-caption">
        <table>
          <caption id="colours-caption">${msg('每种颜色用途在四种外观下的颜色', {id: 'theme-builder.colours-caption'})}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('颜色用途', {id: 'theme-builder.col-token'})}</th>
              ${LOOKS.map((look) => html`<th scope="col">${lookName(look)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${TOKENS.map(
              (token) => html`<tr>
                <th scope="row"><span class="token-name">${tokenName(token)}</span><code>${token}</code></th>
                ${LOOKS.map((look) => html`<td>${this.renderColour(look, token)}</td>`)}
              </tr>`
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderColour(look: Look, token: Token) {
    if (!hasToken(look, token)) {
      return html`<span class="same">${look === 'care' ? msg('沿用浅色', {id: 'theme-builder.same-as-light'}) : msg('沿用深色', {id: 'theme-builder.same-as-dark'})}</span>`;
    }
    const property = propertyName(look, token);
    const value = this.theme[look][token]!;
    const draft = this.drafts.get(property);
    const invalid = draft !== undefined && normalizeHex(draft) === undefined;
    const label = msg(str`${lookName(look)}：${tokenName(token)}`, {id: 'theme-builder.colour-label'});
    const id = cellId(look, token);
    return html`<div class="colour">
        <input type="color" id=${`${id}-picker`} aria-label=${label} .value=${live(value)} @input=${(e: Event) => this.onPick(look, token, e)} />
        <input
          type="text"
          id=${`${id}-hex`}
          spellcheck="false"
          autocomplete="off"
          aria-label=${msg(str`${label}（十六进制）`, {id: 'theme-builder.hex-label'})}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? `${id}-error` : nothing}
          .value=${live(draft ?? value)}
          @input=${(e: Event) => this.onHexInput(look, token, e)}
          @change=${() => this.onHexChange(look, token)}
        />
      </div>
      ${invalid ? html`<span class="error" id=${`${id}-error`}>${msg(str`不是颜色：请写成 #RRGGBB 或 #RGB。预览和 CSS 仍用 ${value}。`, {id: 'theme-builder.not-hex'})}</span>` : nothing}`;
  }

  private renderPreview(locale: Locale) {
    const look = this.previewLook;
    const surface = this.theme[look].surface!;
    const frameStyle = {...themeProperties(this.theme), background: surface, color: this.theme[look].text!};
    return html`<section aria-labelledby="preview-title">
      <h3 id="preview-title">${msg('预览', {id: 'theme-builder.preview-title'})}</h3>
      <fieldset>
        <legend>${msg('预览的外观', {id: 'theme-builder.preview-look'})}</legend>
        ${LOOKS.map(
          (l) =>
            html`<label><input type="radio" name="preview-look" value=${l} .checked=${l === look} @change=${() => (this.previewLook = l)} /> ${lookName(l)}</label>`
        )}
      </fieldset>
      <div class="frame" id="preview" style=${styleMap(frameStyle)} theme=${look.endsWith('dark') ? 'dark' : 'light'} ?care=${look.startsWith('care')} lang=${locale}>
        <case-stat stat="common-prosperity-workshops"></case-stat>
        <alliance-model-card model="industry-cluster" open selectable></alliance-model-card>
        <div class="wide"><case-stat-group stats="alliance-cases, kuangyan-south-new-jobs, common-prosperity-workshops-earlier"></case-stat-group></div>
        <alliance-scheme scheme-id="four-links-three-unchanged"></alliance-scheme>
        <div class="wide"><case-study-card case="kuangyan-south" selectable></case-study-card></div>
        <div class="wide"><timeline-view eras="era-2020-present"></timeline-view></div>
      </div>
    </section>`;
  }

  private renderContrast(results: PairResult[]) {
    return html`<section aria-labelledby="contrast-title">
      <h3 id="contrast-title">${msg('对比度', {id: 'theme-builder.contrast-title'})}</h3>
      <p>
        ${msg('按 WCAG 2 相对亮度计算。AA：文字 4.5:1，线条、按钮边框和焦点框 3:1；适老化：文字 7:1。浅色和深色须达到 AA，适老化的两套颜色须达到 7:1。', {
          id: 'theme-builder.contrast-intro',
        })}
      </p>
      <div class="table-scroll" role="region" tabindex="0" aria-labelledby="contrast-caption">
        <table id="contrast">
          <caption id="contrast-caption">${msg('每种外观中每一对颜色的对比度', {id: 'theme-builder.contrast-caption'})}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('颜色对', {id: 'theme-builder.col-pair'})}</th>
              <th scope="col">${msg('前景 / 背景', {id: 'theme-builder.col-colours'})}</th>
              <th scope="col">${msg('对比度', {id: 'theme-builder.col-ratio'})}</th>
              <th scope="col">${msg('AA（4.5 / 3）', {id: 'theme-builder.col-aa'})}</th>
              <th scope="col">${msg('适老化（7 / 3）', {id: 'theme-builder.col-care'})}</th>
            </tr>
          </thead>
          ${LOOKS.map(
            (look) => html`<tbody data-look=${look}>
              <tr class="look-head">
                <th scope="rowgroup" colspan="5">${lookName(look)}</th>
              </tr>
              ${results.filter((r) => r.look === look).map((r) => this.renderPair(r))}
            </tbody>`
          )}
        </table>
      </div>
    </section>`;
  }

  private renderPair(r: PairResult) {
    const care = r.look.startsWith('care');
    const kind = r.pair.kind === 'text' ? msg('（文字）', {id: 'theme-builder.kind-text'}) : msg('（非文字）', {id: 'theme-builder.kind-non-text'});
    const verdict = (ok: boolean, needed: number, counts: boolean) =>
      ok
        ? html`<span class="pass">✓ ${msg('通过', {id: 'theme-builder.pass'})}</span>`
        : html`<span class=${counts ? 'fail' : ''}>✗ ${msg(str`不通过（需要 ${needed}:1）`, {id: 'theme-builder.fail'})}</span>${counts ? this.renderFix(r) : nothing}`;
    const swatch =
      r.pair.kind === 'text'
        ? html`<span class="swatch" aria-hidden="true" style=${styleMap({color: r.fg, background: r.bg})}>Aa 字</span>`
        : html`<span class="swatch bar" aria-hidden="true" style=${styleMap({borderColor: r.fg, background: r.bg})}></span>`;
    return html`<tr class=${r.pass ? '' : 'failing'} data-pair=${r.pair.id}>
      <th scope="row">${pairName(r)} <span class="same">${kind}</span></th>
      <td>${swatch}<code>${r.fg}</code> / <code>${r.bg}</code></td>
      <td class="ratio">${ratioText(r.ratio, r.required)}</td>
      <td class="aa">${verdict(r.aa, r.pair.kind === 'text' ? 4.5 : 3, !care)}</td>
      <td class="care">${care ? verdict(r.care, r.pair.kind === 'text' ? 7 : 3, true) : html`<span class="same">${msg('不适用（日常配色）', {id: 'theme-builder.not-applicable'})}</span>`}</td>
    </tr>`;
  }

  /**
   * For a failing pair: a nearby colour that makes it pass, with every other
   * pair of its look that colour is in, one click away. The number badge gets
   * a deeper accent, not dark text; care mode's badge keeps the everyday
   * on-accent, so its accent changes.
   */
  private renderFix(r: PairResult) {
    const token = r.pair.id === 'badge' ? r.pair.bg : r.pair.fg;
    const fix = suggestFix(this.theme, r.look, token);
    if (!fix) return nothing;
    return html`<br /><button
        type="button"
        class="fix"
        aria-label=${msg(str`改用 ${fix}（${lookName(r.look)}的${tokenName(token)}）`, {id: 'theme-builder.fix-label'})}
        @click=${() => this.setColour(r.look, token, fix)}
      >
        ${msg(str`改用 ${fix}`, {id: 'theme-builder.fix'})}
      </button>`;
  }

  private renderExport(results: PairResult[]) {
    const failing = results.filter((r) => !r.pass);
    const accentHint = failing.some((r) => r.pair.fg === 'accent-text');
    const nameOk = PRESET_NAME.test(this.name);
    return html`<section aria-labelledby="export-title">
      <h3 id="export-title">${msg('导出 CSS', {id: 'theme-builder.export-title'})}</h3>
      <p>
        <label for="name">${msg('主题名称（data-alliance-preset 的值）', {id: 'theme-builder.name-label'})}</label><br />
        <input
          id="name"
          type="text"
          size="30"
          spellcheck="false"
          aria-invalid=${nameOk ? 'false' : 'true'}
          aria-describedby="name-help"
          .value=${live(this.name)}
          @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value.trim())}
        />
        <span id="name-help" class=${nameOk ? 'same' : 'error'}>
          ${nameOk
            ? msg('小写字母、数字和连字符，以字母开头。', {id: 'theme-builder.name-help'})
            : msg('名称只能由小写字母、数字和连字符组成、以字母开头；CSS 中暂用 custom。', {id: 'theme-builder.name-invalid'})}
        </span>
      </p>
      ${failing.length
        ? html`<div id="export-warning" class="warning" role="alert">
            <p><strong>${msg(str`有 ${failing.length} 对颜色未达到对比度要求。`, {id: 'theme-builder.warning-title'})}</strong></p>
            <p>${msg('复制的 CSS 会在开头的注释中列出它们。发布之前请改正（对比度表中每个不通过的颜色对都给出了一个建议颜色）：', {id: 'theme-builder.warning-intro'})}</p>
            <ul>
              ${failing.map(
                (r) =>
                  html`<li>
                    ${msg(str`${lookName(r.look)}：${pairName(r)}，${ratioText(r.ratio, r.required)}，需要 ${r.required}:1`, {id: 'theme-builder.warning-pair'})}
                    <span class="same">(<code>${propertyName(r.look, r.pair.fg)}</code> / <code>${propertyName(r.look, r.pair.bg)}</code>)</span>
                  </li>`
              )}
            </ul>
            ${accentHint
              ? html`<p>
                  ${msg('强调文字可以与强调色分开选择：强调色用于线条和圆点，只需 3:1；文字需要 4.5:1（适老化 7:1）。例如政务红 #EE1C25 在白底上只有 4.35:1，可作强调色，文字请选更深的红色。', {
                    id: 'theme-builder.accent-hint',
                  })}
                </p>`
              : nothing}
          </div>`
        : html`<p id="export-ok" class="ok">${msg('✓ 每一对颜色都达到要求：浅色和深色达到 AA，适老化达到 7:1。', {id: 'theme-builder.all-pass'})}</p>`}
      <label for="css">${msg('CSS：放在网站的样式表中，或另存为 .css 文件引入', {id: 'theme-builder.css-label'})}</label>
      <textarea id="css" readonly spellcheck="false" .value=${this.css()}></textarea>
      <p class="row">
        <button id="copy" type="button" aria-describedby=${failing.length ? 'export-warning' : 'export-ok'} @click=${this.copyCss}>
          ${failing.length ? msg(str`复制 CSS（含 ${failing.length} 对不达标的颜色）`, {id: 'theme-builder.copy-failing'}) : msg('复制 CSS', {id: 'theme-builder.copy'})}
        </button>
      </p>
      <p role="status" id="copy-status">${this.noticeText(failing.length)}</p>
    </section>`;
  }

  private noticeText(failing: number): string {
    switch (this.notice) {
      case 'copied':
        return failing
          ? msg(str`CSS 已复制，其中 ${failing} 对颜色未达到对比度要求（已在注释中注明）。`, {id: 'theme-builder.copied-failing'})
          : msg('CSS 已复制。', {id: 'theme-builder.copied'});
      case 'copy-failed':
        return msg('无法直接复制：CSS 已选中，请按 Ctrl+C 复制。', {id: 'theme-builder.copy-failed'});
      default:
        return '';
    }
  }

  private onPick(look: Look, token: Token, e: Event) {
    const property = propertyName(look, token);
    if (this.drafts.has(property)) {
      const drafts = new Map(this.drafts);
      drafts.delete(property);
      this.drafts = drafts;
    }
    this.setColour(look, token, (e.target as HTMLInputElement).value);
  }

  /** A hex field while typing: six digits are a colour at once (the text stays as typed until the field is left). */
  private onHexInput(look: Look, token: Token, e: Event) {
    const text = (e.target as HTMLInputElement).value;
    this.drafts = new Map(this.drafts).set(propertyName(look, token), text);
    if (/^#?[0-9a-f]{6}$/i.test(text.trim())) this.setColour(look, token, text);
  }

  /** Leaving a hex field: a colour (#rrggbb or #rgb) is taken and written as #rrggbb; text that is not one stays, marked, and the colour before it stays in use. */
  private onHexChange(look: Look, token: Token) {
    const property = propertyName(look, token);
    const draft = this.drafts.get(property);
    if (draft === undefined || !this.setColour(look, token, draft)) return;
    const drafts = new Map(this.drafts);
    drafts.delete(property);
    this.drafts = drafts;
  }

  private async copyCss() {
    this.notice = await copyOrSelect(this.css(), this.cssArea);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'theme-builder': ThemeBuilder;
  }
}
