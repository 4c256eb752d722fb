/**
 * The page of a React test (test/react-18.test.ts, test/react-19.test.ts): the
 * data as written and a portal's own figures, loaded once; a fresh container
 * and React root for each test, unmounted after it; and `show`, which renders
 * a React element and waits until the widgets in it are defined and settled.
 */
import type {AllianceData} from '../../src/data/schema.js';
import type {PageDocument} from '../../src/data/page.js';
import {rawData, settled} from './raw-data.js';
import {waitUntil} from './helpers.js';
import {WIDGET_TAGS} from '../../src/widgets.js';

export type Widget = HTMLElement & {updateComplete: Promise<boolean>; data?: unknown};
type Root = {render(element: unknown): void; unmount(): void};
const WIDGETS = WIDGET_TAGS.join(', ');

export function reactPage(createRoot: (container: HTMLElement) => Root) {
  const page = {
    data: undefined as unknown as AllianceData,
    portal: undefined as unknown as PageDocument & {stats: {id: string; label: {'zh-Hans': string}}[]},
    container: undefined as unknown as HTMLElement,
    root: undefined as unknown as Root,
    /** Renders `element` and waits until the widgets matching `selector` are defined and have settled. */
    async show(element: unknown, selector = WIDGETS): Promise<Widget[]> {
      page.root.render(element);
      await waitUntil(() => {
        const first = page.container.querySelector(selector);
        return first !== null && customElements.get(first.localName) !== undefined;
      }, 'React rendered');
      const widgets = [...page.container.querySelectorAll<Widget>(selector)];
      for (const el of widgets) await settled(el);
      return widgets;
    },
  };
  before(async () => {
    page.data = await rawData();
    page.portal = await (await fetch('/test/data/portal-figures.json')).json();
  });
  beforeEach(() => {
    page.container = document.createElement('div');
    document.body.append(page.container);
    page.root = createRoot(page.container);
  });
  afterEach(() => {
    page.root.unmount();
    page.container.remove();
  });
  return page;
}
