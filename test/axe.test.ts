import {expect, fixture, html} from '@open-wc/testing';
import {expectAxeAAA} from './support/axe.js';

/** Proves that the accessibility checks used by every widget test really run. */
describe('axe', () => {
  it('fails on an inaccessible control (a button with no name, an image with no alt)', async () => {
    const el = await fixture(html`<div><button></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></div>`);
    await expect(el).not.to.be.accessible();
    let error: unknown;
    try {
      await expect(el).to.be.accessible();
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.match(/button-name|image-alt/);
  });

  it('passes the same markup once it is accessible', async () => {
    const el = await fixture(html`<div><button>保存</button><img alt="标志" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /></div>`);
    await expect(el).to.be.accessible();
  });

  it('the AAA check fails on text of 4.54:1, which passes AA, and passes it at 7:1', async () => {
    // #767676 on white is 4.54:1: enough for AA (4.5:1), not for AAA (7:1).
    const weak = await fixture(html`<div style="background:#fff"><p style="color:#767676;font-size:16px">数据截至：2024年7月1日</p></div>`);
    await expect(weak).to.be.accessible();
    let error: unknown;
    try {
      await expectAxeAAA(weak);
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.include('color-contrast-enhanced');
    const strong = await fixture(html`<div style="background:#fff"><p style="color:#595959;font-size:16px">数据截至：2024年7月1日</p></div>`);
    await expectAxeAAA(strong);
  });
});
