/**
 * The catalogue's framework pages (Vue, Angular, plain HTML): the code each
 * page shows, the same as README's, and the page around it. The Vue page runs
 * VUE_TEMPLATE itself in a live Vue app.
 */
import {WIDGET_TAGS} from '../src/widgets.js';

/** The README's Vue set-up: every tag of ours is a custom element, not a Vue component. */
export const isWidgetTag = (tag: string) => (WIDGET_TAGS as readonly string[]).includes(tag);

export const VUE_CONFIG = `import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';

const WIDGETS = [${WIDGET_TAGS.map((t) => `'${t}'`).join(', ')}];

export default defineConfig({
  plugins: [vue({template: {compilerOptions: {isCustomElement: (tag) => WIDGETS.includes(tag)}}})],
});`;

/** The template of the live Vue app on the Vue page. */
export const VUE_TEMPLATE = `<case-stat stat="workshop-employment" theme="dark" care></case-stat>
<alliance-model-card model="mentor-led" selectable @alliance-select="onSelect"></alliance-model-card>
<case-stat stat="no-such-figure" @alliance-error="onError"></case-stat>
<p role="status">{{ chosen }}</p>`;

export const VUE_SFC = `<script setup>
import {ref} from 'vue';
import 'alliance-widgets';

const chosen = ref('');
function onSelect(event) {
  chosen.value = \`alliance-select: \${event.kind} \${event.id}\`;
}
function onError(event) {
  chosen.value = \`alliance-error: \${event.reason} \${event.id}\`;
}
</script>

<template>
${VUE_TEMPLATE.replace(/^/gm, '  ')}
</template>`;

export const ANGULAR_COMPONENT = `import {Component, CUSTOM_ELEMENTS_SCHEMA} from '@angular/core';
import 'alliance-widgets';
import type {AllianceSelectEvent} from 'alliance-widgets';

@Component({
  selector: 'app-alliance',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`
    <case-stat stat="workshop-employment" theme="dark"></case-stat>
    <alliance-model-card model="mentor-led" selectable (alliance-select)="onSelect($event)"></alliance-model-card>
    <p role="status">{{ chosen }}</p>
  \`,
})
export class AllianceComponent {
  chosen = '';
  onSelect(event: Event) {
    const {kind, id} = event as AllianceSelectEvent;
    this.chosen = \`alliance-select: \${kind} \${id}\`;
  }
}`;

export const PLAIN_HTML = `<case-stat stat="workshop-employment" theme="dark"></case-stat>
<alliance-model-card model="mentor-led" selectable></alliance-model-card>
<p id="chosen" role="status"></p>
<script src="alliance-widgets.iife.js" charset="utf-8"></script>
<script>
  document.addEventListener('alliance-select', (event) => {
    document.getElementById('chosen').textContent = 'alliance-select: ' + event.kind + ' ' + event.id;
  });
</script>`;

/** A code block the keyboard can reach (it may scroll), labelled for screen readers. */
export function codeBlock(code: string, label: string): HTMLElement {
  const pre = document.createElement('pre');
  pre.tabIndex = 0;
  pre.setAttribute('aria-label', label);
  pre.style.cssText = 'white-space:pre-wrap;overflow:auto;max-height:24rem;padding:0.75rem;background:#f4f5f7;color:#1a1a1a;border-radius:4px;font-size:0.8125rem';
  const code_ = document.createElement('code');
  code_.textContent = code;
  pre.append(code_);
  return pre;
}

/** A paragraph in Chinese then English. */
export function say(zh: string, en: string): HTMLElement {
  const p = document.createElement('p');
  const zhSpan = document.createElement('span');
  zhSpan.lang = 'zh-Hans';
  zhSpan.textContent = zh;
  const enSpan = document.createElement('span');
  enSpan.lang = 'en';
  enSpan.textContent = en;
  p.append(zhSpan, document.createElement('br'), enSpan);
  return p;
}

/** The live part of a page, in a labelled region. */
export function liveDemo(label: string, ...content: Node[]): HTMLElement {
  const section = document.createElement('section');
  section.setAttribute('aria-label', label);
  section.style.cssText = 'display:grid;gap:1rem;margin-top:1rem';
  section.append(...content);
  return section;
}
