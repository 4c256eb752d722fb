/**
 * WCAG 2.x contrast of two sRGB colours written in hex, for the catalogue's
 * theme builder: relative luminance, contrast ratio, and the ratio as the
 * builder prints it. Pure functions, no DOM (tested in test/node/theme-builder.test.ts
 * against a golden table of known ratios).
 */

/** An sRGB colour as three channels 0–255. */
export type Rgb = readonly [number, number, number];

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `#rrggbb` (lower case) for `#rgb`, `#rrggbb` or the same without `#`, with spaces around; undefined for anything else. */
export function normalizeHex(text: string): string | undefined {
  const m = HEX.exec(text.trim());
  if (!m) return undefined;
  const digits = m[1]!.toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits}`;
}

/** The channels of a hex colour; throws on a string that is not one. */
export function hexToRgb(hex: string): Rgb {
  const normal = normalizeHex(hex);
  if (!normal) throw new TypeError(`not a hex colour: ${hex}`);
  return [1, 3, 5].map((i) => parseInt(normal.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** `#rrggbb` of three channels (rounded and clamped to 0–255). */
export function rgbToHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2.x): 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two opaque colours, 1–21, whichever is lighter. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The ratio to two decimals, as `4.35`. Rounded, except that a ratio below
 * `needed` never prints as reaching it (4.497 against 4.5 prints `4.49`, not
 * `4.50`): what fails must read as failing.
 */
export function formatRatio(ratio: number, needed?: number): string {
  const rounded = ratio.toFixed(2);
  if (needed !== undefined && ratio < needed && Number(rounded) >= needed) return (Math.floor(ratio * 100) / 100).toFixed(2);
  return rounded;
}

/**
 * A colour near `fg` that reaches `needed` against `bg`: `fg` mixed step by
 * step (1 %) towards black on a light background, towards white on a dark
 * one, so its hue stays; undefined when even black or white does not reach it.
 */
export function suggestColour(fg: string, bg: string, needed: number): string | undefined {
  if (contrastRatio(fg, bg) >= needed) return normalizeHex(fg);
  const from = hexToRgb(fg);
  // Towards whichever end of the scale gives the background more contrast.
  const towards = contrastRatio('#000000', bg) >= contrastRatio('#ffffff', bg) ? 0 : 255;
  for (let step = 1; step <= 100; step++) {
    const t = step / 100;
    const candidate = rgbToHex(from.map((c) => c + (towards - c) * t) as unknown as Rgb);
    if (contrastRatio(candidate, bg) >= needed) return candidate;
  }
  return undefined;
}
