/** The catalogue tools' copy button (data workbench, theme builder): the clipboard, else the code selected for Ctrl+C. */
import {expect} from '@open-wc/testing';
import {copyOrSelect} from '../stories/tool-clipboard.js';

describe('copyOrSelect', () => {
  let area: HTMLTextAreaElement;
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  const clipboard = (writeText: (text: string) => Promise<void>) =>
    Object.defineProperty(navigator, 'clipboard', {configurable: true, value: {writeText}});

  beforeEach(() => {
    area = document.createElement('textarea');
    area.value = '<case-stat stat="workshop-employment"></case-stat>';
    document.body.append(area);
  });
  afterEach(() => {
    area.remove();
    if (original) Object.defineProperty(navigator, 'clipboard', original);
    else delete (navigator as {clipboard?: unknown}).clipboard;
  });

  it('writes the text to the clipboard and selects nothing', async () => {
    const written: string[] = [];
    clipboard(async (text) => void written.push(text));
    expect(await copyOrSelect('the code', area)).to.equal('copied');
    expect(written).to.deep.equal(['the code']);
    expect(area.selectionEnd - area.selectionStart).to.equal(0);
  });

  it('selects the code when the clipboard refuses', async () => {
    clipboard(() => Promise.reject(new DOMException('refused', 'NotAllowedError')));
    expect(await copyOrSelect('the code', area)).to.equal('copy-failed');
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
  });
});
