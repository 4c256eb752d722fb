/**
 * The data's vocabulary that code and schema share, with no dependency of
 * its own: record ids and the kinds of timeline events. Both the schema
 * (schema.ts) and the record types (types.ts) read it, so neither imports
 * the other for it.
 */

/** A record id: a stable kebab-case slug, the public API of the data (and what may name a data module, focus.ts). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an event of the timeline is (the schema's picklist, and `kinds` on <timeline-view>). */
export const EVENT_KINDS = ['conference', 'launch', 'policy', 'target', 'milestone', 'award', 'campaign'] as const;
