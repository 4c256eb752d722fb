import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import './workbench/data-workbench.js';
import {EXAMPLE_CSV} from './workbench/data-workbench.js';

/**
 * 数据工作台 / Data workbench: bring a portal's own data to the widgets. Paste
 * or drop JSON in the publishing schema (`alliance-widgets/page-data.schema.json`),
 * or a table of figures saved from WPS or Excel (the column guide is on the
 * page); every problem is listed with its place, every widget shows the data
 * in the language chosen, and the embed code (data inline or by `src`) and the
 * JSON file are ready to take away. The workbench speaks the toolbar's language.
 */
const meta: Meta = {
  title: '数据工作台 / Data workbench',
  component: 'data-workbench',
  tags: ['!autodocs'],
  parameters: {layout: 'padded', docs: {codePanel: false}},
};
export default meta;

type Story = StoryObj;

/** Empty, as a webmaster finds it. */
export const Workbench: Story = {
  render: () => html`<data-workbench></data-workbench>`,
};

/** With the example table filled in: two cases, three figures from one source. */
export const WithExampleTable: Story = {
  render: () => {
    const el = document.createElement('data-workbench');
    el.read(EXAMPLE_CSV);
    return el;
  },
};
