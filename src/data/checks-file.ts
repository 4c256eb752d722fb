/**
 * Entry of alliance-widgets.checks.js, the file beside the one-file bundle
 * with the checks of a portal's own data (vite.config.ts builds it): it hands
 * the bundle a function that makes them with the bundle's own classes
 * (checks-host.ts), in an event on `document` (src/beside-bundle.ts).
 */
import {BUNDLE_CHECKS} from '../bundle-files.js';
import {VERSION} from '../version.js';
import {install, type Host} from './checks-host.js';
import {checkPageData, parsePageData} from './page-check.js';
import {fetchPageData, pageDataSource, withBundledData} from './page-source.js';

const make = (host: Host) => {
  install(host);
  return {checkPageData, parsePageData, fetchPageData, pageDataSource, withBundledData};
};
document.dispatchEvent(new CustomEvent(BUNDLE_CHECKS.event, {detail: {version: VERSION, make}}));
