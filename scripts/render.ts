/**
 * `npm run render -- '<case-stat stat="…">' --locale en`: the command line of
 * bin/alliance-widgets.mjs (`alliance-widgets render …`), run from the
 * sources; the `render` is implied (written or not).
 */
import {main} from '../src/static/cli.js';

const args = process.argv.slice(2);
process.exitCode = await main(args[0] === 'render' ? args : ['render', ...args]);
