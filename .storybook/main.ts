import type {StorybookConfig} from '@storybook/web-components-vite';
import {execFileSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';

/**
 * `virtual:static-html`: the static HTML of every widget's demo in each locale,
 * made by the real renderer (scripts/static-demos.ts) when the catalogue starts,
 * for the "静态 HTML / Static HTML" page.
 */
function staticHtml() {
  const id = 'virtual:static-html';
  return {
    name: 'alliance-static-html',
    resolveId: (source: string) => (source === id ? `\0${id}` : undefined),
    load(resolved: string) {
      if (resolved !== `\0${id}`) return undefined;
      const root = fileURLToPath(new URL('../', import.meta.url));
      const json = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/static-demos.ts'], {cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
      return `export default ${json};`;
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {name: '@storybook/web-components-vite', options: {}},
  core: {disableTelemetry: true, disableWhatsNewNotifications: true},
  // The catalogue is for webmasters and designers: no Storybook onboarding checklist.
  features: {sidebarOnboardingChecklist: false},
  async viteFinal(config) {
    // One copy of Lit in dev, or Lit warns "Multiple versions of Lit loaded".
    config.optimizeDeps = {
      ...config.optimizeDeps,
      // Vue's browser build for the Vue page, found before the first story loads (no reload mid-run).
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js', 'vue/dist/vue.esm-browser.js'],
    };
    config.plugins = [...(config.plugins ?? []), staticHtml()];
    return config;
  },
};
export default config;
