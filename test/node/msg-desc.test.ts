/**
 * The build step that drops the translators' notes (`desc`) from `msg()`
 * calls (scripts/lib/msg-desc.ts): what goes, what stays as written, and that
 * the localization runtime never reads a note, so the widgets say the same.
 * Run by `npm run test:node`.
 */
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {msgDescriptions} from '../../scripts/lib/msg-desc.js';
import {msg, str, withLocale} from '../../src/localization/runtime.js';

const plugin = msgDescriptions();
const transform = (code: string, id = '/x/a.ts') => {
  const context = {
    error: (m: string) => {
      throw new Error(m);
    },
  };
  const hook = plugin.transform as unknown as (this: typeof context, code: string, id: string) => {code: string} | null;
  return hook.call(context, code, id)?.code ?? null;
};

describe('msg() translators’ notes dropped by the build', () => {
  it('drops a plain-string desc, with its comma, and keeps the id and everything else as written', () => {
    const code = [
      "import {msg, str} from '../localization/runtime.js';",
      "export const a = () => msg('没有', {id: 'x.none', desc: 'Nothing to show.'});",
      "export const b = (n: number) => msg(str`共${n}个`, {\n    id: 'x.count',\n    desc: `How many there are.`,\n  });",
      "export const c = () => msg('先', {desc: \"First.\", id: 'x.first'});",
      '',
    ].join('\n');
    assert.equal(
      transform(code),
      [
        "import {msg, str} from '../localization/runtime.js';",
        "export const a = () => msg('没有', {id: 'x.none'});",
        "export const b = (n: number) => msg(str`共${n}个`, {\n    id: 'x.count',\n  });",
        "export const c = () => msg('先', {id: 'x.first'});",
        '',
      ].join('\n')
    );
  });

  it('leaves a desc that is not a plain string, calls of another msg, and other objects', () => {
    const keep = [
      "import {msg} from '@lit/localize';",
      "import {msg as other} from './elsewhere.js';",
      'const note = () => "x";',
      "export const a = msg('a', {id: 'a', desc: note()});",
      "export const b = msg('b', {id: 'b', desc: `n ${1}`});",
      "export const c = other('c', {id: 'c', desc: 'kept'});",
      "export const d = {id: 'd', desc: 'kept'};",
      '',
    ].join('\n');
    assert.equal(transform(keep), null);
  });

  it('drops every note of the sources', () => {
    const dir = new URL('../../src/', import.meta.url);
    const files = readdirSync(dir, {recursive: true, encoding: 'utf8'}).filter((f) => f.endsWith('.ts') && !f.includes('generated'));
    let notes = 0;
    for (const file of files) {
      const code = readFileSync(new URL(file, dir), 'utf8');
      if (!/\bdesc:/.test(code)) continue;
      const result = transform(code, new URL(file, dir).pathname);
      notes += code.match(/\bdesc:/g)!.length;
      assert.ok(result, file);
      assert.doesNotMatch(result, /\bdesc:/, file);
      // The ids stay, in order.
      assert.deepEqual(result.match(/\bid: '[^']*'/g), code.match(/\bid: '[^']*'/g), file);
    }
    assert.ok(notes >= 40, `${notes} notes`);
  });

  it('the runtime reads only the id of a msg() call’s options', () => {
    const read: string[] = [];
    const options = new Proxy({id: 'common.undated', desc: 'note'}, {get: (target, key) => (read.push(String(key)), target[key as 'id'])});
    const context = {locale: 'en', intl: 'en-GB', templates: {'common.undated': 'Undated'}} as const;
    assert.equal(
      withLocale(context, () => msg('未注明日期', options)),
      'Undated'
    );
    withLocale(context, () => msg(str`共${1}个`, options));
    assert.deepEqual([...new Set(read)], ['id']);
  });
});
