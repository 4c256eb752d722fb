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

/** Every place in a JSON Schema where a value of `type` is allowed, with its path. */
function* schemasOfType(schema: Record<string, unknown>, type: string, path = '#', defs = schema): Generator<[string, Record<string, unknown>]> {
  if (typeof schema !== 'object' || schema === null) return;
  const ref = schema['$ref'];
  if (typeof ref === 'string') return; // definitions are walked once, from the root
  const types = ([] as unknown[]).concat(schema['type'] ?? []);
  if (types.includes(type)) yield [path, schema];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' || key === 'definitions' || key === '$defs') {
      for (const [name, sub] of Object.entries(value as Record<string, Record<string, unknown>>)) yield* schemasOfType(sub, type, `${path}/${name}`, defs);
    } else if (key === 'items' || key === 'additionalProperties') {
      yield* schemasOfType(value as Record<string, unknown>, type, `${path}[]`, defs);
    } else if (key === 'anyOf' || key === 'oneOf' || key === 'allOf') {
      for (const sub of value as Record<string, unknown>[]) yield* schemasOfType(sub, type, path, defs);
    }
  }
}

test('bounds: every text of the publishing schema has a maximum length, every list a maximum count (as published)', async () => {
  const schema = await json('data/schema/page-data.schema.json');
  const strings = [...schemasOfType(schema, 'string')];
  const arrays = [...schemasOfType(schema, 'array')];
  assert.ok(strings.length > 50, `${strings.length} string schemas found`);
  assert.ok(arrays.length > 10, `${arrays.length} array schemas found`);
  // A picklist (enum) or a constant is bounded by its values.
  const unbounded = strings.filter(([, s]) => s['maxLength'] === undefined && s['enum'] === undefined && s['const'] === undefined).map(([p]) => p);
  assert.deepEqual(unbounded, []);
  assert.deepEqual(
    arrays.filter(([, s]) => s['maxItems'] === undefined).map(([p]) => p),
    []
  );
});

test('bounds: a text, a list in a record or a collection one over its bound is refused with its code, path and bound; at the bound it is read', async () => {
  const {checkPageData, pageDataProblems, PageDataProblem, MAX_RECORDS} = await import('../../src/data/page.js');
  const {MAX_NAME, MAX_PROSE, MAX_ITEMS} = await import('../../src/data/schema.js');
  const good = await json('test/data/portal.json');
  const cases: [string, (doc: typeof good, n: number) => void, number, string][] = [
    ['a figure’s label', (doc, n) => (doc.stats[0].label.en = 'x'.repeat(n)), MAX_NAME, 'stats[0].label.en'],
    ['a case’s name', (doc, n) => (doc.cases[0].name['zh-Hans'] = '村'.repeat(n)), MAX_NAME, 'cases[0].name.zh-Hans'],
    ['a model’s description', (doc, n) => (doc.models[0].description.en = 'y'.repeat(n)), MAX_PROSE, 'models[0].description.en'],
    ['a source’s title', (doc, n) => (doc.sources[0].title['zh-Hans'] = '题'.repeat(n)), MAX_NAME, 'sources[0].title.zh-Hans'],
    ['an id', (doc, n) => (doc.stats[0].id = 'a'.repeat(n)), 100, 'stats[0].id'],
  ];
  for (const [what, set, bound, path] of cases) {
    const at = structuredClone(good);
    set(at, bound);
    assert.deepEqual(pageDataProblems(at).filter((p) => p.code === 'too-long'), [], `${what} of ${bound} characters`);
    const over = structuredClone(good);
    set(over, bound + 1);
    assert.throws(
      () => checkPageData(over),
      (e: unknown) => e instanceof PageDataProblem && e.code === 'too-long' && e.path === path && e.expected === String(bound),
      `${what} of ${bound + 1} characters`
    );
  }
  const people = structuredClone(good);
  people.cases[0].people = Array.from({length: MAX_ITEMS + 1}, () => ({name: {'zh-Hans': '某', en: 'A'}, role: {'zh-Hans': '书记', en: 'Secretary'}}));
  assert.throws(() => checkPageData(people), (e: unknown) => e instanceof PageDataProblem && e.code === 'too-many' && e.path === 'cases[0].people' && e.expected === String(MAX_ITEMS));
  people.cases[0].people.pop();
  assert.doesNotThrow(() => checkPageData(people));
  const figures = structuredClone(good);
  figures.stats = Array.from({length: MAX_RECORDS + 1}, (_, i) => ({...good.stats[0], id: `f-${i}`}));
  assert.throws(() => checkPageData(figures), (e: unknown) => e instanceof PageDataProblem && e.code === 'too-many' && e.path === 'stats' && e.expected === String(MAX_RECORDS));
});

test('bounds: a document over 2 MiB of JSON text, or an object that would make one, is refused before it is read to its end', async () => {
  const {parsePageData, checkPageData, PageDataProblem, MAX_DOCUMENT} = await import('../../src/data/page.js');
  const good = await json('test/data/portal.json');
  const text = JSON.stringify(good);
  const padded = text.slice(0, -1) + ' '.repeat(MAX_DOCUMENT - text.length) + '}';
  assert.equal(padded.length, MAX_DOCUMENT + 0);
  assert.doesNotThrow(() => parsePageData(padded));
  const over = padded + ' ';
  assert.throws(() => parsePageData(over), (e: unknown) => e instanceof PageDataProblem && e.code === 'too-large' && e.path === '');
  // 3,000 figures of 1,000 characters each: every text within its bound, the whole too large; refused before the last is read.
  let read = 0;
  const big = {
    schemaVersion: 1,
    stats: Array.from({length: 2000}, (_, i) => ({
      ...good.stats[0],
      id: `f-${i}`,
      get note() {
        read = i;
        return {'zh-Hans': '注'.repeat(1000), en: 'n'.repeat(1000)};
      },
    })),
  };
  assert.throws(() => checkPageData(big), (e: unknown) => e instanceof PageDataProblem && e.code === 'too-large');
  assert.ok(read < 1500, `read up to figure ${read}`);
});
