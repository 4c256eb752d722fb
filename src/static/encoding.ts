/**
 * Pages in the encoding they declare, for the command line (Node only).
 *
 * Reading follows the browser (WHATWG Encoding and HTML's prescan): a byte
 * order mark, else a `<meta charset>` or `<meta http-equiv="Content-Type"
 * content="…; charset=…">` in the first 1024 bytes, else UTF-8. Labels are
 * resolved as browsers resolve them, so `gb2312` reads as GBK.
 *
 * Writing uses the same encoding, so the page's own `<meta charset>` stays
 * true. A character the encoding lacks is written as a character reference
 * (`&#x81FA;`) in text and attributes, as `\uXXXX` inside `<script>` and as a
 * CSS escape inside `<style>`, where references are not read. Inline JSON
 * (`<script type="application/json">`) is written in ASCII in every encoding.
 *
 * A page declared `gb2312` is read as GBK, as browsers read it, but written
 * with GB2312's characters only: the bytes then hold what the label says for
 * every reader of the file, not only browsers (strict GB2312 decoders in
 * crawlers, mail, a CMS's import, `iconv -f gb2312`). The characters GBK adds
 * (Traditional ones such as 臺, rare names such as 镕) become references,
 * which every HTML reader shows as the character.
 */
import {parse, type DefaultTreeAdapterMap} from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

/** The WHATWG name of an encoding label (`gb2312` → `gbk`), or undefined for a label no browser knows. */
export function encodingName(label: string): string | undefined {
  try {
    const name = new TextDecoder(label.trim()).encoding;
    // A page cannot declare UTF-16 in its own bytes: HTML reads such a declaration as UTF-8.
    return name === 'utf-16le' || name === 'utf-16be' ? 'utf-8' : name;
  } catch {
    return undefined;
  }
}

/** WHATWG labels of GBK that name GB2312 itself (the rest, `gbk` and `x-gbk`, name GBK). */
const GB2312_LABELS = new Set(['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'iso-ir-58']);

/** The encoding to write a page in: as `encodingName`, except `gb2312` (and its aliases) for GB2312 itself. */
export function writingEncoding(label: string): string | undefined {
  const name = encodingName(label);
  return name === 'gbk' && GB2312_LABELS.has(label.trim().toLowerCase()) ? 'gb2312' : name;
}

/** The encoding a browser gives a page's bytes: its byte order mark, else its `<meta>` declaration, else UTF-8. */
export function sniffEncoding(bytes: Uint8Array): {encoding: string; label: string; bom: boolean; declared: boolean} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return {encoding: 'utf-8', label: 'utf-8', bom: true, declared: true};
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return {encoding: 'utf-16be', label: 'utf-16be', bom: true, declared: true};
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return {encoding: 'utf-16le', label: 'utf-16le', bom: true, declared: true};
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/<!--[\s\S]*?(-->|$)/g, '');
  for (const [tag] of head.matchAll(/<meta[\s/][^>]*>?/gi)) {
    const charset = /\bcharset\s*=\s*["']?\s*([^"'\s;>/]+)/i.exec(tag)?.[1];
    const name = charset === undefined ? undefined : encodingName(charset);
    if (name) return {encoding: name, label: charset!, bom: false, declared: true};
  }
  return {encoding: 'utf-8', label: 'utf-8', bom: false, declared: false};
}

/** The text of a page's bytes in the given encoding (without its byte order mark); `gb2312` reads as GBK. */
export function decodePage(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding === 'gb2312' ? 'gbk' : encoding).decode(bytes);
}

/** Characters written as references or escapes because the encoding lacks them, with how often each was. */
export type Replaced = Map<string, number>;

interface Codec {
  encode(text: string): Buffer;
  /** Whether the encoding holds the character (else it is written as a reference). */
  holds?(char: string, bytes: Buffer): boolean;
}

/** GB2312 within GBK: two bytes, lead 0xA1–0xF7, trail 0xA1–0xFE, outside GBK's user-defined (Private Use) rows. */
const inGb2312 = (char: string, bytes: Buffer) =>
  bytes.length === 2 && bytes[0]! >= 0xa1 && bytes[0]! <= 0xf7 && bytes[1]! >= 0xa1 && bytes[1]! <= 0xfe && !/[\ue000-\uf8ff]/.test(char);

async function codecFor(encoding: string): Promise<Codec> {
  if (encoding === 'utf-8') return {encode: (text) => Buffer.from(text, 'utf8')};
  if (encoding === 'utf-16le') return {encode: (text) => Buffer.from(text, 'utf16le')};
  if (encoding === 'utf-16be') return {encode: (text) => Buffer.from(text, 'utf16le').swap16()};
  const iconv = (await import('iconv-lite')).default;
  if (encoding === 'gb2312') return {encode: (text) => iconv.encode(text, 'gbk'), holds: inGb2312};
  if (!iconv.encodingExists(encoding)) throw new Error(`alliance-widgets: cannot write the encoding "${encoding}"`);
  return {encode: (text) => iconv.encode(text, encoding)};
}

/** Ranges of the markup inside `<script>` and `<style>`, where character references are not read. */
function rawTextRanges(markup: string): {start: number; end: number; kind: 'json' | 'script' | 'style'}[] {
  const out: {start: number; end: number; kind: 'json' | 'script' | 'style'}[] = [];
  const visit = (node: Node) => {
    if ('tagName' in node && (node.tagName === 'script' || node.tagName === 'style')) {
      const loc = node.sourceCodeLocation;
      const json = node.attrs.some((a) => a.name === 'type' && a.value.trim().toLowerCase() === 'application/json');
      if (loc?.startTag && loc.endTag) out.push({start: loc.startTag.endOffset, end: loc.endTag.startOffset, kind: json ? 'json' : node.tagName});
      return;
    }
    const children = 'content' in node ? (node.content as unknown as {childNodes: Node[]}).childNodes : 'childNodes' in node ? node.childNodes : [];
    for (const child of children) visit(child);
  };
  visit(parse(markup, {sourceCodeLocationInfo: true}) as unknown as Node);
  return out.sort((a, b) => a.start - b.start);
}

const hex = (n: number) => n.toString(16).toUpperCase();
const jsEscape = (char: string) => [...Array(char.length).keys()].map((i) => `\\u${hex(char.charCodeAt(i)).padStart(4, '0')}`).join('');

/**
 * The markup as bytes of `encoding`, each character the encoding lacks
 * written in the form its place reads (see the module's comment); `replaced`
 * gathers those characters.
 */
export async function encodePage(markup: string, encoding: string, options: {bom?: boolean} = {}): Promise<{bytes: Buffer; replaced: Replaced}> {
  const codec = await codecFor(encoding);
  const replaced: Replaced = new Map();
  const unicode = encoding === 'utf-8' || encoding.startsWith('utf-16');
  const bom = options.bom && unicode ? '\uFEFF' : '';
  const decoder = new TextDecoder(encoding === 'gb2312' ? 'gbk' : encoding);
  const known = new Map<string, boolean>();
  const fits = (char: string) => {
    if (unicode) return true;
    let ok = known.get(char);
    if (ok === undefined) {
      const bytes = codec.encode(char);
      known.set(char, (ok = decoder.decode(bytes) === char && (codec.holds?.(char, bytes) ?? true)));
    }
    return ok;
  };
  const ranges = rawTextRanges(markup);
  let range = 0;
  let at = 0;
  let out = '';
  for (const char of markup) {
    while (range < ranges.length && ranges[range]!.end <= at) range++;
    const inside = ranges[range] && ranges[range]!.start <= at ? ranges[range]!.kind : undefined;
    if (char.charCodeAt(0) < 0x80) out += char;
    // Inline JSON is written in ASCII whatever the encoding: `\uXXXX` reads the same in every one.
    else if (inside === 'json') out += jsEscape(char);
    else if (fits(char)) out += char;
    else {
      replaced.set(char, (replaced.get(char) ?? 0) + 1);
      const code = char.codePointAt(0)!;
      out += inside === 'script' ? jsEscape(char) : inside === 'style' ? `\\${hex(code)} ` : `&#x${hex(code)};`;
    }
    at += char.length;
  }
  return {bytes: codec.encode(bom + out), replaced};
}
