/**
 * A conservative minifier for the CSS of Lit `css` tagged templates, used by
 * the build (scripts/lib/lit-css.ts). It removes comments and white space,
 * and the `;` before a `}`; it changes no other token: no number, colour,
 * string, `url()`, selector or value is rewritten, and every declaration and
 * rule stays where it is.
 *
 * A template is given as its quasis (the cooked strings around its `${…}`
 * expressions), and comes back as the same number of quasis: each expression
 * stays between the same two tokens. An expression's text is not known here,
 * so white space next to one is removed only where the token on the other side
 * makes it meaningless whatever the expression holds (after `{`, before `;` …).
 * Expressions are taken to be whole pieces of CSS (a list of declarations, a
 * value, a selector), as Lit's `css` results and numbers are.
 *
 * Where white space goes:
 * - between statements, around `{`, `}`, `;` and a declaration's `:`: removed;
 * - in a value: removed around `,`, after `(` and before `)` and `!`; else one space;
 * - in a custom property's value (a token stream that `var()` and
 *   `getPropertyValue()` hand on as written, white space and comments
 *   included): none touched, the value is only trimmed at both ends, as the
 *   CSS parser does (an empty value keeps one space);
 * - in a selector: removed around `,` and around the `>`, `+`, `~` combinators
 *   outside brackets; else one space (a descendant combinator, `a :hover`);
 * - in an at-rule prelude: removed around `,` and around `:` inside a `( )`
 *   block (`(forced-colors:active)`); else one space (`and (`, `@media (`);
 * - anything else (a statement it cannot place): one space.
 * A comment with no white space beside it, between two tokens that could run
 * together, becomes `/**\/`.
 *
 * The result is checked: tokenized again, it must give the input's tokens
 * exactly (white space and comments aside, less the dropped `;`), and no
 * white space where the input had none; a result that fails the check throws
 * an `Error` (a bug here, which stops the build). CSS this tokenizer does not
 * accept (an unterminated string or comment, a bad `url(`, unbalanced
 * brackets, a string or comment cut by an expression) throws `CssMinifyError`
 * (the template is then left as written).
 */

export class CssMinifyError extends Error {}

type TokenType =
  | 'ws'
  | 'comment'
  | 'string'
  | 'url'
  | 'function'
  | 'ident'
  | 'at'
  | 'hash'
  | 'number'
  | 'delim'
  | '('
  | ')'
  | '['
  | ']'
  | '{'
  | '}'
  | ';'
  | ':'
  | ','
  | 'cdo'
  | 'cdc'
  | 'expr';

export interface Token {
  type: TokenType;
  text: string;
}

const isWs = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
const isNewline = (c: string | undefined) => c === '\n' || c === '\r' || c === '\f';
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isHex = (c: string | undefined) => c !== undefined && /^[0-9a-fA-F]$/.test(c);
const isNameStart = (c: string | undefined) => c !== undefined && (/^[a-zA-Z_]$/.test(c) || c.charCodeAt(0) >= 0x80);
const isName = (c: string | undefined) => isNameStart(c) || isDigit(c) || c === '-';
/** U+0000–U+0008, U+000B, U+000E–U+001F, U+007F: not allowed in an unquoted url(). */
const nonPrintable = (c: string) => {
  const code = c.charCodeAt(0);
  return code <= 0x08 || code === 0x0b || (code >= 0x0e && code <= 0x1f) || code === 0x7f;
};
const validEscape = (s: string, i: number) => s[i] === '\\' && i + 1 < s.length && !isNewline(s[i + 1]);
const startsIdent = (s: string, i: number) =>
  s[i] === '-' ? isNameStart(s[i + 1]) || s[i + 1] === '-' || validEscape(s, i + 1) : isNameStart(s[i]) || validEscape(s, i);
const startsNumber = (s: string, i: number) =>
  s[i] === '+' || s[i] === '-' ? isDigit(s[i + 1]) || (s[i + 1] === '.' && isDigit(s[i + 2])) : s[i] === '.' ? isDigit(s[i + 1]) : isDigit(s[i]);

/** After the backslash of a valid escape: up to six hex digits and one white space, or one code point. */
function consumeEscape(s: string, i: number): number {
  if (isHex(s[i])) {
    let j = i;
    while (j < i + 6 && isHex(s[j])) j++;
    if (s[j] === '\r' && s[j + 1] === '\n') return j + 2;
    return isWs(s[j]) ? j + 1 : j;
  }
  return i + (s.codePointAt(i)! > 0xffff ? 2 : 1);
}

function consumeName(s: string, i: number): number {
  for (;;) {
    if (isName(s[i])) i++;
    else if (validEscape(s, i)) i = consumeEscape(s, i + 1);
    else return i;
  }
}

function consumeNumeric(s: string, i: number): number {
  let j = i;
  if (s[j] === '+' || s[j] === '-') j++;
  while (isDigit(s[j])) j++;
  if (s[j] === '.' && isDigit(s[j + 1])) for (j++; isDigit(s[j]); ) j++;
  if ((s[j] === 'e' || s[j] === 'E') && (isDigit(s[j + 1]) || ((s[j + 1] === '+' || s[j + 1] === '-') && isDigit(s[j + 2])))) {
    for (j += 2; isDigit(s[j]); ) j++;
  }
  if (startsIdent(s, j)) return consumeName(s, j);
  return s[j] === '%' ? j + 1 : j;
}

/** An ident, a function token, or an unquoted `url(…)` (kept whole, as written). */
function consumeIdentLike(s: string, i: number): {type: TokenType; end: number} {
  const j = consumeName(s, i);
  if (s[j] !== '(') return {type: 'ident', end: j};
  if (s.slice(i, j).toLowerCase() !== 'url') return {type: 'function', end: j + 1};
  let k = j + 1;
  while (isWs(s[k])) k++;
  if (s[k] === '"' || s[k] === "'") return {type: 'function', end: j + 1};
  for (;;) {
    const c = s[k];
    if (c === ')') return {type: 'url', end: k + 1};
    if (c === undefined) throw new CssMinifyError('unterminated url(');
    if (isWs(c)) {
      while (isWs(s[k])) k++;
      if (s[k] !== ')') throw new CssMinifyError('bad url(');
    } else if (c === '"' || c === "'" || c === '(' || nonPrintable(c)) {
      throw new CssMinifyError('bad url(');
    } else if (c === '\\') {
      if (!validEscape(s, k)) throw new CssMinifyError('bad url(');
      k = consumeEscape(s, k + 1);
    } else k++;
  }
}

/** The tokens of CSS Syntax Level 3, each with its text as written (white space and comments too). */
export function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    let type: TokenType;
    let end: number;
    if (isWs(c)) {
      end = i + 1;
      while (isWs(s[end])) end++;
      type = 'ws';
    } else if (c === '/' && s[i + 1] === '*') {
      const close = s.indexOf('*/', i + 2);
      if (close < 0) throw new CssMinifyError('unterminated comment');
      type = 'comment';
      end = close + 2;
    } else if (c === '"' || c === "'") {
      end = i + 1;
      for (;;) {
        const d = s[end];
        if (d === undefined) throw new CssMinifyError('unterminated string');
        if (d === c) {
          end++;
          break;
        }
        if (isNewline(d)) throw new CssMinifyError('bad string (a line break)');
        if (d === '\\') {
          if (end + 1 >= s.length) end++;
          else if (s[end + 1] === '\r' && s[end + 2] === '\n') end += 3;
          else if (isNewline(s[end + 1])) end += 2;
          else end = consumeEscape(s, end + 1);
        } else end++;
      }
      type = 'string';
    } else if (c === '#' && (isName(s[i + 1]) || validEscape(s, i + 1))) {
      type = 'hash';
      end = consumeName(s, i + 1);
    } else if ('()[]{};:,'.includes(c)) {
      type = c as TokenType;
      end = i + 1;
    } else if ((c === '+' || c === '.') && startsNumber(s, i)) {
      type = 'number';
      end = consumeNumeric(s, i);
    } else if (c === '-') {
      if (startsNumber(s, i)) ({type, end} = {type: 'number', end: consumeNumeric(s, i)});
      else if (s.startsWith('-->', i)) ({type, end} = {type: 'cdc', end: i + 3});
      else if (startsIdent(s, i)) ({type, end} = consumeIdentLike(s, i));
      else ({type, end} = {type: 'delim', end: i + 1});
    } else if (c === '<' && s.startsWith('<!--', i)) {
      type = 'cdo';
      end = i + 4;
    } else if (c === '@' && startsIdent(s, i + 1)) {
      type = 'at';
      end = consumeName(s, i + 1);
    } else if (isDigit(c)) {
      type = 'number';
      end = consumeNumeric(s, i);
    } else if (isNameStart(c) || validEscape(s, i)) {
      ({type, end} = consumeIdentLike(s, i));
    } else {
      type = 'delim';
      end = i + (s.codePointAt(i)! > 0xffff ? 2 : 1);
    }
    tokens.push({type, text: s.slice(i, end)});
    i = end;
  }
  return tokens;
}

const skippable = (t: Token | undefined) => t !== undefined && (t.type === 'ws' || t.type === 'comment');
/** Tokens that never run together with what is next to them, so a comment between them can go. */
const separator = (t: Token) => ['(', ')', '[', ']', '{', '}', ';', ':', ',', 'ws'].includes(t.type);
const opens = (t: Token) => t.type === '(' || t.type === '[' || t.type === 'function';
const closes = (t: Token) => t.type === ')' || t.type === ']';
const isDelim = (t: Token, chars: string) => t.type === 'delim' && chars.includes(t.text);

/** `supports`: an `@supports` prelude, whose condition the CSSOM gives back as written (`conditionText`), so only its commas lose white space. */
type Mode = 'value' | 'selector' | 'at' | 'supports' | 'other';

/** May the white space between `p` and `q` (either may be an expression) go, in `mode`, `open` being the innermost open bracket? */
function removable(p: Token, q: Token, mode: Mode, open: Token | undefined): boolean {
  switch (mode) {
    case 'value':
      return p.type === ',' || q.type === ',' || isDelim(q, '!') || p.type === '(' || p.type === 'function' || q.type === ')';
    case 'selector':
      return p.type === ',' || q.type === ',' || (open === undefined && (isDelim(p, '>+~') || isDelim(q, '>+~')));
    case 'at':
      return (open === undefined && (p.type === ',' || q.type === ',')) || (open?.type === '(' && (p.type === ':' || q.type === ':'));
    case 'supports':
      return open === undefined && (p.type === ',' || q.type === ',');
    default:
      return false;
  }
}

/** The tokens [from, to) of one prelude, value or statement, white space placed by `mode`. */
function squeeze(tokens: Token[], from: number, to: number, mode: Mode, out: Token[]): void {
  while (from < to && skippable(tokens[from])) from++;
  while (to > from && skippable(tokens[to - 1])) to--;
  const stack: Token[] = [];
  for (let i = from; i < to; ) {
    const t = tokens[i]!;
    if (!skippable(t)) {
      out.push(t);
      if (opens(t)) stack.push(t);
      else if (closes(t)) stack.pop();
      i++;
      continue;
    }
    let j = i;
    let ws = false;
    for (; j < to && skippable(tokens[j]); j++) if (tokens[j]!.type === 'ws') ws = true;
    const p = tokens[i - 1]!;
    const q = tokens[j]!;
    if (!ws) {
      if (!separator(p) && !separator(q)) out.push({type: 'comment', text: '/**/'});
    } else if (!removable(p, q, mode, stack.at(-1))) {
      out.push({type: 'ws', text: ' '});
    }
    i = j;
  }
}

/** Minifies the CSS of one template, given and returned as its quasis (see the module's comment). */
export function minifyTemplate(quasis: readonly string[]): string[] {
  const tokens: Token[] = [];
  quasis.forEach((q, i) => {
    if (i > 0) tokens.push({type: 'expr', text: ''});
    tokens.push(...tokenize(q));
  });
  const out: Token[] = [];
  /** Indices (in `tokens`) of the `;` dropped before a `}`. */
  const dropped = new Set<number>();
  let i = 0;
  const next = (k: number) => {
    while (skippable(tokens[k])) k++;
    return k;
  };

  /** From `i`, the end of a statement: the first `;`, `{` or `}` outside brackets (and outside braces too for a custom property's value). */
  const statementEnd = (from: number, braces: boolean): number => {
    const stack: string[] = [];
    for (let k = from; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (stack.length === 0 && (t.type === ';' || t.type === '}' || (t.type === '{' && !braces))) return k;
      if (opens(t) || t.type === '{') stack.push(t.type === '[' ? ']' : t.type === '{' ? '}' : ')');
      else if (closes(t) || t.type === '}') {
        if (stack.pop() !== t.type) throw new CssMinifyError(`unbalanced ${t.text}`);
      }
    }
    if (stack.length) throw new CssMinifyError('unclosed bracket');
    return tokens.length;
  };

  /** A `;` ending a statement at `k`: dropped when a `}` follows. */
  const semicolon = (k: number) => {
    if (tokens[next(k + 1)]?.type === '}') dropped.add(k);
    else out.push(tokens[k]!);
  };

  const block = (top: boolean): void => {
    for (;;) {
      i = next(i);
      const t = tokens[i];
      if (t === undefined) {
        if (!top) throw new CssMinifyError('unclosed {');
        return;
      }
      if (t.type === '}') {
        if (top) throw new CssMinifyError('unbalanced }');
        return;
      }
      if (t.type === ';') {
        semicolon(i++);
        continue;
      }
      const colon = next(i + 1);
      if (t.type === 'ident' && t.text.startsWith('--') && tokens[colon]?.type === ':') {
        const end = statementEnd(colon + 1, true);
        out.push(t, tokens[colon]!);
        // The value as written, less the white space at its ends (which the parser drops); an empty one keeps a space (`--x: ;`).
        let from = colon + 1;
        let to = end;
        while (from < to && tokens[from]!.type === 'ws') from++;
        while (to > from && tokens[to - 1]!.type === 'ws') to--;
        out.push(...(from < to ? tokens.slice(from, to) : from > colon + 1 ? [{type: 'ws', text: ' '} as Token] : []));
        i = end;
      } else {
        const end = statementEnd(i, false);
        if (tokens[end]?.type === '{') {
          squeeze(tokens, i, end, t.type !== 'at' ? 'selector' : t.text.toLowerCase() === '@supports' ? 'supports' : 'at', out);
          out.push(tokens[end]!);
          i = end + 1;
          block(false);
          out.push(tokens[i]!);
          i++;
          continue;
        }
        if (t.type === 'ident' && tokens[colon]?.type === ':') {
          out.push(t, tokens[colon]!);
          squeeze(tokens, colon + 1, end, 'value', out);
        } else {
          squeeze(tokens, i, end, t.type === 'at' ? 'at' : 'other', out);
        }
        i = end;
      }
      if (tokens[i]?.type === ';') semicolon(i++);
    }
  };
  block(true);

  const result = [''];
  for (const t of out) {
    if (t.type === 'expr') result.push('');
    else result[result.length - 1] += t.text;
  }
  check(tokens, dropped, result);
  return result;
}

/** The minified quasis give the input's tokens, less the dropped `;`, and no white space between two tokens that had none. */
function check(input: Token[], dropped: Set<number>, result: string[]): void {
  if (result.length !== input.filter((t) => t.type === 'expr').length + 1) throw new Error('css minifier: the number of quasis changed');
  /** Each significant token, and whether white space or a comment stands before it. */
  const significant = (tokens: Token[], skip: Set<number>) => {
    const list: {t: Token; gap: boolean}[] = [];
    let gap = false;
    tokens.forEach((t, k) => {
      if (skippable(t)) gap = true;
      else if (!skip.has(k)) {
        list.push({t, gap});
        gap = false;
      }
    });
    return list;
  };
  const before = significant(input, dropped);
  const output: Token[] = [];
  result.forEach((q, k) => {
    if (k > 0) output.push({type: 'expr', text: ''});
    output.push(...tokenize(q));
  });
  const after = significant(output, new Set());
  if (after.length !== before.length) throw new Error('css minifier: minifying changed the number of tokens');
  after.forEach(({t, gap}, k) => {
    const b = before[k]!;
    if (t.type !== b.t.type || t.text !== b.t.text) throw new Error(`css minifier: minifying changed a token: ${JSON.stringify(b.t.text)} became ${JSON.stringify(t.text)}`);
    if (gap && !b.gap) throw new Error(`css minifier: minifying put white space before ${JSON.stringify(t.text)}`);
  });
}
