/**
 * alliance-widgets/react: React components for the widgets, made with
 * `@lit/react`, for React 17 and 18 (which set no properties and hear no
 * custom events on custom elements) and for server-rendered React 19 pages.
 *
 * - Properties (`statId`, `caseId`, `data` …) are set on the element as
 *   properties, objects included; events are `onAllianceSelect` and
 *   `onAllianceError`, with the widgets' own event classes.
 * - Each wrapper registers its tag (unless the page has it already) in a
 *   layout effect, after React has created or hydrated the element: a widget
 *   writes its text into its light DOM when it upgrades, and text written
 *   before hydration would not match the server's HTML. Listeners are added
 *   in a layout effect too, so a server-rendered widget is heard on its first
 *   click after hydration.
 * - On the server (Node), string, number and `true` properties are rendered
 *   as the element's attributes; objects (`data`) and listeners wait for the
 *   client. The widgets' text is not server-rendered: it appears when they
 *   upgrade in the browser.
 */
export * from '../generated/widgets/react.js';
export type {AllianceErrorEvent, AllianceSelectEvent, AllianceErrorReason, AllianceSelectKind} from '../events.js';
