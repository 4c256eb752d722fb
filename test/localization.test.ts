import {expect} from '@open-wc/testing';
import {resolveLocale, setLocale, getLocale} from '../src/localization/localization.js';

describe('localization', () => {
  describe('resolveLocale', () => {
    const cases: [string | null | undefined, string][] = [
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['zh-Hans', 'zh-Hans'],
      ['zh-Hans-HK', 'zh-Hans'],
      ['zh-SG', 'zh-Hans'],
      ['zh-TW', 'zh-Hant'],
      ['zh-HK', 'zh-Hant'],
      ['zh-MO', 'zh-Hant'],
      ['zh-Hant', 'zh-Hant'],
      ['ZH-hant-tw', 'zh-Hant'],
      ['zh_TW', 'zh-Hant'],
      ['en', 'en'],
      ['en-GB', 'en'],
      ['EN-us', 'en'],
      // Anything else falls back to the source locale.
      ['fr', 'zh-Hans'],
      ['english', 'zh-Hans'],
      ['zh-Hantx', 'zh-Hans'],
      ['', 'zh-Hans'],
      [null, 'zh-Hans'],
      [undefined, 'zh-Hans'],
      ['<script>alert(1)</script>', 'zh-Hans'],
    ];
    for (const [tag, expected] of cases) {
      it(`maps ${JSON.stringify(tag)} to ${expected}`, () => {
        expect(resolveLocale(tag)).to.equal(expected);
      });
    }
  });

  it('setLocale() accepts a language tag and activates its locale', async () => {
    await setLocale('en-US');
    expect(getLocale()).to.equal('en');
    await setLocale('zh-TW');
    expect(getLocale()).to.equal('zh-Hant');
    await setLocale('zh-Hans');
    expect(getLocale()).to.equal('zh-Hans');
  });
});
