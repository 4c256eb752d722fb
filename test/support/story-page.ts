/**
 * What the story tests (test/story-snippets.test.ts, test/docs-pages.test.ts)
 * share: each widget's stories module and the built catalogue's index, the
 * widgets of a page, waiting until they have settled, and a page's light DOM
 * as its author wrote it, to compare a story with its snippet.
 */
import {expect} from '@open-wc/testing';
import {WIDGET_TAGS} from '../../stories/embed.js';
import {text, waitUntil} from './helpers.js';

/** Each widget's stories module (stories/<tag>.stories.ts), by tag. */
export async function storyModules(): Promise<Record<string, Record<string, unknown>>> {
  return Object.fromEntries(
    await Promise.all(WIDGET_TAGS.map(async (tag) => [tag, (await import(`../../stories/${tag}.stories.ts`)) as Record<string, unknown>] as const))
  );
}

/** Storybook's own index of the built catalogue (storybook-static/, which npm test builds before the browser tests). */
export async function catalogueIndex(): Promise<{entries: Record<string, {id: string; type: string; title: string; name: string}>}> {
  const response = await fetch('/storybook-static/index.json');
  expect(response.ok, 'storybook-static/ is missing: `node scripts/build-catalogue.mjs` builds it (npm test does)').to.equal(true);
  return response.json();
}

export const widgetsIn = (root: ParentNode) => [...root.querySelectorAll(WIDGET_TAGS.join(','))];

/** Whether a widget has rendered its data or its notice (not its loading state). */
export const ready = (el: Element) => !!el.shadowRoot?.querySelector('[part~="base"]') && !el.shadowRoot.querySelector('[data-state="loading"]');

/** Waits until `root` has `count` widgets or more, every one rendered, and their text has stopped changing (count-up). */
export async function settled(root: () => ParentNode | null | undefined, what: string, {count = 1, timeout = 8000} = {}) {
  await waitUntil(
    () => {
      const r = root();
      return !!r && widgetsIn(r).length >= count && widgetsIn(r).every(ready);
    },
    `${what}: widgets did not render`,
    {timeout}
  );
  let last = '';
  await waitUntil(
    () => {
      const now = widgetsIn(root()!).map(text).join('\n');
      const same = now === last;
      last = now;
      return same;
    },
    `${what}: text kept changing`,
    {interval: 250, timeout: 8000}
  );
}

/** Light DOM as a page author wrote it: elements, attributes (in name order) and text, without white space, comments, scripts or the widgets' text pieces. */
export function lightDom(node: Node): unknown[] {
  const out: unknown[] = [];
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      const t = child.textContent!.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
    } else if (child.nodeType === Node.ELEMENT_NODE && !['script', 'aw-t'].includes((child as Element).localName)) {
      const el = child as Element;
      out.push([el.localName, [...el.attributes].map((a) => `${a.name}=${a.value}`).sort(), lightDom(el)]);
    }
  }
  return out;
}
