/** The demo of each widget written as static HTML by `npm run build` (dist/static/) and checked by the tests. */
import type {WidgetTag} from '../widgets.js';

export const STATIC_DEMOS: Record<WidgetTag, string> = {
  'alliance-model-card': '<alliance-model-card model="mentor-led"></alliance-model-card>',
  'alliance-scheme': '<alliance-scheme scheme-id="four-links-three-unchanged"></alliance-scheme>',
  'timeline-view': '<timeline-view></timeline-view>',
  'case-stat': '<case-stat stat="workshop-employment"></case-stat>',
  'case-stat-group': '<case-stat-group stats="alliance-cases, common-prosperity-workshops, village-income-floor-2024"></case-stat-group>',
  'case-study-card': '<case-study-card case="kuangyan-south"></case-study-card>',
};
