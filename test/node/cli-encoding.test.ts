/**
 * The command line (`alliance-widgets render`) on portal pages in GB2312,
 * GBK, GB18030, Big5 and UTF-8 (test/pages/cli-encoding/pages.mjs), and
 * what it says of widgets it cannot fill. Expectations come from the source
 * text, from the renderer's own output in Unicode (renderStatic), and from
 * the browsers' decoders (TextDecoder, WHATWG tables) as an oracle of which
 * characters each encoding holds — not from the encoder the command uses.
 * Run by `npm run test:node` (part of `npm test`), after `vite build --mode node`.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {copyFile, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import iconv from 'iconv-lite';
import {ENCODED_PAGES, PAGE_WIDGETS, pageText, sourcePage} from '../pages/cli-encoding/pages.mjs';

const ROOT = new URL('../../', import.meta.url);

interface Run {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs a command with the arguments, the input on standard input; never rejects. */
function spawn(file: string, args: string[], input?: Buffer | string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(file, args, {cwd: ROOT, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      const code = error ? (typeof (error as {code?: unknown}).code === 'number' ? ((error as {code: number}).code) : -1) : 0;
      resolve({code, stdout, stderr: stderr.toString('utf8')});
    });
    child.stdin!.end(input ?? '');
  });
}

/** `alliance-widgets render …` from the sources (scripts/render.ts, what `npm run render` runs). */
const cli = (args: string[], input?: Buffer | string) => spawn(process.execPath, ['--import', 'tsx', 'scripts/render.ts', 'render', ...args], input);

/** Characters each encoding holds, from the WHATWG decoder's tables (every two-byte code it maps), as browsers read them. */
function holdsOracle(name: string): (char: string) => boolean {
  if (name === 'utf-8' || name === 'gb18030') return () => true;
  const set = new Set<string>();
  const decoder = new TextDecoder(name === 'gb2312' ? 'gbk' : name, {fatal: true});
  // GB2312: lead 0xA1–0xF7, trail 0xA1–0xFE; GBK: lead 0x81–0xFE, trail 0x40–0xFE; Big5 as written (the encoder skips the HKSCS leads below 0xA1).
  const [leads, trails] =
    name === 'gb2312' ? [[0xa1, 0xf7], [0xa1, 0xfe]] : name === 'gbk' ? [[0x81, 0xfe], [0x40, 0xfe]] : [[0xa1, 0xfe], [0x40, 0xfe]];
  for (let lead = leads[0]!; lead <= leads[1]!; lead++) {
    for (let trail = trails[0]!; trail <= trails[1]!; trail++) {
      try {
        const char = decoder.decode(Uint8Array.of(lead, trail));
        if ([...char].length === 1 && !/[\ue000-\uf8ff]/.test(char)) set.add(char);
      } catch {
        // Not a character of the encoding.
      }
    }
  }
  return (char) => set.has(char);
}

/** The page's text with character references read and its inline JSON in one form (references are not read in scripts). */
function normalize(text: string): string {
  return text
    .replace(/(<script type="application\/json"[^>]*>)([\s\S]*?)(<\/script>)/g, (_, open: string, json: string, close: string) => `${open}${JSON.stringify(JSON.parse(json))}${close}`)
    .replace(/&#x([0-9A-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

/** Non-ASCII characters in text and attributes (outside `<script>` and `<style>`). */
const markupChars = (text: string) => [...text.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '')].filter((c) => c.codePointAt(0)! >= 0x80);

for (const page of ENCODED_PAGES) {
  test(`a ${page.name} page: read and written in ${page.name}, its own text intact, the widgets' text whole`, async () => {
    const source = sourcePage(page);
    const bytes = iconv.encode(source, page.name === 'gb2312' ? 'gbk' : page.name);
    assert.equal(new TextDecoder(page.name === 'gb2312' ? 'gbk' : page.name).decode(bytes), source, 'the fixture itself round-trips');
    const dir = await mkdtemp(join(tmpdir(), 'aw-cli-'));
    const file = join(dir, `页面-${page.name}.html`);
    await writeFile(file, bytes);
    const run = await cli(['--file', file]);
    await rm(dir, {recursive: true});
    assert.equal(run.code, 0, run.stderr);

    const holds = holdsOracle(page.name);
    const out = new TextDecoder(page.name === 'gb2312' ? 'gbk' : page.name, {fatal: true}).decode(run.stdout);
    // The page's own text and declaration, as written.
    const {title, menu} = pageText(page);
    assert.ok(out.includes(`<title>${title}</title>`), 'title');
    assert.ok(out.includes(menu.map((item) => `<a href="#">${item}</a>`).join(' | ')), 'menu');
    assert.ok(out.includes(source.slice(source.indexOf('<meta'), source.indexOf('>', source.indexOf('<meta')) + 1)), 'the declaration kept');
    assert.ok(!out.includes('\ufffd'), 'no replacement character');
    // Every character in the bytes is one the encoding holds (for GB2312: GB2312's own, not GBK's additions).
    const outside = [...out].filter((c) => c.codePointAt(0)! >= 0x80 && !holds(c));
    assert.deepEqual(outside, [], `characters ${page.name} lacks, written as bytes`);
    // Inline JSON in ASCII, meaning what the page wrote.
    const json = /<script type="application\/json" id="site-data">([\s\S]*?)<\/script>/.exec(out)![1]!;
    assert.match(json, /^[\x20-\x7e]*$/, 'inline JSON is ASCII');
    assert.deepEqual(JSON.parse(json), {title, menu});

    // The same page rendered in Unicode: identical once references are read; references where, and only where, the encoding lacks the character.
    const {renderStatic} = await import('../../src/static/render.js');
    const unicode = await renderStatic(source);
    assert.equal(normalize(out), normalize(unicode));
    const lacking = markupChars(unicode).filter((c) => !holds(c));
    const refs = [...out.matchAll(/&#x([0-9A-F]+);/g)].map((m) => String.fromCodePoint(parseInt(m[1]!, 16)));
    const ownRefs = [...unicode.matchAll(/&#x([0-9A-F]+);/g)].length;
    assert.equal(refs.length - ownRefs, lacking.length, 'one reference per character the encoding lacks');
    for (const tag of Object.keys(PAGE_WIDGETS)) assert.ok(out.includes(`<${tag} `), tag);
    assert.equal((out.match(/ state="ready"/g) ?? []).length, 4, 'four widgets with their data');
    // Traditional characters on a GB2312 page, Simplified ones on a Big5 page: the encodings that lack some.
    const report = /^alliance-widgets: (\d+) characters? \((\d+) different\) not in (\S+) written as character references: (.*?)(?:, and (\d+) more)?$/m.exec(run.stderr);
    if (lacking.length === 0) assert.equal(report, null, run.stderr);
    else {
      assert.ok(report, run.stderr);
      const distinct = new Set(lacking);
      assert.equal(Number(report[1]), lacking.length);
      assert.equal(Number(report[2]), distinct.size);
      assert.equal(report[3], page.name);
      // The twelve most frequent, each with its count; the rest counted.
      const listed = report[4]!.split(', ').map((entry) => entry.split(' '));
      const times = (c: string) => lacking.filter((x) => x === c).length;
      assert.equal(listed.length, Math.min(12, distinct.size));
      assert.equal(Number(report[5] ?? 0), distinct.size - listed.length);
      for (const [c, code, n] of listed) {
        assert.ok(distinct.has(c!), c);
        assert.equal(code, `U+${c!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
        assert.equal(Number(n?.slice(1) ?? 1), times(c!), c);
      }
      const least = Math.min(...listed.map(([c]) => times(c!)));
      assert.ok([...distinct].filter((c) => !listed.some(([l]) => l === c)).every((c) => times(c) <= least), 'the most frequent are named');
    }
    assert.equal(['gb2312', 'big5'].includes(page.name), lacking.length > 0, `${page.name}: ${lacking.length} characters it lacks`);
  });
}

test('a page read from standard input, and one that declares nothing read with --encoding', async () => {
  const gbk = ENCODED_PAGES.find((p) => p.name === 'gbk')!;
  const undeclared = sourcePage(gbk).replace(/<meta charset="[^"]*">\n/, '');
  const bytes = iconv.encode(undeclared, 'gbk');
  const {title} = pageText(gbk);
  const forced = await cli(['-', '--encoding', 'gbk'], bytes);
  assert.equal(forced.code, 0, forced.stderr);
  assert.ok(new TextDecoder('gbk', {fatal: true}).decode(forced.stdout).includes(`<title>${title}</title>`));
  // Without it the page is UTF-8, as a browser reads it without a declaration: its own text is lost.
  const plain = await cli(['-'], bytes);
  assert.ok(plain.stdout.toString('utf8').includes('\ufffd'));
});

test('wrong ids: one stderr line each (tag, reason, id) and exit 1; --allow-problems exits 0; an unknown --encoding is a usage error', async () => {
  const wrong = [
    ['case-stat', 'stat', 'workshop-employmnet'],
    ['case-study-card', 'case', 'kuangyan-sout'],
    ['alliance-model-card', 'model', 'mentor-lead'],
  ] as const;
  const markup = `${wrong.map(([tag, attr, id]) => `<${tag} ${attr}="${id}"></${tag}>`).join('\n')}\n<case-stat></case-stat>\n<case-stat stat="workshop-employment"></case-stat>`;
  const expected = [...wrong.map(([tag, , id]) => `alliance-widgets: <${tag}> not-found "${id}"`), 'alliance-widgets: <case-stat> missing-id'];
  const failed = await cli([markup]);
  assert.equal(failed.code, 1);
  const lines = failed.stderr.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 4), expected);
  assert.equal(lines[4], 'alliance-widgets: 4 widgets show a notice instead of their data (exit 1; --allow-problems to accept)');
  assert.equal(lines.length, 5);
  // The HTML is written all the same, each wrong widget as its notice.
  assert.equal((failed.stdout.toString('utf8').match(/ state="error"/g) ?? []).length, 4);

  const allowed = await cli([markup, '--allow-problems']);
  assert.equal(allowed.code, 0);
  assert.deepEqual(allowed.stderr.trimEnd().split('\n'), expected);

  const good = await cli(['<case-stat stat="workshop-employment"></case-stat>']);
  assert.deepEqual([good.code, good.stderr], [0, '']);

  for (const label of ['gb-2312', 'replacement', '']) {
    const bad = await cli(['<case-stat stat="workshop-employment"></case-stat>', '--encoding', label]);
    assert.equal(bad.code, 2, label);
    assert.match(bad.stderr, /unknown encoding/, label);
    assert.equal(bad.stdout.length, 0);
  }
});

test('--locale writes the lang the widgets resolve: zh-CN, zh-TW, en', async () => {
  for (const [locale, lang] of [['zh-Hans', 'zh-CN'], ['zh-Hant', 'zh-TW'], ['en', 'en']]) {
    const run = await cli(['<case-stat stat="workshop-employment"></case-stat>', '--locale', locale!]);
    assert.ok(run.stdout.toString('utf8').startsWith(`<case-stat stat="workshop-employment" lang="${lang}" state="ready">`), locale);
  }
});

test('bin/alliance-widgets.mjs: one clear line, not a stack, before a build or in an incomplete copy; the built command as installed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'aw-bin-'));
  try {
    await mkdir(join(dir, 'bin'));
    await copyFile(new URL('bin/alliance-widgets.mjs', ROOT), join(dir, 'bin/alliance-widgets.mjs'));
    const bin = join(dir, 'bin/alliance-widgets.mjs');
    // A copy without dist/ or src/: an incomplete package.
    const incomplete = await spawn(process.execPath, [bin, 'render', '<case-stat>']);
    assert.equal(incomplete.code, 2);
    assert.match(incomplete.stderr, /^alliance-widgets: \S+dist\/node\/cli\.js is missing: this copy of the package is incomplete; install it again .*\n$/);
    // A clone before `npm run build`.
    await mkdir(join(dir, 'src/static'), {recursive: true});
    await writeFile(join(dir, 'src/static/cli.ts'), '');
    const clone = await spawn(process.execPath, [bin, 'render', '<case-stat>']);
    assert.equal(clone.code, 2);
    assert.match(clone.stderr, /^alliance-widgets: the command line is not built yet: run `npm run build` in .* first .*\n$/);
    // Built, but its dependencies not installed.
    await mkdir(join(dir, 'dist/node'), {recursive: true});
    await writeFile(join(dir, 'dist/node/cli.js'), "import 'iconv-lite';\nexport const main = () => 0;\n");
    const bare = await spawn(process.execPath, [bin, 'render', '<case-stat>']);
    assert.equal(bare.code, 2);
    assert.match(bare.stderr, /^alliance-widgets: a module it needs is missing \(iconv-lite\): run `npm install` .*\n$/);
    for (const run of [incomplete, clone, bare]) assert.ok(!/ERR_MODULE_NOT_FOUND|\n\s+at /.test(run.stderr), run.stderr);
  } finally {
    await rm(dir, {recursive: true});
  }
  // The package's own command (its build, dist/node/cli.js) on a GB2312 page.
  const page = ENCODED_PAGES.find((p) => p.name === 'gb2312')!;
  const run = await spawn(process.execPath, ['bin/alliance-widgets.mjs', 'render', '-'], iconv.encode(sourcePage(page), 'gbk'));
  assert.equal(run.code, 0, run.stderr);
  assert.ok(new TextDecoder('gbk', {fatal: true}).decode(run.stdout).includes(`<title>${pageText(page).title}</title>`));
});
