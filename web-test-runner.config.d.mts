/** Types of what web-test-runner.config.mjs exports to the tests besides the configuration. */
import type {WidgetRegistry} from './src/widgets.js';

/** A hardened test page's HTML (/test/pages/hardened/<page>.html), its widgets those of `registry`. */
export function hardenedPageHtml(page: string, registry?: WidgetRegistry): string;
declare const config: Record<string, unknown>;
export default config;
