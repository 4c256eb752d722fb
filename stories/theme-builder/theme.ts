/**
 * The theme builder's model: the colour tokens of the four looks, the pairs
 * whose contrast WCAG asks for, a preset file read into a theme, and a theme
 * written back as CSS in the form of themes/*.css. Pure, no DOM (tested in
 * test/node/theme-builder.test.ts).
 */
import {contrastRatio, formatRatio, normalizeHex, suggestColour} from './contrast.js';

/** The four looks a preset colours: light, dark, care mode (适老化), care mode on dark. */
export const LOOKS = ['light', 'dark', 'care', 'care-dark'] as const;
export type Look = (typeof LOOKS)[number];

/** The colour tokens of a look, in the order themes/*.css writes them. */
export const TOKENS = ['text', 'text-strong', 'text-muted', 'surface', 'surface-alt', 'border', 'control-border', 'accent', 'accent-text', 'on-accent', 'positive', 'focus'] as const;
export type Token = (typeof TOKENS)[number];

/** Each look's custom-property prefix (`--alliance-color-text`, `--alliance-dark-color-text`, …). */
export const PREFIX: Record<Look, string> = {
  light: '--alliance-color-',
  dark: '--alliance-dark-color-',
  care: '--alliance-care-color-',
  'care-dark': '--alliance-care-dark-color-',
};

/** The comment themes/*.css puts before each look's tokens. */
const LOOK_COMMENT: Record<Look, string> = {
  light: 'Light (the default look).',
  dark: 'Dark: theme="dark" on the widget or an ancestor, or a page whose color-scheme is dark.',
  care: 'Care mode (care on the widget or an ancestor): text at 7:1 or more.',
  'care-dark': 'Care mode, dark. The number badge keeps the light or dark on-accent colour above.',
};

/** Whether a look has a token of its own: care mode's number badge keeps the everyday `on-accent`. */
export const hasToken = (look: Look, token: Token) => !(token === 'on-accent' && look.startsWith('care'));

/** The tokens a look sets. */
export const lookTokens = (look: Look): Token[] => TOKENS.filter((t) => hasToken(look, t));

/** The everyday look a care look keeps its badge colour from. */
const everyday = (look: Look): Look => (look === 'care' ? 'light' : look === 'care-dark' ? 'dark' : look);

/** The custom property that gives `token` in `look` (care mode's badge: the everyday one). */
export const propertyName = (look: Look, token: Token) => `${PREFIX[hasToken(look, token) ? look : everyday(look)]}${token}`;

/** Every colour of a theme, `#rrggbb`, by look and token (care looks without `on-accent`). */
export type Theme = Record<Look, Partial<Record<Token, string>>>;

/** A theme's colour of `token` in `look` (care mode's badge colour from its everyday look). */
export function colourOf(theme: Theme, look: Look, token: Token): string {
  const value = theme[hasToken(look, token) ? look : everyday(look)][token];
  if (!value) throw new Error(`the theme has no ${propertyName(look, token)}`);
  return value;
}

/** Text needs 4.5:1 (AA), 7:1 in care mode; rules, borders that mark controls and the focus ring 3:1. */
export type Kind = 'text' | 'non-text';

/** A pair of colours shown on top of each other, whose contrast WCAG asks for. */
export interface PairSpec {
  id: string;
  kind: Kind;
  fg: Token;
  bg: Token;
  /** As docs/THEMES.md's table names it. */
  name: string;
}

/**
 * The pairs the widgets show (the ones test/theme-presets.test.ts measures on
 * the widgets' real elements). Decorative borders (`border`) need no contrast.
 */
export const PAIRS: readonly PairSpec[] = [
  {id: 'text', kind: 'text', fg: 'text', bg: 'surface', name: 'body text on surface'},
  {id: 'text-strong', kind: 'text', fg: 'text-strong', bg: 'surface', name: 'strong text on surface'},
  {id: 'text-muted', kind: 'text', fg: 'text-muted', bg: 'surface', name: 'muted text on surface'},
  {id: 'text-alt', kind: 'text', fg: 'text', bg: 'surface-alt', name: 'body text on surface-alt'},
  {id: 'accent-text', kind: 'text', fg: 'accent-text', bg: 'surface', name: 'accent text on surface'},
  {id: 'accent-text-alt', kind: 'text', fg: 'accent-text', bg: 'surface-alt', name: 'accent text on surface-alt'},
  {id: 'positive', kind: 'text', fg: 'positive', bg: 'surface', name: 'positive on surface'},
  {id: 'badge', kind: 'text', fg: 'on-accent', bg: 'accent', name: 'on-accent on accent (number badge)'},
  {id: 'accent', kind: 'non-text', fg: 'accent', bg: 'surface', name: 'accent rule on surface'},
  {id: 'control-border', kind: 'non-text', fg: 'control-border', bg: 'surface', name: 'control border on surface'},
  {id: 'control-border-alt', kind: 'non-text', fg: 'control-border', bg: 'surface-alt', name: 'control border on surface-alt'},
  {id: 'focus', kind: 'non-text', fg: 'focus', bg: 'surface', name: 'focus ring on background'},
];

/** AA: text 4.5:1, non-text 3:1 (WCAG 1.4.3, 1.4.11). */
export const AA: Record<Kind, number> = {text: 4.5, 'non-text': 3};
/** Care mode: text 7:1 (WCAG 1.4.6, AAA), non-text 3:1. */
export const CARE: Record<Kind, number> = {text: 7, 'non-text': 3};

/** What a look's colours must reach: AA in the everyday looks, 7:1 text in care mode. */
export const requiredFor = (look: Look, kind: Kind) => (look.startsWith('care') ? CARE : AA)[kind];

/** One pair of one look, measured. */
export interface PairResult {
  look: Look;
  pair: PairSpec;
  fg: string;
  bg: string;
  ratio: number;
  /** Whether it reaches AA (4.5:1 text, 3:1 non-text). */
  aa: boolean;
  /** Whether it reaches care mode's 7:1 (text; 3:1 non-text). */
  care: boolean;
  /** What this look must reach, and whether it does: the everyday looks AA, care looks 7:1. */
  required: number;
  pass: boolean;
}

/** Every pair of every look. */
export function evaluate(theme: Theme): PairResult[] {
  return LOOKS.flatMap((look) =>
    PAIRS.map((pair) => {
      const fg = colourOf(theme, look, pair.fg);
      const bg = colourOf(theme, look, pair.bg);
      const ratio = contrastRatio(fg, bg);
      const required = requiredFor(look, pair.kind);
      return {look, pair, fg, bg, ratio, aa: ratio >= AA[pair.kind], care: ratio >= CARE[pair.kind], required, pass: ratio >= required};
    })
  );
}

/** A failing pair in words, as the CSS comment gives it: `light: accent text on surface (--alliance-color-accent-text on --alliance-color-surface) 4.35:1 < 4.5:1`. */
export const failureLine = (r: PairResult) =>
  `${r.look}: ${r.pair.name} (${propertyName(r.look, r.pair.fg)} on ${propertyName(r.look, r.pair.bg)}) ${formatRatio(r.ratio, r.required)}:1 < ${r.required}:1`;

/**
 * A theme read from CSS in the form of themes/*.css: every `--alliance-*-color-*`
 * token of the four looks with a hex value. Throws, naming it, when one is
 * missing or not a hex colour (the builder's presets are the repo's own files).
 */
export function parseTheme(css: string): Theme {
  const theme: Theme = {light: {}, dark: {}, care: {}, 'care-dark': {}};
  const values = new Map<string, string>();
  for (const [, name, value] of css.matchAll(/(--alliance-[a-z-]+)\s*:\s*([^;]+);/g)) values.set(name!, value!.trim());
  for (const look of LOOKS) {
    for (const token of lookTokens(look)) {
      const name = `${PREFIX[look]}${token}`;
      const value = values.get(name);
      const hex = value === undefined ? undefined : normalizeHex(value);
      if (!hex) throw new Error(value === undefined ? `no ${name}` : `${name}: ${value} is not a hex colour`);
      theme[look][token] = hex;
    }
  }
  return theme;
}

/** A name a preset can go by in `data-alliance-preset`: lower-case letters, digits and hyphens, from a letter. */
export const PRESET_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * The theme as one CSS file in the form of themes/*.css: every token of the
 * four looks on `:where(:root)` (no specificity, so the page's own rules win)
 * and on `[data-alliance-preset='<name>']`. A comment at the top names every
 * pair below its requirement, or says that all pass.
 */
export function themeCss(theme: Theme, name: string): string {
  const preset = PRESET_NAME.test(name) ? name : 'custom';
  const failing = evaluate(theme).filter((r) => !r.pass);
  const verdict = failing.length
    ? [
        ` * WARNING: ${failing.length} ${failing.length === 1 ? 'pair fails its' : 'pairs fail their'} contrast requirement`,
        ` * (text 4.5:1, care mode 7:1; rules, control borders and the focus ring 3:1):`,
        ...failing.map((r) => ` *   ${failureLine(r)}`),
      ]
    : [` * Contrast (WCAG 2): every pair passes, text 4.5:1 (care mode 7:1), rules, control borders and the focus ring 3:1.`];
  const lines = [
    '/*',
    ` * ${preset}: theme for alliance-widgets, made with the catalogue's theme builder (主题生成器 / Theme builder).`,
    ' * Dark and care mode follow theme="dark" and care on a widget or an ancestor, as with a preset.',
    ` * With several themes linked, data-alliance-preset="${preset}" on an element gives the widgets inside it this one.`,
    ...verdict,
    ' */',
    ':where(:root),',
    `[data-alliance-preset='${preset}'] {`,
  ];
  for (const look of LOOKS) {
    lines.push(`  /* ${LOOK_COMMENT[look]} */`);
    for (const token of lookTokens(look)) lines.push(`  ${PREFIX[look]}${token}: ${colourOf(theme, look, token)};`);
  }
  lines.push('}', '');
  return lines.join('\n');
}

/**
 * A colour for `token` in `look` that makes every pair of that look it is in
 * pass (accent text on both surfaces at once; the accent under the badge and
 * as a rule): the current colour moved, step by step, towards black or white
 * until none fails; undefined when no colour does. `token` is the look's own
 * (care mode's badge colour is the everyday look's, and is not offered).
 */
export function suggestFix(theme: Theme, look: Look, token: Token): string | undefined {
  if (!hasToken(look, token)) return undefined;
  const others = PAIRS.filter((p) => p.fg === token || p.bg === token).map((p) => ({other: colourOf(theme, look, p.fg === token ? p.bg : p.fg), needed: requiredFor(look, p.kind)}));
  let colour = colourOf(theme, look, token);
  for (let round = 0; round < 10; round++) {
    const failing = others.find((o) => contrastRatio(colour, o.other) < o.needed);
    if (!failing) return colour;
    const next = suggestColour(colour, failing.other, failing.needed);
    if (!next) return undefined;
    colour = next;
  }
  return undefined;
}

/** A copy of a theme (the builder edits its own). */
export const copyTheme = (theme: Theme): Theme => ({light: {...theme.light}, dark: {...theme.dark}, care: {...theme.care}, 'care-dark': {...theme['care-dark']}});

/** The custom properties of a theme, name → value, as an element's style sets them. */
export function themeProperties(theme: Theme): Record<string, string> {
  const out: Record<string, string> = {};
  for (const look of LOOKS) for (const token of lookTokens(look)) out[`${PREFIX[look]}${token}`] = colourOf(theme, look, token);
  return out;
}
