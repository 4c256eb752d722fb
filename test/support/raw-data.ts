/** The hand-written dataset and article texts, read by the tests as the build step reads them. */
import type {AllianceData} from '../../src/data/schema.js';
import type {Seeds} from '../../src/data/check.js';

const FILES = ['sources', 'models', 'timeline', 'cases', 'stats', 'schemes'];

async function getJson(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

/** data/*.json merged into one AllianceData document (a fresh copy each call, safe to mutate). */
export async function rawData(): Promise<AllianceData> {
  const parts = await Promise.all(FILES.map((f) => getJson(`/data/${f}.json`)));
  const merged = Object.assign({}, ...parts) as Record<string, unknown>;
  delete merged['$schema'];
  return structuredClone(merged) as unknown as AllianceData;
}

export async function seeds(data: AllianceData): Promise<Seeds> {
  const files = [...new Set(data.sources.map((s) => s.seed))];
  const texts = await Promise.all(files.map(async (f) => (await fetch(`/data/seeds/${f}`)).text()));
  return Object.fromEntries(files.map((f, i) => [f, texts[i]!]));
}

/** Waits until a widget has left its loading state. */
export async function settled(el: HTMLElement & {updateComplete: Promise<boolean>}): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    if (!el.shadowRoot?.querySelector('[data-state="loading"]')) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${el.localName} is still loading`);
}
