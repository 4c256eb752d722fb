/**
 * Loads the checks of a portal's own data (page-source.ts and what it
 * imports: the publishing schema, valibot, the problem texts) as a chunk of
 * the library's own folder. The one-file bundle loads them from the file
 * beside it instead (checks-beside-bundle.ts, put in place of this module by
 * vite.config.ts).
 */
export const loadChecks = () => import('./page-source.js');
