/** A record id: a stable kebab-case slug, the public API of the data (and what may name a data module, focus.ts). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
