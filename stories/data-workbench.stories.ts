import type {Meta, StoryObj} from '@storybook/web-components-vite';
// Imported by name, not for its side effect: package.json's sideEffects lists the library's files only, so the build would drop a bare import.
import {DataWorkbench, EXAMPLE_CSV} from '../workbench/index.js';
import {careSection, darkPage, toDom, type Globals} from './embed.js';

/**
 * 数据工作台 / Data workbench: bring a portal's own data to the widgets. Paste
 * or drop JSON in the publishing schema (`alliance-widgets/page-data.schema.json`),
 * or a table of figures saved from WPS or Excel (the column guide is on the
 * page); every problem is listed with its place, every widget shows the data
 * in the language chosen, and the embed code (data inline or by `src`) and the
 * JSON file are ready to take away. The workbench follows the toolbar's
 * language, theme and care mode. The same workbench is a page of its own,
 * dist/workbench/index.html, which works opened from disk (see the README).
 *
 * The workbench is a tool beside the library, not one of its widgets, so it is
 * not in custom-elements.json: this story names no `component` (Storybook
 * would look it up there) and declares its one control itself.
 */
const meta: Meta<Args> = {
  title: '数据工作台 / Data workbench',
  tags: ['!autodocs'],
  parameters: {layout: 'padded', docs: {codePanel: false}},
  argTypes: {
    text: {
      name: 'text',
      description: 'What the workbench reads at start, as if pasted: JSON in the publishing schema, or a CSV table of figures. Empty: nothing pasted yet.',
      control: 'text',
      table: {type: {summary: 'string'}, defaultValue: {summary: "''"}},
    },
  },
  args: {text: ''},
  render: (args, context) => workbench(args, context.globals),
};
export default meta;

interface Args {
  text: string;
}

type Story = StoryObj<Args>;

/**
 * The workbench in the toolbar's theme and care mode: `theme` on the
 * workbench (its preview widgets inherit it), on a dark page when dark, and
 * inside `<div care>` when care mode is on. The language is `<html lang>`,
 * which the catalogue sets from the toolbar.
 */
function workbench({text}: Args, globals: Globals): Node {
  const el = new DataWorkbench();
  const theme = globals.theme;
  if (theme === 'light' || theme === 'dark' || theme === 'system') el.setAttribute('theme', theme);
  if (text) el.read(text);
  let out: Node = el;
  if (theme === 'dark') {
    const page = toDom([darkPage()]).firstChild as HTMLElement;
    page.append(out);
    out = page;
  }
  if (globals.care === 'on') {
    const section = toDom([careSection()]).firstChild as HTMLElement;
    section.append(out);
    out = section;
  }
  return out;
}

/** Empty, as a data editor finds it. */
export const Workbench: Story = {};

/** With the example table filled in: two cases, three figures from one source. */
export const WithExampleTable: Story = {args: {text: EXAMPLE_CSV}};
