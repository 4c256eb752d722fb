/**
 * Server rendering with the React wrappers: React's server renderer makes the
 * page of test/react/ssr-app.ts in Node (test/react/render-ssr.ts, no
 * window), the browser puts that HTML in the page and hydrates it with
 * React 19's hydrateRoot. Hydration must raise no warning and keep the
 * server's elements, the widgets' text must appear once, and the first click
 * must be heard (React issue 35446: React 19 attaches custom-element listeners
 * only on a later render; the wrappers add theirs in a layout effect).
 */
import {expect} from '@open-wc/testing';
import {React, hydrateRoot, Wrappers} from './react/react-19.js';
import {ssrApp, SSR_PAGE} from './react/ssr-app.js';
import type {AllianceErrorEvent, AllianceSelectEvent} from '../src/events.js';
import type {AllianceData} from '../src/data/schema.js';
import {rawData, settled} from './support/raw-data.js';
import {parts, text, waitUntil} from './support/helpers.js';

type Widget = HTMLElement & {updateComplete: Promise<boolean>};
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('React server rendering with the wrappers, hydrated by React 19', () => {
  let data: AllianceData;
  let markup: string;
  before(async () => {
    data = await rawData();
    const response = await fetch('/test/react/ssr-markup.html');
    expect(response.ok, 'the server renderer ran').to.equal(true);
    markup = await response.text();
  });

  it('the server HTML has the elements and their attributes, and none of the widgets’ text', () => {
    const page = new DOMParser().parseFromString(markup, 'text/html');
    expect(page.querySelector('#ssr-stat')?.getAttribute('stat')).to.equal(SSR_PAGE.stat);
    expect(page.querySelector('#ssr-case')?.getAttribute('case')).to.equal(SSR_PAGE.caseId);
    expect(page.querySelector('#ssr-model')?.hasAttribute('selectable')).to.equal(true);
    expect(page.querySelectorAll('case-stat, case-study-card, alliance-model-card').length).to.equal(4);
    const label = data.stats.find((s) => s.id === SSR_PAGE.stat)!.label['zh-Hans'];
    expect(markup).not.to.include(label);
    expect(markup).not.to.include('<aw-t');
  });

  it('hydrates without a warning, keeps the server’s elements, shows the text once and hears the first click', async () => {
    expect(customElements.get('case-stat') === undefined, 'nothing registers the widgets before hydration').to.equal(true);
    const container = document.createElement('div');
    container.innerHTML = markup;
    document.body.append(container);
    const serverElements = [...container.querySelectorAll<Widget>('case-stat, case-study-card, alliance-model-card')];

    const consoleErrors: string[] = [];
    const recoverable: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args.map(String).join(' '));
      originalError.apply(console, args);
    };
    const selects: AllianceSelectEvent[] = [];
    const errors: AllianceErrorEvent[] = [];
    try {
      const root = hydrateRoot(container, ssrApp(React, Wrappers, {onSelect: (e) => selects.push(e), onError: (e) => errors.push(e)}), {
        onRecoverableError: (error) => recoverable.push(error),
      });
      await waitUntil(() => customElements.get('case-stat') !== undefined, 'the wrappers registered the widgets after hydration');
      for (const el of serverElements) await settled(el);

      // The same elements as the server's: hydration did not fall back to rendering them again.
      expect([...container.querySelectorAll('case-stat, case-study-card, alliance-model-card')]).to.deep.equal(serverElements);
      const [stat, caseCard, model, missing] = serverElements as [Widget, Widget, Widget, Widget];

      // The text, once: as a widget made in the browser has it.
      const label = data.stats.find((s) => s.id === SSR_PAGE.stat)!.label['zh-Hans'];
      const caseName = data.cases.find((c) => c.id === SSR_PAGE.caseId)!.name['zh-Hans'];
      const modelName = data.models.find((m) => m.id === SSR_PAGE.model)!.name['zh-Hans'];
      expect(text(stat)).to.include(label);
      expect(text(caseCard)).to.include(caseName);
      expect(text(model)).to.include(modelName);
      const reference = document.createElement('case-stat') as Widget;
      reference.setAttribute('stat', SSR_PAGE.stat);
      document.body.append(reference);
      await settled(reference);
      expect(stat.children.length).to.equal(reference.children.length);
      expect(count(stat.textContent!, label)).to.equal(count(reference.textContent!, label));
      expect(count(reference.textContent!, label)).to.be.greaterThan(0);
      reference.remove();

      // The first click on a case of the model card is heard.
      const cases = data.cases.filter((c) => c.models.includes(SSR_PAGE.model));
      const buttons = parts(model, 'case');
      expect(buttons.length).to.equal(cases.length);
      expect(cases.length).to.be.greaterThan(0);
      buttons[0]!.click();
      expect(selects.map((e) => [e.kind, e.id])).to.deep.equal([['case', cases[0]!.id]]);

      // The figure the data lacks, and only it, fired alliance-error with its reason.
      await waitUntil(() => errors.length > 0, 'the missing figure fired alliance-error');
      expect(errors.map((e) => [(e.target as Element).id, e.reason, e.id])).to.deep.equal([[missing.id, 'not-found', SSR_PAGE.missingStat]]);
      expect(consoleErrors, 'no hydration warning').to.deep.equal([]);
      expect(recoverable, 'no recoverable hydration error').to.deep.equal([]);
      root.unmount();
    } finally {
      console.error = originalError;
      container.remove();
    }
  });
});
