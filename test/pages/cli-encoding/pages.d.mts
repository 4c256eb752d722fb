/** Types of pages.mjs (plain JavaScript, as the test server imports it too). */
export interface EncodedPage {
  readonly name: 'gb2312' | 'gbk' | 'gb18030' | 'big5' | 'utf-8';
  readonly label: string;
  readonly declare: 'meta' | 'http-equiv';
  readonly characterSet: string;
  readonly hant: boolean;
}
export const ENCODED_PAGES: readonly EncodedPage[];
export function pageText(page: EncodedPage): {title: string; menu: string[]};
export const PAGE_WIDGETS: Readonly<Record<'case-stat' | 'alliance-model-card' | 'case-study-card' | 'timeline-view', string>>;
export function sourcePage(page: EncodedPage): string;
