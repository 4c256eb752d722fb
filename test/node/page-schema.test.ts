/**
 * The published publishing schema (data/schema/page-data.schema.json) says
 * what the widgets' own check says: a JSON Schema validator that knows
 * nothing of the widgets accepts the test portal document and rejects the
 * same document with a figure whose value is text.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {Validator} from '@cfworker/json-schema';

const json = async (path: string) => JSON.parse(await readFile(new URL(`../../${path}`, import.meta.url), 'utf8'));

test('the published page-data schema accepts a good document and rejects a bad one, as the widgets do', async () => {
  const validator = new Validator(await json('data/schema/page-data.schema.json'), '7');
  const {checkPageData, PageDataProblem} = await import('../../src/data/page.js');
  const good = await json('test/data/portal.json');
  assert.equal(validator.validate(good).valid, true, JSON.stringify(validator.validate(good).errors.slice(0, 3)));
  assert.doesNotThrow(() => checkPageData(good));
  const bad = await json('test/data/bad-value.json');
  const result = validator.validate(bad);
  assert.equal(result.valid, false);
  assert.ok(result.errors.some((e) => e.instanceLocation === '#/stats/0/value'), JSON.stringify(result.errors.map((e) => e.instanceLocation)));
  assert.throws(() => checkPageData(bad), (e: unknown) => e instanceof PageDataProblem && e.path === 'stats[0].value');
  assert.equal(validator.validate({...good, schemaVersion: 2}).valid, false, 'another schemaVersion');
  assert.equal(validator.validate({...good, sources: [{...good.sources[0], url: 'javascript:alert(1)'}]}).valid, false, 'a javascript: link');
});
