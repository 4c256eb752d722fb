/**
 * The one URL policy for every link a widget makes: a case link from a
 * `case-href` template, an article link from a source's `url`, any link a
 * later widget adds. A link is made only when its URL, parsed as the browser
 * will parse it, is `http:` or `https:` — so no `javascript:`, `data:`,
 * `vbscript:` or other scheme, whatever its case, the spaces, tabs, line
 * breaks or control characters around it, or the character references it was
 * written with. `mailto:` and `tel:` are refused too: every link a widget
 * makes leads to a page about a record, and a scheme nobody needs is one
 * nobody can misuse.
 *
 * Ids put into a template are percent-encoded (`:`, `/`, `?`, `#` …
 * included), and a template's scheme must be its own: the template with a
 * neutral id in place of `{id}` has the same scheme as with the real one, so
 * data can never write a scheme (`{id}:…` with a case whose id is
 * `javascript`, or `https{id}` with one whose id is `s`).
 *
 * A link refused is shown as text; the widget reports it (see `LinkProblem`).
 * The static renderer uses the same policy, so static HTML has no link the
 * live widget would refuse.
 */

/** A link the policy refused: where it came from and its value, for the widget's `alliance-error`. */
export interface LinkProblem {
  /** `invalid-attribute` for a template the page wrote, `invalid-data` for a URL in the data. */
  reason: 'invalid-attribute' | 'invalid-data';
  /** The attribute (`case-href`) or the place in the data (`sources[2].url`). */
  path: string;
  value: string;
}

/** Links refused by the render in progress. */
let refused: LinkProblem[] | undefined;

/** Runs `render`, collecting the links it refused. */
export function collectLinkProblems<R>(render: () => R): {result: R; problems: LinkProblem[]} {
  const outer = refused;
  const problems: LinkProblem[] = (refused = []);
  try {
    return {result: render(), problems};
  } finally {
    refused = outer;
  }
}

/**
 * Relative links follow the page; on a page that is not http(s) (opened from
 * disk, a server renderer) they are checked as if on an https page, since
 * only a scheme written in the link itself can be a data's or an editor's.
 */
const NEUTRAL_BASE = 'https://alliance-widgets.invalid/';

function protocolOf(href: string): string | undefined {
  const base = typeof document !== 'undefined' && /^https?:/.test(document.baseURI) ? document.baseURI : NEUTRAL_BASE;
  try {
    return new URL(href, base).protocol;
  } catch {
    return undefined;
  }
}

/** `href` when the policy allows it (and, for a filled template, its scheme is the template's own); else undefined, recorded as refused. */
function allowed(href: string, problem: LinkProblem, template?: string): string | undefined {
  const protocol = protocolOf(href);
  if ((protocol === 'http:' || protocol === 'https:') && (template === undefined || protocolOf(template.replaceAll('{id}', 'x')) === protocol)) return href;
  refused?.push(problem);
  return undefined;
}

/** The link of a record from a template the page gave (`/cases/{id}.html`), or undefined when the policy refuses it. */
export function templateLink(template: string, id: string, attribute: string): string | undefined {
  return allowed(template.replaceAll('{id}', encodeURIComponent(id)), {reason: 'invalid-attribute', path: attribute, value: template}, template);
}

/** A URL from the data as a link, or undefined when the policy refuses it. */
export function dataLink(url: string, path: string): string | undefined {
  return allowed(url, {reason: 'invalid-data', path, value: url});
}

