/**
 * What a visitor sees instead of a widget's content: while it loads, a
 * placeholder that keeps the widget's room; when it cannot show what it was
 * asked for, one short, polite line — no id, no developer text (those go to
 * the console, the `problem` property and the `alliance-error` event).
 */
import {html, type TemplateResult} from 'lit';
import {msg} from '../localization/runtime.js';
import type {AllianceErrorReason} from '../events.js';
import {t} from '../base/pieces.js';

/** The reserved-size placeholder shown while a widget's data loads. */
export const loadingNotice = (): TemplateResult =>
  html`<p class="state" part="state" data-state="loading" role="status">${t(msg('正在加载…', {id: 'common.loading', desc: 'Shown while a widget loads its data.'}), true)}</p>`;

/** The notice for a problem: the network or the server failed (the reader may try later), or the page asked for what is not there. */
export function problemNotice(reason: AllianceErrorReason): TemplateResult {
  const unreachable = reason === 'load-failed' || reason === 'http-error' || reason === 'network-error' || reason === 'timeout';
  const text = unreachable
    ? msg('内容暂时无法加载，请稍后刷新页面。', {id: 'common.load-failed', desc: 'Shown to visitors when the data cannot be loaded. Short and polite.'})
    : msg('此处内容暂不可用。', {
        id: 'common.unavailable',
        desc: 'Shown to visitors in place of a widget whose id is missing or unknown (a mistake of the page). Short and polite; no technical detail.',
      });
  return html`<p class="state" part="state" data-state=${unreachable ? 'error' : 'not-found'} role="status">${t(text, true)}</p>`;
}
