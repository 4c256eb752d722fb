/**
 * Every UI message has its English: each trans-unit of the English XLIFF
 * files (the widgets', the data workbench's and the theme builder's) has a non-empty target with
 * the same placeholders as its source, so no English reader meets a
 * Chinese label that was never translated.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';

for (const file of ['xliff/en.xlf', 'xliff/workbench/en.xlf', 'xliff/theme-builder/en.xlf']) {
  test(`${file}: every message has an English target with the source's placeholders`, async () => {
    const xml = await readFile(new URL(`../../${file}`, import.meta.url), 'utf8');
    const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    assert.ok(units.length > 10, `${units.length} messages read`);
    const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();
    for (const [, id, body] of units) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body!)?.[1] ?? '';
      const target = /<target>([\s\S]*?)<\/target>/.exec(body!)?.[1];
      assert.ok(target !== undefined && target.trim() !== '', `${id}: no English`);
      assert.deepEqual(placeholders(target!), placeholders(source), `${id}: placeholders`);
      assert.doesNotMatch(target!.replace(/<x [^>]*\/>/g, ''), /[\u4e00-\u9fff]{3,}/, `${id}: Chinese left in the English`);
    }
  });
}
