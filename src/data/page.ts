/**
 * A portal's own data, the public face: the publishing schema
 * (page-schema.ts), its checks (page-check.ts), problems (problem.ts), bounds
 * (schema.ts, snapshot.ts) and sources (page-source.ts). Widgets load these
 * only when a page gives its own data (own-data.ts); hosts and the data
 * workbench import them from here.
 */
export {PAGE_DATA_VERSION, PageData, PageName, PageSource, PageText, SafeUrl, type PageDocument} from './page-schema.js';
export {checkPageData, pageDataProblems, parsePageData, type PageDataCheck} from './page-check.js';
export {fetchPageData, pageDataOptions, pageDataSource, withBundledData} from './page-source.js';
export {PageDataProblem, type PageDataProblemCode, type PageDataReason} from './problem.js';
export {MAX_DOCUMENT, MAX_RECORDS} from './snapshot.js';
export {MAX_ID, MAX_ITEMS, MAX_NAME, MAX_PROSE} from './schema.js';
