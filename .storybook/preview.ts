import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import {html} from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';

setCustomElementsManifest(manifest);

const WIDGETS = 'alliance-model-card, case-stat, case-study-card, timeline-view';

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
    theme: {
      description: 'Colour theme of the widgets (the theme attribute)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          {value: 'auto', title: 'Follow system'},
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
        ],
        dynamicTitle: true,
      },
    },
    care: {
      description: 'Care mode (适老化): a care attribute on an ancestor',
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
  initialGlobals: {locale: 'zh-Hans', theme: 'auto', care: 'off'},
  decorators: [
    (story, context) => {
      // The widgets follow <html lang>, exactly as on a host page.
      document.documentElement.lang = context.globals['locale'] ?? 'zh-Hans';
      const theme = context.globals['theme'];
      // Applied after the story renders: theme is a per-widget attribute.
      queueMicrotask(() => {
        for (const el of document.querySelectorAll(WIDGETS)) {
          if (theme === 'light' || theme === 'dark') el.setAttribute('theme', theme);
          else el.removeAttribute('theme');
        }
      });
      const dark = theme === 'dark';
      return html`<div
        ?care=${context.globals['care'] === 'on'}
        style=${dark ? 'background:#0d0f12;color:#e6e8eb;padding:1rem;border-radius:0.5rem' : 'padding:1rem'}
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    a11y: {test: 'error'},
    controls: {expanded: true},
    docs: {codePanel: true},
  },
  tags: ['autodocs'],
};
export default preview;
