/**
 * A Node server that imports the ES entries (for its own reasons: types,
 * a shared module graph) before `alliance-widgets/static` has the ES
 * classes in its registry, whose data loads later. Static HTML must not
 * notice: it is rendered by the static entry's own classes, the same as in a
 * process that imported nothing before it. Runs the built package (dist/,
 * which `npm test` builds first) by its own name, as a host imports it.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import {WIDGET_TAGS} from '../../src/widgets.js';
import {STATIC_DEMOS} from '../../src/static/demos.js';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const markup = WIDGET_TAGS.map((tag) => STATIC_DEMOS[tag]).join('\n');

/** Static HTML of every widget's demo, rendered in a new Node process after `before` ran there. */
async function renderAfter(before: string): Promise<string> {
  const code = `${before}
const {renderStatic} = await import('alliance-widgets/static');
process.stdout.write(await renderStatic(${JSON.stringify(markup)}));`;
  const {stdout} = await run(process.execPath, ['--input-type=module', '-e', code], {cwd: root, maxBuffer: 64 * 1024 * 1024});
  return stdout;
}

const states = (html: string) => [...html.matchAll(/<([a-z-]+) [^>]*?state="(\w+)"/g)].filter(([, tag]) => (WIDGET_TAGS as readonly string[]).includes(tag!)).map(([, tag, state]) => `${tag} ${state}`);

test('static HTML is the same whether or not the ES entries were imported first', async () => {
  const alone = await renderAfter('');
  assert.deepEqual(states(alone), WIDGET_TAGS.map((tag) => `${tag} ready`));
  for (const before of [
    "await import('alliance-widgets');",
    ...WIDGET_TAGS.map((tag) => `await import('alliance-widgets/${tag}.js');`),
  ]) {
    const after = await renderAfter(before);
    assert.deepEqual(states(after), WIDGET_TAGS.map((tag) => `${tag} ready`), before);
    assert.equal(after, alone, before);
  }
});
