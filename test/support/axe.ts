/**
 * axe-core run directly with the rules of WCAG 2.x levels A, AA and AAA
 * (color-contrast-enhanced: 7:1 among them). chai-a11y-axe's
 * `to.be.accessible()` takes no rule selection, so it cannot check AAA.
 */
import {expect} from '@open-wc/testing';

interface AxeResult {
  id: string;
  nodes: {target: unknown[]; failureSummary?: string}[];
}
interface AxeResults {
  violations: AxeResult[];
  passes: AxeResult[];
  incomplete: AxeResult[];
  inapplicable: AxeResult[];
}
type Axe = {run: (context: Element, options: object) => Promise<AxeResults>};

async function axe(): Promise<Axe> {
  const win = window as unknown as {axe?: Axe};
  if (!win.axe) await import('axe-core/axe.min.js' as string);
  return win.axe!;
}

/** Runs axe with the A, AA and AAA rules on `el` and fails on any violation; checks that the 7:1 contrast rule ran. */
export async function expectAxeAAA(el: Element): Promise<void> {
  const results = await (await axe()).run(el, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag2aaa', 'wcag21a', 'wcag21aa']}});
  const ran = [...results.violations, ...results.passes, ...results.incomplete].map((r) => r.id);
  expect(ran, 'the AAA contrast rule ran').to.include('color-contrast-enhanced');
  const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`);
  expect(violations, violations.join('\n')).to.deep.equal([]);
}
