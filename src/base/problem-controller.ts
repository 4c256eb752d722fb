/**
 * How a widget tells the page what is wrong: once per problem, in the console
 * for the webmaster and as an `alliance-error` event for the host's script —
 * fired after the page has been parsed, so a listener in a later script hears
 * it too.
 *
 * Two kinds: the problem that keeps the widget from showing its data (an
 * unknown id, data that cannot be used — readable as the widget's `problem`
 * until it is solved), and a part the widget leaves out while it shows the
 * rest (a link the URL policy refused: the name is shown as text). The
 * widget's state is its `state` attribute (`loading`, `ready`, `error`), for
 * the page's CSS in every browser — `case-stat[state='error']` — and also a
 * custom state, `:state(error)`, where the browser has them (Chrome 125+):
 * Chrome 90–124 have custom states but refuse names without `--`, so there
 * the attribute alone tells.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {AllianceErrorEvent, type AllianceErrorReason} from '../events.js';
import {PageDataProblem} from '../data/problem.js';
import type {LinkProblem} from '../shared/link.js';

/**
 * Why a widget shows nothing of its data, as the page can read it at any time
 * from the widget's `problem` property (and from the `alliance-error` event).
 */
export interface AllianceProblem {
  /** Machine-readable reason: `missing-id`, `not-found`, `load-failed`, or what is wrong with the page's own data (see AllianceErrorReason). */
  readonly reason: AllianceErrorReason;
  /** The id that was asked for, when there was one. */
  readonly id: string | undefined;
  /** Where in the page's own data document the problem is (`stats[3].value`), when it is there. */
  readonly path?: string | undefined;
  /** A sentence for the webmaster (English and Chinese), as logged to the console. */
  readonly message: string;
}

/** The console message for a problem: names the widget, the reason and the id, for the webmaster. */
function problemMessage(tag: string, reason: AllianceErrorReason, id: string | undefined, cause: unknown, path?: string): string {
  const what =
    cause instanceof PageDataProblem
      ? `the page's data cannot be used (页面提供的数据无法使用): ${cause.message}`
      : reason === 'invalid-attribute'
        ? `${path ?? 'an attribute'}="${id ?? ''}" is not a value this widget takes (属性值无效: ${path ?? ''}="${id ?? ''}"); see the README for the values`
        : reason === 'missing-id'
          ? 'no id was given (未指定要显示的数据 id)'
          : reason === 'not-found'
            ? `no record has the id "${id ?? ''}" (未找到 id 为 "${id ?? ''}" 的数据)`
            : 'the data could not be loaded (数据加载失败)';
  return `alliance-widgets: <${tag}> ${reason}: ${what}. Visitors see a short notice instead.`;
}

/** Links refused anywhere on the page, so the console hears of each once. */
const warnedLinks = new Set<string>();

/** Tells the console, once per page (or server process), of a link the policy refused. */
export function warnRefusedLink(tag: string, {reason, path, value}: LinkProblem, element?: Element): void {
  const key = `${reason}\n${path}\n${value}`;
  if (warnedLinks.has(key)) return;
  warnedLinks.add(key);
  console.warn(
    `alliance-widgets: <${tag}> ${reason}: ${path}="${value}" does not make an http or https link (链接只能是 http 或 https 网址), so no link is made; the names are shown as text.`,
    ...(element ? [element] : [])
  );
}

/** What a widget found in its last update: nothing yet (loading), its data (with the links it refused), or why not. */
export type Outcome =
  | undefined
  | {ok: true; refused: readonly LinkProblem[]}
  | {ok: false; reason: AllianceErrorReason; id: string | undefined; path?: string | undefined; cause: unknown};

/** The host attribute that tells the widget's state: `loading`, `ready` or `error` (written out below, where the bytes count). */
export const STATE_ATTRIBUTE = 'state';

export class ProblemController implements ReactiveController {
  /** What keeps the widget from showing its data now, if anything. */
  current: AllianceProblem | undefined;
  /** Key of the last problem reported, so each is reported once. */
  private reported: string | undefined;
  /** Keys of the refused links reported for the widget's last render. */
  private noticed = new Set<string>();

  /** The element's CustomStateSet, or undefined (older browsers, server rendering). */
  private readonly states: Set<string> | undefined;
  /** The state last set. */
  private shown: string | undefined;

  /** `outcome` is null while the widget still shows its static HTML: the state that HTML was given stands. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly outcome: () => Outcome | null
  ) {
    host.addController(this);
    try {
      this.states = (host.attachInternals?.() as (ElementInternals & {states?: Set<string>}) | undefined)?.states;
    } catch {
      this.states = undefined;
    }
  }

  hostUpdated(): void {
    const outcome = this.outcome();
    this.setState((outcome === null && this.host.getAttribute('state')) || (!outcome ? 'loading' : outcome.ok ? 'ready' : 'error'));
    this.report(outcome?.ok === false ? outcome : undefined);
    if (outcome?.ok) this.notice(outcome.refused);
  }

  /** Sets the state attribute and the one custom state of loading / ready / error. */
  private setState(state: string): void {
    if (state === this.shown) return;
    this.shown = state;
    this.host.setAttribute('state', state);
    try {
      this.states?.clear();
      this.states?.add(state);
    } catch {
      // Chrome 90–124 take only `--` names: there the attribute alone tells the state.
    }
  }

  /** The reason the widget shows none of its data (with the id or attribute and the cause), or undefined when it shows it or is still loading. */
  private report(found: Extract<Outcome, {ok: false}> | undefined): void {
    const key = found ? `${found.reason}:${found.id ?? ''}:${found.path ?? ''}` : undefined;
    if (key === this.reported) return;
    this.reported = key;
    if (!found) {
      this.current = undefined;
      return;
    }
    const {cause} = found;
    const path = cause instanceof PageDataProblem ? cause.path : found.path;
    const problem: AllianceProblem = {reason: found.reason, id: found.id, path, message: problemMessage(this.host.localName, found.reason, found.id, cause, path)};
    this.current = problem;
    if (cause !== undefined && !(cause instanceof PageDataProblem)) console.error(problem.message, cause);
    else console.warn(problem.message, this.host);
    this.fire(() => this.current === problem, new AllianceErrorEvent(problem.reason, problem.id, cause, path));
  }

  /** After a render that showed the data: the links it refused (names shown as text), each reported once while it stays. */
  private notice(refused: readonly LinkProblem[]): void {
    if (refused.length === 0 && this.noticed.size === 0) return;
    const keys = new Set<string>();
    for (const problem of refused) {
      const {reason, path, value} = problem;
      const key = `${reason}\n${path}\n${value}`;
      if (keys.has(key)) continue;
      keys.add(key);
      if (this.noticed.has(key)) continue;
      warnRefusedLink(this.host.localName, problem, this.host);
      this.fire(() => true, new AllianceErrorEvent(reason, value, undefined, path));
    }
    this.noticed = keys;
  }

  /** Fires `event` if `still()` holds then; while the page is being parsed, once parsing is done. */
  private fire(still: () => boolean, event: Event): void {
    const send = () => {
      if (still()) this.host.dispatchEvent(event);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', send, {once: true});
    else send();
  }
}
