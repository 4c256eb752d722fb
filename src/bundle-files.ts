/**
 * The files beside the one-file bundle that it loads when a page needs them,
 * and the event on `document` by which each hands over what it holds
 * (src/beside-bundle.ts loads them, vite.config.ts writes them):
 * - its English data;
 * - the checks of a portal's own data (the publishing schema, valibot and the
 *   problem texts), which only a page that gives its own data needs.
 */
export const BUNDLE_ENGLISH = {file: 'alliance-widgets.en.js', event: 'alliance-widgets-english'} as const;
export const BUNDLE_CHECKS = {file: 'alliance-widgets.checks.js', event: 'alliance-widgets-checks'} as const;
