#!/usr/bin/env node
/**
 * Fails when a JavaScript file the build wrote holds a byte outside ASCII.
 *
 * A classic `<script src>` is decoded in the host page's encoding (GB2312,
 * GBK, windows-1252 …) unless the server or the tag names one, so a bundle
 * that is not pure ASCII breaks or turns into mojibake on such pages. The
 * build escapes non-ASCII characters (`\uXXXX`); this check proves it did.
 *
 * Usage: node scripts/check-ascii.mjs [file or directory …]   (default: dist)
 * Directories are searched for `.js` files, except `node/` (the static
 * renderer and its command line run in Node, never in a page). Exit 0 when every file is ASCII;
 * 1 naming, for each file that is not, the byte offset, line and character of
 * its first non-ASCII byte; 2 when there is nothing to check.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';

const root = new URL('../', import.meta.url).pathname;
const targets = (process.argv.length > 2 ? process.argv.slice(2) : ['dist']).map((p) => resolve(root, p));

/** `path` itself if it is a file, else every `.js` file below it. */
function* scripts(path) {
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, {withFileTypes: true})) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node') yield* scripts(full);
    } else if (entry.name.endsWith('.js')) yield full;
  }
}

/** The first byte above 0x7f: its offset and value, its line, the character it starts and how many non-ASCII characters there are; null when none. */
function firstNonAscii(bytes) {
  const offset = bytes.findIndex((b) => b > 0x7f);
  if (offset < 0) return null;
  const character = String.fromCodePoint(bytes.subarray(offset, offset + 4).toString('utf8').codePointAt(0));
  const line = bytes.subarray(0, offset).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
  // Lead bytes only: one per character in UTF-8.
  const count = bytes.reduce((n, b) => n + (b > 0x7f && (b & 0xc0) !== 0x80 ? 1 : 0), 0);
  return {offset, byte: bytes[offset], character, line, count};
}

const name = (file) => relative(process.cwd(), file) || file;
let files = [];
for (const target of targets) {
  try {
    files.push(...scripts(target));
  } catch {
    console.error(`check-ascii: ${name(target)} not found; build first`);
    process.exit(2);
  }
}
files = [...new Set(files)];
if (files.length === 0) {
  console.error(`check-ascii: no .js file in ${targets.map(name).join(', ')}; build first`);
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  const hit = firstNonAscii(readFileSync(file));
  if (!hit) continue;
  failed++;
  const code = `U+${hit.character.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  console.error(
    `${name(file)}: non-ASCII byte 0x${hit.byte.toString(16)} at byte offset ${hit.offset} (line ${hit.line}), character '${hit.character}' ${code}; ${hit.count} non-ASCII character(s) in the file`
  );
}
if (failed) {
  console.error(`check-ascii: ${failed} of ${files.length} JavaScript file(s) not pure ASCII; a page in another encoding would misread them`);
  process.exit(1);
}
console.log(`check-ascii: ${files.length} JavaScript file(s) pure ASCII`);
