/**
 * `alliance-widgets render` — static HTML of widgets, for a CMS page that
 * must read without JavaScript and be found by search engines.
 *
 *   alliance-widgets render '<case-stat stat="workshop-employment"></case-stat>' --locale en > snippet.html
 *   alliance-widgets render --file page.html > page.static.html
 *   cat page.html | alliance-widgets render - --locale zh-Hant
 *
 * A fragment's widgets without a `lang` of their own (or around them) get
 * the `--locale` (default zh-Hans) as their `lang`. A whole page keeps its
 * own `<html lang>`. Everything that is not a widget is written as it came.
 *
 * A page is read in the encoding it declares (or `--encoding`) and written
 * back in it (see encoding.ts). Each widget that shows a notice instead of
 * its data is reported on standard error, one line each, and the exit code
 * is 1 unless `--allow-problems`; usage errors exit 2.
 */
import {readFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';

/** How many of the characters an encoding lacks the report names. */
const LISTED_CHARACTERS = 12;
import {renderStatic, type RenderProblem} from './render.js';
import {decodePage, encodePage, sniffEncoding, writingEncoding} from './encoding.js';

const USAGE = `Usage:
  alliance-widgets render '<markup>' [--locale zh-Hans|en|zh-Hant]
  alliance-widgets render --file page.html [--locale …]
  alliance-widgets render - [--locale …]        (markup from standard input)

Options:
  --encoding <label>   read and write the page in this encoding (utf-8, gbk,
                       gb2312, gb18030, big5, …) instead of the one it declares
  --allow-problems     exit 0 even when a widget shows a notice instead of its data

Writes the markup to standard output with every widget in it rendered to
static HTML: a declarative shadow root and the widget's text in the page.
A page is written in the encoding it was read in; characters that encoding
lacks become character references. Widgets with a wrong id are reported on
standard error and make the exit code 1.`;

async function stdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** One line for a widget that shows a notice: tag, reason, id (and the attribute at fault). */
const problemLine = ({tag, reason, id, path}: RenderProblem) =>
  `alliance-widgets: <${tag}> ${reason}${id === undefined ? '' : ` "${id}"`}${path === undefined ? '' : ` (${path})`}`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({args: argv, allowPositionals: true, options: {locale: {type: 'string'}, file: {type: 'string'}, encoding: {type: 'string'}, 'allow-problems': {type: 'boolean'}, help: {type: 'boolean', short: 'h'}}});
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const {values, positionals} = parsed;
  const [command, markupArg] = positionals;
  if (values.help || command !== 'render' || (markupArg === undefined && values.file === undefined)) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  if (values.locale !== undefined && !/^(zh|en)([-_][A-Za-z0-9]+)*$/.test(values.locale)) {
    process.stderr.write(`alliance-widgets: unknown locale "${values.locale}" (use zh-Hans, en or zh-Hant)\n`);
    return 2;
  }
  const forced = values.encoding === undefined ? undefined : writingEncoding(values.encoding);
  if (values.encoding !== undefined && (forced === undefined || forced === 'replacement' || forced === 'x-user-defined')) {
    process.stderr.write(`alliance-widgets: unknown encoding "${values.encoding}" (use utf-8, gbk, gb2312, gb18030, big5, or another WHATWG label)\n`);
    return 2;
  }
  let markup: string;
  let encoding = forced ?? 'utf-8';
  let bom = false;
  if (values.file !== undefined || markupArg === '-') {
    let bytes: Buffer;
    try {
      bytes = values.file !== undefined ? await readFile(values.file) : await stdin();
    } catch (error) {
      process.stderr.write(`alliance-widgets: cannot read ${values.file ?? 'standard input'}: ${(error as Error).message}\n`);
      return 2;
    }
    const sniffed = sniffEncoding(bytes);
    bom = sniffed.bom;
    encoding = forced ?? writingEncoding(sniffed.label) ?? sniffed.encoding;
    markup = decodePage(bytes, encoding);
  } else markup = markupArg!;
  const problems: RenderProblem[] = [];
  const html = await renderStatic(markup, {...(values.locale === undefined ? {} : {locale: values.locale}), onProblem: (p) => problems.push(p)});
  const {bytes, replaced} = await encodePage(html, encoding, {bom});
  process.stdout.write(bytes);
  if (replaced.size) {
    const count = [...replaced.values()].reduce((a, b) => a + b, 0);
    // The most frequent first, a line's worth: a Traditional Chinese page on GB2312 lacks hundreds.
    const listed = [...replaced].sort((a, b) => b[1] - a[1]).slice(0, LISTED_CHARACTERS);
    const which = listed.map(([char, n]) => `${char} U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}${n > 1 ? ` ×${n}` : ''}`).join(', ');
    const more = replaced.size - listed.length;
    process.stderr.write(
      `alliance-widgets: ${count} character${count > 1 ? 's' : ''} (${replaced.size} different) not in ${encoding} written as character references: ${which}${more ? `, and ${more} more` : ''}\n`
    );
  }
  for (const problem of problems) process.stderr.write(`${problemLine(problem)}\n`);
  if (problems.length && !values['allow-problems']) {
    process.stderr.write(`alliance-widgets: ${problems.length} widget${problems.length > 1 ? 's show' : ' shows'} a notice instead of their data (exit 1; --allow-problems to accept)\n`);
    return 1;
  }
  return 0;
}
