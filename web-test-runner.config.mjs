import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {chromeLauncher, puppeteerCore} from '@web/test-runner-chrome';
import {defaultReporter} from '@web/test-runner';
import {summaryReporter} from './test/support/summary-reporter.mjs';

/** Debian's browsers (installed by scripts/ensure-browsers.mjs); no browser is downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const only = process.env.BROWSERS?.split(',');
const browsers = [
  ['chromium', () => playwrightLauncher({product: 'chromium', launchOptions: {executablePath: CHROMIUM, headless: true, args: chromiumArgs}})],
  ['firefox', () => chromeLauncher({puppeteer: puppeteerCore, launchOptions: {browser: 'firefox', executablePath: FIREFOX, headless: true}})],
]
  .filter(([name]) => !only || only.includes(name))
  .map(([, launch]) => launch());

export default {
  rootDir: '.',
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  // One page at a time per browser: keyboard tests need the page to have focus.
  concurrency: 1,
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 180000,
  plugins: [esbuildPlugin({ts: true, tsconfig: './tsconfig.json'})],
  reporters: [defaultReporter(), summaryReporter()],
};
