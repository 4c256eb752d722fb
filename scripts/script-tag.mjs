#!/usr/bin/env node
/**
 * The tags that load the one-file bundle from another origin (a CDN) with
 * Subresource Integrity, from the values the build wrote
 * (dist/alliance-widgets.integrity.json):
 * 1. an import map whose `integrity` pins the two files the bundle imports
 *    from beside itself (alliance-widgets.en.js, alliance-widgets.checks.js):
 *    a dynamic import carries no integrity of its own, so the page's import
 *    map gives it; it must come before any module script of the page;
 * 2. the bundle's `<script src integrity crossorigin="anonymous">`.
 *
 * Usage: node scripts/script-tag.mjs <URL of the folder holding the three files>
 * (npm run --silent script-tag -- https://cdn.example.org/alliance-widgets/0.1.0/).
 * Exit 2 without a valid http(s) URL, 1 when dist/ is not built.
 */
import {existsSync, readFileSync} from 'node:fs';

const MANIFEST = new URL('../dist/alliance-widgets.integrity.json', import.meta.url);
const BUNDLE = 'alliance-widgets.iife.js';

let base;
try {
  base = new URL(process.argv[2] ?? '');
} catch {
  base = null;
}
if (!base || !/^https?:$/.test(base.protocol)) {
  console.error('usage: node scripts/script-tag.mjs <http(s) URL of the folder that holds alliance-widgets.iife.js>');
  process.exit(2);
}
if (!base.pathname.endsWith('/')) base.pathname += '/';
if (!existsSync(MANIFEST)) {
  console.error('dist/alliance-widgets.integrity.json not built: run npm run build (or vite build --mode iife) first');
  process.exit(1);
}
const values = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const beside = Object.fromEntries(Object.keys(values).filter((file) => file !== BUNDLE).map((file) => [new URL(file, base).href, values[file]]));
const attr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
console.log(`<script type="importmap">${JSON.stringify({integrity: beside})}</script>`);
console.log(`<script src="${attr(new URL(BUNDLE, base).href)}" integrity="${values[BUNDLE]}" crossorigin="anonymous" charset="utf-8"></script>`);
