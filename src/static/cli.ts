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
 */
import {readFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import {renderStatic} from './render.js';

const USAGE = `Usage:
  alliance-widgets render '<markup>' [--locale zh-Hans|en|zh-Hant]
  alliance-widgets render --file page.html [--locale …]
  alliance-widgets render - [--locale …]        (markup from standard input)

Writes the markup to standard output with every widget in it rendered to
static HTML: a declarative shadow root and the widget's text in the page.`;

async function stdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({args: argv, allowPositionals: true, options: {locale: {type: 'string'}, file: {type: 'string'}, help: {type: 'boolean', short: 'h'}}});
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
  const markup = values.file !== undefined ? await readFile(values.file, 'utf8') : markupArg === '-' ? await stdin() : markupArg!;
  process.stdout.write(await renderStatic(markup, values.locale === undefined ? {} : {locale: values.locale}));
  return 0;
}
