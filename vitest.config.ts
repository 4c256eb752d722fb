import {defineConfig} from 'vitest/config';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {playwright} from '@vitest/browser-playwright';

/** Console lines the stories cause by design: Lit's development-build banner and the widgets' own problem reports. */
const EXPECTED_CONSOLE = [/^Lit is in dev mode/, /^alliance-widgets: <[a-z-]+> /];

/**
 * Story tests: every story renders in Debian's Chromium (headless) and passes
 * the a11y addon's axe checks (`parameters.a11y.test = 'error'`). Run with
 * `npm run test:stories`; `npm test` runs them before the unit tests.
 */
export default defineConfig({
  test: {
    // The notices the stories provoke on purpose (a bad id, the development build's banner) would print a widget's
    // whole shadow root each; the stories' checks assert the states themselves.
    onConsoleLog: (log) => !EXPECTED_CONSOLE.some((re) => re.test(log)),
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
