import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';
import {INITIAL_GLOBALS, applyPageLang} from '../stories/embed.js';

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
      return story();
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
