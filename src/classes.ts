/** Widget classes and helpers, without registering any tag (for custom tag names). */
export * from './generated/widgets/classes.js';
export {AllianceElement} from './base/alliance-element.js';
export {Dataset} from './data/dataset.js';
export {bundledData, type DataSource} from './data/source.js';
export {preloadLocale} from './preload.js';
export {defineElement} from './define.js';
export {defineWidgets} from './register.js';
export {VERSION} from './version.js';
export {AllianceErrorEvent, AllianceSelectEvent, type AllianceErrorReason, type AllianceSelectKind} from './events.js';
export {setLocale, getLocale, resolveLocale, type Locale} from './localization/localization.js';
export {type AllianceProblem} from './base/alliance-element.js';
export {PAGE_DATA_VERSION, PageDataProblem, checkPageData, pageDataProblems, type PageDataProblemCode, type PageDataReason, type PageDocument} from './data/page.js';
