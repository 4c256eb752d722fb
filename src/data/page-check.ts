/**
 * The checks of a portal's document: every problem names its place
 * (`stats[3].value`) and its code. Pure: no DOM, no I/O.
 */
import * as v from 'valibot';
import {DATE_MESSAGE, ID_MESSAGE} from './schema.js';
import {HTTP_MESSAGE, PAGE_DATA_VERSION, PageData, type PageDocument} from './page-schema.js';
import {PageDataProblem, type PageDataProblemCode} from './problem.js';
import {MAX_DOCUMENT, snapshot, tooLarge} from './snapshot.js';
import type {Dataset} from './dataset.js';
import {COLLECTIONS, type Collection} from './types.js';

/** `stats[3].value` from a valibot issue's path. */
function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as {key: unknown}).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}


/** The code of a schema issue: which rule of the publishing schema the value breaks. */
function issueCode(issue: v.BaseIssue<unknown>): PageDataProblemCode {
  switch (issue.type) {
    case 'strict_object':
      return issue.expected === 'never' ? 'unknown-field' : 'missing';
    case 'picklist':
    case 'literal':
      return 'not-one-of';
    case 'regex':
      return issue.message === ID_MESSAGE ? 'bad-id' : issue.message === DATE_MESSAGE ? 'bad-date' : issue.message === HTTP_MESSAGE ? 'unsafe-url' : 'bad-text';
    case 'url':
      return 'bad-url';
    case 'max_length':
      return Array.isArray(issue.input) ? 'too-many' : 'too-long';
    case 'min_length':
      return 'too-few';
    case 'integer':
      return 'not-integer';
    case 'min_value':
      return 'too-small';
    default:
      return issue.received === 'undefined' ? 'missing' : 'wrong-type';
  }
}

/** A schema issue as a problem with its path. */
function issueProblem(issue: v.BaseIssue<unknown>): PageDataProblem {
  const path = pathOf(issue);
  const code = issueCode(issue);
  const expected = code === 'not-one-of' || code === 'wrong-type' ? (issue.expected ?? undefined) : code === 'too-long' || code === 'too-many' ? String(issue.requirement) : undefined;
  return new PageDataProblem('invalid-data', path, `${path || '(document)'}: ${issue.message}`, code, expected);
}

/** Cross-record rules: unique ids in each collection, and every reference to a record of the document. */
export function referenceProblems(doc: PageDocument, known?: Dataset): PageDataProblem[] {
  const problems: PageDataProblem[] = [];
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>(known?.all(c).map((r) => r.id))])) as Record<Collection, Set<string>>;
  for (const c of COLLECTIONS) {
    (doc[c] ?? []).forEach((record, i) => {
      const id = record['id'] as string;
      if (known?.get(c, id)) problems.push(new PageDataProblem('duplicate-id', `${c}[${i}].id`, `${c}[${i}].id: "${id}" is already a record of the bundled data`));
      else if (ids[c].has(id)) problems.push(new PageDataProblem('duplicate-id', `${c}[${i}].id`, `${c}[${i}].id: "${id}" is used twice`));
      ids[c].add(id);
    });
  }
  const refs: [Collection, string, Collection][] = [
    ['stats', 'source', 'sources'],
    ['stats', 'case', 'cases'],
    ['cases', 'models', 'models'],
    ['cases', 'partOf', 'cases'],
    ['cases', 'sources', 'sources'],
    ['models', 'related', 'models'],
    ['models', 'sources', 'sources'],
    ['eras', 'source', 'sources'],
    ['events', 'source', 'sources'],
    ['events', 'case', 'cases'],
    ['series', 'members', 'stats'],
    ['schemes', 'source', 'sources'],
  ];
  for (const [from, field, to] of refs) {
    (doc[from] ?? []).forEach((record, i) => {
      const value = record[field];
      const targets = Array.isArray(value) ? (value as string[]).map((id, j) => [id, `${from}[${i}].${field}[${j}]`] as const) : value === undefined ? [] : [[value as string, `${from}[${i}].${field}`] as const];
      for (const [id, path] of targets) {
        if (!ids[to].has(id)) problems.push(new PageDataProblem('missing-reference', path, `${path}: no ${to.replace(/s$/, '')} has the id "${id}" in this document`));
      }
    });
  }
  // A scheme's mentions name sources, and each link names its own collection.
  (doc.schemes ?? []).forEach((record, i) => {
    const nested = [
      ...((record['mentions'] as {source: string}[] | undefined) ?? []).map((m, j) => [m.source, 'sources', `schemes[${i}].mentions[${j}].source`] as const),
      ...((record['links'] as {to: Collection; id: string}[] | undefined) ?? []).map((l, j) => [l.id, l.to, `schemes[${i}].links[${j}].id`] as const),
    ];
    for (const [id, to, path] of nested) {
      if (!ids[to].has(id)) problems.push(new PageDataProblem('missing-reference', path, `${path}: no ${to.replace(/s$/, '')} has the id "${id}" in this document`));
    }
  });
  return problems;
}

/** The problem with a document's `schemaVersion`, if it has one. */
function versionProblem(value: unknown): PageDataProblem | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return new PageDataProblem('invalid-data', '', 'the data must be a JSON object with "schemaVersion" and collections such as "stats" and "cases"', 'wrong-type', 'Object');
  }
  const version = (value as {schemaVersion?: unknown}).schemaVersion;
  if (version === PAGE_DATA_VERSION) return undefined;
  return new PageDataProblem(
    'unsupported-version',
    'schemaVersion',
    version === undefined
      ? `schemaVersion: missing; this version of the widgets reads schemaVersion ${PAGE_DATA_VERSION}`
      : typeof version === 'number' && version > PAGE_DATA_VERSION
        ? `schemaVersion: ${version} is newer than this version of the widgets reads (${PAGE_DATA_VERSION}); update the widgets`
        : `schemaVersion: ${JSON.stringify(version)} is not a version of the publishing schema (this version of the widgets reads ${PAGE_DATA_VERSION})`,
    version === undefined ? 'missing' : 'unsupported-version',
    String(PAGE_DATA_VERSION)
  );
}

/** How a document is checked: `references: false` leaves ids and references to be checked against the bundled data too (`withBundledData`). */
export interface PageDataCheck {
  references?: boolean;
}

/**
 * The problems of a parsed document, in document order, and the checked
 * document when there are none: a wrong version alone (nothing else can be
 * read against a schema it was not written for), else the schema issues
 * (only the first unless `all`), and when the records are well formed, the
 * duplicate ids and missing references.
 */
function examine(input: unknown, all: boolean, {references = true}: PageDataCheck = {}): {doc?: PageDocument; problems: PageDataProblem[]} {
  let value: unknown;
  try {
    // A plain copy, read once: what is checked is what the widgets show.
    value = snapshot(input);
  } catch (error) {
    return {problems: [error as PageDataProblem]};
  }
  const version = versionProblem(value);
  if (version) return {problems: [version]};
  const result = v.safeParse(PageData, value, all ? undefined : {abortEarly: true});
  if (!result.success) return {problems: result.issues.map(issueProblem)};
  const doc = result.output as PageDocument;
  return {doc, problems: references ? referenceProblems(doc) : []};
}

/** Every problem of a parsed document, in document order; empty when the document can be used. */
export const pageDataProblems = (value: unknown): PageDataProblem[] => examine(value, true).problems;

/** Checks a parsed document; returns it, or throws the first problem with its path. */
export function checkPageData(value: unknown, check: PageDataCheck = {}): PageDocument {
  const {doc, problems} = examine(value, false, check);
  if (problems[0]) throw problems[0];
  return doc!;
}

/** Parses JSON text; a syntax error becomes an `invalid-json` problem. */
export function parsePageData(text: string, check: PageDataCheck = {}): PageDocument {
  if (text.length > MAX_DOCUMENT) throw tooLarge(`${text.length} characters`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new PageDataProblem('invalid-json', undefined, `the data is not valid JSON: ${(error as Error).message}`);
  }
  return checkPageData(value, check);
}
