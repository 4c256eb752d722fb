import {defineConfig} from 'vitest/config';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {playwright} from '@vitest/browser-playwright';

/**
 * Story tests: every story renders in Debian's Chromium (headless) and passes
 * the a11y addon's axe checks (`parameters.a11y.test = 'error'`). Run with
 * `npm run test:stories`; `npm test` runs them before the unit tests.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({configDir: '.storybook'})],
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
              },
            }),
            instances: [{browser: 'chromium'}],
          },
        },
      },
    ],
  },
});
