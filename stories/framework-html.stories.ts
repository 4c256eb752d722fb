import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {PLAIN_HTML, codeBlock, liveDemo, say} from './frameworks.js';

/** 框架 / Frameworks — plain HTML: the tags, the one script, and a listener for alliance-select. */
const meta: Meta = {
  title: '框架 / Frameworks/纯 HTML · Plain HTML',
  tags: ['!autodocs'],
  parameters: {layout: 'padded', docs: {codePanel: false}},
};
export default meta;

export const PlainHtml: StoryObj = {
  name: '纯 HTML / Plain HTML',
  render: () => {
    const root = document.createElement('div');
    const demo = document.createElement('div');
    demo.style.cssText = 'display:grid;gap:1rem';
    demo.innerHTML = '<case-stat stat="workshop-employment" theme="dark"></case-stat><alliance-model-card model="mentor-led" selectable></alliance-model-card><p id="chosen" role="status"></p>';
    const status = demo.querySelector('[role="status"]')!;
    demo.addEventListener('alliance-select', (event) => void (status.textContent = `alliance-select: ${event.kind} ${event.id}`));
    root.append(
      say(
        '不用框架：写标签，页面末尾加载一次脚本，需要时在 document 上监听 alliance-select。下方是这段代码渲染出的组件：点选一个案例。',
        'No framework: write the tags, load the script once at the end of the page, and listen for alliance-select on the document if you need it. Below, the widgets this code renders: choose a case.'
      ),
      codeBlock(PLAIN_HTML, 'page.html'),
      liveDemo('组件 / Widgets', demo)
    );
    return root;
  },
};
