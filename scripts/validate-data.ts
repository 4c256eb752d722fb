/** Checks data/*.json against the schema and the cross-record rules; exits 1 on any problem. */
import {checkDataset} from '../src/data/check.js';
import {readData, readSeeds} from './lib/data-files.js';

const problems = checkDataset(readData(), readSeeds());
for (const p of problems) console.error(`${p.code.padEnd(22)} ${p.at}: ${p.message}`);
console.log(problems.length === 0 ? 'data: no problems' : `data: ${problems.length} problem(s)`);
process.exitCode = problems.length === 0 ? 0 : 1;
