import type {Meta, StoryObj} from '@storybook/web-components-vite';
// Imported by name, not for its side effect: package.json's sideEffects lists the library's files only, so the build would drop a bare import.
import {ThemeBuilder} from './theme-builder/theme-builder.js';

/**
 * 主题生成器 / Theme builder: make a theme for a portal. Start from one of the
 * three presets, choose every colour token of light, dark, care mode and care
 * mode on dark (a colour picker and a hex field each), see the four widgets
 * live in each look, read the contrast ratio of every pair with its verdict
 * for AA (text 4.5:1, non-text 3:1) and for care mode (7:1), and copy the CSS
 * in the form of themes/*.css. A pair below its requirement is named in a
 * warning and in the CSS's comment, and the copy button says so. The builder
 * speaks the toolbar's language; it is part of the catalogue, not of the
 * library, so it is not in custom-elements.json and this story names no
 * `component` (Storybook would look it up there and warn).
 */
const meta: Meta = {
  title: '主题生成器 / Theme builder',
  tags: ['!autodocs'],
  parameters: {layout: 'padded', docs: {codePanel: false}},
};
export default meta;

type Story = StoryObj;

/** Starting from 党建红 (party red), every pair passing. */
export const Builder: Story = {
  render: () => new ThemeBuilder(),
};

/**
 * The familiar 政务红 #EE1C25 as accent and accent text on white (4.35:1): the
 * table flags accent text on both surfaces and the number badge, suggests a
 * colour for each, and the export warns. The page shows failing colours on
 * purpose, so axe's contrast rule is off for this story alone (the builder's
 * own controls are checked in the story above and in test/theme-builder.test.ts).
 */
export const GovernmentRedAsText: Story = {
  name: '政务红作文字 / Government red as text',
  parameters: {a11y: {config: {rules: [{id: 'color-contrast', enabled: false}]}}},
  render: () => {
    const el = new ThemeBuilder();
    el.setColour('light', 'accent', '#ee1c25');
    el.setColour('light', 'accent-text', '#ee1c25');
    return el;
  },
};
