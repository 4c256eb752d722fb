import {expect} from '@open-wc/testing';
import {loadFrame, text, waitUntil} from './support/helpers.js';

/**
 * A portal whose own Lit app has already called `configureLocalization` (which
 * may run only once per page) loads the widgets, as ES modules or as the
 * one-file bundle: both keep working, each in its own languages.
 */
type HostWindow = Window & {
  hostApp?: {setLocale: (l: string) => Promise<void>; getLocale: () => string};
  widgetsLoaded?: boolean;
  widgetsError?: string;
};

for (const bundle of ['es', 'iife'] as const) {
  describe(`a host app using @lit/localize, with the widgets as ${bundle === 'es' ? 'ES modules' : 'the one-file bundle'}`, () => {
    let frame: HTMLIFrameElement;
    let win: HostWindow;
    const errors: string[] = [];

    before(async () => {
      frame = await loadFrame({src: `/test/pages/host-lit-localize.html?bundle=${bundle}`});
      win = frame.contentWindow as HostWindow;
      win.addEventListener('error', (e) => errors.push(e.message));
      await waitUntil(() => win.widgetsLoaded || win.widgetsError, 'the widgets did not load', {timeout: 5000});
    });
    after(() => frame.remove());

    const hostText = () => win.document.querySelector('host-app')!.shadowRoot!.textContent!.trim();
    const widgets = () => [...win.document.querySelectorAll('case-stat')];
    const langs = () => widgets().map((w) => w.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang'));
    const asOf = (w: Element) => text(w.shadowRoot?.querySelector('[part~="as-of"]'));

    it('loads without an error and leaves the host app’s locale alone', async () => {
      expect(win.widgetsError).to.equal(undefined);
      expect(errors).to.deep.equal([]);
      await waitUntil(() => langs().join() === 'zh-Hant,en', `widgets read ${langs().join()}`, {timeout: 5000});
      expect(win.hostApp!.getLocale()).to.equal('fr');
      expect(hostText()).to.equal('Bonjour');
      expect(asOf(widgets()[0]!)).to.equal('資料截至：2024年7月1日');
      expect(asOf(widgets()[1]!)).to.equal('As of 1 July 2024');
    });

    it('the host switches its own language; the widgets stay in theirs, and follow their own lang', async () => {
      await win.hostApp!.setLocale('en');
      await waitUntil(() => hostText() === 'Hello', 'the host app did not switch');
      expect(langs()).to.deep.equal(['zh-Hant', 'en']);
      widgets()[0]!.setAttribute('lang', 'zh-CN');
      await waitUntil(() => langs().join() === 'zh-Hans,en', `widgets read ${langs().join()}`);
      expect(asOf(widgets()[0]!)).to.equal('数据截至：2024年7月1日');
      expect(win.hostApp!.getLocale()).to.equal('en');
    });
  });
}
