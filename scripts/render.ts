/** `npm run render -- …`: the command line of bin/alliance-widgets.mjs, run from the sources. */
import {main} from '../src/static/cli.js';

process.exitCode = await main(process.argv.slice(2));
