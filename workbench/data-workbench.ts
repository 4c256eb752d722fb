/**
 * `<data-workbench>` (数据工作台): where a portal's data editor brings the
 * portal's own data to the widgets. Paste or drop JSON, or a table of figures
 * saved from WPS or Excel; see every problem in the reader's language with
 * its place (JSON path, or row and column); see every widget live on the data
 * in the three locales; copy the embed code (data inline or by `src`) or
 * download the JSON.
 *
 * It is a tool beside the library, not part of it: it ships as its own page
 * (dist/workbench/index.html, built from workbench/page.ts with the one-file
 * bundle beside it) and as a story of the catalogue. Readers' pages never
 * load it (nor the CSV reader and the Traditional-Chinese converter it uses).
 * It reads in the language of its own `lang` or the closest ancestor's, and
 * follows `theme` and `care` on itself or an ancestor, as the widgets do.
 */
import {LitElement, html, nothing} from 'lit';
import {query, state} from 'lit/decorators.js';
import {classMap} from 'lit/directives/class-map.js';
import {live} from 'lit/directives/live.js';
import * as OpenCC from 'opencc-js';
import {hantForData} from '../src/data/localize.js';
import type {Locale} from '../src/data/types.js';
import {AncestryController, closestAttribute, inCareMode} from '../src/base/ancestry.js';
import {resolveLocale} from '../src/localization/localization.js';
import {activeLocale, msg, str, withLocale} from '../src/localization/runtime.js';
import {SCRIPT_TAG, toHtml, type Markup} from '../stories/embed.js';
import {styles} from './data-workbench.styles.js';
import {FIGURE_COLUMNS, choiceWords, columnLetter, figuresTemplate, type ChoiceKey, type ColumnKey} from './figures-csv.js';
import {decodeFile, fileJson, inlineJson, readInput, type WorkbenchProblem, type WorkbenchResult} from './read-input.js';
import {templates as enTemplates} from './generated/locales/en.js';
import {templates as hantTemplates} from './generated/locales/zh-Hant.js';
import {copyOrSelect} from '../stories/tool-clipboard.js';

/** The workbench's messages by locale (the source locale needs none). */
export const TEMPLATES: Record<Locale, Record<string, unknown> | undefined> = {'zh-Hans': undefined, en: enTemplates, 'zh-Hant': hantTemplates};
export const INTL: Record<Locale, string> = {'zh-Hans': 'zh-Hans-CN', en: 'en-GB', 'zh-Hant': 'zh-Hant-TW'};
export const LOCALES: readonly Locale[] = ['zh-Hans', 'en', 'zh-Hant'];
export const LOCALE_NAMES: Record<Locale, string> = {'zh-Hans': '简体中文', en: 'English', 'zh-Hant': '繁體中文'};

const toHant = hantForData(OpenCC);

/** How many problems are listed (a file of the wrong kind can have thousands; the first ones say what is wrong). */
const PROBLEMS_LISTED = 100;

/** How many widgets of one kind the preview shows; the embed list offers them all. */
const PREVIEW_LIMIT = 12;

/** A widget the data can show: its tag, the attribute naming its record, and a name for the list. */
interface WidgetChoice {
  tag: 'case-stat' | 'case-study-card' | 'alliance-model-card' | 'timeline-view';
  attribute?: 'stat' | 'case' | 'model';
  id?: string;
  name: string;
}

/** A text of the document in one locale (the document's zh-Hant is filled in by then). */
const textIn = (text: unknown, locale: Locale): string => (text as Record<string, string> | undefined)?.[locale] ?? '';

/**
 * The data workbench (数据工作台).
 *
 * @tag data-workbench
 * @summary Check a portal's own data, preview every widget on it, copy the embed code.
 * @csspart base - The wrapper of everything the workbench shows.
 */
export class DataWorkbench extends LitElement {
  static override styles = styles;

  /** Follows `care`, `lang` and `theme` on the workbench or an ancestor. */
  protected readonly ancestry = new AncestryController(this);

  /** The text being checked. */
  @state() private text = '';
  /** What reading it gave. */
  @state() private result: WorkbenchResult = {format: 'empty', problems: []};
  /** The file the text came from and its encoding, when it came from a file. */
  @state() private file: {name: string; encoding: string} | undefined;
  @state() private previewLocale: Locale | undefined;
  @state() private embedWidget = 0;
  @state() private embedMode: 'inline' | 'src' = 'inline';
  @state() private srcUrl = 'alliance-data.json';
  /** What the last copy or download did, shown in the embed section's status line. */
  @state() private notice: '' | 'downloaded' | 'copied' | 'copy-failed' = '';
  @state() private dragging = false;

  @query('input[type=file]') private fileInput!: HTMLInputElement;
  @query('.snippet') private snippetArea!: HTMLTextAreaElement;

  private timer: ReturnType<typeof setTimeout> | undefined;

  /** The workbench's language: its own `lang` or the nearest ancestor's, as the widgets read it. */
  private get locale(): Locale {
    return resolveLocale(this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  }

  /** The preview's language: the one chosen, else the workbench's own. */
  private get shownLocale(): Locale {
    return this.previewLocale ?? this.locale;
  }

  /** Reads `text` now (the text area reads a short moment after the last keystroke). */
  read(text: string): void {
    clearTimeout(this.timer);
    this.text = text;
    this.file = undefined;
    this.result = readInput(text, toHant);
    this.embedWidget = 0;
    this.notice = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override render() {
    const locale = this.locale;
    return withLocale({locale, intl: INTL[locale], templates: TEMPLATES[locale]}, () => this.renderIn());
  }

  private renderIn() {
    const doc = this.result.document;
    const theme = closestAttribute(this, 'theme');
    const look = {
      base: true,
      care: inCareMode(this),
      'theme-light': theme === 'light',
      'theme-dark': theme === 'dark',
      'theme-system': theme === 'system',
    };
    return html`<div part="base" class=${classMap(look)}>
      <h2>${msg('数据工作台', {id: 'data-workbench.title'})}</h2>
      <p>
        ${msg('把本网站自己的数据（JSON，或从 WPS、Excel 另存的数字表 CSV）粘贴或拖到下面。这里会列出每一个问题及其位置，用这份数据显示所有组件，并给出可以粘贴到网页中的嵌入代码。数据只在本页处理，不会上传。', {
          id: 'data-workbench.intro',
        })}
      </p>
      <div class="drop" ?data-over=${this.dragging} @dragover=${this.onDragOver} @dragleave=${this.onDragLeave} @drop=${this.onDrop}>
        <label for="input">${msg('数据（JSON 或 CSV）：粘贴到这里，或把文件拖到这里', {id: 'data-workbench.input-label'})}</label>
        <textarea id="input" spellcheck="false" aria-describedby="status" .value=${live(this.text)} @input=${this.onInput}></textarea>
        <div class="actions">
          <button type="button" @click=${() => this.fileInput.click()}>${msg('选择文件…', {id: 'data-workbench.choose-file'})}</button>
          <input type="file" hidden accept=".json,.csv,.tsv,.txt,application/json,text/csv" @change=${this.onFile} />
          <button type="button" @click=${this.useExample}>${msg('填入示例表格', {id: 'data-workbench.example'})}</button>
          <button type="button" @click=${this.downloadTemplate}>${msg('下载 CSV 模板', {id: 'data-workbench.template'})}</button>
          <button type="button" @click=${() => this.read('')} ?disabled=${this.text === ''}>${msg('清空', {id: 'data-workbench.clear'})}</button>
        </div>
      </div>
      <p id="status" class="status" role="status">${this.statusText()}</p>
      ${this.result.problems.length > 0 ? this.renderProblems() : nothing} ${doc ? this.renderPreview() : nothing} ${doc ? this.renderEmbed() : nothing}
      ${this.renderColumns()}
    </div>`;
  }

  private statusText(): string {
    const {format, problems, document: doc} = this.result;
    if (format === 'empty') return msg('粘贴或拖入数据后，这里会说明读到了什么。', {id: 'data-workbench.status-empty'});
    const read =
      format === 'json'
        ? msg('JSON', {id: 'data-workbench.format-json'})
        : this.result.delimiter === '\t'
          ? msg('表格（制表符分隔，如从表格软件复制的单元格）', {id: 'data-workbench.format-tsv'})
          : msg('CSV 表格', {id: 'data-workbench.format-csv'});
    const encoding = this.file?.encoding === 'gb18030' ? msg('，文件按 GB18030（GBK）编码读取', {id: 'data-workbench.encoding-gbk'}) : '';
    if (problems.length > 0) return msg(str`已读取${read}${encoding}：发现 ${problems.length} 个问题，改正后才能预览和嵌入。`, {id: 'data-workbench.status-problems'});
    const n = (c: 'cases' | 'stats' | 'sources' | 'models' | 'events') => doc?.[c]?.length ?? 0;
    return msg(str`已读取${read}${encoding}：数据可用。案例 ${n('cases')} 个，数字 ${n('stats')} 个，来源 ${n('sources')} 个，模式 ${n('models')} 个，时间线事件 ${n('events')} 个。`, {
      id: 'data-workbench.status-ready',
    });
  }

  private renderProblems() {
    return html`<section class="problems" aria-labelledby="problems-title">
      <h3 id="problems-title">${msg(str`问题（${this.result.problems.length}）`, {id: 'data-workbench.problems-title'})}</h3>
      <ol>
        ${this.result.problems
          .slice(0, PROBLEMS_LISTED)
          .map((p) => html`<li><span class="where">${problemPlace(p)}</span>${msg('：', {id: 'data-workbench.colon'})}${problemText(p)}</li>`)}
      </ol>
      ${this.result.problems.length > PROBLEMS_LISTED
        ? html`<p>${msg(str`另有 ${this.result.problems.length - PROBLEMS_LISTED} 个问题未列出；先改正上面的问题。`, {id: 'data-workbench.problems-more'})}</p>`
        : nothing}
    </section>`;
  }

  /** The widgets the document can show, in the order the preview and the embed list give them. */
  private widgets(): WidgetChoice[] {
    const doc = this.result.document;
    if (!doc) return [];
    const locale = this.shownLocale;
    return [
      ...(doc.cases ?? []).map((c): WidgetChoice => ({tag: 'case-study-card', attribute: 'case', id: c['id'] as string, name: textIn(c['name'], locale)})),
      ...(doc.stats ?? []).map((s): WidgetChoice => ({tag: 'case-stat', attribute: 'stat', id: s['id'] as string, name: textIn(s['label'], locale)})),
      ...(doc.models ?? []).map((m): WidgetChoice => ({tag: 'alliance-model-card', attribute: 'model', id: m['id'] as string, name: textIn(m['name'], locale)})),
      ...((doc.events?.length ?? 0) + (doc.eras?.length ?? 0) > 0 ? [{tag: 'timeline-view', name: msg('时间线', {id: 'data-workbench.timeline'})} satisfies WidgetChoice] : []),
    ];
  }

  private renderPreview() {
    const doc = this.result.document!;
    const locale = this.shownLocale;
    const widgets = this.widgets();
    const byTag = new Map<string, WidgetChoice[]>();
    for (const w of widgets) byTag.set(w.tag, [...(byTag.get(w.tag) ?? []), w]);
    const shown = [...byTag.values()].flatMap((list) => list.slice(0, PREVIEW_LIMIT));
    const hidden = widgets.length - shown.length;
    return html`<section aria-labelledby="preview-title">
      <h3 id="preview-title">${msg('预览', {id: 'data-workbench.preview-title'})}</h3>
      <fieldset>
        <legend>${msg('预览语言', {id: 'data-workbench.preview-locale'})}</legend>
        ${LOCALES.map(
          (l) =>
            html`<label
              ><input type="radio" name="preview-locale" value=${l} .checked=${l === locale} @change=${() => (this.previewLocale = l)} />
              <span lang=${l}>${LOCALE_NAMES[l]}</span></label
            >`
        )}
      </fieldset>
      <div class="widgets" lang=${locale}>
        ${shown.map((w) => {
          const widget =
            w.tag === 'case-stat'
              ? html`<case-stat stat=${w.id!} lang=${locale} .data=${doc}></case-stat>`
              : w.tag === 'case-study-card'
                ? html`<case-study-card case=${w.id!} lang=${locale} .data=${doc}></case-study-card>`
                : w.tag === 'alliance-model-card'
                  ? html`<alliance-model-card model=${w.id!} lang=${locale} .data=${doc}></alliance-model-card>`
                  : html`<timeline-view lang=${locale} .data=${doc}></timeline-view>`;
          return html`<div class=${w.tag === 'case-stat' ? '' : 'wide'}>${widget}</div>`;
        })}
      </div>
      ${hidden > 0 ? html`<p>${msg(str`另有 ${hidden} 个组件未在预览中显示，可在下面的嵌入代码中选用。`, {id: 'data-workbench.preview-more'})}</p>` : nothing}
    </section>`;
  }

  /** The embed code of the chosen widget (or of every widget, the last choice) on this data, in the preview's language. */
  snippet(): string {
    const doc = this.result.document;
    const widgets = this.widgets();
    const chosen = this.embedWidget === widgets.length ? widgets : widgets.slice(this.embedWidget, this.embedWidget + 1);
    if (!doc || chosen.length === 0) return '';
    const json = inlineJson(doc);
    const nodes = chosen.map((widget): Markup => {
      const attrs: Record<string, string> = widget.attribute ? {[widget.attribute]: widget.id!} : {};
      return this.embedMode === 'src'
        ? {tag: widget.tag, attrs: {...attrs, src: this.srcUrl}}
        : {tag: widget.tag, attrs, children: [{tag: 'script', attrs: {type: 'application/json'}, children: [json]}]};
    });
    const lang = this.shownLocale;
    // The comment is in the workbench's language (the webmaster reads it); `--` cannot occur in it, which would end it early.
    const htmlTag = `<html lang="${lang}">`;
    const comment = msg(str`组件按网页的语言显示：网页应写 ${htmlTag}`, {
      id: 'data-workbench.embed-comment',
      desc: 'The comment at the top of the embed code; the placeholder is the HTML tag the page needs, e.g. <html lang="en">.',
    }).replace(/--/g, '- -');
    return [`<!-- ${comment} -->`, toHtml(nodes), SCRIPT_TAG].join('\n');
  }

  /** Whether the page was opened from disk (file:), where a browser reads no file by `src`. */
  private get fromDisk(): boolean {
    return this.ownerDocument.location?.protocol === 'file:';
  }

  private renderEmbed() {
    const widgets = this.widgets();
    return html`<section aria-labelledby="embed-title">
      <h3 id="embed-title">${msg('嵌入代码', {id: 'data-workbench.embed-title'})}</h3>
      <p>
        <label for="embed-widget">${msg('组件', {id: 'data-workbench.embed-widget'})}</label>
        <select id="embed-widget" @change=${(e: Event) => (this.embedWidget = Number((e.target as HTMLSelectElement).value))}>
          ${widgets.map((w, i) => html`<option value=${i} ?selected=${i === this.embedWidget}>${w.name} — &lt;${w.tag}${w.attribute ? ` ${w.attribute}="${w.id}"` : ''}&gt;</option>`)}
          <option value=${widgets.length} ?selected=${widgets.length === this.embedWidget}>
            ${msg(str`全部 ${widgets.length} 个组件（用 src 时数据只下载一次）`, {id: 'data-workbench.embed-all'})}
          </option>
        </select>
      </p>
      <fieldset>
        <legend>${msg('数据放在哪里', {id: 'data-workbench.embed-mode'})}</legend>
        <label><input type="radio" name="embed-mode" value="inline" .checked=${this.embedMode === 'inline'} @change=${() => (this.embedMode = 'inline')} /> ${msg('写在标签里（内嵌 JSON）', {id: 'data-workbench.mode-inline'})}</label>
        <label><input type="radio" name="embed-mode" value="src" .checked=${this.embedMode === 'src'} @change=${() => (this.embedMode = 'src')} /> ${msg('单独的 JSON 文件（src）', {id: 'data-workbench.mode-src'})}</label>
      </fieldset>
      ${this.embedMode === 'src'
        ? html`<div class="src-help" id="src-help">
              <p>
                ${msg('用 src 时，组件在网页打开时从网站下载这个 JSON 文件，所以需要网站服务器：把 JSON 文件（“下载 JSON”）上传到网站，写明它的网址，网页也要在网站上打开。直接双击打开的本机文件（网址以 file:// 开头）读不到 src 文件；要在本机试用，请选“写在标签里”。', {
                  id: 'data-workbench.src-needs-server',
                  desc: 'Shown under the src choice. “下载 JSON” and “写在标签里” are the names of a button and a choice on the page.',
                })}
              </p>
              ${this.fromDisk
                ? html`<p class="src-file" role="alert">
                    ${msg('本页是从本机文件打开的（file://）：这里和同样从本机打开的网页都无法用 src 显示数据。请把文件上传到网站服务器后再试，或改用“写在标签里”。', {
                      id: 'data-workbench.src-from-disk',
                      desc: 'Shown when the workbench page itself was opened from disk (a file:// address) and the src choice is made.',
                    })}
                  </p>`
                : nothing}
            </div>
            <p>
            <label for="src-url">${msg('JSON 文件在网站上的地址（下载后上传到这里）', {id: 'data-workbench.src-url'})}</label><br />
            <input id="src-url" type="url" size="50" .value=${this.srcUrl} @input=${(e: Event) => (this.srcUrl = (e.target as HTMLInputElement).value.trim())} />
          </p>`
        : nothing}
      <label for="snippet">${msg('粘贴到网页中的代码', {id: 'data-workbench.snippet-label'})}</label>
      <textarea id="snippet" class="snippet" readonly spellcheck="false" .value=${this.snippet()}></textarea>
      <div class="actions">
        <button type="button" @click=${this.copySnippet}>${msg('复制代码', {id: 'data-workbench.copy'})}</button>
        <button type="button" @click=${this.downloadJson}>${msg('下载 JSON', {id: 'data-workbench.download'})}</button>
      </div>
      <p role="status">${this.noticeText()}</p>
    </section>`;
  }

  private noticeText(): string {
    switch (this.notice) {
      case 'downloaded':
        return msg('已下载 alliance-data.json。', {id: 'data-workbench.downloaded'});
      case 'copied':
        return msg('代码已复制。', {id: 'data-workbench.copied'});
      case 'copy-failed':
        return msg('无法直接复制：代码已选中，请按 Ctrl+C 复制。', {id: 'data-workbench.copy-failed'});
      default:
        return '';
    }
  }

  private renderColumns() {
    const need = (n: (typeof FIGURE_COLUMNS)[number]['need']) =>
      n === 'always'
        ? msg('必填', {id: 'data-workbench.need-always'})
        : n === 'case'
          ? msg('每个案例的第一行必填', {id: 'data-workbench.need-case'})
          : n === 'unit'
            ? msg('填了单位时必填', {id: 'data-workbench.need-unit'})
            : n === 'no-case'
              ? msg('不属于任何案例时必填', {id: 'data-workbench.need-no-case'})
              : msg('选填', {id: 'data-workbench.need-optional'});
    return html`<details>
      <summary>${msg('CSV 表格的列（从 WPS 或 Excel 另存为 CSV，或直接复制单元格粘贴）', {id: 'data-workbench.columns-title'})}</summary>
      <p>
        ${msg('第一行是表头，每行一个数字。表头可以用中文或英文列名，列的顺序不限。同一案例、同一来源写在多行时只算一个：案例按编号（没有编号时按名称）合并，来源按单位、标题、日期和链接合并。繁体中文列不填时，由简体自动转换。', {
          id: 'data-workbench.columns-intro',
        })}
      </p>
      <div class="table-scroll" tabindex="0" role="region" aria-label=${msg('CSV 列说明', {id: 'data-workbench.columns-table'})}>
        <table>
          <thead>
            <tr>
              <th scope="col">${msg('列名', {id: 'data-workbench.col-name'})}</th>
              <th scope="col">${msg('英文列名', {id: 'data-workbench.col-alias'})}</th>
              <th scope="col">${msg('是否必填', {id: 'data-workbench.col-need'})}</th>
              <th scope="col">${msg('说明', {id: 'data-workbench.col-help'})}</th>
              <th scope="col">${msg('示例', {id: 'data-workbench.col-example'})}</th>
            </tr>
          </thead>
          <tbody>
            ${FIGURE_COLUMNS.map(
              (c) => html`<tr>
                <th scope="row" lang="zh-Hans">${c.zh}</th>
                <td><code>${c.en}</code></td>
                <td>${need(c.need)}</td>
                <td>${columnHelp(c.key)}</td>
                <td>${c.example}</td>
              </tr>`
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  private onInput(e: Event) {
    const text = (e.target as HTMLTextAreaElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.read(text), 250);
  }

  private onDragOver(e: DragEvent) {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private onDragLeave() {
    this.dragging = false;
  }

  private onDrop(e: DragEvent) {
    this.dragging = false;
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void this.readFile(file);
  }

  private onFile() {
    const file = this.fileInput.files?.[0];
    if (file) void this.readFile(file);
    this.fileInput.value = '';
  }

  /** Reads a dropped or chosen file (UTF-8, else GB18030). */
  async readFile(file: File): Promise<void> {
    const {text, encoding} = decodeFile(await file.arrayBuffer());
    this.read(text);
    this.file = {name: file.name, encoding};
  }

  private useExample() {
    this.read(EXAMPLE_CSV);
  }

  private downloadTemplate() {
    download(figuresTemplate(), 'figures-template.csv', 'text/csv;charset=utf-8');
  }

  private downloadJson() {
    const doc = this.result.document;
    if (!doc) return;
    download(fileJson(doc), 'alliance-data.json', 'application/json');
    this.notice = 'downloaded';
  }

  private async copySnippet() {
    this.notice = await copyOrSelect(this.snippet(), this.snippetArea);
  }
}

/** Saves `text` as a file the browser downloads. */
function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Released later, not at once: a browser may still be starting the download when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

/** `a, b or c` in the language being rendered. */
const orList = (items: readonly string[]) => new Intl.ListFormat(activeLocale().intl, {type: 'disjunction'}).format(items);

/** Where a problem is, as the webmaster finds it: a cell, a row, a JSON line, or a path. */
export function problemPlace(p: WorkbenchProblem): string {
  if (p.row !== undefined && p.column !== undefined) {
    const letter = columnLetter(p.column);
    return p.header
      ? msg(str`第 ${p.row} 行 ${letter} 列（${p.header}）`, {id: 'data-workbench.at-cell'})
      : msg(str`第 ${p.row} 行 ${letter} 列`, {id: 'data-workbench.at-cell-bare'});
  }
  if (p.row !== undefined) return msg(str`第 ${p.row} 行`, {id: 'data-workbench.at-row'});
  if (p.line !== undefined) return msg(str`JSON 第 ${p.line} 行第 ${p.lineColumn ?? 1} 列`, {id: 'data-workbench.at-line'});
  if (p.path) return msg(str`位置 ${p.path}`, {id: 'data-workbench.at-path'});
  if (p.header) return msg(str`表头（${p.header}）`, {id: 'data-workbench.at-header'});
  return msg('整份数据', {id: 'data-workbench.at-document'});
}

/** What is wrong, in the reader's language. */
export function problemText(p: WorkbenchProblem): string {
  const value = p.value ?? '';
  switch (p.code) {
    case 'no-rows':
      return msg('没有读到任何数据行。', {id: 'data-workbench.p-no-rows'});
    case 'csv-syntax':
      return msg('CSV 格式有误（多半是引号没有成对）。', {id: 'data-workbench.p-csv-syntax'});
    case 'unknown-column':
      return msg(str`不认识“${p.header ?? ''}”这一列；表头请按下面的列说明填写。`, {id: 'data-workbench.p-unknown-column'});
    case 'duplicate-column':
      return msg(str`“${p.header ?? ''}”这一列出现了两次。`, {id: 'data-workbench.p-duplicate-column'});
    case 'missing-column':
      return msg(str`缺少必需的列“${p.header ?? ''}”。`, {id: 'data-workbench.p-missing-column'});
    case 'extra-cells':
      return msg('这一行的单元格比表头多。', {id: 'data-workbench.p-extra-cells'});
    case 'required':
      return msg('这一格不能为空。', {id: 'data-workbench.p-required'});
    case 'not-number':
      return msg(str`“${value}”不是数字；请只写数字，如 1200000 或 82.98%。`, {id: 'data-workbench.p-not-number'});
    case 'not-date':
      return msg(str`“${value}”不是日期；请写成 2025、2025-12 或 2025-12-31。`, {id: 'data-workbench.p-not-date'});
    case 'not-choice':
      return msg(str`“${value}”不是可选的值；可选：${orList(p.choices ?? [])}。`, {id: 'data-workbench.p-not-choice'});
    case 'conflict':
      return msg(str`与第 ${p.otherRow ?? 0} 行所写的同一案例不一致（此处为“${value}”）。`, {id: 'data-workbench.p-conflict'});
    case 'missing':
      return msg('缺少必填项。', {id: 'data-workbench.p-missing'});
    case 'unknown-field':
      return msg('发布格式中没有这个字段。', {id: 'data-workbench.p-unknown-field'});
    case 'wrong-type':
      return msg(str`类型不对，应为 ${p.expected ?? ''}。`, {id: 'data-workbench.p-wrong-type'});
    case 'not-one-of':
      return msg(str`“${value}”不是可选的值；应为 ${p.expected ?? ''} 之一。`, {id: 'data-workbench.p-not-one-of'});
    case 'bad-id':
      return msg(str`“${value}”不能用作编号；编号只能由小写字母、数字和连字符组成，如 river-homestays。`, {id: 'data-workbench.p-bad-id'});
    case 'bad-text':
      return msg('文字不能为空，首尾也不能有空格。', {id: 'data-workbench.p-bad-text'});
    case 'bad-date':
      return msg(str`“${value}”不是日期；请写成 2025、2025-12 或 2025-12-31。`, {id: 'data-workbench.p-bad-date'});
    case 'bad-url':
      return msg(str`“${value}”不是网址。`, {id: 'data-workbench.p-bad-url'});
    case 'unsafe-url':
      return msg(str`“${value}”不能作为链接：只能链接 http 或 https 网址。`, {id: 'data-workbench.p-unsafe-url'});
    case 'too-long':
      return msg(str`内容太长：这里最多 ${p.expected ?? ''} 个字。`, {id: 'data-workbench.p-too-long'});
    case 'too-many':
      return msg(str`项数太多：这里最多 ${p.expected ?? ''} 项。`, {id: 'data-workbench.p-too-many'});
    case 'too-large':
      return msg('数据太大：整份数据最多 2 MiB（约 200 万个字符）。', {id: 'data-workbench.p-too-large'});
    case 'too-deep':
      return msg('嵌套层数太多，发布格式中没有这样的结构。', {id: 'data-workbench.p-too-deep'});
    case 'cycle':
      return msg('这里引用了包含它自己的对象（循环引用）。', {id: 'data-workbench.p-cycle'});
    case 'unreadable':
      return msg('这个值无法读取（读取时出错）。', {id: 'data-workbench.p-unreadable'});
    case 'too-few':
      return msg('至少要有一项。', {id: 'data-workbench.p-too-few'});
    case 'not-integer':
      return msg('应为整数。', {id: 'data-workbench.p-not-integer'});
    case 'too-small':
      return msg('数值太小。', {id: 'data-workbench.p-too-small'});
    case 'invalid-json':
      return msg('不是有效的 JSON（常见原因：缺少逗号或引号，或多了一个逗号）。', {id: 'data-workbench.p-invalid-json'});
    case 'not-object':
      return msg('数据应为一个 JSON 对象，含 schemaVersion 和 stats、cases 等集合。', {id: 'data-workbench.p-not-object'});
    case 'unsupported-version':
      return msg(str`这份数据的 schemaVersion 是 ${value}，本版组件读取的是 ${p.expected ?? ''}。`, {id: 'data-workbench.p-version'});
    case 'missing-reference':
      return msg(str`引用的编号“${value}”在这份数据中不存在。`, {id: 'data-workbench.p-missing-reference'});
    case 'duplicate-id':
      return msg(str`编号“${value}”用了不止一次。`, {id: 'data-workbench.p-duplicate-id'});
    default:
      return msg('数据不符合发布格式。', {id: 'data-workbench.p-invalid'});
  }
}

/** What a column holds, for the column guide. */
function columnHelp(key: ColumnKey): string {
  const choices = (k: ChoiceKey) => orList(choiceWords(k));
  switch (key) {
    case 'caseId':
      return msg('小写字母、数字和连字符，如 riverside-villages；嵌入代码用它指明案例。不填时按出现顺序编为 case-1、case-2……', {id: 'data-workbench.h-case-id'});
    case 'caseName':
      return msg('数字所属的案例。不填则该数字不属于任何案例。', {id: 'data-workbench.h-case-name'});
    case 'caseKind':
      return msg(str`不填为“联盟”。可选：${choices('caseKind')}`, {id: 'data-workbench.h-case-kind'});
    case 'figureId':
      return msg('小写字母、数字和连字符；嵌入代码用它指明数字。不填时按行号编为 figure-2、figure-3……（改动行序会改变编号）', {id: 'data-workbench.h-figure-id'});
    case 'value':
      return msg('只写数字：1200000、1,200,000 或 82.98%（百分数）。不要写“120万”“约36”。', {id: 'data-workbench.h-value'});
    case 'unit':
      return msg('量词或单位，如 家、名、元；百分数不填。', {id: 'data-workbench.h-unit'});
    case 'measure':
      return msg(str`不填时，带 % 的为百分比，其余为数量。可选：${choices('measure')}`, {id: 'data-workbench.h-measure'});
    case 'qualifier':
      return msg(str`原文数字前后的“超过”“余”“近”“以上”。可选：${choices('qualifier')}`, {id: 'data-workbench.h-qualifier'});
    case 'scope':
      return msg(str`数字统计的范围；属于案例时不填即为“案例”。可选：${choices('scope')}`, {id: 'data-workbench.h-scope'});
    case 'asOf':
      return msg('数据截至的日期：2025、2025-12、2025-12-31、2025/12/31 或 2025年12月。来源没有注明日期时留空，组件会写明“未注明日期”。', {id: 'data-workbench.h-as-of'});
    case 'sourceDate':
      return msg('来源发布的日期，写法同上；没有日期时留空。', {id: 'data-workbench.h-source-date'});
    case 'sourceUrl':
      return msg('只能是 http 或 https 网址。', {id: 'data-workbench.h-source-url'});
    case 'caseNameHant':
    case 'caseSummaryHant':
    case 'labelHant':
    case 'unitHant':
    case 'publisherHant':
    case 'titleHant':
      return msg('繁体中文写法；不填时由简体自动转换。', {id: 'data-workbench.h-hant'});
    case 'caseNameEn':
    case 'caseSummaryEn':
    case 'labelEn':
    case 'unitEn':
    case 'publisherEn':
    case 'titleEn':
      return msg('前一列的英文。', {id: 'data-workbench.h-english'});
    default:
      return msg('简体中文。', {id: 'data-workbench.h-chinese'});
  }
}

/** The example table: two cases, three figures, one source (what "填入示例表格" fills in). */
export const EXAMPLE_CSV = [
  '案例编号,案例名称,案例名称（英文）,案例简介,案例简介（英文）,指标编号,指标名称,指标名称（英文）,数值,单位,单位（英文）,修饰,截至日期,来源单位,来源单位（英文）,来源标题,来源标题（英文）,来源日期,来源链接',
  'riverside-villages,沿河五村党建联盟,Five riverside villages alliance,五个村共同治理河道、发展民宿。,Five villages manage the river and develop homestays together.,river-homestays,沿河新开民宿,New homestays along the river,36,家,homestays,,2025-12,某区委组织部,District Party Organization Department,党建联盟工作年报,Annual report on party-building alliances,2025-12-31,https://example.org/report.html',
  'riverside-villages,,,,,river-income,五村集体增收,Added collective income of the five villages,"1,200,000",元,yuan,超过,2025,某区委组织部,District Party Organization Department,党建联盟工作年报,Annual report on party-building alliances,2025-12-31,https://example.org/report.html',
  'market-street,集市街区党建联盟,Market street alliance,商户与社区共建。,Shopkeepers and the community build together.,market-shops,参与共建的商户,Shops taking part,58,户,shops,,,某区委组织部,District Party Organization Department,党建联盟工作年报,Annual report on party-building alliances,2025-12-31,https://example.org/report.html',
].join('\r\n');
