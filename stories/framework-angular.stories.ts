import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {ANGULAR_COMPONENT, codeBlock, liveDemo, say} from './frameworks.js';

/**
 * 框架 / Frameworks — Angular: the set-up README describes (CUSTOM_ELEMENTS_SCHEMA,
 * `[data]`, `(alliance-select)`), with the plain widgets it renders. Documented,
 * not run with Angular here.
 */
const meta: Meta = {
  title: '框架 / Frameworks/Angular',
  tags: ['!autodocs'],
  parameters: {layout: 'padded', docs: {codePanel: false}},
};
export default meta;

export const Angular: StoryObj = {
  name: 'Angular',
  render: () => {
    const root = document.createElement('div');
    const demo = document.createElement('div');
    demo.style.cssText = 'display:grid;gap:1rem';
    demo.innerHTML = '<case-stat stat="workshop-employment" theme="dark"></case-stat><alliance-model-card model="mentor-led" selectable></alliance-model-card><p role="status"></p>';
    const status = demo.querySelector('[role="status"]')!;
    demo.addEventListener('alliance-select', (event) => void (status.textContent = `alliance-select: ${event.kind} ${event.id}`));
    root.append(
      say(
        '在使用组件的 Angular 组件中加入 CUSTOM_ELEMENTS_SCHEMA；对象用属性绑定 [data]，事件写 (alliance-select)。这个 schema 关闭了这些标签上的模板检查：拼错的属性和事件都不报错，$event 只是 Event——需要检查时写带类型的包装指令。此页只有代码，下方是它渲染出的组件（不经 Angular 运行，未做 Angular 测试）。',
        'Add CUSTOM_ELEMENTS_SCHEMA to the Angular component that uses the widgets; bind objects as properties with [data] and events as (alliance-select). The schema switches template checking off on these tags: misspelt attributes and events pass and $event is a plain Event — write typed wrapper directives where that matters. This page shows the code and, below, the widgets it renders (not run through Angular; Angular is not tested).'
      ),
      codeBlock(ANGULAR_COMPONENT, 'alliance.component.ts'),
      liveDemo('组件 / Widgets', demo)
    );
    return root;
  },
};
