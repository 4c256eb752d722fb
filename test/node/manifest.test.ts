/**
 * The generated manifest (custom-elements.json, which the catalogue's docs and
 * editors read) describes every widget and the base they share: a
 * description, the alliance-error event, and the attributes for a page's own
 * data. A doc comment that drifts away from its class drops these silently.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';

interface Declaration {
  name: string;
  description?: string;
  events?: {name?: string}[];
  attributes?: {name: string}[];
}

test('custom-elements.json: each widget and AllianceElement has its description, alliance-error, the own-data attributes and its state attribute', async () => {
  const manifest = JSON.parse(await readFile(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as {modules: {declarations?: Declaration[]}[]};
  const declarations = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => [d.name, d]));
  for (const name of ['AllianceElement', 'CaseStat', 'CaseStudyCard', 'AllianceModelCard', 'AllianceScheme', 'TimelineView']) {
    const d = declarations.get(name);
    assert.ok(d, `${name} is in the manifest`);
    assert.ok((d.description ?? '').length > 20, `${name}: description`);
    assert.ok(d.events?.some((e) => e.name === 'alliance-error'), `${name}: alliance-error`);
    const attributes = (d.attributes ?? []).map((a) => a.name);
    for (const attribute of ['src', 'with-bundled', 'theme', 'care', 'state']) assert.ok(attributes.includes(attribute), `${name}: ${attribute}`);
  }
});
