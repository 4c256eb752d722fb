/**
 * The file beside the one-file bundle that holds its English data, and the
 * event on `document` by which that file hands it over (src/bundle.ts reads
 * it, vite.config.ts writes it).
 */
export const BUNDLE_ENGLISH = {file: 'alliance-widgets.en.js', event: 'alliance-widgets-english'} as const;
