#!/usr/bin/env node
// The package's command line: static HTML of widgets (see README, "静态 HTML / Static HTML").
// Runs the built module; in a clone of the repository, `npm run build` makes it (or use `npm run render`).
import {main} from '../dist/node/cli.js';

process.exitCode = await main(process.argv.slice(2));
