import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, waitFor} from 'storybook/test';
import {createApp, ref} from 'vue/dist/vue.esm-browser.js';
import {VUE_CONFIG, VUE_SFC, VUE_TEMPLATE, codeBlock, isWidgetTag, liveDemo, say} from './frameworks.js';
import type {AllianceErrorEvent, AllianceSelectEvent} from '../src/events.js';

/**
 * 框架 / Frameworks — Vue: the widgets in a Vue 3 app, set up as README says
 * (isCustomElement, `@alliance-select`, `@alliance-error`). The app below runs
 * the template shown, compiled by Vue in the page.
 */
const meta: Meta = {
  title: '框架 / Frameworks/Vue',
  tags: ['!autodocs'],
  parameters: {layout: 'padded', docs: {codePanel: false}},
};
export default meta;

export const Vue: StoryObj = {
  name: 'Vue 3',
  render: () => {
    const root = document.createElement('div');
    const mountPoint = document.createElement('div');
    const chosen = ref('');
    const app = createApp({
      setup: () => ({
        chosen,
        onSelect: (event: AllianceSelectEvent) => void (chosen.value = `alliance-select: ${event.kind} ${event.id}`),
        onError: (event: AllianceErrorEvent) => void (chosen.value = `alliance-error: ${event.reason} ${event.id}`),
      }),
      template: VUE_TEMPLATE,
    });
    app.config.compilerOptions.isCustomElement = isWidgetTag;
    app.mount(mountPoint);
    root.append(
      say(
        '在 Vite 配置中把组件标签声明为自定义元素，模板中照常写属性，用 @alliance-select、@alliance-error 接收事件；门户自己的数据用 :data.prop 交给组件。下方是运行这段模板的 Vue 应用：点选一个案例。',
        'Declare the tags as custom elements in the Vite config, write attributes as usual, and listen with @alliance-select and @alliance-error; hand the page’s own data over with :data.prop. Below, a Vue app runs this template: choose a case.'
      ),
      codeBlock(VUE_CONFIG, 'vite.config.js'),
      codeBlock(VUE_SFC, 'Alliance.vue'),
      liveDemo('Vue 3 应用 / Vue 3 app', mountPoint)
    );
    return root;
  },
  play: async ({canvasElement}) => {
    const status = canvasElement.querySelector('[role="status"]')!;
    // The unknown id reports itself through @alliance-error first.
    await waitFor(() => expect(status.textContent).toBe('alliance-error: not-found no-such-figure'));
    const card = canvasElement.querySelector('alliance-model-card')!;
    const button = await waitFor(() => {
      const found = card.shadowRoot?.querySelector<HTMLButtonElement>('button[part~="case"]');
      if (!found) throw new Error('no case button yet');
      return found;
    });
    button.click();
    await waitFor(() => expect(status.textContent).toMatch(/^alliance-select: case [a-z0-9-]+$/));
  },
};
