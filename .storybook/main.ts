import type {StorybookConfig} from '@storybook/web-components-vite';

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
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
    };
    return config;
  },
};
export default config;
