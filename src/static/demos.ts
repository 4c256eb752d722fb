/** The demo of each widget (from the registry, src/widgets.ts) written as static HTML by `npm run build` (dist/static/) and checked by the tests. */
import {demosOf, type WidgetTag} from '../widgets.js';

export const STATIC_DEMOS = demosOf() as Record<WidgetTag, string>;
