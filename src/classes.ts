/** Widget classes and helpers, without registering any tag (for custom tag names). */
export {CaseStat} from './components/case-stat/case-stat.js';
export {AllianceElement} from './base/alliance-element.js';
export {defineElement} from './define.js';
export {AllianceErrorEvent, type AllianceErrorReason} from './events.js';
export {setLocale, getLocale, resolveLocale, type Locale} from './localization/localization.js';
