/**
 * Static HTML has no script for "显示全部N项数据" or "展开全文": what those
 * controls would open is open in it (test/static-html.test.ts checks in
 * the browsers that the controls themselves are hidden, keeping their room).
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {renderStatic} from '../../src/static/render.js';

const json = async (name: string) => JSON.parse(await readFile(new URL(`../../data/${name}.json`, import.meta.url), 'utf8'));
const figureItems = (html: string) => (html.match(/<ul class="figures"[^>]*>([\s\S]*?)<\/ul>/)?.[1]?.match(/<li>/g) ?? []).length;

test('a case with more figures than max-figures: static HTML shows every figure', async () => {
  const {stats} = await json('stats');
  const count = stats.filter((s: {case?: string; scope: string}) => s.case === 'kuangyan-south').length;
  assert.ok(count > 2, `kuangyan-south has ${count} figures`);
  for (const locale of ['zh-Hans', 'en', 'zh-Hant']) {
    const html = await renderStatic('<case-study-card case="kuangyan-south" max-figures="2"></case-study-card>', {locale});
    assert.equal(figureItems(html), count, locale);
  }
  // max-figures="0" still shows none: the attribute is honoured, only the "show all" step is skipped.
  assert.equal(figureItems(await renderStatic('<case-study-card case="kuangyan-south" max-figures="0"></case-study-card>')), 0);
});

test('static HTML shows every model description open', async () => {
  const {models} = await json('models');
  const formation = models.filter((m: {kind: string}) => m.kind === 'formation');
  const html = await renderStatic('<alliance-model-card></alliance-model-card>');
  const descriptions = html.match(/<p class="description"[^>]*>/g) ?? [];
  assert.equal(descriptions.length, formation.length);
  assert.deepEqual(descriptions.filter((d) => /\shidden\b/.test(d)), []);
});
