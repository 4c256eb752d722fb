/**
 * The names whose flag is true, as a `class` attribute's value:
 * `classNames({base: true, care: false, dark: true})` → `'base dark'`.
 * Lit's `classMap` would edit the class list name by name, which only matters
 * when something else adds classes to the element; nothing does to the
 * elements the widgets bind this to, so a plain string does it in fewer bytes.
 */
export const classNames = (flags: Record<string, boolean>): string =>
  Object.keys(flags)
    .filter((name) => flags[name])
    .join(' ');
