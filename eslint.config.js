import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {configs as litConfigs} from 'eslint-plugin-lit';
import {configs as wcConfigs} from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'storybook-static/', '.scratch/', '.bench/', 'src/generated/', 'src/data/generated/', 'workbench/generated/', 'stories/theme-builder/generated/', 'custom-elements.json', 'node_modules/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  wcConfigs['flat/recommended'],
  litConfigs['flat/recommended'],
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['scripts/**', 'bin/**', 'test/support/*.mjs', '*.config.*', '.storybook/**', 'custom-elements-manifest.config.mjs', 'bench/chromedriver/**'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['bench/chromedriver/**'],
    languageOptions: {sourceType: 'commonjs'},
  },
  {
    files: ['test/**'],
    languageOptions: {globals: {...globals.mocha}},
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  }
);
