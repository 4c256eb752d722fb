/** Types of payloads.mjs (a plain module, so that the test server can import it too). */
export const MARKUP_TEMPLATES: readonly string[];
export const SCRIPT_TEMPLATES: readonly string[];
export const DATA_URLS: readonly string[];
export const GOOD_TEMPLATE: string;
export const GOOD_URL: string;
export function hitNumber(message: unknown): number | undefined;
