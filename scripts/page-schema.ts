/**
 * Writes the publishing schema (src/data/page.ts) as JSON Schema:
 * data/schema/page-data.schema.json, published as
 * `alliance-widgets/page-data.schema.json` for portals that write their own
 * data. Run by `npm run generate`; CI checks the committed copy is current.
 */
import {writeFileSync} from 'node:fs';
import {toJsonSchema} from '@valibot/to-json-schema';
import {PageData} from '../src/data/page.js';

const schema = {
  $id: 'https://alliance-widgets/page-data.schema.json',
  title: 'alliance-widgets: a portal’s own data (publishing schema)',
  description:
    'Give it to a widget inline (<script type="application/json"> inside the widget), by URL (src="…", served as application/json) or as the `data` property. Any subset of collections; ids are kebab-case; text is {"zh-Hans", "en"} with "zh-Hant" optional. References between records must point into the same document.',
  ...toJsonSchema(PageData, {target: 'draft-07', errorMode: 'ignore'}),
};
writeFileSync(new URL('../data/schema/page-data.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log('data/schema/page-data.schema.json written');
