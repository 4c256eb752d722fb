/** Reads the hand-written dataset (data/*.json) and the article texts (data/seeds/). */
import {readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {Seeds} from '../../src/data/check.js';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** One file per kind of record; together they make one AllianceData document. */
export const DATA_FILES = ['sources', 'models', 'timeline', 'cases', 'stats', 'schemes'] as const;

/** Where the JSON lives: data/, or another folder of the same layout (ALLIANCE_DATA_DIR). */
const dataDir = process.env['ALLIANCE_DATA_DIR'] ?? `${root}data/`;

export function readData(): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const name of DATA_FILES) {
    const file = `${dataDir.replace(/\/?$/, '/')}${name}.json`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`data/${name}.json: ${(error as Error).message}`, {cause: error});
    }
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      if (key === '$schema') continue;
      if (key in merged) throw new Error(`data/${name}.json: key "${key}" is already given by another file`);
      merged[key] = value;
    }
  }
  return merged;
}

export function readSeeds(): Seeds {
  const dir = `${root}data/seeds/`;
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, readFileSync(dir + f, 'utf8')])
  );
}
