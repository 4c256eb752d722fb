import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';
import {DARK_PAGE_STYLE, INITIAL_GLOBALS, applyPageLang, pageLang} from '../stories/embed.js';

/**
 * A story on a dark page (its markup has the dark page section: the Dark
 * stories, or any story with the toolbar's dark theme) is shown on a dark
 * canvas, not as a dark block on white: the canvas (story view) or the story's
 * frame on a docs page takes the dark page's background, with the selectors
 * Storybook's backgrounds use.
 */
function paintAround(id: string, viewMode: string | undefined, dark: boolean) {
  const styleId = viewMode === 'docs' ? `alliance-dark-page-${id}` : 'alliance-dark-page';
  const selector = viewMode === 'docs' ? `#anchor--${id} .docs-story, #anchor--primary--${id} .docs-story` : '.sb-show-main';
  document.getElementById(styleId)?.remove();
  if (!dark) return;
  const style = document.createElement('style');
  style.id = styleId;
  style.textContent = `${selector} { background: ${/background:([^;]+)/.exec(DARK_PAGE_STYLE)![1]} !important; }`;
  document.head.append(style);
}

setCustomElementsManifest(manifest);

/**
 * The toolbar's language, theme and care mode are applied to each story's
 * markup before it renders and before its code is printed (see
 * stories/embed.ts), so "Show code" always reproduces the story. Only the
 * page's language is set here, on `<html lang>`, as a host page sets it.
 */
const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the page (<html lang>), which the widgets follow',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          {value: 'zh-Hans', title: '简体中文'},
          {value: 'en', title: 'English'},
          {value: 'zh-Hant', title: '繁體中文'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour theme: a theme attribute on every widget that has none of its own (dark also puts the story on a dark page)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          {value: 'page', title: 'Follow the page'},
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
          {value: 'system', title: 'Follow the reader’s system'},
        ],
        dynamicTitle: true,
      },
    },
    care: {
      description: 'Care mode (适老化): the story inside <div care>',
      toolbar: {
        title: 'Care mode',
        icon: 'eye',
        items: [
          {value: 'off', title: 'Care mode off'},
          {value: 'on', title: 'Care mode on (适老化)'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {...INITIAL_GLOBALS},
  decorators: [
    (story, context) => {
      applyPageLang(context.globals);
      // A docs page renders each story in a wrapper of its own with lang="en" (Storybook's docs container): the
      // wrapper takes the toolbar's language too, so the widgets read in the language "Show code" names.
      if (context.canvasElement) context.canvasElement.lang = pageLang(context.globals);
      const out = story();
      paintAround(context.id, context.viewMode, out instanceof DocumentFragment && !!out.querySelector(`[style="${DARK_PAGE_STYLE}"]`));
      return out;
    },
  ],
  parameters: {
    a11y: {test: 'error'},
    controls: {expanded: true},
    docs: {codePanel: true, source: {language: 'html'}},
  },
  tags: ['autodocs'],
};
export default preview;
