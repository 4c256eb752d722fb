/**
 * The one list of the widgets: their tags, each the name of its folder under
 * src/components/ and of its ES entry (`alliance-widgets/<tag>.js`). The
 * build, the size report, the catalogue and the tests all read it.
 */
export const WIDGET_TAGS = ['alliance-model-card', 'alliance-scheme', 'case-stat', 'case-stat-group', 'case-study-card', 'timeline-view'] as const;

export type WidgetTag = (typeof WIDGET_TAGS)[number];
