import {expect} from '@open-wc/testing';
import type {CSSResult, CSSResultGroup} from 'lit';
import {WIDGET_CLASSES} from '../src/register.js';
import {WIDGET_TAGS} from '../src/widgets.js';
import {loadFrame, waitUntil} from './support/helpers.js';

/**
 * The one-file bundle ships the CSS of its `css` templates minified
 * (scripts/lib/lit-css.ts). Each widget of the bundle must adopt, rule for
 * rule as the browser reads them, the style sheets its sources write, which
 * the tests serve as written: every selector, declaration, `!important`, at-rule
 * and custom property value the same.
 */
describe('one-file bundle: minified styles', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await loadFrame({src: '/examples/embed.html'}, {width: 1000, height: 900});
  });
  after(() => frame.remove());

  /** Every rule, nested ones within their at-rule, as the browser serializes it. */
  const rules = (list: CSSRuleList): unknown[] => [...list].map((r) => ('cssRules' in r ? {rule: r.cssText.slice(0, r.cssText.indexOf('{')), rules: rules((r as CSSGroupingRule).cssRules)} : r.cssText));
  /** A class's style sheets in the order Lit adopts them (flattened, each once, its last place kept). */
  const sheetsOf = (styles: CSSResultGroup): CSSStyleSheet[] =>
    [...new Set([styles].flat(Infinity as 1).reverse() as CSSResult[])].reverse().map((s) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(s.cssText);
      return sheet;
    });

  for (const tag of WIDGET_TAGS) {
    it(`<${tag}> adopts the rules of its sources`, async () => {
      const el = frame.contentDocument!.querySelector(tag);
      await waitUntil(() => el?.shadowRoot, `<${tag}> did not render`);
      const adopted = el!.shadowRoot!.adoptedStyleSheets;
      const written = sheetsOf((WIDGET_CLASSES[tag] as unknown as {styles: CSSResultGroup}).styles);
      expect(adopted.length, 'style sheets').to.equal(written.length);
      expect(written.reduce((n, s) => n + s.cssRules.length, 0), 'rules').to.be.greaterThan(30);
      adopted.forEach((sheet, i) => expect(rules(sheet.cssRules), `style sheet ${i}`).to.deep.equal(rules(written[i]!.cssRules)));
    });
  }
});
