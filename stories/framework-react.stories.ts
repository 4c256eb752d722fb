import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {expect, waitFor} from 'storybook/test';
import {createElement as h, useState, type ReactElement} from 'react';
import {createRoot} from 'react-dom/client';
import type {AllianceSelectEvent} from '../src/events.js';
import cases from '../data/cases.json';

/**
 * React: a live React 19 app with the widgets, and its code. React 19 sets
 * properties and hears custom events on the elements themselves; React 17 and
 * 18 use the wrappers of `alliance-widgets/react` (README, "React").
 */
const meta: Meta = {
  title: '框架 / Frameworks/React',
  tags: ['!autodocs'],
  parameters: {layout: 'padded', docs: {codePanel: false}},
};
export default meta;

type Story = StoryObj;

/** The app below, as its source reads in JSX. */
const CODE = `import {useState} from 'react';
import 'alliance-widgets';

export function App() {
  const [caseId, setCaseId] = useState('kuangyan-south');
  return (
    <>
      <case-stat stat="workshop-employment"></case-stat>
      <alliance-model-card
        model="mentor-led"
        selectable
        onalliance-select={(event) => {
          event.preventDefault();
          setCaseId(event.id);
        }}
      ></alliance-model-card>
      <case-study-card case={caseId}></case-study-card>
    </>
  );
}`;

function App(): ReactElement {
  const [caseId, setCaseId] = useState('kuangyan-south');
  return h(
    'div',
    {style: {display: 'grid', gap: '1rem'}},
    h('case-stat', {stat: 'workshop-employment'}),
    h('alliance-model-card', {
      model: 'mentor-led',
      selectable: true,
      'onalliance-select': (event: AllianceSelectEvent) => {
        event.preventDefault();
        setCaseId(event.id);
      },
    }),
    h('case-study-card', {case: caseId})
  );
}

/**
 * 在 React 19 中直接使用组件：`onalliance-select` 接收事件，点模式卡上的案例即在下方显示该案例。
 * The widgets in React 19 as elements: choosing a case on the model card shows it below.
 */
export const React19: Story = {
  name: 'React 19',
  render: () => {
    const section = document.createElement('section');
    section.innerHTML = `<h2>React 19</h2>
<p lang="zh-CN">在 React 19 中直接使用组件：属性照常写，对象（如 <code>data</code>）作为属性传入，事件写作 <code>onalliance-select</code>、<code>onalliance-error</code>。点模式卡上的案例，下方显示该案例。React 17、18 和服务端渲染请用 <code>alliance-widgets/react</code>（见 README）。</p>
<p lang="en">The widgets in React 19 as elements: attributes as usual, objects (such as <code>data</code>) passed as properties, events as <code>onalliance-select</code> and <code>onalliance-error</code>. Choose a case on the model card to show it below. For React 17 and 18 and for server rendering, use <code>alliance-widgets/react</code> (see the README).</p>`;
    const app = document.createElement('div');
    app.dataset['testid'] = 'react-app';
    const code = document.createElement('pre');
    code.append(Object.assign(document.createElement('code'), {textContent: CODE}));
    section.append(app, code);
    createRoot(app).render(h(App));
    return section;
  },
  play: async ({canvasElement}) => {
    const app = canvasElement.querySelector<HTMLElement>('[data-testid="react-app"]')!;
    const card = await waitFor(() => {
      const el = app.querySelector('alliance-model-card');
      const button = el?.shadowRoot?.querySelector<HTMLElement>('[part~="case"]');
      if (!button) throw new Error('the model card has not rendered its cases');
      return button;
    });
    // The card lists the cases of its model, from the data; choosing the first shows it below instead of the first case shown.
    const chosen = (cases.cases as {id: string; models: string[]}[]).find((c) => c.models.includes('mentor-led'))!.id;
    expect(chosen).not.toBe('kuangyan-south');
    card.click();
    await waitFor(() => expect(app.querySelector('case-study-card')!.getAttribute('case')).toBe(chosen));
  },
};
