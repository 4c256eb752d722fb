import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets (sets <html lang>)',
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
  },
  initialGlobals: {locale: 'zh-Hans'},
  decorators: [
    (story, context) => {
      // The widgets follow <html lang>, exactly as on a host page.
      document.documentElement.lang = context.globals['locale'] ?? 'zh-Hans';
      return story();
    },
  ],
  parameters: {
    a11y: {test: 'error'},
    controls: {expanded: true},
  },
  tags: ['autodocs'],
};
export default preview;
