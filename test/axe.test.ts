import {expect, fixture, html} from '@open-wc/testing';

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
});
