/**
 * The lockfile of an empty project that depends on the packed package (test/node/pack.test.ts): the package's
 * dependency closure as this repository's package-lock.json pins it (versions, `resolved`, `integrity`), so
 * `npm install <tarball> --offline` installs it from the cache the repository's own `npm ci` filled.
 */
import {readFileSync} from 'node:fs';

const root = new URL('../../', import.meta.url);

/** The package's dependency closure from this repository's lockfile: the packages of an offline install. */
export function consumerLock(pkg: {name: string; version: string; dependencies: Record<string, string>}, tarball: string, integrity: string): object {
  const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8')) as {packages: Record<string, {version: string; dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>}>};
  const packages: Record<string, object> = {};
  /** The lockfile entry node `name` resolves to from the package at `from` (Node's lookup: nested first, then up). */
  const locate = (from: string, name: string): string | undefined => {
    for (let at = from; ; at = at.slice(0, Math.max(0, at.lastIndexOf('/node_modules/')))) {
      const path = `${at ? `${at}/` : ''}node_modules/${name}`;
      if (lock.packages[path]) return path;
      if (!at) return undefined;
    }
  };
  const visit = (from: string, deps: Record<string, string>) => {
    for (const name of Object.keys(deps)) {
      const path = locate(from, name);
      if (!path) throw new Error(`package-lock.json has no ${name} for ${from || 'the root'}: run npm install`);
      if (path in packages) continue;
      const entry = {...lock.packages[path]!} as Record<string, unknown>;
      for (const flag of ['dev', 'devOptional', 'peer']) delete entry[flag];
      packages[path] = entry;
      visit(path, {...lock.packages[path]!.dependencies});
    }
  };
  visit('', pkg.dependencies);
  return {
    name: 'consumer',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': {name: 'consumer', dependencies: {[pkg.name]: `file:${tarball}`}},
      [`node_modules/${pkg.name}`]: {version: pkg.version, resolved: `file:${tarball}`, integrity, license: 'MIT', dependencies: pkg.dependencies},
      ...packages,
    },
  };
}
